import { createHash } from 'node:crypto'
import { createReadStream, constants as FS } from 'node:fs'
import {
  access,
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, isAbsolute, join } from 'node:path'
import { InputError, type ToolProvenance } from '@portcullis/core'
import { fetchHttp, nodeExec, shellExtract } from './defaults.js'
import { InstallError } from './errors.js'
import {
  PLATFORMS,
  bundledManifest,
  fill,
  type PlatformKey,
  type SignaturePolicy,
  type ToolManifest,
  type ToolSpec,
} from './manifest.js'
import type {
  ArchiveKind,
  ExecPort,
  ExtractPort,
  HttpPort,
  LoggerPort,
  PlatformInfo,
  ToolCachePort,
} from './ports.js'

/** Upstream host every pinned release is published on; `tool-mirror` replaces it. */
export const UPSTREAM_BASE = 'https://github.com'

/** Names of the action inputs the installer reads, so messages name what the user can change. */
export const INSTALLER_INPUTS = {
  toolPath: (tool: string) => `${tool}-path`,
  version: 'version',
  sha256: 'sha256',
  mirror: 'tool-mirror',
  verifySignature: 'verify-signature',
} as const

/** Written next to every binary this installer caches, so a later cache hit can be re-checked. */
export const PROVENANCE_FILE = 'portcullis-tool.json'

export interface InstallRequest {
  readonly tool: string
  /** `version` input; the manifest's default when absent. */
  readonly version?: string
  /** `sha256` input: the digest of the release asset for this runner, to pin a version the manifest lacks. */
  readonly sha256?: string
  /** `<tool>-path` input: a binary (or a folder holding it) to use as is. */
  readonly toolPath?: string
  /** `tool-mirror` input: replaces https://github.com in release URLs. */
  readonly mirror?: string
  /** Verify the release's Sigstore bundle with cosign before extracting. */
  readonly verifySignature?: boolean
  /** cosign binary used for signature verification (required when verifySignature is set). */
  readonly cosignPath?: string
}

export interface InstallerDeps {
  readonly toolCache: ToolCachePort
  readonly logger: LoggerPort
  readonly http?: HttpPort
  readonly extract?: ExtractPort
  readonly exec?: ExecPort
  readonly platform?: PlatformInfo
  readonly manifest?: ToolManifest
  /** The PATH to search; process.env.PATH when absent. */
  readonly pathEnv?: string
  /** Where downloads are staged (RUNNER_TEMP on a runner); the OS temp folder when absent. */
  readonly tempDir?: string
  /** Release host; https://github.com unless a test serves releases elsewhere. */
  readonly upstreamBase?: string
  /**
   * Folder that remembers the SHA-256 of binaries given by path or found on PATH, so a later step
   * of the same job does not hash a 200 MB binary again. Default: `portcullis-digests` under
   * RUNNER_TOOL_CACHE when that is set; `null` turns it off.
   */
  readonly digestCacheDir?: string | null
}

interface CacheRecord {
  readonly tool: string
  readonly version: string
  readonly platform: string
  readonly assetSha256: string
  readonly binarySha256: string
  readonly url: string
}

/** SHA-256 of a file, streamed; `signal` stops the read early (the promise then rejects). */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, signal ? { signal } : {}))
    hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** What a file's digest is valid for: any write, replacement or metadata change alters one of these. */
interface FileIdentity {
  readonly dev: string
  readonly ino: string
  readonly size: string
  readonly mtimeNs: string
  readonly ctimeNs: string
}

async function fileIdentity(path: string): Promise<FileIdentity> {
  const s = await stat(path, { bigint: true })
  return {
    dev: String(s.dev),
    ino: String(s.ino),
    size: String(s.size),
    mtimeNs: String(s.mtimeNs),
    ctimeNs: String(s.ctimeNs),
  }
}

function sameIdentity(a: FileIdentity, b: Partial<Record<keyof FileIdentity, unknown>>): boolean {
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  )
}

/**
 * SHA-256 of binaries, remembered in a folder keyed by the file's path and identity (device,
 * inode, size, modification and change times in nanoseconds). An entry answers only while all of
 * them are unchanged: rewriting, replacing or even touching the file changes its ctime, which no
 * user can set back, so a remembered digest never vouches for a changed file. A file that changes
 * while it is hashed is not remembered. Failures to read or write the folder only cost a re-hash.
 */
export class DigestCache {
  constructor(readonly dir: string) {}

  #entry(path: string): string {
    return join(this.dir, `${createHash('sha256').update(path).digest('hex')}.json`)
  }

  async sha256(path: string, signal?: AbortSignal): Promise<string> {
    const before = await fileIdentity(path)
    const entry = this.#entry(path)
    try {
      const saved: unknown = JSON.parse(await readFile(entry, 'utf8'))
      const record = saved as Partial<Record<keyof FileIdentity | 'path' | 'sha256', unknown>>
      if (
        saved !== null &&
        typeof saved === 'object' &&
        record.path === path &&
        sameIdentity(before, record) &&
        typeof record.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(record.sha256)
      ) {
        return record.sha256
      }
    } catch {
      // no entry (or an unreadable one): hash below
    }
    const sha256 = await sha256File(path, signal)
    const after = await fileIdentity(path)
    if (sameIdentity(before, after)) {
      try {
        await mkdir(this.dir, { recursive: true })
        const temp = `${entry}.${process.pid}.${Date.now()}.tmp`
        await writeFile(temp, JSON.stringify({ path, ...before, sha256 }))
        await rename(temp, entry)
      } catch {
        // not remembered: the next step hashes again
      }
    }
    return sha256
  }
}

function platformKey(info: PlatformInfo): string {
  return `${info.platform}-${info.arch}`
}

function isPlatformKey(key: string): key is PlatformKey {
  return (PLATFORMS as readonly string[]).includes(key)
}

function exeName(spec: ToolSpec, info: PlatformInfo): string {
  return info.platform === 'win32' ? `${spec.binary}.exe` : spec.binary
}

function archiveKind(asset: string): ArchiveKind | undefined {
  if (asset.endsWith('.tar.gz') || asset.endsWith('.tgz')) return 'tar.gz'
  if (asset.endsWith('.zip')) return 'zip'
  return undefined
}

/** The release URL of an asset: upstream GitHub, or the same path under `tool-mirror`. */
export function releaseUrl(
  spec: ToolSpec,
  version: string,
  asset: string,
  base: string = UPSTREAM_BASE,
): string {
  base = base.replace(/\/+$/, '')
  const tag = fill(spec.tag, { version })
  return `${base}/${spec.repository}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(asset)}`
}

/** Reads a tool's version from its version output with the manifest's pattern. */
export function parseToolVersion(spec: ToolSpec, output: string): string | undefined {
  const match = new RegExp(spec.versionPattern, 'm').exec(output)
  return match?.[1]?.replace(/^v/, '')
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const s = await stat(path)
    if (!s.isFile()) return false
    if (process.platform !== 'win32') await access(path, FS.X_OK)
    return true
  } catch {
    return false
  }
}

/** Finds `name` on a PATH string (with `.exe` on Windows). */
export async function findOnPath(
  name: string,
  pathEnv: string,
  info: PlatformInfo,
): Promise<string | undefined> {
  const sep = info.platform === 'win32' ? ';' : delimiter
  for (const dir of pathEnv.split(sep)) {
    if (dir === '') continue
    const candidate = join(dir, name)
    if (await isExecutableFile(candidate)) return candidate
  }
  return undefined
}

export class Installer {
  readonly #toolCache: ToolCachePort
  readonly #logger: LoggerPort
  readonly #http: HttpPort
  readonly #extract: ExtractPort
  readonly #exec: ExecPort
  readonly #platform: PlatformInfo
  readonly #manifest: ToolManifest
  readonly #pathEnv: string
  readonly #tempDir: string
  readonly #upstream: string
  readonly #digests: DigestCache | undefined

  constructor(deps: InstallerDeps) {
    this.#toolCache = deps.toolCache
    this.#logger = deps.logger
    this.#exec = deps.exec ?? nodeExec()
    this.#http = deps.http ?? fetchHttp()
    this.#extract = deps.extract ?? shellExtract(this.#exec)
    this.#platform = deps.platform ?? { platform: process.platform, arch: process.arch }
    this.#manifest = deps.manifest ?? bundledManifest()
    this.#pathEnv = deps.pathEnv ?? process.env.PATH ?? ''
    this.#tempDir = deps.tempDir ?? tmpdir()
    this.#upstream = deps.upstreamBase ?? UPSTREAM_BASE
    const toolCacheDir = process.env.RUNNER_TOOL_CACHE
    const digestDir =
      deps.digestCacheDir === undefined
        ? toolCacheDir
          ? join(toolCacheDir, 'portcullis-digests')
          : undefined
        : (deps.digestCacheDir ?? undefined)
    this.#digests = digestDir !== undefined ? new DigestCache(digestDir) : undefined
  }

  /** SHA-256 of a binary used as is, through the digest cache when there is one. */
  #sha256(path: string, signal?: AbortSignal): Promise<string> {
    return this.#digests ? this.#digests.sha256(path, signal) : sha256File(path, signal)
  }

  /**
   * Resolves a verified scanner binary: `<tool>-path` → PATH with the expected version → tool
   * cache → pinned download checked against its SHA-256. Throws InstallError saying what to change.
   */
  async install(request: InstallRequest): Promise<ToolProvenance> {
    const spec = this.#manifest.tools[request.tool]
    if (!spec) {
      throw new InstallError(
        'tool-unavailable',
        request.tool,
        `No installer entry for '${request.tool}'; known tools: ${Object.keys(this.#manifest.tools).join(', ')}.`,
      )
    }
    if (request.sha256 !== undefined && request.version === undefined) {
      throw new InputError(
        INSTALLER_INPUTS.sha256,
        'is only used with a pinned version; set `version` to the release the digest belongs to.',
      )
    }
    if (request.sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(request.sha256)) {
      throw new InputError(
        INSTALLER_INPUTS.sha256,
        'must be a SHA-256 digest: 64 hexadecimal characters.',
      )
    }
    const version = (request.version ?? spec.defaultVersion).replace(/^v/, '')
    this.#refuseBlocked(request.tool, spec, version, 'requested')

    if (request.toolPath !== undefined) return this.#fromInputPath(request, spec)

    const onPath = await this.#fromPath(request.tool, spec, version)
    if (onPath) return onPath

    const key = platformKey(this.#platform)
    const cached = await this.#fromToolCache(request, spec, version, key)
    if (cached) return cached

    return this.#download(request, spec, version, key)
  }

  #refuseBlocked(tool: string, spec: ToolSpec, version: string, how: string): void {
    const blocked = spec.blocked[version]
    if (!blocked) return
    const refs = blocked.references.length > 0 ? ` See ${blocked.references.join(' ')}` : ''
    throw new InstallError(
      'known-bad-release',
      tool,
      `Refusing ${tool} ${version} (${how}): ${blocked.reason}${refs}`,
    )
  }

  async #probe(spec: ToolSpec, path: string): Promise<string | undefined> {
    const result = await this.#exec.run(path, spec.versionArgs)
    if (result.exitCode !== 0) return undefined
    return parseToolVersion(spec, `${result.stdout}\n${result.stderr}`)
  }

  async #fromInputPath(request: InstallRequest, spec: ToolSpec): Promise<ToolProvenance> {
    const input = INSTALLER_INPUTS.toolPath(request.tool)
    const given = request.toolPath ?? ''
    let path = given
    try {
      if ((await stat(given)).isDirectory()) path = join(given, exeName(spec, this.#platform))
    } catch {
      // reported below with the input's name
    }
    if (!isAbsolute(path) || !(await isExecutableFile(path))) {
      throw new InstallError(
        'tool-path-missing',
        request.tool,
        `Input '${input}': no executable ${spec.binary} at '${given}'. Give the absolute path of the ` +
          `${request.tool} binary, or remove '${input}' to let the action install the pinned release.`,
      )
    }
    // The version probe (~1 s for trivy) and the digest (~1 s for its 200 MB binary) overlap.
    const [version, sha256] = await Promise.all([this.#probe(spec, path), this.#sha256(path)])
    if (version === undefined) {
      this.#logger.warning(
        `${request.tool} at '${path}' did not report a version with '${spec.versionArgs.join(' ')}'; recording it as unknown.`,
      )
    } else {
      this.#refuseBlocked(request.tool, spec, version, `reported by '${input}'`)
    }
    this.#logger.info(
      `Using ${request.tool} ${version ?? '(unknown version)'} from '${input}': ${path}`,
    )
    return { name: request.tool, version: version ?? 'unknown', source: 'input-path', path, sha256 }
  }

  async #fromPath(
    tool: string,
    spec: ToolSpec,
    version: string,
  ): Promise<ToolProvenance | undefined> {
    const path = await findOnPath(exeName(spec, this.#platform), this.#pathEnv, this.#platform)
    if (!path) return undefined
    // The digest is taken while the version is probed, and abandoned if the version is wrong.
    const abort = new AbortController()
    const digest = this.#sha256(path, abort.signal)
    digest.catch(() => undefined)
    let found: string | undefined
    try {
      found = await this.#probe(spec, path)
    } catch (error) {
      abort.abort()
      throw error
    }
    if (found !== version) {
      abort.abort()
      this.#logger.info(
        `Not using ${tool} on PATH (${path}): it reports ${found === undefined ? 'no version' : `version ${found}`}, ${version} is expected.`,
      )
      return undefined
    }
    const sha256 = await digest
    this.#logger.info(`Using ${tool} ${version} found on PATH: ${path}`)
    return { name: tool, version, source: 'path', path, sha256 }
  }

  #expectedDigest(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    key: string,
  ): { sha256: string; asset: string } {
    const tool = request.tool
    const asset = isPlatformKey(key) ? spec.assets[key] : undefined
    if (!asset) {
      throw new InstallError(
        'unsupported-platform',
        tool,
        `${tool} has no pinned release for this runner (${key}); releases are pinned for ` +
          `${Object.keys(spec.assets).join(', ')}. Install ${tool} yourself and give its path in ` +
          `'${INSTALLER_INPUTS.toolPath(tool)}', or put ${tool} ${version} on PATH.`,
      )
    }
    const pinned = isPlatformKey(key) ? spec.versions[version]?.platforms[key] : undefined
    const given = request.sha256?.toLowerCase()
    if (pinned && given !== undefined && given !== pinned.sha256) {
      throw new InputError(
        INSTALLER_INPUTS.sha256,
        `${given} differs from the manifest's digest ${pinned.sha256} for ${tool} ${version} on ${key}. ` +
          `Remove 'sha256' to use the manifest's, or check where your digest came from.`,
      )
    }
    const sha256 = pinned?.sha256 ?? given
    if (sha256 === undefined) {
      const pinnedVersions = Object.keys(spec.versions).join(', ')
      throw new InstallError(
        'unknown-version',
        tool,
        `${tool} ${version} has no pinned digest for ${key}, so it cannot be downloaded and verified. ` +
          `Either use a pinned version (${pinnedVersions}), or give the SHA-256 of ` +
          `${fill(asset, { version })} from the upstream checksums file in 'sha256', or give a binary ` +
          `in '${INSTALLER_INPUTS.toolPath(tool)}'.`,
      )
    }
    return { sha256, asset: fill(asset, { version }) }
  }

  async #fromToolCache(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    key: string,
  ): Promise<ToolProvenance | undefined> {
    const tool = request.tool
    const dir = this.#toolCache.find(tool, version, this.#platform.arch)
    if (!dir) return undefined
    const { sha256: expected } = this.#expectedDigest(request, spec, version, key)
    const path = join(dir, exeName(spec, this.#platform))
    let record: CacheRecord | undefined
    try {
      record = parseCacheRecord(JSON.parse(await readFile(join(dir, PROVENANCE_FILE), 'utf8')))
    } catch {
      record = undefined
    }
    if (!record || record.assetSha256 !== expected || record.platform !== key) {
      this.#logger.warning(
        `Ignoring the tool-cache copy of ${tool} ${version} at ${dir}: it was not installed and verified by this installer for digest ${expected}.`,
      )
      return undefined
    }
    const actual = (await isExecutableFile(path)) ? await sha256File(path) : 'missing'
    if (actual !== record.binarySha256) {
      this.#logger.warning(
        `Ignoring the tool-cache copy of ${tool} ${version}: ${path} changed since it was verified (expected ${record.binarySha256}, found ${actual}).`,
      )
      return undefined
    }
    this.#logger.info(`Using ${tool} ${version} from the tool cache: ${path}`)
    return { name: tool, version, source: 'tool-cache', path, sha256: expected, url: record.url }
  }

  async #download(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    key: string,
  ): Promise<ToolProvenance> {
    const tool = request.tool
    const { sha256: expected, asset } = this.#expectedDigest(request, spec, version, key)
    const url = releaseUrl(spec, version, asset, request.mirror ?? this.#upstream)
    await mkdir(this.#tempDir, { recursive: true })
    const work = await mkdtemp(join(this.#tempDir, `portcullis-${tool}-`))
    try {
      const file = join(work, asset)
      this.#logger.info(`Downloading ${tool} ${version} from ${url}`)
      try {
        await this.#http.download(url, file)
      } catch (error) {
        await rm(file, { force: true })
        throw new InstallError(
          'download-failed',
          tool,
          `Could not download ${tool} ${version} from ${url}: ${(error as Error).message}. ` +
            (request.mirror
              ? `Check that '${INSTALLER_INPUTS.mirror}' serves <mirror>/${spec.repository}/releases/download/<tag>/<asset>.`
              : `On a runner without access to github.com, set '${INSTALLER_INPUTS.mirror}' or '${INSTALLER_INPUTS.toolPath(tool)}'.`),
          { cause: error },
        )
      }
      const actual = await sha256File(file)
      if (actual !== expected) {
        await rm(file, { force: true })
        throw new InstallError(
          'digest-mismatch',
          tool,
          `Refusing ${tool} ${version} from ${url}: its SHA-256 is ${actual}, expected ${expected}. ` +
            `The download was deleted and nothing was run. A mirror serving other bytes, or a release ` +
            `replaced upstream, both look like this: do not work around it by changing the digest.`,
        )
      }
      if (request.verifySignature)
        await this.#verifySignature(request, spec, version, asset, file, work)

      const unpacked = join(work, 'unpacked')
      await mkdir(unpacked)
      const binName = exeName(spec, this.#platform)
      const kind = archiveKind(asset)
      let binary: string
      if (kind) {
        await this.#extract.extract(file, kind, unpacked)
        binary = await locateBinary(unpacked, binName, tool)
      } else {
        binary = join(unpacked, binName)
        await writeFile(binary, await readFile(file))
      }
      await chmod(binary, 0o755)
      const cacheRecord: CacheRecord = {
        tool,
        version,
        platform: key,
        assetSha256: expected,
        binarySha256: await sha256File(binary),
        url,
      }
      const stage = binary.slice(0, binary.length - binName.length)
      await writeFile(join(stage, PROVENANCE_FILE), `${JSON.stringify(cacheRecord, null, 2)}\n`)
      const cachedDir = await this.#toolCache.cacheDir(stage, tool, version, this.#platform.arch)
      const path = join(cachedDir, binName)
      this.#logger.info(`Installed ${tool} ${version} (sha256 ${expected}) at ${path}`)
      return {
        name: tool,
        version,
        source: request.mirror ? 'mirror' : 'download',
        path,
        sha256: expected,
        url,
      }
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }

  async #verifySignature(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    asset: string,
    file: string,
    work: string,
  ): Promise<void> {
    const tool = request.tool
    const policy = spec.signature
    if (!policy) {
      throw new InputError(
        INSTALLER_INPUTS.verifySignature,
        `${tool} releases carry no signature this installer can check; set it to false for ${tool} (its SHA-256 is still verified).`,
      )
    }
    if (!request.cosignPath) {
      throw new InputError(
        INSTALLER_INPUTS.verifySignature,
        `needs cosign to verify ${tool}; install cosign first (or give its path) and retry.`,
      )
    }
    const bundleName = fill(policy.bundle, { asset, version, tag: fill(spec.tag, { version }) })
    const bundle = join(work, bundleName)
    const bundleUrl = releaseUrl(spec, version, bundleName, request.mirror ?? this.#upstream)
    try {
      await this.#http.download(bundleUrl, bundle)
    } catch (error) {
      throw new InstallError(
        'signature-failed',
        tool,
        `Could not download the signature bundle ${bundleUrl}: ${(error as Error).message}.`,
        { cause: error },
      )
    }
    const args = cosignVerifyArgs(policy, file, bundle, spec, version)
    const identity = signingIdentity(policy, spec, version).value
    const result = await this.#exec.run(request.cosignPath, args)
    if (result.exitCode !== 0) {
      await rm(file, { force: true })
      throw new InstallError(
        'signature-failed',
        tool,
        `The signature of ${asset} did not verify for identity ${identity} issued by ` +
          `${policy.certificateOidcIssuer} (cosign exited ${result.exitCode}: ` +
          `${result.stderr.trim().split('\n').slice(-1)[0] ?? ''}). The download was deleted.`,
      )
    }
    this.#logger.info(
      `Signature of ${asset} verified: ${identity} via ${policy.certificateOidcIssuer}`,
    )
  }
}

/** The certificate identity a release must be signed by, with `{tag}`/`{version}` filled in. */
export function signingIdentity(
  policy: SignaturePolicy,
  spec: Pick<ToolSpec, 'tag'>,
  version: string,
): {
  readonly flag: '--certificate-identity' | '--certificate-identity-regexp'
  readonly value: string
} {
  const values = { version, tag: fill(spec.tag, { version }) }
  return policy.certificateIdentity
    ? { flag: '--certificate-identity', value: fill(policy.certificateIdentity, values) }
    : {
        flag: '--certificate-identity-regexp',
        value: fill(policy.certificateIdentityRegexp ?? '', values),
      }
}

/** The exact cosign argv used to verify a release asset against the manifest's signing policy. */
export function cosignVerifyArgs(
  policy: SignaturePolicy,
  file: string,
  bundle: string,
  spec: Pick<ToolSpec, 'tag'>,
  version: string,
): string[] {
  const identity = signingIdentity(policy, spec, version)
  return [
    'verify-blob',
    file,
    '--bundle',
    bundle,
    identity.flag,
    identity.value,
    '--certificate-oidc-issuer',
    policy.certificateOidcIssuer,
  ]
}

function parseCacheRecord(data: unknown): CacheRecord | undefined {
  if (data === null || typeof data !== 'object') return undefined
  const r = data as Record<string, unknown>
  const keys = ['tool', 'version', 'platform', 'assetSha256', 'binarySha256', 'url'] as const
  for (const k of keys) if (typeof r[k] !== 'string') return undefined
  return r as unknown as CacheRecord
}

/** Finds the executable at the archive's root or one folder down (some releases nest it). */
async function locateBinary(root: string, name: string, tool: string): Promise<string> {
  const direct = join(root, name)
  if (await isFile(direct)) return direct
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const nested = join(root, entry.name, name)
    if (await isFile(nested)) return nested
  }
  throw new InstallError(
    'download-failed',
    tool,
    `The verified ${tool} archive holds no '${name}' at its root or one folder down; the release layout changed.`,
  )
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
