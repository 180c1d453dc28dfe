import { ScanFailedError } from '@portcullis/core'

/**
 * What `cosign verify` printed: stderr's banner ("Verification for <ref> --", "The following checks
 * were performed…" and one "  - " line per check) followed by stdout's JSON, either the array of
 * cosign ≥ 1.0 (`[{"critical": …, "optional": …}]`) or the single object with capitalised keys of
 * earlier releases (`{"Critical": …, "Optional": …}`).
 *
 * `optional` mixes what the signer annotated (`cosign sign -a key=value`) with what cosign adds from
 * the certificate and the transparency log (Subject, Issuer, Bundle, certificate extension OIDs,
 * githubWorkflow* fields); only the former are annotations here.
 */
export interface CosignSignature {
  /** The manifest digest the signature covers, e.g. `sha256:…`. */
  readonly digest: string
  /** The signed `docker-reference` (empty in some old signatures, then absent). */
  readonly dockerReference?: string
  /** Keyless signatures: the certificate's subject (SAN) and OIDC issuer. */
  readonly identity?: { readonly subject: string; readonly issuer: string }
  /** The Rekor entry, when the signature was logged. */
  readonly rekorBundle?: { readonly logIndex: number; readonly integratedTime: number }
  /** Signer annotations (string values only). */
  readonly annotations: Readonly<Record<string, string>>
}

export interface CosignVerification {
  readonly signatures: CosignSignature[]
  /** The checks cosign says it performed, as printed (without the "  - " bullet). */
  readonly checks: string[]
}

type Json = Record<string, unknown>

/** Keys cosign itself puts in `optional`; everything else there was annotated by the signer. */
const COSIGN_OPTIONAL_KEYS = new Set(['Bundle', 'Subject', 'Issuer', 'RFC3161Timestamp'])
const CERT_EXTENSION_OID = /^1\.3\.6\.1\.4\.1\.57264\./
const CHECK_LINE = /^ {2}- (.+?)\s*$/

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads `key` case-insensitively: pre-1.0 cosign capitalised every key. */
function member(record: Json, key: string): unknown {
  if (key in record) return record[key]
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(record)) if (k.toLowerCase() === lower) return v
  return undefined
}

function fail(reason: string): never {
  throw new ScanFailedError(`cosign verify output ${reason}`)
}

function payloadOf(lines: readonly string[]): { value: unknown; index: number } {
  const index = lines.findIndex((l) => /^\s*[[{]/.test(l))
  if (index < 0) {
    fail('has no JSON payload; cosign prints the verified signatures as JSON on stdout')
  }
  const rest = lines.slice(index).join('\n')
  try {
    return { value: JSON.parse(rest), index }
  } catch {
    try {
      return { value: JSON.parse(lines[index]!), index }
    } catch (error) {
      throw new ScanFailedError(
        `cosign verify output has a JSON payload that does not parse (${(error as Error).message})`,
        { cause: error },
      )
    }
  }
}

function readSignature(entry: unknown, index: number): CosignSignature {
  if (!isRecord(entry)) fail(`signature ${index} is not an object`)
  const critical = member(entry, 'critical')
  if (!isRecord(critical)) fail(`signature ${index} has no critical section`)
  const image = member(critical, 'image')
  const digest = isRecord(image) ? member(image, 'docker-manifest-digest') : undefined
  if (typeof digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/.test(digest)) {
    fail(`signature ${index} has no docker-manifest-digest`)
  }
  const identitySection = member(critical, 'identity')
  const reference = isRecord(identitySection)
    ? member(identitySection, 'docker-reference')
    : undefined

  const optional = member(entry, 'optional')
  const extra = isRecord(optional) ? optional : {}
  const subject = typeof extra.Subject === 'string' ? extra.Subject : undefined
  const issuerValue = extra.Issuer ?? extra['1.3.6.1.4.1.57264.1.1']
  const issuer = typeof issuerValue === 'string' ? issuerValue : undefined

  let rekorBundle: CosignSignature['rekorBundle']
  const bundle = isRecord(extra.Bundle) ? extra.Bundle : undefined
  const logged = bundle && isRecord(bundle.Payload) ? bundle.Payload : undefined
  if (logged && typeof logged.logIndex === 'number' && typeof logged.integratedTime === 'number') {
    rekorBundle = { logIndex: logged.logIndex, integratedTime: logged.integratedTime }
  }

  const annotations: Record<string, string> = {}
  for (const [key, value] of Object.entries(extra)) {
    if (COSIGN_OPTIONAL_KEYS.has(key) || CERT_EXTENSION_OID.test(key)) continue
    if (key.startsWith('githubWorkflow')) continue
    if (typeof value === 'string') annotations[key] = value
  }

  return {
    digest,
    ...(typeof reference === 'string' && reference !== '' ? { dockerReference: reference } : {}),
    ...(subject !== undefined || issuer !== undefined
      ? { identity: { subject: subject ?? '', issuer: issuer ?? '' } }
      : {}),
    ...(rekorBundle ? { rekorBundle } : {}),
    annotations,
  }
}

/**
 * Parses `cosign verify` output (stderr banner, if captured, then stdout). Throws ScanFailedError
 * when there is no JSON payload or it does not describe at least one verified signature.
 */
export function parseCosignVerify(text: string): CosignVerification {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/)
  const { value, index } = payloadOf(lines)
  const entries = Array.isArray(value) ? value : [value]
  if (entries.length === 0) {
    fail('lists no signatures; cosign fails rather than verify nothing, so this is not its output')
  }
  const checks = lines
    .slice(0, index)
    .map((l) => CHECK_LINE.exec(l)?.[1])
    .filter((c): c is string => c !== undefined)
  return { signatures: entries.map(readSignature), checks }
}
