import { createHmac, hash } from 'node:crypto'

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
  // One joined string through the one-shot hash: the same bytes as feeding the parts one by one
  // (every part starts with NUL, so no UTF-8 sequence spans two parts), without a Hash object each.
  let input = `${VERSION}\u0000${kind}`
  for (const p of parts) input += `\u0000${p ?? ''}`
  return fingerprintOf(input)
}

function fingerprintOf(input: string): string {
  return `${VERSION}:${hash('sha256', input, 'hex').slice(0, 40)}`
}

/** Whitespace-insensitive form of source text, so re-indentation keeps the fingerprint. */
export function normalizeContent(text: string): string {
  // Most flagged lines only need their indentation cut: find that without a regex and a copy.
  let start = 0
  let end = text.length
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c) && (c !== 0x20 || isSpace(text.charCodeAt(i + 1)))) {
      return text.replace(/\s+/g, ' ').trim()
    }
  }
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** What `\s` matches (and `trim` removes): ECMAScript's WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
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
  return fileDigest(
    input.ruleId,
    input.path,
    normalizeContent(input.content),
    input.occurrence ?? 0,
  )
}

function fileDigest(ruleId: string, path: string, normalized: string, occurrence: number): string {
  return fingerprintOf(fileInput(ruleId, path, normalized, occurrence))
}

function fileInput(ruleId: string, path: string, normalized: string, occurrence: number): string {
  return `${VERSION}\u0000file\u0000${ruleId}\u0000${path}\u0000${normalized}\u0000${occurrence}`
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

/**
 * File fingerprints of findings given in file order, occurrence indexes included: the values of
 * {@link fileFingerprint} with {@link OccurrenceCounter}'s indexes, with the content normalised
 * once. A triple is known by its first occurrence's fingerprint, looked up by the digest's first 28
 * bits (a small integer: no string hashing, nothing kept but the fingerprint the finding holds
 * anyway); fingerprints that share those bits with another, and repeated ones, are counted by the
 * whole string.
 */
export class FileFingerprints {
  readonly #first = new Map<number, string>()
  readonly #counts = new Map<string, number>()
  next(ruleId: string, path: string, content: string): string {
    const normalized = normalizeContent(content)
    const hex = hash('sha256', fileInput(ruleId, path, normalized, 0), 'hex')
    const fingerprint = `${VERSION}:${hex.slice(0, 40)}`
    const key = Number.parseInt(hex.slice(0, 7), 16)
    const first = this.#first.get(key)
    if (first === undefined) {
      this.#first.set(key, fingerprint)
      return fingerprint
    }
    // Occurrences before this one: the first (held in #first) and those counted since.
    const n = this.#counts.get(fingerprint) ?? (first === fingerprint ? 1 : 0)
    this.#counts.set(fingerprint, n + 1)
    return n === 0 ? fingerprint : fileDigest(ruleId, path, normalized, n)
  }
}
