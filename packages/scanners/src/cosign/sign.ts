import { X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { InputError, UserError } from '@portcullis/core'

/**
 * cosign's signing side: what a `key` input is, the argv of `cosign sign` / `cosign attest`, the
 * environment cosign gets (key password, GitHub OIDC for keyless), and what keyless signing
 * recorded (the certificate's identity, the Rekor entry).
 */

/** KMS and hardware-key URI schemes cosign accepts for `--key` (https://docs.sigstore.dev/cosign/key_management/overview/). */
const KMS_URI = /^(?:awskms|gcpkms|azurekms|hashivault|k8s|pkcs11):\/\//

export type CosignKey =
  | { readonly kind: 'keyless' }
  | { readonly kind: 'kms'; readonly uri: string }
  /** A file: the user's path, or a 0600 temp file holding PEM text given as a secret. */
  | { readonly kind: 'file'; readonly path: string; readonly fromSecret: boolean }

/**
 * Classifies the `key` input. PEM text (from a secret) is written to a 0600 file in a fresh 0700
 * folder under `tempDir`, because cosign reads keys from files; the text itself never reaches argv.
 */
export function resolveCosignKey(
  value: string | undefined,
  workspace: string,
  tempDir: string,
): CosignKey {
  const key = value?.trim() ?? ''
  if (key === '') return { kind: 'keyless' }
  if (KMS_URI.test(key)) return { kind: 'kms', uri: key }
  if (key.includes('-----BEGIN')) {
    const dir = mkdtempSync(join(tempDir, 'portcullis-cosign-key-'))
    const path = join(dir, /PUBLIC KEY/.test(key) ? 'cosign.pub' : 'cosign.key')
    writeFileSync(path, key.endsWith('\n') ? key : `${key}\n`, { mode: 0o600 })
    return { kind: 'file', path, fromSecret: true }
  }
  const path = isAbsolute(key) ? key : resolve(workspace, key)
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      'key',
      `is neither PEM text, a KMS URI (awskms://, gcpkms://, azurekms://, hashivault://) nor an existing file (${key}); pass the key from a secret or give its path`,
    )
  }
  return { kind: 'file', path, fromSecret: false }
}

/** How the key is described in logs and reports: never its content. */
export function describeCosignKey(key: CosignKey): string {
  switch (key.kind) {
    case 'keyless':
      return 'keyless (Fulcio certificate from the GitHub OIDC token)'
    case 'kms':
      return `KMS key ${key.uri}`
    case 'file':
      return key.fromSecret ? 'key from the `key` input (PEM)' : `key file ${key.path}`
  }
}

export interface CosignRegistryOptions {
  /** `--allow-http-registry --allow-insecure-registry`, for local registries. */
  readonly allowInsecureRegistry: boolean
}

export interface CosignSignOptions extends CosignRegistryOptions {
  /** `name@digest`: cosign is never given a tag. */
  readonly ref: string
  readonly key: CosignKey
  readonly tlogUpload: boolean
  readonly rekorUrl?: string
  readonly fulcioUrl?: string
  /** Keyless: where cosign writes the Fulcio certificate, so the identity can be recorded. */
  readonly certificateOut?: string
}

function registryFlags(options: CosignRegistryOptions): string[] {
  return options.allowInsecureRegistry ? ['--allow-http-registry', '--allow-insecure-registry'] : []
}

function signingFlags(options: Omit<CosignSignOptions, 'ref'>): string[] {
  return [
    '--yes',
    ...(options.key.kind === 'file' ? ['--key', options.key.path] : []),
    ...(options.key.kind === 'kms' ? ['--key', options.key.uri] : []),
    ...(options.tlogUpload ? [] : ['--tlog-upload=false']),
    ...(options.rekorUrl ? ['--rekor-url', options.rekorUrl] : []),
    ...(options.key.kind === 'keyless' && options.fulcioUrl
      ? ['--fulcio-url', options.fulcioUrl]
      : []),
    ...registryFlags(options),
  ]
}

/** `cosign sign` argv. Refuses a reference that is not pinned by digest. */
export function cosignSignArgs(options: CosignSignOptions): string[] {
  assertPinned(options.ref)
  return [
    'sign',
    ...signingFlags(options),
    ...(options.key.kind === 'keyless' && options.certificateOut
      ? ['--output-certificate', options.certificateOut]
      : []),
    options.ref,
  ]
}

/** Predicate types `cosign attest --type` takes by name, and their URIs. */
export const ATTESTATION_TYPES = {
  cyclonedx: 'https://cyclonedx.org/bom',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
} as const

/** `cosign attest` argv for a predicate file of a predicate type (a name above, or a URI). */
export function cosignAttestArgs(
  options: Omit<CosignSignOptions, 'certificateOut'> & {
    readonly predicate: string
    readonly type: string
  },
): string[] {
  assertPinned(options.ref)
  return [
    'attest',
    ...signingFlags(options),
    '--predicate',
    options.predicate,
    '--type',
    options.type,
    options.ref,
  ]
}

/** `cosign triangulate` argv: where the signature of `ref` is (or would be) stored. */
export function cosignTriangulateArgs(ref: string, options: CosignRegistryOptions): string[] {
  assertPinned(ref)
  return ['triangulate', ...registryFlags(options), ref]
}

function assertPinned(ref: string): void {
  if (!/@[a-z0-9]+:[a-f0-9]{32,}$/.test(ref)) {
    throw new Error(`cosign is only ever given a reference pinned by digest, not ${ref}`)
  }
}

/** The variables GitHub sets for `permissions: id-token: write`; cosign fetches its OIDC token with them. */
export const GITHUB_OIDC_ENV = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
] as const

/**
 * The environment cosign gets on top of the filtered scanner environment. The runner's OIDC request
 * variables are withheld from every tool by the action kit; keyless signing hands them to cosign,
 * and only to cosign. A key's password travels as COSIGN_PASSWORD (empty for an unencrypted key,
 * so cosign never waits for a prompt).
 */
export function cosignEnv(
  key: CosignKey,
  env: NodeJS.ProcessEnv,
  options: {
    readonly password?: string
    readonly dockerConfig?: string
    readonly signing: boolean
  },
): Record<string, string> {
  const out: Record<string, string> = {}
  if (options.dockerConfig) out.DOCKER_CONFIG = options.dockerConfig
  if (key.kind === 'file' && options.signing) out.COSIGN_PASSWORD = options.password ?? ''
  if (key.kind === 'kms' && options.password) out.COSIGN_PASSWORD = options.password
  if (key.kind === 'keyless' && options.signing) {
    const missing = GITHUB_OIDC_ENV.filter((name) => !env[name])
    if (missing.length > 0) {
      throw new UserError(
        'no-oidc',
        'Keyless signing needs a GitHub OIDC token, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Give the job `permissions: id-token: write`, or sign with a key (`key`).',
      )
    }
    for (const name of GITHUB_OIDC_ENV) out[name] = env[name]!
  }
  return out
}

/**
 * A docker config holding only the given registry credentials, for cosign (which reads
 * credentials from DOCKER_CONFIG and would otherwise need them on its command line).
 */
export function writeDockerConfig(
  tempDir: string,
  registry: string,
  credentials: { readonly username: string; readonly password: string },
): string {
  const dir = mkdtempSync(join(tempDir, 'portcullis-docker-config-'))
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  const key = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { [key]: { auth } } }), {
    mode: 0o600,
  })
  return dir
}

/** The Rekor log index cosign prints after uploading (`tlog entry created with index: 123`). */
export function rekorIndexFrom(stderr: string): number | undefined {
  const m = /tlog entry created with index:\s*(\d+)/.exec(stderr)
  return m?.[1] !== undefined ? Number(m[1]) : undefined
}

export interface SignerIdentity {
  /** The certificate's subject alternative name: a workflow URI or an email. */
  readonly subject: string
  /** The OIDC issuer Fulcio recorded. */
  readonly issuer?: string
}

// Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md):
// 1.3.6.1.4.1.57264.1.8 holds the issuer as a DER UTF8String; the deprecated .1.1 as raw bytes.
const OID_ISSUER_V2 = Buffer.from([
  0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, 0x08,
])
const OID_ISSUER_V1 = Buffer.from([
  0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, 0x01,
])

function derLength(der: Buffer, at: number): { length: number; start: number } | undefined {
  const first = der[at]
  if (first === undefined) return undefined
  if (first < 0x80) return { length: first, start: at + 1 }
  const bytes = first & 0x7f
  if (bytes === 0 || bytes > 4) return undefined
  let length = 0
  for (let i = 1; i <= bytes; i++) length = length * 256 + (der[at + i] ?? 0)
  return { length, start: at + 1 + bytes }
}

/** The extnValue of an extension, found by its encoded OID (Extension ::= OID, critical?, OCTET STRING). */
function extensionValue(der: Buffer, oid: Buffer): Buffer | undefined {
  const at = der.indexOf(oid)
  if (at < 0) return undefined
  let i = at + oid.length
  if (der[i] === 0x01 && der[i + 1] === 0x01) i += 3 // critical BOOLEAN
  if (der[i] !== 0x04) return undefined
  const len = derLength(der, i + 1)
  if (!len) return undefined
  return der.subarray(len.start, len.start + len.length)
}

/** Reads the signer identity from a Fulcio certificate (PEM), as `cosign verify` checks it. */
export function certificateIdentity(pem: string): SignerIdentity {
  let cert: X509Certificate
  try {
    cert = new X509Certificate(pem)
  } catch (error) {
    throw new Error(`the signing certificate cannot be read (${(error as Error).message})`, {
      cause: error,
    })
  }
  const san = cert.subjectAltName ?? ''
  const subject =
    /(?:^|,\s*)URI:([^,]+)/.exec(san)?.[1] ?? /(?:^|,\s*)email:([^,]+)/.exec(san)?.[1] ?? ''
  let issuer: string | undefined
  const v2 = extensionValue(cert.raw, OID_ISSUER_V2)
  if (v2 && v2[0] === 0x0c) {
    const len = derLength(v2, 1)
    if (len) issuer = v2.subarray(len.start, len.start + len.length).toString('utf8')
  }
  if (issuer === undefined) {
    const v1 = extensionValue(cert.raw, OID_ISSUER_V1)
    if (v1) issuer = v1.toString('utf8')
  }
  return { subject, ...(issuer ? { issuer } : {}) }
}
