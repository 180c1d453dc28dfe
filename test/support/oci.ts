import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { scannerPaths } from './scanners.js'

const execFileAsync = promisify(execFile)

export const MEDIA_TYPES = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const

/** One file in a layer: its content, or content plus a mode (default 0o644). */
export type LayerFile = string | Buffer | { content: string | Buffer; mode?: number }

export interface LayerSpec {
  /** Paths relative to the image root (no leading slash), e.g. `etc/os-release`. */
  readonly files: Readonly<Record<string, LayerFile>>
}

/** The image config's `config` object (Env, Cmd, User, ExposedPorts, …), as the OCI spec names it. */
export type ImageRunConfig = Readonly<Record<string, unknown>>

export interface OciImageSpec {
  readonly layers: readonly LayerSpec[]
  readonly config?: ImageRunConfig
  /** History entries; trivy rebuilds a Dockerfile from their `created_by` to scan image config. */
  readonly history?: readonly { created_by: string; empty_layer?: boolean }[]
  /** The tag recorded in index.json (`org.opencontainers.image.ref.name`); default `latest`. */
  readonly tag?: string
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
  throw new Error(`tar: path too long for a ustar header: ${path}`)
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
    throw new Error(`tar: not a relative file path: ${JSON.stringify(path)}`)
  }
  return clean
}

/**
 * A ustar archive of the files, with an entry for every parent directory, sorted and with fixed
 * owner and time so the same files always give the same bytes (and so the same diff_id).
 */
export function tar(files: Readonly<Record<string, LayerFile>>): Buffer {
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
export function tarGz(files: Readonly<Record<string, LayerFile>>): Buffer {
  return gzipSync(tar(files))
}

async function writeBlob(layoutDir: string, data: Buffer): Promise<string> {
  const digest = sha256(data)
  await writeFile(join(layoutDir, 'blobs/sha256', digest.slice('sha256:'.length)), data)
  return digest
}

/**
 * Writes an OCI image layout (oci-layout, index.json, blobs/sha256) for a linux/amd64 image made of
 * the given layers, with no container runtime involved. Returns the manifest digest.
 */
export async function writeOciLayout(layoutDir: string, spec: OciImageSpec): Promise<string> {
  await mkdir(join(layoutDir, 'blobs/sha256'), { recursive: true })
  const layers: { mediaType: string; digest: string; size: number }[] = []
  const diffIds: string[] = []
  for (const layer of spec.layers) {
    const raw = tar(layer.files)
    const gz = gzipSync(raw)
    diffIds.push(sha256(raw))
    layers.push({
      mediaType: MEDIA_TYPES.layer,
      digest: await writeBlob(layoutDir, gz),
      size: gz.length,
    })
  }
  const created = '2024-01-01T00:00:00Z'
  const config = Buffer.from(
    JSON.stringify({
      created,
      architecture: 'amd64',
      os: 'linux',
      config: spec.config ?? {},
      rootfs: { type: 'layers', diff_ids: diffIds },
      history:
        spec.history?.map((h) => ({ created, ...h })) ??
        spec.layers.map((_, i) => ({ created, created_by: `portcullis test layer ${i}` })),
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
          annotations: { 'org.opencontainers.image.ref.name': spec.tag ?? 'latest' },
        },
      ],
    }),
  )
  return manifestDigest
}

function skopeo(): string {
  const path = scannerPaths().skopeo
  if (path === undefined) throw new Error('skopeo is not installed: run test/provision.sh')
  return path
}

async function runSkopeo(args: string[]): Promise<void> {
  try {
    // --insecure-policy: the test registry is ours; no host signature policy applies to it.
    await execFileAsync(skopeo(), ['--insecure-policy', ...args], { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr
    throw new Error(`skopeo ${args[0]} failed: ${typeof stderr === 'string' ? stderr : ''}`, {
      cause: error,
    })
  }
}

/** Pushes the layout's `tag` (default `latest`) to `ref` (`127.0.0.1:<port>/<repo>:<tag>`) over plain HTTP. */
export async function pushLayout(layoutDir: string, ref: string, tag = 'latest'): Promise<void> {
  await runSkopeo([
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    `oci:${layoutDir}:${tag}`,
    `docker://${ref}`,
  ])
}

/** Writes the layout's image as a `docker save`-style tar, named `name` (e.g. `app:1.0`) inside. */
export async function writeDockerArchive(
  layoutDir: string,
  archivePath: string,
  name = 'portcullis-test:latest',
  tag = 'latest',
): Promise<void> {
  await runSkopeo([
    'copy',
    '--quiet',
    `oci:${layoutDir}:${tag}`,
    `docker-archive:${archivePath}:${name}`,
  ])
}

/** Splits `host[:port]/repo[/…][:tag|@digest]`; the tag defaults to `latest`. */
export function parseRef(ref: string): { host: string; repository: string; reference: string } {
  const slash = ref.indexOf('/')
  if (slash <= 0) throw new Error(`not a registry reference: ${ref}`)
  const host = ref.slice(0, slash)
  let rest = ref.slice(slash + 1)
  let reference = 'latest'
  const at = rest.indexOf('@')
  if (at >= 0) {
    reference = rest.slice(at + 1)
    rest = rest.slice(0, at)
  } else {
    const colon = rest.lastIndexOf(':')
    if (colon >= 0) {
      reference = rest.slice(colon + 1)
      rest = rest.slice(0, colon)
    }
  }
  if (rest === '' || reference === '') throw new Error(`not a registry reference: ${ref}`)
  return { host, repository: rest, reference }
}

/** The manifest digest a plain-HTTP registry reports for `ref` (HEAD, Docker-Content-Digest). */
export async function resolveDigest(ref: string): Promise<string> {
  const { host, repository, reference } = parseRef(ref)
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
  if (!response.ok) throw new Error(`HEAD manifest ${ref}: HTTP ${response.status}`)
  const digest = response.headers.get('docker-content-digest')
  if (digest === null || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new Error(`HEAD manifest ${ref}: no valid Docker-Content-Digest header`)
  }
  return digest
}
