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
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const

/** One file in a layer: its content, or content plus a mode (default 0o644). */
export type LayerFile =
  string | Buffer | { readonly content: string | Buffer; readonly mode?: number }

/** A layer's files: paths relative to the image root (no leading slash), e.g. `etc/os-release`. */
export type LayerFiles = Readonly<Record<string, LayerFile>>

export interface ImageSpec {
  readonly layers: readonly LayerFiles[]
  /** The image config's `config` object (User, Cmd, Healthcheck, …). */
  readonly config: Readonly<Record<string, unknown>>
  /** History entries; scanners rebuild a Dockerfile from `created_by` to check the image config. */
  readonly history: readonly { readonly created_by: string; readonly empty_layer?: boolean }[]
  /** The tag recorded in index.json (`org.opencontainers.image.ref.name`). */
  readonly tag: string
  /** The creation time written in the config and every history entry; fixed so digests are too. */
  readonly created?: string
}

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

/** Splits a path into ustar's name (100 bytes) and prefix (155 bytes) fields. */
function splitName(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' }
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i)
    const name = path.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix }
  }
  throw new DemoStepError(`tar: path too long for a ustar header: ${path}`)
}

function header(path: string, size: number, mode: number, type: '0' | '5'): Buffer {
  const block = Buffer.alloc(512)
  const { name, prefix } = splitName(path)
  block.write(name, 0, 100, 'utf8')
  block.write(octal(mode & 0o7777, 8), 100, 8, 'ascii')
  block.write(octal(0, 8), 108, 8, 'ascii') // uid
  block.write(octal(0, 8), 116, 8, 'ascii') // gid
  block.write(octal(size, 12), 124, 12, 'ascii')
  block.write(octal(0, 12), 136, 12, 'ascii') // mtime: fixed, so layers are reproducible
  block.write('        ', 148, 8, 'ascii') // checksum placeholder (spaces while summing)
  block.write(type, 156, 1, 'ascii')
  block.write('ustar\0', 257, 6, 'ascii')
  block.write('00', 263, 2, 'ascii')
  block.write('root', 265, 32, 'ascii')
  block.write('root', 297, 32, 'ascii')
  block.write(prefix, 345, 155, 'utf8')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148, 8, 'ascii')
  return block
}

function normalise(path: string): string {
  const clean = path.replace(/^\.?\/+/, '')
  if (clean === '' || clean.split('/').some((part) => part === '..' || part === '')) {
    throw new DemoStepError(`tar: not a relative file path: ${JSON.stringify(path)}`)
  }
  return clean
}

/**
 * A ustar archive of the files, with an entry for every parent folder, sorted and with fixed owner
 * and time so the same files always give the same bytes (and so the same diff_id).
 */
export function tar(files: LayerFiles): Buffer {
  const entries = new Map<string, { content: Buffer; mode: number } | 'dir'>()
  for (const [rawPath, file] of Object.entries(files)) {
    const path = normalise(rawPath)
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) entries.set(parts.slice(0, i).join('/'), 'dir')
    const content = typeof file === 'string' || Buffer.isBuffer(file) ? file : file.content
    const mode = typeof file === 'object' && !Buffer.isBuffer(file) ? (file.mode ?? 0o644) : 0o644
    entries.set(path, { content: Buffer.from(content), mode })
  }
  const blocks: Buffer[] = []
  for (const path of [...entries.keys()].sort()) {
    const entry = entries.get(path)!
    if (entry === 'dir') {
      blocks.push(header(`${path}/`, 0, 0o755, '5'))
      continue
    }
    blocks.push(header(path, entry.content.length, entry.mode, '0'), entry.content)
    const pad = (512 - (entry.content.length % 512)) % 512
    if (pad > 0) blocks.push(Buffer.alloc(pad))
  }
  blocks.push(Buffer.alloc(1024)) // end-of-archive marker
  return Buffer.concat(blocks)
}

/** gzip of `tar(files)`. */
export function tarGz(files: LayerFiles): Buffer {
  return gzipSync(tar(files))
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
  const created = spec.created ?? '2026-01-01T00:00:00Z'
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

async function skopeoCopy(skopeo: string, args: readonly string[]): Promise<void> {
  // --insecure-policy: the registry is a local one; no host signature policy applies to it.
  await mustRun('skopeo copy', skopeo, ['--insecure-policy', 'copy', '--quiet', ...args])
}

/** Pushes the layout's `tag` to `ref` (`127.0.0.1:<port>/<repo>:<tag>`) over plain HTTP with skopeo. */
export async function pushLayout(
  skopeo: string,
  layoutDir: string,
  tag: string,
  ref: string,
): Promise<void> {
  await skopeoCopy(skopeo, [
    '--dest-tls-verify=false',
    `oci:${layoutDir}:${tag}`,
    `docker://${ref}`,
  ])
}

/** Writes the layout's `tag` as a `docker save`-style tar whose image is named `name` (`app:1.0`). */
export async function writeDockerArchive(
  skopeo: string,
  layoutDir: string,
  tag: string,
  archivePath: string,
  name: string,
): Promise<void> {
  await skopeoCopy(skopeo, [`oci:${layoutDir}:${tag}`, `docker-archive:${archivePath}:${name}`])
}

/**
 * The manifest digest a plain-HTTP registry reports for `host/repository:reference` (HEAD,
 * Docker-Content-Digest); the reference is a tag or a digest.
 */
export async function resolveDigest(
  host: string,
  repository: string,
  reference: string,
): Promise<string> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: {
      accept: [
        MEDIA_TYPES.manifest,
        MEDIA_TYPES.index,
        MEDIA_TYPES.dockerManifest,
        MEDIA_TYPES.dockerList,
      ].join(', '),
    },
  })
  const digest = response.headers.get('docker-content-digest')
  if (!response.ok || digest === null || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new DemoStepError(
      `the registry has no manifest for ${host}/${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference} (HTTP ${response.status})`,
    )
  }
  return digest
}
