import { constants as FS } from 'node:fs'
import {
  access,
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
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
  knownBinary,
  type KnownBinary,
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
import { BinaryVault, sha256File } from './secure.js'

/** Upstream host every pinned release is published on; `tool-mirror` replaces it. */
export const UPSTREAM_BASE = 'https://github.com'

/** Names of the action inputs the installer reads, so messages name what the user can change. */
export const INSTALLER_INPUTS = {
  toolPath: (tool: string) => `${tool}-path`,
  version: 'version',
  sha256: 'tool-sha256',
  mirror: 'tool-mirror',
} as const

/** The folder under the temp folder (RUNNER_TEMP) that holds the private copies binaries run from. */
export const BIN_DIR = 'portcullis-bin'

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
  /** Where private copies of binaries are kept and run from: `<tempDir>/portcullis-bin` unless set. */
  readonly binDir?: string
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

/** The archive format of a release asset by its name; undefined for a bare binary. */
export function archiveKind(asset: string): ArchiveKind | undefined {
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
  readonly #vault: BinaryVault

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
    this.#vault = new BinaryVault(deps.binDir ?? join(this.#tempDir, BIN_DIR))
  }

  /**
   * Resolves a verified scanner binary: `<tool>-path` → PATH → tool cache → pinned download checked
   * against its SHA-256. Whatever the source, the binary is copied into a private folder, hashed
   * there and run from there; a copy whose digest the manifest does not know is never run, unless
   * the workflow named it in `<tool>-path` (then it runs marked unverified). Throws InstallError
   * saying what to change.
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

    const key = platformKey(this.#platform)
    const refused: string[] = []
    const onPath = await this.#fromPath(request.tool, spec, version, key, refused)
    if (onPath) return onPath

    const cached = await this.#fromToolCache(request, spec, version, key, refused)
    if (cached) return cached

    return this.#download(request, spec, version, key, refused)
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

  /** The private copy of `origin` and what the manifest knows about its bytes. */
  async #secure(
    tool: string,
    spec: ToolSpec,
    origin: string,
  ): Promise<{ path: string; sha256: string; known: KnownBinary | undefined }> {
    let secured
    try {
      secured = await this.#vault.secure(origin, exeName(spec, this.#platform))
    } catch (error) {
      throw new InstallError(
        'tool-unavailable',
        tool,
        `Could not copy ${tool} from ${origin} into ${this.#vault.root} to verify it: ${(error as Error).message}.`,
        { cause: error },
      )
    }
    const known = knownBinary(this.#manifest, tool, platformKey(this.#platform), secured.sha256)
    return { ...secured, known }
  }

  async #fromInputPath(request: InstallRequest, spec: ToolSpec): Promise<ToolProvenance> {
    const input = INSTALLER_INPUTS.toolPath(request.tool)
    const given = request.toolPath ?? ''
    let origin = given
    try {
      if ((await stat(given)).isDirectory()) origin = join(given, exeName(spec, this.#platform))
    } catch {
      // reported below with the input's name
    }
    if (!isAbsolute(origin) || !(await isExecutableFile(origin))) {
      throw new InstallError(
        'tool-path-missing',
        request.tool,
        `Input '${input}': no executable ${spec.binary} at '${given}'. Give the absolute path of the ` +
          `${request.tool} binary, or remove '${input}' to let the action install the pinned release.`,
      )
    }
    const { path, sha256, known } = await this.#secure(request.tool, spec, origin)
    if (known) {
      this.#refuseBlocked(request.tool, spec, known.version, `given in '${input}'`)
      this.#logger.info(
        `Using ${request.tool} ${known.version} from '${input}' (${origin}), verified: sha256 ${sha256} is ${known.source}.`,
      )
      return {
        name: request.tool,
        version: known.version,
        source: 'input-path',
        path,
        sha256,
        origin,
        verified: true,
        verifiedBy: known.source,
      }
    }
    // Named explicitly by the workflow: it runs, and everything downstream says it is unverified.
    const version = await this.#probe(spec, path)
    if (version !== undefined)
      this.#refuseBlocked(request.tool, spec, version, `reported by '${input}'`)
    this.#logger.warning(
      `UNVERIFIED binary: ${request.tool} from '${input}' (${origin}) has sha256 ${sha256}, which the ` +
        `tool manifest does not know. It runs because the workflow names it; the report records it as ` +
        `unverified and the quality gate refuses unverified tools at system levels 3 and 4.`,
    )
    return {
      name: request.tool,
      version: version ?? 'unknown',
      source: 'input-path',
      path,
      sha256,
      origin,
      verified: false,
    }
  }

  /** A binary on PATH is used only when its digest is the manifest's for the requested version; it is never run before that. */
  async #fromPath(
    tool: string,
    spec: ToolSpec,
    version: string,
    key: string,
    refused: string[],
  ): Promise<ToolProvenance | undefined> {
    const origin = await findOnPath(exeName(spec, this.#platform), this.#pathEnv, this.#platform)
    if (!origin) return undefined
    const { path, sha256, known } = await this.#secure(tool, spec, origin)
    if (!known) {
      const why = `${origin} on PATH has sha256 ${sha256}, which the tool manifest does not know`
      refused.push(why)
      this.#logger.warning(`Not running ${tool}: ${why}.`)
      return undefined
    }
    if (known.version !== version) {
      this.#logger.info(
        `Not using ${tool} on PATH (${origin}): it is ${tool} ${known.version}, ${version} is expected.`,
      )
      return undefined
    }
    this.#logger.info(
      `Using ${tool} ${version} found on PATH (${origin}), verified: sha256 ${sha256} is ${known.source}.`,
    )
    return {
      name: tool,
      version,
      source: 'path',
      path,
      sha256,
      origin,
      verified: true,
      verifiedBy: known.source,
    }
  }

  #expectedDigest(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    key: string,
  ): { sha256: string; asset: string; binarySha256: string | undefined; source: string } {
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
          `Remove '${INSTALLER_INPUTS.sha256}' to use the manifest's, or check where your digest came from.`,
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
          `${fill(asset, { version })} from the upstream checksums file in '${INSTALLER_INPUTS.sha256}', or give a binary ` +
          `in '${INSTALLER_INPUTS.toolPath(tool)}'.`,
      )
    }
    return {
      sha256,
      asset: fill(asset, { version }),
      binarySha256: pinned?.binarySha256,
      // Where the digest came from: the manifest entry's public source, or the workflow's input.
      source: pinned?.source ?? `the '${INSTALLER_INPUTS.sha256}' input`,
    }
  }

  /**
   * A tool-cache copy is used only when its executable's digest is the manifest's for the version:
   * whoever filled the cache (an earlier job on a persistent runner) vouches for nothing.
   */
  async #fromToolCache(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    key: string,
    refused: string[],
  ): Promise<ToolProvenance | undefined> {
    const tool = request.tool
    const dir = this.#toolCache.find(tool, version, this.#platform.arch)
    if (!dir) return undefined
    const origin = join(dir, exeName(spec, this.#platform))
    if (!(await isExecutableFile(origin))) return undefined
    const { path, sha256, known } = await this.#secure(tool, spec, origin)
    if (!known || known.version !== version) {
      const why =
        `the tool-cache copy ${origin} has sha256 ${sha256}, which the tool manifest does not ` +
        `know as ${tool} ${version}`
      refused.push(why)
      this.#logger.warning(`Not running ${tool}: ${why}; downloading the pinned release instead.`)
      return undefined
    }
    this.#logger.info(
      `Using ${tool} ${version} from the tool cache (${origin}), verified: sha256 ${sha256} is ${known.source}.`,
    )
    return {
      name: tool,
      version,
      source: 'tool-cache',
      path,
      sha256,
      origin,
      verified: true,
      verifiedBy: known.source,
    }
  }

  async #download(
    request: InstallRequest,
    spec: ToolSpec,
    version: string,
    key: string,
    refused: readonly string[],
  ): Promise<ToolProvenance> {
    const tool = request.tool
    const expected = this.#expectedDigest(request, spec, version, key)
    const asset = expected.asset
    const url = releaseUrl(spec, version, asset, request.mirror ?? this.#upstream)
    const refusedNote = refused.length > 0 ? ` (Not run: ${refused.join('; ')}.)` : ''
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
              : `On a runner without access to github.com, set '${INSTALLER_INPUTS.mirror}' or '${INSTALLER_INPUTS.toolPath(tool)}'.`) +
            refusedNote,
          { cause: error },
        )
      }
      const actual = await sha256File(file)
      if (actual !== expected.sha256) {
        await rm(file, { force: true })
        throw new InstallError(
          'digest-mismatch',
          tool,
          `Refusing ${tool} ${version} from ${url}: its SHA-256 is ${actual}, expected ${expected.sha256}. ` +
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
      const { path, sha256 } = await this.#secure(tool, spec, binary)
      if (expected.binarySha256 !== undefined && sha256 !== expected.binarySha256) {
        throw new InstallError(
          'digest-mismatch',
          tool,
          `Refusing ${tool} ${version}: the release asset matched, but the executable unpacked from ` +
            `it has sha256 ${sha256}, not the manifest's ${expected.binarySha256}. Nothing was run.`,
        )
      }
      // Cached for later jobs, which accept the copy only by the manifest's executable digest.
      const cachedDir = await this.#toolCache.cacheDir(
        binary.slice(0, binary.length - binName.length),
        tool,
        version,
        this.#platform.arch,
      )
      this.#logger.info(
        `Installed ${tool} ${version} (asset sha256 ${expected.sha256}, executable sha256 ${sha256}); cached at ${cachedDir}`,
      )
      return {
        name: tool,
        version,
        source: request.mirror ? 'mirror' : 'download',
        path,
        sha256,
        url,
        origin: url,
        verified: true,
        verifiedBy: `release asset ${asset} with sha256 ${expected.sha256} (${expected.source})`,
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
      throw new InstallError(
        'signature-failed',
        tool,
        `${tool} releases carry no signature this installer can check; install it without signature verification (its SHA-256 is still verified).`,
      )
    }
    if (!request.cosignPath) {
      throw new InstallError(
        'signature-failed',
        tool,
        `Verifying the signature of ${tool} needs cosign; install cosign first (or give its path) and retry.`,
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

/**
 * A private, hashed copy of a binary that the installer did not resolve itself (OpenSCAP from the
 * OS's packages), and what the manifest knows of its bytes. Run the returned `path`, not `origin`.
 */
export async function secureExecutable(
  tool: string,
  origin: string,
  options: {
    readonly tempDir: string
    readonly manifest?: ToolManifest
    readonly platform?: PlatformInfo
  },
): Promise<{ path: string; sha256: string; known: KnownBinary | undefined }> {
  const platform = options.platform ?? { platform: process.platform, arch: process.arch }
  const name = platform.platform === 'win32' ? `${tool}.exe` : tool
  const secured = await new BinaryVault(join(options.tempDir, BIN_DIR)).secure(origin, name)
  const known = knownBinary(
    options.manifest ?? bundledManifest(),
    tool,
    platformKey(platform),
    secured.sha256,
  )
  return { ...secured, known }
}
