import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DemoStepError, mustRun } from './exec.js'

export const MEDIA_TYPES = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const

export interface ImageSpec {
  /** Each layer: paths relative to the image root (no leading slash) to contents. */
  readonly layers: readonly Readonly<Record<string, string>>[]
  /** The image config's `config` object (User, Cmd, Healthcheck, …). */
  readonly config: Readonly<Record<string, unknown>>
  /** History entries; scanners rebuild a Dockerfile from `created_by` to check the image config. */
  readonly history: readonly { readonly created_by: string; readonly empty_layer?: boolean }[]
  readonly tag: string
}

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header(path: string, size: number, mode: number, type: '0' | '5'): Buffer {
  if (Buffer.byteLength(path) > 100) throw new DemoStepError(`image path too long: ${path}`)
  const block = Buffer.alloc(512)
  block.write(path, 0, 100, 'utf8')
  block.write(octal(mode, 8), 100, 8, 'ascii')
  block.write(octal(0, 8), 108, 8, 'ascii')
  block.write(octal(0, 8), 116, 8, 'ascii')
  block.write(octal(size, 12), 124, 12, 'ascii')
  block.write(octal(0, 12), 136, 12, 'ascii') // fixed mtime: the same files give the same layer
  block.write('        ', 148, 8, 'ascii')
  block.write(type, 156, 1, 'ascii')
  block.write('ustar\0', 257, 6, 'ascii')
  block.write('00', 263, 2, 'ascii')
  block.write('root', 265, 32, 'ascii')
  block.write('root', 297, 32, 'ascii')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148, 8, 'ascii')
  return block
}

/** A reproducible ustar archive of the files, with an entry for every parent folder. */
export function tar(files: Readonly<Record<string, string | Buffer>>): Buffer {
  const entries = new Map<string, Buffer | 'dir'>()
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) entries.set(parts.slice(0, i).join('/'), 'dir')
    entries.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
  }
  const blocks: Buffer[] = []
  for (const path of [...entries.keys()].sort()) {
    const entry = entries.get(path)!
    if (entry === 'dir') {
      blocks.push(header(`${path}/`, 0, 0o755, '5'))
      continue
    }
    blocks.push(header(path, entry.length, 0o644, '0'), entry)
    const pad = (512 - (entry.length % 512)) % 512
    if (pad > 0) blocks.push(Buffer.alloc(pad))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

async function writeBlob(layoutDir: string, data: Buffer): Promise<string> {
  const digest = sha256(data)
  await writeFile(join(layoutDir, 'blobs/sha256', digest.slice('sha256:'.length)), data)
  return digest
}

/**
 * Writes an OCI image layout (oci-layout, index.json, blobs) for a linux/amd64 image, with no
 * container runtime involved. Returns the manifest digest.
 */
export async function writeOciLayout(layoutDir: string, spec: ImageSpec): Promise<string> {
  await mkdir(join(layoutDir, 'blobs/sha256'), { recursive: true })
  const layers: { mediaType: string; digest: string; size: number }[] = []
  const diffIds: string[] = []
  for (const files of spec.layers) {
    const raw = tar(files)
    const gz = gzipSync(raw)
    diffIds.push(sha256(raw))
    layers.push({
      mediaType: MEDIA_TYPES.layer,
      digest: await writeBlob(layoutDir, gz),
      size: gz.length,
    })
  }
  const created = '2026-01-01T00:00:00Z'
  const config = Buffer.from(
    JSON.stringify({
      created,
      architecture: 'amd64',
      os: 'linux',
      config: spec.config,
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: spec.history.map((h) => ({ created, ...h })),
    }),
  )
  const configDigest = await writeBlob(layoutDir, config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.manifest,
      config: { mediaType: MEDIA_TYPES.config, digest: configDigest, size: config.length },
      layers,
    }),
  )
  const manifestDigest = await writeBlob(layoutDir, manifest)
  await writeFile(join(layoutDir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  await writeFile(
    join(layoutDir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.index,
      manifests: [
        {
          mediaType: MEDIA_TYPES.manifest,
          digest: manifestDigest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': spec.tag },
        },
      ],
    }),
  )
  return manifestDigest
}

/** Pushes the layout's `tag` to `ref` (`127.0.0.1:<port>/<repo>:<tag>`) over plain HTTP with skopeo. */
export async function pushLayout(
  skopeo: string,
  layoutDir: string,
  tag: string,
  ref: string,
): Promise<void> {
  // --insecure-policy: the registry is the demo's own; no host signature policy applies to it.
  await mustRun('skopeo copy', skopeo, [
    '--insecure-policy',
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    `oci:${layoutDir}:${tag}`,
    `docker://${ref}`,
  ])
}

/** The manifest digest the registry reports for `host/repository:tag` (HEAD, Docker-Content-Digest). */
export async function resolveDigest(
  host: string,
  repository: string,
  tag: string,
): Promise<string> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: [MEDIA_TYPES.manifest, MEDIA_TYPES.dockerManifest].join(', ') },
  })
  const digest = response.headers.get('docker-content-digest')
  if (!response.ok || digest === null || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new DemoStepError(
      `the registry has no manifest for ${host}/${repository}:${tag} (HTTP ${response.status})`,
    )
  }
  return digest
}
