/**
 * Recovers, in memory only, the raw values of secrets gitleaks found with `--redact`, so the action
 * can register them with the runner's log masker (`::add-mask::`). The redacted report says where
 * each match is (lines and columns) and what it looks like with the secret replaced by `REDACTED`;
 * reading that span of the file again and lining it up with the redacted match gives the secret.
 * Nothing recovered here is stored, logged or returned anywhere but to the mask callback.
 */

const PLACEHOLDER = 'REDACTED'
/** Shorter values are not masked: masking a 3-character string would blank unrelated log text. */
export const MIN_MASK_LENGTH = 6

/** One leak as the redacted gitleaks report locates it (1-based lines; columns as gitleaks counts them). */
export interface LocatedLeak {
  readonly startLine: number
  readonly endLine: number
  readonly startColumn: number
  readonly endColumn: number
  /** The redacted match: the matched text with every copy of the secret replaced by REDACTED. */
  readonly match: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * gitleaks (detect/location.go) counts a match's start column from the fragment's start on the
 * fragment's first line (`offset + 1`) but from the previous newline's index on later lines
 * (`offset + 2`); end columns likewise (`offset` vs `offset + 1`, exclusive). A file scanned with
 * `--no-git` is one fragment; in history scans each diff hunk is one, so whether a line is a
 * fragment's first is unknown there and both readings are tried.
 */
function spans(
  leak: LocatedLeak,
  lineStarts: readonly number[],
  bytes: Buffer,
  firstLine: boolean | undefined,
): [number, number][] {
  const out: [number, number][] = []
  const lastIndex = lineStarts.length - 1
  const endLineIndex = Math.min(leak.endLine - leak.startLine, lastIndex)
  const lineEnd = (i: number): number =>
    i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : bytes.length
  for (const first of firstLine === undefined ? [true, false] : [firstLine]) {
    const start = lineStarts[0]! + leak.startColumn - (first ? 1 : 2)
    let end: number
    if (endLineIndex === 0) end = lineStarts[0]! + leak.endColumn - (first ? 0 : 1)
    else end = lineStarts[endLineIndex]! - 1 + leak.endColumn
    if (end <= start) end = lineEnd(endLineIndex)
    if (start < 0 || start >= bytes.length) continue
    out.push([start, Math.min(end, bytes.length)])
  }
  return out
}

/** The secret inside `raw` (the unredacted match), found by lining it up with the redacted match. */
function secretIn(raw: string, redacted: string): string | undefined {
  const parts = redacted.trim().split(PLACEHOLDER)
  if (parts.length < 2) return undefined
  const pattern =
    '^' +
    escapeRegExp(parts[0]!) +
    '([\\s\\S]+?)' +
    parts
      .slice(1)
      .map((p, i) => escapeRegExp(p) + (i < parts.length - 2 ? '\\1' : ''))
      .join('') +
    '$'
  const found = new RegExp(pattern).exec(raw.trim())
  const secret = found?.[1]?.trim()
  return secret === undefined || secret === '' ? undefined : secret
}

/**
 * The secret of one leak, whole, given the raw text of its lines (`startLine..endLine`, joined by
 * \n); undefined when it cannot be lined up with the redacted match. For the keyed digest that
 * secret fingerprints hold; never stored. `firstLine` as for {@link secretValues}.
 */
export function secretValue(
  leak: LocatedLeak,
  lines: string,
  firstLine: boolean | undefined,
): string | undefined {
  const bytes = Buffer.from(lines, 'utf8')
  for (const [start, end] of spans(leak, lineStarts(bytes), bytes, firstLine)) {
    const secret = secretIn(bytes.subarray(start, end).toString('utf8'), leak.match)
    if (secret !== undefined) return secret
  }
  return undefined
}

function lineStarts(bytes: Buffer): number[] {
  const starts = [0]
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] === 0x0a) starts.push(i + 1)
  return starts
}

/**
 * Values to mask for one leak, given the raw text of its lines (`startLine..endLine`, joined by \n).
 * `firstLine`: whether `startLine` is the first line of the fragment gitleaks scanned (true for
 * `--no-git` scans, unknown for history scans). Multi-line secrets (private keys) are returned line by
 * line, since the runner masks log lines one at a time; PEM armour lines are left out.
 */
export function secretValues(
  leak: LocatedLeak,
  lines: string,
  firstLine: boolean | undefined,
): string[] {
  const bytes = Buffer.from(lines, 'utf8')
  const values = new Set<string>()
  for (const [start, end] of spans(leak, lineStarts(bytes), bytes, firstLine)) {
    const secret = secretIn(bytes.subarray(start, end).toString('utf8'), leak.match)
    if (secret === undefined) continue
    for (const line of secret.split(/\r?\n/)) {
      const value = line.trim()
      if (value.length < MIN_MASK_LENGTH || /^-----(BEGIN|END)[ A-Z0-9_-]*-----$/.test(value))
        continue
      values.add(value)
    }
  }
  return [...values]
}
