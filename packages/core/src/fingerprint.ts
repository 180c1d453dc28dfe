import { createHash, createHmac } from 'node:crypto'

/**
 * Fingerprints identify "the same finding" across runs, line shifts and engines. They feed waivers,
 * baselines (`mode: new`) and cross-engine deduplication, so each kind hashes only what is stable:
 *
 * - file findings: rule + path + the trimmed, whitespace-collapsed text of the flagged lines
 *   (+ an occurrence index when the same text repeats in one file) — never the line number;
 * - dependencies: ecosystem + package + version + advisory;
 * - images: digest + package + version + advisory;
 * - anything else (host compliance, signatures): rule + target.
 *
 * The digest is versioned ("v1:") so a future change of recipe never silently matches old ones.
 */
const VERSION = 'v1'

function digest(kind: string, parts: readonly (string | number | undefined)[]): string {
  const h = createHash('sha256')
  h.update(`${VERSION}\u0000${kind}`)
  for (const p of parts) h.update(`\u0000${p ?? ''}`)
  return `${VERSION}:${h.digest('hex').slice(0, 40)}`
}

/** Whitespace-insensitive form of source text, so re-indentation keeps the fingerprint. */
export function normalizeContent(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export interface FileFingerprintInput {
  readonly ruleId: string
  readonly path: string
  /** The flagged line(s); when unknown, pass the scanner's match text or title instead. */
  readonly content: string
  /** 0 for the first occurrence of identical content in the same file under the same rule. */
  readonly occurrence?: number
}

export function fileFingerprint(input: FileFingerprintInput): string {
  return digest('file', [
    input.ruleId,
    input.path,
    normalizeContent(input.content),
    input.occurrence ?? 0,
  ])
}

export interface PackageFingerprintInput {
  readonly advisory: string
  readonly name: string
  readonly version?: string
  readonly ecosystem?: string
}

export function packageFingerprint(input: PackageFingerprintInput): string {
  return digest('package', [
    (input.ecosystem ?? '').toLowerCase(),
    input.name,
    input.version,
    input.advisory.toUpperCase(),
  ])
}

export interface ImageFingerprintInput extends PackageFingerprintInput {
  readonly digest: string
}

export function imageFingerprint(input: ImageFingerprintInput): string {
  return digest('image', [
    input.digest,
    (input.ecosystem ?? '').toLowerCase(),
    input.name,
    input.version,
    input.advisory.toUpperCase(),
  ])
}

export function ruleFingerprint(ruleId: string, target: string): string {
  return digest('rule', [ruleId, target])
}

/**
 * The keyed digest of a secret's value that secret fingerprints hold, so a fingerprint (and a waiver
 * or baseline naming it) covers one secret and no other in the same place. HMAC-SHA-256 under a
 * per-repository key: a plain hash of a short secret would let anyone who reads a report test
 * guesses against it; without the key a guess cannot be checked.
 */
export function secretDigest(key: string, value: string): string {
  return createHmac('sha256', `${VERSION}\u0000secret\u0000${key}`)
    .update(value)
    .digest('hex')
    .slice(0, 32)
}

/**
 * Assigns occurrence indexes so identical (rule, path, content) triples stay distinct and stable.
 * Call with findings in file order.
 */
export class OccurrenceCounter {
  readonly #seen = new Map<string, number>()
  next(ruleId: string, path: string, content: string): number {
    const key = `${ruleId}\u0000${path}\u0000${normalizeContent(content)}`
    const n = this.#seen.get(key) ?? 0
    this.#seen.set(key, n + 1)
    return n
  }
}
