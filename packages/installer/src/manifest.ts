import manifestJson from '../manifest/tools.json' with { type: 'json' }
import { InstallError } from './errors.js'

/** The manifest schema this code reads; bump it with any incompatible change to tools.json. */
export const MANIFEST_SCHEMA_VERSION = 1 as const

/** Runner platforms that pinned releases are published for, as `${process.platform}-${process.arch}`. */
export const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'win32-x64'] as const
export type PlatformKey = (typeof PLATFORMS)[number]

export interface PinnedAsset {
  /** SHA-256 of the release asset (archive or bare binary) as published upstream, lower-case hex. */
  readonly sha256: string
  /** Public file the digest was copied from. */
  readonly source: string
  /**
   * SHA-256 of the executable inside the asset (the asset itself when it is a bare binary). A binary
   * found on PATH or in the tool cache is accepted only when its digest equals this (or a build's).
   */
  readonly binarySha256?: string
}

/**
 * A build of a tool that is not an upstream release asset but whose executable is known byte for
 * byte: a distribution's package (Debian's gitleaks) or a binary shipped inside another package.
 * Its digest verifies a binary found on PATH or given by path exactly as a release's would.
 */
export interface KnownBuild {
  readonly version: string
  readonly platform: PlatformKey
  /** SHA-256 of the executable. */
  readonly sha256: string
  /** Where the executable comes from, precisely enough to fetch the same bytes again. */
  readonly source: string
}

export interface PinnedVersion {
  /** The upstream checksums file the digests correspond to. */
  readonly checksums?: string
  readonly platforms: Partial<Record<PlatformKey, PinnedAsset>>
}

export interface BlockedRelease {
  readonly reason: string
  readonly references: readonly string[]
}

/**
 * Cosign keyless policy for a tool whose releases carry a Sigstore bundle per asset. `{asset}`,
 * `{tag}` and `{version}` are substituted.
 */
export interface SignaturePolicy {
  readonly bundle: string
  readonly certificateIdentity?: string
  readonly certificateIdentityRegexp?: string
  readonly certificateOidcIssuer: string
  readonly documentation: string
  /** First version that publishes bundles in this form, when older ones differ. */
  readonly since?: string
}

export interface ToolSpec {
  /** GitHub `owner/name` the releases are published under. */
  readonly repository: string
  /** Release tag template, e.g. `v{version}`. */
  readonly tag: string
  /** Executable name without `.exe`. */
  readonly binary: string
  readonly assets: Partial<Record<PlatformKey, string>>
  /**
   * Name of the release's checksums file (`{version}` substituted), read by `npm run pin` when it
   * pins a new version.
   */
  readonly checksumsAsset?: string
  /** Arguments that make the tool print its version, and a multiline pattern whose group 1 is it. */
  readonly versionArgs: readonly string[]
  readonly versionPattern: string
  readonly defaultVersion: string
  readonly signature?: SignaturePolicy
  readonly versions: Readonly<Record<string, PinnedVersion>>
  readonly blocked: Readonly<Record<string, BlockedRelease>>
}

export interface ToolManifest {
  readonly schemaVersion: typeof MANIFEST_SCHEMA_VERSION
  readonly notes: readonly string[]
  readonly tools: Readonly<Record<string, ToolSpec>>
  /**
   * Known non-release builds by tool name, for the released tools and for tools the suite does not
   * download (OpenSCAP comes from the OS's packages).
   */
  readonly builds: Readonly<Record<string, readonly KnownBuild[]>>
}

const SHA256 = /^[0-9a-f]{64}$/

function fail(where: string, message: string): never {
  throw new InstallError('bad-manifest', where, `Tool manifest: ${where} ${message}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') fail(where, 'must be a non-empty string')
  return value
}

function optStr(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : str(value, where)
}

function strArray(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) fail(where, 'must be an array of strings')
  return value.map((v, i) => str(v, `${where}[${i}]`))
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) fail(where, 'must be an object')
  return value
}

function isPlatform(key: string): key is PlatformKey {
  return (PLATFORMS as readonly string[]).includes(key)
}

function platformMap<T>(
  value: unknown,
  where: string,
  read: (v: unknown, w: string) => T,
): Partial<Record<PlatformKey, T>> {
  const out: Partial<Record<PlatformKey, T>> = {}
  for (const [key, v] of Object.entries(record(value, where))) {
    if (!isPlatform(key)) fail(`${where}.${key}`, `is not a platform (${PLATFORMS.join(', ')})`)
    out[key] = read(v, `${where}.${key}`)
  }
  return out
}

function readAsset(value: unknown, where: string): PinnedAsset {
  const r = record(value, where)
  const sha256 = digest(r.sha256, `${where}.sha256`)
  const binarySha256 =
    r.binarySha256 === undefined ? undefined : digest(r.binarySha256, `${where}.binarySha256`)
  return {
    sha256,
    source: str(r.source, `${where}.source`),
    ...(binarySha256 !== undefined ? { binarySha256 } : {}),
  }
}

function digest(value: unknown, where: string): string {
  const sha256 = str(value, where)
  if (!SHA256.test(sha256)) fail(where, 'must be 64 lower-case hex characters')
  return sha256
}

function readBuild(value: unknown, where: string): KnownBuild {
  const r = record(value, where)
  const platform = str(r.platform, `${where}.platform`)
  if (!isPlatform(platform))
    fail(`${where}.platform`, `is not a platform (${PLATFORMS.join(', ')})`)
  return {
    version: str(r.version, `${where}.version`),
    platform,
    sha256: digest(r.sha256, `${where}.sha256`),
    source: str(r.source, `${where}.source`),
  }
}

function readSignature(value: unknown, where: string): SignaturePolicy | undefined {
  if (value === undefined) return undefined
  const r = record(value, where)
  const identity = optStr(r.certificateIdentity, `${where}.certificateIdentity`)
  const regexp = optStr(r.certificateIdentityRegexp, `${where}.certificateIdentityRegexp`)
  if ((identity === undefined) === (regexp === undefined)) {
    fail(where, 'must set exactly one of certificateIdentity and certificateIdentityRegexp')
  }
  const since = optStr(r.since, `${where}.since`)
  return {
    bundle: str(r.bundle, `${where}.bundle`),
    ...(identity !== undefined ? { certificateIdentity: identity } : {}),
    ...(regexp !== undefined ? { certificateIdentityRegexp: regexp } : {}),
    certificateOidcIssuer: str(r.certificateOidcIssuer, `${where}.certificateOidcIssuer`),
    documentation: str(r.documentation, `${where}.documentation`),
    ...(since !== undefined ? { since } : {}),
  }
}

function readTool(name: string, value: unknown): ToolSpec {
  const where = `tools.${name}`
  const r = record(value, where)
  const versionPattern = str(r.versionPattern, `${where}.versionPattern`)
  try {
    new RegExp(versionPattern, 'm')
  } catch {
    fail(`${where}.versionPattern`, 'is not a valid regular expression')
  }
  const versions: Record<string, PinnedVersion> = {}
  for (const [version, v] of Object.entries(record(r.versions, `${where}.versions`))) {
    const w = `${where}.versions.${version}`
    const vr = record(v, w)
    const checksums = optStr(vr.checksums, `${w}.checksums`)
    versions[version] = {
      ...(checksums !== undefined ? { checksums } : {}),
      platforms: platformMap(vr.platforms, `${w}.platforms`, readAsset),
    }
  }
  const blocked: Record<string, BlockedRelease> = {}
  for (const [version, v] of Object.entries(record(r.blocked ?? {}, `${where}.blocked`))) {
    const w = `${where}.blocked.${version}`
    const br = record(v, w)
    blocked[version] = {
      reason: str(br.reason, `${w}.reason`),
      references: strArray(br.references ?? [], `${w}.references`),
    }
    if (versions[version]) fail(w, 'is both pinned and blocked')
  }
  const defaultVersion = str(r.defaultVersion, `${where}.defaultVersion`)
  if (!versions[defaultVersion])
    fail(`${where}.defaultVersion`, `names ${defaultVersion}, which is not pinned`)
  const signature = readSignature(r.signature, `${where}.signature`)
  const checksumsAsset = optStr(r.checksumsAsset, `${where}.checksumsAsset`)
  return {
    repository: str(r.repository, `${where}.repository`),
    tag: str(r.tag, `${where}.tag`),
    binary: str(r.binary, `${where}.binary`),
    assets: platformMap(r.assets, `${where}.assets`, str),
    ...(checksumsAsset !== undefined ? { checksumsAsset } : {}),
    versionArgs: strArray(r.versionArgs, `${where}.versionArgs`),
    versionPattern,
    defaultVersion,
    ...(signature ? { signature } : {}),
    versions,
    blocked,
  }
}

/** Validates untrusted manifest data; throws InstallError('bad-manifest') naming the first problem. */
export function parseManifest(data: unknown): ToolManifest {
  const r = record(data, 'the manifest')
  if (r.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
    fail(
      'schemaVersion',
      `is ${JSON.stringify(r.schemaVersion)}; this installer reads version ${MANIFEST_SCHEMA_VERSION}`,
    )
  }
  const tools: Record<string, ToolSpec> = {}
  for (const [name, spec] of Object.entries(record(r.tools, 'tools')))
    tools[name] = readTool(name, spec)
  const builds: Record<string, KnownBuild[]> = {}
  for (const [name, list] of Object.entries(record(r.builds ?? {}, 'builds'))) {
    if (!Array.isArray(list)) fail(`builds.${name}`, 'must be an array')
    builds[name] = list.map((b, i) => readBuild(b, `builds.${name}[${i}]`))
  }
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    notes: strArray(r.notes ?? [], 'notes'),
    tools,
    builds,
  }
}

let bundled: ToolManifest | undefined
/** The manifest shipped in this package (manifest/tools.json), parsed once. */
export function bundledManifest(): ToolManifest {
  bundled ??= parseManifest(manifestJson as unknown)
  return bundled
}

/** What the manifest says about an executable's digest: the tool version it is, and on whose word. */
export interface KnownBinary {
  readonly version: string
  /** The manifest entry that vouches for it: a release asset's source or a known build's. */
  readonly source: string
}

/**
 * Looks a binary's SHA-256 up in the manifest for one tool and platform: the executables of
 * pinned releases and the known builds. Undefined when the manifest does not know those bytes.
 */
export function knownBinary(
  manifest: ToolManifest,
  tool: string,
  platform: string,
  sha256: string,
): KnownBinary | undefined {
  for (const [version, pinned] of Object.entries(manifest.tools[tool]?.versions ?? {})) {
    const asset = isPlatform(platform) ? pinned.platforms[platform] : undefined
    if (asset?.binarySha256 === sha256) return { version, source: asset.source }
  }
  const build = manifest.builds[tool]?.find((b) => b.platform === platform && b.sha256 === sha256)
  return build ? { version: build.version, source: build.source } : undefined
}

/** Substitutes `{version}`, `{tag}` and `{asset}` in a template. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}
