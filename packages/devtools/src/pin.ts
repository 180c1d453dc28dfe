/**
 * `npm run pin -- <tool> <version>`: pins a scanner release in packages/installer/manifest/tools.json.
 *
 * For every platform the manifest names an asset for, it downloads the asset, checks it against the
 * release's checksums file, verifies the asset's Sigstore bundle in-process (sigstore-js) when the
 * tool has a signature policy, extracts the executable and hashes it, then writes the version's
 * entries. Nothing is written unless every platform passes.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import { toSignedEntity, toTrustMaterial, Verifier, type Signer } from '@sigstore/verify'
import { format, resolveConfig } from 'prettier'
import { UserError } from '@portcullis/core'
import {
  archiveKind,
  fetchHttp,
  fill,
  parseManifest,
  PLATFORMS,
  releaseUrl,
  shellExtract,
  signingIdentity,
  UPSTREAM_BASE,
  type HttpPort,
  type PlatformKey,
  type SignaturePolicy,
  type ToolSpec,
} from '@portcullis/installer'
import { REPO_ROOT } from './actions.js'

/** The manifest `npm run pin` edits unless `--manifest` names another. */
export const MANIFEST_PATH = join(REPO_ROOT, 'packages/installer/manifest/tools.json')

export const PIN_ERROR_CODES = [
  'bad-arguments',
  'unknown-tool',
  'known-bad-release',
  'checksums',
  'download-failed',
  'digest-mismatch',
  'signature-failed',
  'layout',
] as const
export type PinErrorCode = (typeof PIN_ERROR_CODES)[number]

/** Why a version could not be pinned; the manifest is left as it was. */
export class PinError extends UserError {
  override readonly name = 'PinError'
  constructor(
    override readonly code: PinErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options)
  }
}

export interface PinOptions {
  readonly tool: string
  readonly version: string
  /** tools.json to read and rewrite; MANIFEST_PATH by default. */
  readonly manifest?: string
  /** Release host whose URLs are recorded (`<base>/<owner>/<repo>/releases/download/<tag>/<asset>`). */
  readonly base?: string
  /** Where the bytes are fetched from instead, laid out like the installer's `tool-mirror`. */
  readonly mirror?: string
  /** A Sigstore trusted_root.json; by default the public-good instance's, fetched through its TUF repository. */
  readonly trustedRoot?: string
  readonly http?: HttpPort
  readonly log?: (line: string) => void
}

export interface PinnedPlatform {
  readonly platform: PlatformKey
  readonly asset: string
  readonly sha256: string
  readonly binarySha256: string
  /** The certificate identity that signed the asset, when its signature was verified. */
  readonly signedBy?: string
}

export interface PinResult {
  readonly tool: string
  readonly version: string
  /** URL of the checksums file, recorded as every entry's source. */
  readonly checksums: string
  readonly platforms: readonly PinnedPlatform[]
  /** Why no signature was checked; undefined when every asset's was. */
  readonly unsigned?: string
}

const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]*$/

/** Pins `tool` at `version`: verifies every platform's release asset, then rewrites the manifest. */
export async function pin(options: PinOptions): Promise<PinResult> {
  const { tool, version } = options
  const log = options.log ?? (() => undefined)
  const manifestPath = options.manifest ?? MANIFEST_PATH
  const raw = JSON.parse(await readFile(manifestPath, 'utf8')) as unknown
  const spec = parseManifest(raw).tools[tool]
  if (!spec) throw new PinError('unknown-tool', `${tool} is not a tool in ${manifestPath}.`)
  if (!VERSION.test(version))
    throw new PinError('bad-arguments', `'${version}' is not a version number.`)
  const blocked = spec.blocked[version]
  if (blocked) {
    throw new PinError(
      'known-bad-release',
      `${tool} ${version} is refused (listed under blocked): ${blocked.reason}`,
    )
  }
  if (!spec.checksumsAsset) {
    throw new PinError(
      'checksums',
      `tools.${tool}.checksumsAsset is not set in ${manifestPath}: add the name of the release's checksums file.`,
    )
  }

  const base = options.base ?? UPSTREAM_BASE
  const fetchFrom = options.mirror ?? base
  const http = options.http ?? fetchHttp()
  const tag = fill(spec.tag, { version })
  const checksumsName = fill(spec.checksumsAsset, { version, tag })
  const checksumsUrl = releaseUrl(spec, version, checksumsName, base)
  const policy = signaturePolicyFor(spec, version)
  const work = await mkdtemp(join(tmpdir(), `portcullis-pin-${tool}-`))
  try {
    const checksumsFile = join(work, checksumsName)
    await download(http, releaseUrl(spec, version, checksumsName, fetchFrom), checksumsFile)
    const sums = parseChecksums(await readFile(checksumsFile, 'utf8'), checksumsUrl)
    log(`${checksumsUrl}: ${sums.size} digests`)
    const verifier = policy.policy ? new Verifier(await trustMaterial(options.trustedRoot)) : null
    if (!policy.policy) log(`Signatures not verified: ${policy.reason}`)

    const platforms: PinnedPlatform[] = []
    for (const platform of PLATFORMS) {
      const template = spec.assets[platform]
      if (template === undefined) continue
      const asset = fill(template, { version, tag })
      const expected = sums.get(asset)
      if (expected === undefined) {
        throw new PinError('checksums', `${checksumsUrl} lists no digest for ${asset}.`)
      }
      const file = join(work, asset)
      const url = releaseUrl(spec, version, asset, fetchFrom)
      await download(http, url, file)
      const bytes = await readFile(file)
      const actual = sha256(bytes)
      if (actual !== expected) {
        throw new PinError(
          'digest-mismatch',
          `${url} has SHA-256 ${actual}, but ${checksumsUrl} lists ${expected} for ${asset}. Nothing was written.`,
        )
      }
      let signedBy: string | undefined
      if (policy.policy && verifier) {
        const bundleName = fill(policy.policy.bundle, { asset, version, tag })
        const bundleFile = join(work, bundleName)
        await download(http, releaseUrl(spec, version, bundleName, fetchFrom), bundleFile)
        signedBy = verifyAsset(verifier, {
          bundle: await readFile(bundleFile, 'utf8'),
          bundleName,
          asset,
          bytes,
          identity: signingIdentity(policy.policy, spec, version),
          issuer: policy.policy.certificateOidcIssuer,
        })
      }
      const binarySha256 = await executableDigest(spec, platform, asset, file, work, actual)
      log(
        `${platform}: ${asset} sha256 ${actual}, executable sha256 ${binarySha256}` +
          (signedBy ? `, signed by ${signedBy}` : ''),
      )
      platforms.push({
        platform,
        asset,
        sha256: actual,
        binarySha256,
        ...(signedBy ? { signedBy } : {}),
      })
    }
    if (platforms.length === 0) throw new PinError('layout', `${tool} names no release assets.`)

    await writeManifest(manifestPath, raw, tool, version, checksumsUrl, platforms)
    log(
      `Pinned ${tool} ${version} for ${platforms.map((p) => p.platform).join(', ')} in ${manifestPath}`,
    )
    return {
      tool,
      version,
      checksums: checksumsUrl,
      platforms,
      ...(policy.policy ? {} : { unsigned: policy.reason }),
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

function signaturePolicyFor(
  spec: ToolSpec,
  version: string,
): { policy: SignaturePolicy; reason?: undefined } | { policy?: undefined; reason: string } {
  const policy = spec.signature
  if (!policy) return { reason: 'the manifest sets no signature policy for this tool' }
  if (policy.since !== undefined && compareVersions(version, policy.since) < 0) {
    return { reason: `bundles in the policy's form are published since ${policy.since} only` }
  }
  return { policy }
}

/** Numeric comparison of dotted versions; a pre-release suffix counts as its numeric part. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0)
  const pa = parts(a)
  const pb = parts(b)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

/**
 * Reads a `sha256sum`-style checksums file (`<hex>  <name>`, `*<name>` in binary mode). A name
 * listed twice with different digests makes the file unusable.
 */
export function parseChecksums(text: string, source: string): Map<string, string> {
  const sums = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const m = /^([0-9a-fA-F]{64}) [ *]?(\S.*)$/.exec(line.trim())
    if (!m) throw new PinError('checksums', `${source} has a line that is not '<sha256>  <name>'.`)
    const [, digest = '', name = ''] = m
    const previous = sums.get(name)
    if (previous !== undefined && previous !== digest.toLowerCase())
      throw new PinError('checksums', `${source} lists ${name} twice with different digests.`)
    sums.set(name, digest.toLowerCase())
  }
  if (sums.size === 0) throw new PinError('checksums', `${source} lists no digests.`)
  return sums
}

async function download(http: HttpPort, url: string, dest: string): Promise<void> {
  try {
    await http.download(url, dest)
  } catch (error) {
    throw new PinError(
      'download-failed',
      `Could not download ${url}: ${(error as Error).message}`,
      {
        cause: error,
      },
    )
  }
}

async function trustMaterial(path: string | undefined) {
  const root = path
    ? TrustedRoot.fromJSON(JSON.parse(await readFile(path, 'utf8')))
    : await getTrustedRoot()
  return toTrustMaterial(root)
}

interface AssetSignature {
  readonly bundle: string
  readonly bundleName: string
  readonly asset: string
  readonly bytes: Buffer
  readonly identity: ReturnType<typeof signingIdentity>
  readonly issuer: string
}

/**
 * Verifies an asset's Sigstore bundle (certificate chain to the trusted root, transparency-log
 * inclusion, signature over the asset's bytes) and that the certificate names the policy's identity
 * and OIDC issuer. Returns the identity that signed. A DSSE bundle (an attestation) is refused: it
 * signs a statement, not the asset, and the installer's `cosign verify-blob` rejects it too.
 */
export function verifyAsset(verifier: Verifier, s: AssetSignature): string {
  const fail = (why: string, cause?: unknown): never => {
    throw new PinError('signature-failed', `The signature of ${s.asset} (${s.bundleName}) ${why}`, {
      cause,
    })
  }
  let signer: Signer
  try {
    const bundle = bundleFromJSON(JSON.parse(s.bundle))
    if (bundle.content.$case !== 'messageSignature')
      fail('is a DSSE attestation, not a signature over the asset.')
    signer = verifier.verify(toSignedEntity(bundle, s.bytes))
  } catch (error) {
    if (error instanceof PinError) throw error
    return fail(`does not verify: ${(error as Error).message}.`, error)
  }
  const san = signer.identity?.subjectAlternativeName
  const issuer = signer.identity?.extensions?.issuer
  const identityOk =
    san !== undefined &&
    (s.identity.flag === '--certificate-identity'
      ? san === s.identity.value
      : new RegExp(`^(?:${s.identity.value})$`).test(san))
  if (!identityOk || issuer !== s.issuer) {
    fail(
      `was made by ${san ?? 'no identity'} (issuer ${issuer ?? 'none'}); the manifest requires ` +
        `${s.identity.flag === '--certificate-identity' ? '' : 'an identity matching '}${s.identity.value} ` +
        `(issuer ${s.issuer}).`,
    )
  }
  return san as string
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * SHA-256 of the executable the asset delivers: the asset itself when it is a bare binary, else
 * the tool's binary at the archive's root or one folder down (where the installer looks for it).
 */
async function executableDigest(
  spec: ToolSpec,
  platform: PlatformKey,
  asset: string,
  file: string,
  work: string,
  assetSha256: string,
): Promise<string> {
  const kind = archiveKind(asset)
  if (!kind) return assetSha256
  const dest = join(work, `${platform}-unpacked`)
  await mkdir(dest)
  await shellExtract().extract(file, kind, dest)
  const name = platform.startsWith('win32-') ? `${spec.binary}.exe` : spec.binary
  const candidates = [join(dest, name)]
  for (const entry of await readdir(dest, { withFileTypes: true }))
    if (entry.isDirectory()) candidates.push(join(dest, entry.name, name))
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined)
    if (info?.isFile()) return sha256(await readFile(candidate))
  }
  throw new PinError(
    'layout',
    `${asset} holds no '${name}' at its root or one folder down, where the installer looks for it.`,
  )
}

/**
 * Writes the version's entries into the manifest text as read (every other field kept), formatted
 * with the repository's Prettier settings, and checks the result still parses.
 */
async function writeManifest(
  path: string,
  raw: unknown,
  tool: string,
  version: string,
  checksums: string,
  platforms: readonly PinnedPlatform[],
): Promise<void> {
  const manifest = raw as { tools: Record<string, { versions: Record<string, unknown> }> }
  const entry = manifest.tools[tool]
  if (!entry) throw new PinError('unknown-tool', `${tool} is not a tool in ${path}.`)
  entry.versions[version] = {
    checksums,
    platforms: Object.fromEntries(
      platforms.map((p) => [
        p.platform,
        { sha256: p.sha256, source: checksums, binarySha256: p.binarySha256 },
      ]),
    ),
  }
  parseManifest(manifest)
  const config = (await resolveConfig(path)) ?? {}
  const text = await format(JSON.stringify(manifest, null, 2), { ...config, filepath: path })
  const temp = `${path}.pin-${process.pid}`
  await writeFile(temp, text)
  await rename(temp, path)
}

const USAGE =
  'Usage: npm run pin -- <tool> <version> [--base <url>] [--mirror <url>] [--trusted-root <file>] [--manifest <file>]'

/** Reads `npm run pin` arguments; throws PinError('bad-arguments') with the usage line. */
export function parsePinArgs(argv: readonly string[]): Omit<PinOptions, 'http' | 'log'> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        mirror: { type: 'string' },
        'trusted-root': { type: 'string' },
        manifest: { type: 'string' },
      },
    })
  } catch (error) {
    throw new PinError('bad-arguments', `${(error as Error).message}\n${USAGE}`)
  }
  const [tool, version, ...rest] = parsed.positionals
  if (tool === undefined || version === undefined || rest.length > 0)
    throw new PinError('bad-arguments', USAGE)
  const { base, mirror, manifest } = parsed.values
  const trustedRoot = parsed.values['trusted-root']
  return {
    tool,
    version,
    ...(base !== undefined ? { base } : {}),
    ...(mirror !== undefined ? { mirror } : {}),
    ...(trustedRoot !== undefined ? { trustedRoot } : {}),
    ...(manifest !== undefined ? { manifest } : {}),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const result = await pin({ ...parsePinArgs(process.argv.slice(2)), log: (l) => console.log(l) })
    if (result.unsigned) console.log(`Note: no signature was checked (${result.unsigned}).`)
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
