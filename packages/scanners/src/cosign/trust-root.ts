import { createHash, createPublicKey, X509Certificate } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '@portcullis/core'

/**
 * A private Sigstore's trust material (GHES, an air-gapped or company Sigstore), read from a Sigstore
 * trusted root: the protobuf-specs `TrustedRoot` JSON (media type
 * `application/vnd.dev.sigstore.trustedroot+json`) that `cosign trusted-root create` writes and that
 * Sigstore deployments publish through TUF as `trusted_root.json`.
 *
 * cosign 2.5 takes a trusted root file only for bundles in the new format (`verify --trusted-root`
 * needs `--new-bundle-format`) and not at all when signing; for the classic signatures it makes and
 * checks, it reads the same material from SIGSTORE_ROOT_FILE (Fulcio CA certificates),
 * SIGSTORE_CT_LOG_PUBLIC_KEY_FILE (the CT log key that signs the certificates' SCTs) and
 * SIGSTORE_REKOR_PUBLIC_KEY (the key that signs Rekor's entry timestamps), and then skips its TUF
 * look-up of the public instance's roots. Each of the two key variables holds one key, so the
 * trusted root must have one key in force (no end of validity, or an end in the future) per log.
 */
export interface CosignTrust {
  /** SIGSTORE_* variables for cosign, naming PEM files in the run's work folder. */
  readonly env: Record<string, string>
  /** What the report records about the trust material used. */
  readonly notices: string[]
}

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json'

interface ValidFor {
  readonly start?: string
  readonly end?: string
}

interface TransparencyLog {
  readonly publicKey?: { readonly rawBytes?: string; readonly validFor?: ValidFor }
  readonly logId?: { readonly keyId?: string }
  readonly baseUrl?: string
}

interface CertificateAuthority {
  readonly certChain?: { readonly certificates?: readonly { readonly rawBytes?: string }[] }
}

function fail(message: string): never {
  throw new InputError('trusted-root', message)
}

function pem(der: Buffer, label: string): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

function inForce(validFor: ValidFor | undefined, now: Date): boolean {
  const start = validFor?.start ? Date.parse(validFor.start) : 0
  const end = validFor?.end ? Date.parse(validFor.end) : Infinity
  return !Number.isNaN(start) && !Number.isNaN(end) && start <= now.getTime() && now.getTime() < end
}

/** The one key of a log list in force now, as PEM, with the log id cosign will look it up by. */
function currentKey(
  logs: unknown,
  field: 'tlogs' | 'ctlogs',
  now: Date,
): { pem: string; logId: string } {
  if (!Array.isArray(logs) || logs.length === 0) fail(`has no ${field} entry`)
  const current = (logs as TransparencyLog[])
    .filter((log) => inForce(log.publicKey?.validFor, now))
    .sort(
      (a, b) =>
        Date.parse(b.publicKey?.validFor?.start ?? '1970-01-01T00:00:00Z') -
        Date.parse(a.publicKey?.validFor?.start ?? '1970-01-01T00:00:00Z'),
    )
  const log = current[0]
  if (!log?.publicKey?.rawBytes) fail(`has no ${field} key in force on ${now.toISOString()}`)
  const der = Buffer.from(log.publicKey.rawBytes, 'base64')
  try {
    createPublicKey({ key: der, format: 'der', type: 'spki' })
  } catch (error) {
    fail(`${field}: a public key cannot be read (${(error as Error).message})`)
  }
  const logId = createHash('sha256').update(der).digest('hex')
  return { pem: pem(der, 'PUBLIC KEY'), logId }
}

/**
 * Reads a trusted root file and writes the PEM files cosign 2.5 reads through its SIGSTORE_*
 * variables into `workDir`. A file that is not a trusted root, or lacks a Fulcio CA, a Rekor key or
 * a CT log key in force, is refused naming the input.
 */
export function cosignTrustFromTrustedRoot(
  path: string,
  shown: string,
  workDir: string,
  now = new Date(),
): CosignTrust {
  let raw: Buffer
  try {
    raw = readFileSync(path)
  } catch {
    fail(
      `'${shown}' cannot be read; give the path of a Sigstore trusted_root.json in the workspace`,
    )
  }
  let root: Record<string, unknown>
  try {
    root = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
  } catch {
    fail(`'${shown}' is not JSON; give a Sigstore trusted_root.json`)
  }
  if (
    typeof root !== 'object' ||
    root === null ||
    typeof root.mediaType !== 'string' ||
    !root.mediaType.startsWith(TRUSTED_ROOT_MEDIA_TYPE)
  ) {
    fail(
      `'${shown}' is not a Sigstore trusted root (mediaType ${TRUSTED_ROOT_MEDIA_TYPE};version=0.1 expected)`,
    )
  }

  const certificates: string[] = []
  const authorities = Array.isArray(root.certificateAuthorities)
    ? (root.certificateAuthorities as CertificateAuthority[])
    : []
  for (const ca of authorities) {
    for (const cert of ca.certChain?.certificates ?? []) {
      try {
        certificates.push(
          new X509Certificate(Buffer.from(cert.rawBytes ?? '', 'base64')).toString(),
        )
      } catch (error) {
        fail(`a certificate authority's certificate cannot be read (${(error as Error).message})`)
      }
    }
  }
  if (certificates.length === 0)
    fail(`'${shown}' has no certificate authority (Fulcio) certificate`)
  const rekor = currentKey(root.tlogs, 'tlogs', now)
  const ctLog = currentKey(root.ctlogs, 'ctlogs', now)

  const files = {
    SIGSTORE_ROOT_FILE: join(workDir, 'sigstore-fulcio-roots.pem'),
    SIGSTORE_REKOR_PUBLIC_KEY: join(workDir, 'sigstore-rekor.pub'),
    SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: join(workDir, 'sigstore-ctlog.pub'),
  }
  writeFileSync(files.SIGSTORE_ROOT_FILE, certificates.join(''))
  writeFileSync(files.SIGSTORE_REKOR_PUBLIC_KEY, rekor.pem)
  writeFileSync(files.SIGSTORE_CT_LOG_PUBLIC_KEY_FILE, ctLog.pem)
  const digest = createHash('sha256').update(raw).digest('hex')
  return {
    env: files,
    notices: [
      `trusted root ${shown} (sha256:${digest}): ${certificates.length} Fulcio CA certificate(s), Rekor key ${rekor.logId}, CT log key ${ctLog.logId}`,
    ],
  }
}
