import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { InputError, UserError } from '@portcullis/core'

/**
 * Container images as the image actions see them: a registry reference parsed the way the Docker
 * CLI normalises it, its tag resolved to the manifest digest through the registry's HTTP API (the
 * OCI distribution spec, with the token flow registries use), credentials from the runner's docker
 * config, and the three local formats (docker-archive tar, OCI layout folder, OCI archive tar).
 */

const DOCKER_HUB = 'docker.io'
/** Where Docker Hub's API really lives, and the key `docker login` writes its credentials under. */
const DOCKER_HUB_API = 'registry-1.docker.io'
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/'

const REPOSITORY =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$/

export interface ImageReference {
  /** `127.0.0.1:5000`, `ghcr.io`, `docker.io`. */
  readonly registry: string
  /** `org/app`; Docker Hub's official images get `library/`. */
  readonly repository: string
  readonly tag?: string
  readonly digest?: string
  /** `registry/repository`, without tag or digest. */
  readonly name: string
}

/** Parses `[registry/]repository[:tag][@digest]` as the Docker CLI does; a missing tag is `latest`. */
export function parseImageReference(value: string, input = 'image'): ImageReference {
  const ref = value.trim()
  const bad = (why: string): never => {
    throw new InputError(
      input,
      `'${ref}' is not an image reference (${why}); use registry/repository:tag or registry/repository@sha256:…`,
    )
  }
  if (ref === '' || /\s/.test(ref)) bad('it is empty or has spaces')
  let rest = ref
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) bad(`'${digest}' is not a digest`)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) bad(`'${tag}' is not a tag`)
  }
  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  let registry = DOCKER_HUB
  let repository = rest
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first
    repository = rest.slice(slash + 1)
    if (!HOST.test(registry)) bad(`'${registry}' is not a registry host`)
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`
  if (!REPOSITORY.test(repository)) bad(`'${repository}' is not a repository name`)
  if (tag === undefined && digest === undefined) tag = 'latest'
  return {
    registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    name: `${registry}/${repository}`,
  }
}

/** `name@digest`: the one form that names exactly one image. */
export function pinnedReference(ref: Pick<ImageReference, 'name'>, digest: string): string {
  return `${ref.name}@${digest}`
}

/** The reference as given back in text: `name:tag`, `name@digest` or `name:tag@digest`. */
export function formatImageReference(ref: ImageReference): string {
  return `${ref.name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`
}

/** Loopback registries speak plain HTTP, as Docker, containerd and go-containerregistry assume. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1')
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

export interface RegistryCredentials {
  readonly username: string
  readonly password: string
  /** Where they came from, for the log (never the values). */
  readonly source: string
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`, as the Docker CLI reads it. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  const dir = env.DOCKER_CONFIG?.trim() || join(env.HOME?.trim() || homedir(), '.docker')
  return join(dir, 'config.json')
}

function authKeys(registry: string): string[] {
  if (registry === DOCKER_HUB) return [DOCKER_HUB_AUTH_KEY, DOCKER_HUB, DOCKER_HUB_API]
  return [registry, `https://${registry}`, `http://${registry}`]
}

/**
 * Credentials for `registry` from the docker config's `auths` (what `docker login` and
 * docker/login-action write). Credential helpers (`credsStore`, `credHelpers`) are programs this
 * suite does not run: such entries give undefined and the scanners' own keychains may still use them.
 */
export function dockerConfigCredentials(
  registry: string,
  env: NodeJS.ProcessEnv,
): RegistryCredentials | undefined {
  const path = dockerConfigPath(env)
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null) return undefined
  const auths = (data as { auths?: unknown }).auths
  if (typeof auths !== 'object' || auths === null) return undefined
  const entries = auths as Record<string, unknown>
  const wanted = authKeys(registry)
  for (const [key, value] of Object.entries(entries)) {
    const bare = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '')
    if (!wanted.includes(key) && !wanted.includes(bare)) continue
    if (typeof value !== 'object' || value === null) continue
    const entry = value as Record<string, unknown>
    if (typeof entry.username === 'string' && typeof entry.password === 'string') {
      return { username: entry.username, password: entry.password, source: path }
    }
    if (typeof entry.auth === 'string' && entry.auth !== '') {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const split = decoded.indexOf(':')
      if (split > 0) {
        return {
          username: decoded.slice(0, split),
          password: decoded.slice(split + 1),
          source: path,
        }
      }
    }
  }
  return undefined
}

/** Manifest types a digest may name; the registry answers with the one it stores. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ')

export interface ResolveDigestOptions {
  readonly credentials?: RegistryCredentials
  /** Plain HTTP for a registry that is not on loopback (never the default). */
  readonly plainHttp?: boolean
  readonly fetch?: typeof fetch
  readonly timeoutMs?: number
}

/** The registry could not tell us the digest: a user's problem (name, login, network), not a bug. */
export class RegistryError extends UserError {
  override readonly name = 'RegistryError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('registry', message, options)
  }
}

function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const space = header.indexOf(' ')
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase()
  const params: Record<string, string> = {}
  const re = /(\w+)="([^"]*)"|(\w+)=([^,\s]*)/g
  for (const m of header.slice(space + 1).matchAll(re)) {
    const key = (m[1] ?? m[3] ?? '').toLowerCase()
    params[key] = m[2] ?? m[4] ?? ''
  }
  return { scheme, params }
}

function basic(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}

/**
 * The manifest digest `ref`'s tag points at now (`ref.digest` when the reference already pins one
 * is still checked against the registry). HEAD first (Docker-Content-Digest); registries that leave
 * the header out are asked with GET and the body is hashed, which is what the digest is.
 */
export async function resolveImageDigest(
  ref: ImageReference,
  options: ResolveDigestOptions = {},
): Promise<string> {
  const doFetch = options.fetch ?? fetch
  const timeout = options.timeoutMs ?? 30_000
  const apiHost = ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry
  const scheme = isLoopbackRegistry(ref.registry) || options.plainHttp ? 'http' : 'https'
  const reference = ref.digest ?? ref.tag ?? 'latest'
  const url = `${scheme}://${apiHost}/v2/${ref.repository}/manifests/${reference}`
  const shown = formatImageReference(ref)

  const call = async (method: 'HEAD' | 'GET', authorization?: string): Promise<Response> => {
    try {
      return await doFetch(url, {
        method,
        headers: { accept: MANIFEST_ACCEPT, ...(authorization ? { authorization } : {}) },
        redirect: 'follow',
        signal: AbortSignal.timeout(timeout),
      })
    } catch (error) {
      throw new RegistryError(
        `The registry ${ref.registry} could not be reached to resolve ${shown} (${(error as Error).message}); check the image reference and the runner's network.`,
        { cause: error },
      )
    }
  }

  let authorization: string | undefined
  let response = await call('HEAD')
  if (response.status === 401) {
    authorization = await authorize(ref, response, options.credentials, doFetch, timeout)
    response = await call('HEAD', authorization)
  }
  if (response.ok) {
    const header = response.headers.get('docker-content-digest')
    if (header !== null && DIGEST.test(header)) return checked(header)
    response = await call('GET', authorization)
    if (response.ok) {
      const body = Buffer.from(await response.arrayBuffer())
      const fromHeader = response.headers.get('docker-content-digest')
      return checked(
        fromHeader !== null && DIGEST.test(fromHeader)
          ? fromHeader
          : `sha256:${createHash('sha256').update(body).digest('hex')}`,
      )
    }
  }
  const status = response.status
  if (status === 404) {
    throw new RegistryError(
      `${shown} does not exist in ${ref.registry} (HTTP 404); check the repository and tag.`,
    )
  }
  if (status === 401 || status === 403) {
    throw new RegistryError(
      `${ref.registry} refused access to ${shown} (HTTP ${status}); ${options.credentials ? `the credentials from ${options.credentials.source} were not accepted` : 'log in first (docker login) or set registry-username and registry-password'}.`,
    )
  }
  throw new RegistryError(
    `${ref.registry} answered HTTP ${status} when asked for ${shown}; the digest could not be resolved.`,
  )

  function checked(digest: string): string {
    if (ref.digest !== undefined && digest !== ref.digest) {
      throw new RegistryError(
        `${ref.registry} serves ${digest} for ${shown}, not the digest the reference names.`,
      )
    }
    return digest
  }
}

/** Answers a 401 challenge: Basic with the credentials, or Bearer through the token endpoint. */
async function authorize(
  ref: ImageReference,
  response: Response,
  credentials: RegistryCredentials | undefined,
  doFetch: typeof fetch,
  timeout: number,
): Promise<string | undefined> {
  const header = response.headers.get('www-authenticate')
  if (header === null) return credentials ? basic(credentials) : undefined
  const { scheme, params } = parseChallenge(header)
  if (scheme === 'basic') return credentials ? basic(credentials) : undefined
  if (scheme !== 'bearer' || !params.realm) return undefined
  let realm: URL
  try {
    realm = new URL(params.realm)
  } catch {
    throw new RegistryError(`${ref.registry} asked for a token at an invalid address.`)
  }
  if (params.service) realm.searchParams.set('service', params.service)
  realm.searchParams.set('scope', params.scope ?? `repository:${ref.repository}:pull`)
  let tokenResponse: Response
  try {
    tokenResponse = await doFetch(realm, {
      headers: credentials ? { authorization: basic(credentials) } : {},
      signal: AbortSignal.timeout(timeout),
    })
  } catch (error) {
    throw new RegistryError(
      `The token service of ${ref.registry} (${realm.host}) could not be reached (${(error as Error).message}).`,
      { cause: error },
    )
  }
  if (!tokenResponse.ok) {
    throw new RegistryError(
      `The token service of ${ref.registry} refused a pull token for ${ref.repository} (HTTP ${tokenResponse.status}); ${credentials ? `the credentials from ${credentials.source} were not accepted` : 'log in first (docker login) or set registry-username and registry-password'}.`,
    )
  }
  let body: unknown
  try {
    body = await tokenResponse.json()
  } catch {
    body = undefined
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const token =
    typeof record.token === 'string'
      ? record.token
      : typeof record.access_token === 'string'
        ? record.access_token
        : undefined
  if (!token) throw new RegistryError(`The token service of ${ref.registry} returned no token.`)
  return `Bearer ${token}`
}

// --- local images ---------------------------------------------------------------------------------

export type LocalImageFormat = 'docker-archive' | 'oci-layout' | 'oci-archive'

export interface LocalImage {
  readonly format: LocalImageFormat
  /** Absolute path. */
  readonly path: string
  /**
   * OCI layouts and archives: the manifest digest index.json names (what a registry would serve).
   * docker-archive: the image ID (config digest), the only digest `docker save` records.
   */
  readonly digest: string
  /** The name the archive or layout records for the image, when any (`app:1.0`). */
  readonly recordedName?: string
}

interface TarEntry {
  readonly name: string
  readonly type: string
  readonly size: number
  /** Byte offset of the content. */
  readonly offset: number
}

const MAX_TAR_ENTRIES = 1_000_000
const MAX_METADATA_BYTES = 16 * 1024 * 1024

function tarString(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8')
}

function tarSize(block: Buffer): number {
  // GNU base-256 for sizes over 8 GiB: high bit of the first byte set.
  if ((block[124]! & 0x80) !== 0) {
    let n = 0
    for (let i = 125; i < 136; i++) n = n * 256 + block[i]!
    return n
  }
  const text = tarString(block, 124, 12).trim()
  return text === '' ? 0 : Number.parseInt(text, 8)
}

/** Walks a plain (uncompressed) tar by seeking from header to header; nothing is decompressed. */
function tarEntries(path: string, what: string): TarEntry[] {
  const size = statSync(path).size
  const fd = openSync(path, 'r')
  const entries: TarEntry[] = []
  try {
    const head = Buffer.alloc(512)
    let offset = 0
    let longName: string | undefined
    while (offset + 512 <= size) {
      readSync(fd, head, 0, 512, offset)
      if (head.every((b) => b === 0)) break
      if (offset === 0 && head[0] === 0x1f && head[1] === 0x8b) {
        throw new InputError(
          'input',
          `${what} is gzip-compressed; give the uncompressed tar (as docker save and skopeo write it)`,
        )
      }
      const entrySize = tarSize(head)
      if (!Number.isFinite(entrySize) || entrySize < 0) {
        throw new InputError('input', `${what} is not a tar archive (bad header at ${offset})`)
      }
      const type = String.fromCharCode(head[156] || 0x30)
      const content = offset + 512
      const prefix = tarString(head, 345, 155)
      let name =
        longName ?? (prefix ? `${prefix}/${tarString(head, 0, 100)}` : tarString(head, 0, 100))
      longName = undefined
      if (type === 'L' || type === 'x') {
        const data = Buffer.alloc(Math.min(entrySize, MAX_METADATA_BYTES))
        readSync(fd, data, 0, data.length, content)
        if (type === 'L') longName = tarString(data, 0, data.length)
        else {
          const m = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))
          if (m?.[1] !== undefined) longName = m[1]
        }
      } else {
        name = name.replace(/^\.\//, '')
        entries.push({ name, type, size: entrySize, offset: content })
        if (entries.length > MAX_TAR_ENTRIES) {
          throw new InputError('input', `${what} has more than ${MAX_TAR_ENTRIES} entries`)
        }
      }
      offset = content + Math.ceil(entrySize / 512) * 512
    }
  } finally {
    closeSync(fd)
  }
  if (entries.length === 0) throw new InputError('input', `${what} is not a tar archive`)
  return entries
}

function readEntry(path: string, entry: TarEntry): Buffer {
  if (entry.size > MAX_METADATA_BYTES) {
    throw new InputError('input', `${entry.name} in ${path} is implausibly large for metadata`)
  }
  const fd = openSync(path, 'r')
  try {
    const data = Buffer.alloc(entry.size)
    readSync(fd, data, 0, entry.size, entry.offset)
    return data
  } finally {
    closeSync(fd)
  }
}

function jsonOf(data: Buffer | string, what: string): unknown {
  try {
    return JSON.parse(data.toString())
  } catch {
    throw new InputError('input', `${what} is not valid JSON`)
  }
}

/** The one image an OCI index.json describes; several (or none) is the user's to resolve. */
function ociIndexImage(index: unknown, what: string): { digest: string; name?: string } {
  const manifests =
    typeof index === 'object' && index !== null
      ? (index as { manifests?: unknown }).manifests
      : undefined
  if (!Array.isArray(manifests) || manifests.length === 0) {
    throw new InputError('input', `${what} lists no image in index.json`)
  }
  if (manifests.length > 1) {
    throw new InputError(
      'input',
      `${what} holds ${manifests.length} images; the scan needs one (copy the one to scan into its own layout, e.g. skopeo copy oci:dir:tag oci:single:tag)`,
    )
  }
  const entry = manifests[0] as { digest?: unknown; annotations?: unknown }
  if (typeof entry.digest !== 'string' || !DIGEST.test(entry.digest)) {
    throw new InputError('input', `${what} names no valid manifest digest in index.json`)
  }
  const annotations =
    typeof entry.annotations === 'object' && entry.annotations !== null
      ? (entry.annotations as Record<string, unknown>)
      : {}
  const name = annotations['org.opencontainers.image.ref.name']
  return { digest: entry.digest, ...(typeof name === 'string' && name !== '' ? { name } : {}) }
}

/** Tells the three local formats apart and finds the digest each records. */
export function inspectLocalImage(path: string, shown = path): LocalImage {
  if (!existsSync(path)) {
    throw new InputError(
      'input',
      `'${shown}' does not exist; check the path (relative to the workspace)`,
    )
  }
  if (statSync(path).isDirectory()) {
    const indexPath = join(path, 'index.json')
    if (!existsSync(join(path, 'oci-layout')) || !existsSync(indexPath)) {
      throw new InputError(
        'input',
        `'${shown}' is a folder but not an OCI image layout (no oci-layout and index.json)`,
      )
    }
    const image = ociIndexImage(
      jsonOf(readFileSync(indexPath), `${shown}/index.json`),
      `'${shown}'`,
    )
    return {
      format: 'oci-layout',
      path,
      digest: image.digest,
      ...(image.name ? { recordedName: image.name } : {}),
    }
  }
  const entries = tarEntries(path, `'${shown}'`)
  const byName = new Map(entries.map((e) => [e.name, e]))
  const index = byName.get('index.json')
  if (byName.has('oci-layout') && index) {
    const image = ociIndexImage(jsonOf(readEntry(path, index), `${shown}:index.json`), `'${shown}'`)
    return {
      format: 'oci-archive',
      path,
      digest: image.digest,
      ...(image.name ? { recordedName: image.name } : {}),
    }
  }
  const manifest = byName.get('manifest.json')
  if (manifest) {
    const data = jsonOf(readEntry(path, manifest), `${shown}:manifest.json`)
    const first = Array.isArray(data) ? (data[0] as Record<string, unknown> | undefined) : undefined
    if (Array.isArray(data) && data.length > 1) {
      throw new InputError(
        'input',
        `'${shown}' holds ${data.length} images; save one image per archive (docker save app:tag)`,
      )
    }
    const config = typeof first?.Config === 'string' ? first.Config : undefined
    const hex = config ? /([a-f0-9]{64})(?:\.json)?$/.exec(config)?.[1] : undefined
    if (!hex) throw new InputError('input', `'${shown}' has a manifest.json without a Config`)
    const tags = Array.isArray(first?.RepoTags) ? first.RepoTags : []
    const name = typeof tags[0] === 'string' ? tags[0] : undefined
    return {
      format: 'docker-archive',
      path,
      digest: `sha256:${hex}`,
      ...(name ? { recordedName: name } : {}),
    }
  }
  throw new InputError(
    'input',
    `'${shown}' is a tar but neither a docker-archive (manifest.json) nor an OCI archive (oci-layout, index.json)`,
  )
}

const OCI_MEMBER = /^(?:oci-layout|index\.json|blobs\/[a-z0-9]+\/[a-f0-9]{32,})$/

/**
 * Unpacks an OCI archive into `dir` as an OCI layout. Only the members a layout has are written
 * (oci-layout, index.json, blobs/<alg>/<hex>), so a hostile archive cannot write elsewhere.
 */
export function unpackOciArchive(archive: string, dir: string): void {
  const entries = tarEntries(archive, `'${archive}'`)
  const input = openSync(archive, 'r')
  try {
    const chunk = Buffer.alloc(1024 * 1024)
    for (const entry of entries) {
      if (entry.type === '5' || !OCI_MEMBER.test(entry.name)) continue
      if (entry.type !== '0' && entry.type !== '\0') continue
      const target = join(dir, entry.name)
      mkdirSync(dirname(target), { recursive: true })
      const out = openSync(target, 'w', 0o644)
      try {
        let done = 0
        while (done < entry.size) {
          const n = readSync(
            input,
            chunk,
            0,
            Math.min(chunk.length, entry.size - done),
            entry.offset + done,
          )
          if (n <= 0) throw new InputError('input', `'${archive}' ends inside ${entry.name}`)
          writeSync(out, chunk, 0, n)
          done += n
        }
      } finally {
        closeSync(out)
      }
    }
  } finally {
    closeSync(input)
  }
  if (!existsSync(join(dir, 'index.json')) || !existsSync(join(dir, 'oci-layout'))) {
    throw new InputError('input', `'${archive}' did not unpack into an OCI layout`)
  }
}

// --- what an image action scans -------------------------------------------------------------------

/** The image inputs scan-image's engines share (the action's Inputs type satisfies it structurally). */
export interface ImageTargetInputs {
  readonly image: string | undefined
  readonly input: string | undefined
  readonly registryUsername: string | undefined
  readonly registryPassword: string | undefined
}

export type ImageTarget =
  | {
      readonly kind: 'registry'
      readonly reference: ImageReference
      /** What the user gave (for names and titles). */
      readonly shown: string
      /** `name@digest`: what the scanner is pointed at, so a moved tag cannot change what is scanned. */
      readonly pinned: string
      readonly digest: string
      /** Credentials given as inputs; docker-config credentials are left to the scanner's keychain. */
      readonly inputCredentials?: RegistryCredentials
      /** Where the credentials used for the digest came from (for the log), when any. */
      readonly credentialSource?: string
    }
  | {
      readonly kind: 'local'
      readonly local: LocalImage
      /** Workspace-relative path as given. */
      readonly shown: string
      /** What the scanner reads: the path, or (after stageLocalImage) the layout an OCI archive was unpacked into. */
      readonly scanPath: string
      readonly digest: string
    }

/** Registry credentials from the inputs (both or neither), else from the docker config. */
export function registryCredentials(
  inputs: Pick<ImageTargetInputs, 'registryUsername' | 'registryPassword'>,
  registry: string,
  env: NodeJS.ProcessEnv,
): { credentials?: RegistryCredentials; fromInputs: boolean } {
  const username = inputs.registryUsername?.trim() || undefined
  const password = inputs.registryPassword || undefined
  if ((username === undefined) !== (password === undefined)) {
    throw new InputError(
      username ? 'registry-password' : 'registry-username',
      'is empty while the other registry credential is set; give both, or neither to use the docker config',
    )
  }
  if (username !== undefined && password !== undefined) {
    return {
      credentials: {
        username,
        password,
        source: 'the registry-username and registry-password inputs',
      },
      fromInputs: true,
    }
  }
  const fromConfig = dockerConfigCredentials(registry, env)
  return { ...(fromConfig ? { credentials: fromConfig } : {}), fromInputs: false }
}

/**
 * Decides what an image scan looks at, before any scanner runs: a registry reference is resolved to
 * its digest (the report names the digest, and the scanner is given `name@digest`); a local path is
 * recognised as a docker-archive, OCI layout or OCI archive and its digest read.
 */
export async function resolveImageTarget(
  inputs: ImageTargetInputs,
  context: {
    readonly workspace: string
    readonly env: NodeJS.ProcessEnv
    readonly fetch?: typeof fetch
  },
): Promise<ImageTarget> {
  const image = inputs.image?.trim() || undefined
  const input = inputs.input?.trim() || undefined
  if ((image === undefined) === (input === undefined)) {
    throw new InputError(
      image ? 'input' : 'image',
      image
        ? 'cannot be given together with image; give either a registry reference (image) or a local path (input)'
        : 'is required: give a registry reference (image) or the path of a docker-archive, OCI layout or OCI archive (input)',
    )
  }
  if (image !== undefined) {
    const reference = parseImageReference(image)
    const { credentials, fromInputs } = registryCredentials(inputs, reference.registry, context.env)
    const digest = await resolveImageDigest(reference, {
      ...(credentials ? { credentials } : {}),
      ...(context.fetch ? { fetch: context.fetch } : {}),
    })
    return {
      kind: 'registry',
      reference,
      shown: image,
      pinned: pinnedReference(reference, digest),
      digest,
      ...(fromInputs && credentials ? { inputCredentials: credentials } : {}),
      ...(credentials ? { credentialSource: credentials.source } : {}),
    }
  }
  const given = input!
  const abs = join(context.workspace, given)
  const rel = abs.startsWith(`${context.workspace}/`) ? abs.slice(context.workspace.length + 1) : ''
  if (given.startsWith('/') || rel === '' || rel.split('/').includes('..')) {
    throw new InputError('input', `'${given}' is outside the workspace; give a path inside it`)
  }
  const local = inspectLocalImage(abs, given)
  return { kind: 'local', local, shown: rel, scanPath: abs, digest: local.digest }
}

/**
 * Makes a local image readable by a scanner that only reads layouts: an OCI archive is unpacked
 * into `workDir` (trivy 0.44 exits 1 without a message on an OCI archive tar).
 */
export function stageLocalImage(target: ImageTarget, workDir: string): ImageTarget {
  if (target.kind !== 'local' || target.local.format !== 'oci-archive') return target
  const scanPath = join(workDir, 'oci-layout')
  unpackOciArchive(target.local.path, scanPath)
  return { ...target, scanPath }
}
