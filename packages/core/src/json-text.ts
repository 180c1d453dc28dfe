import { gzipSync } from 'node:zlib'

/**
 * A JSON value's text in pieces, never as one string: the same bytes `JSON.stringify(value)` gives
 * (no indentation), for values too large to serialise at once (a SARIF log of tens of thousands of
 * results and rules is hundreds of MB of UTF-16 as one string, several times over while it is
 * gzipped). Plain objects and arrays are walked down to `depth` levels; anything deeper is one
 * `JSON.stringify` piece. The default depth makes each SARIF rule (log.runs[].tool.driver.rules[])
 * and each result's member one piece. As `JSON.stringify` does, a `toJSON` method is called with
 * the member's key (or the array index as a string) and its answer is written instead. A value
 * JSON cannot hold yields nothing at the top level (JSON.stringify gives undefined there).
 */
export function* jsonPieces(value: unknown, depth = 6): Generator<string> {
  const own = toJSONValue(value, '')
  if (!isOmitted(own)) yield* pieces(own, depth)
}

function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || isBoxed(value)) {
    yield JSON.stringify(value)
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ','
      const item = toJSONValue(value[i], String(i))
      // As JSON.stringify: what JSON cannot hold is null in an array.
      if (isOmitted(item)) yield 'null'
      else yield* pieces(item, depth - 1)
    }
    yield ']'
    return
  }
  yield '{'
  let first = true
  for (const key of Object.keys(value)) {
    const member = toJSONValue((value as Record<string, unknown>)[key], key)
    // As JSON.stringify: such a member is left out of an object.
    if (isOmitted(member)) continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    yield* pieces(member, depth - 1)
  }
  yield '}'
}

/** What JSON.stringify writes for `value` under `key`: the answer of its `toJSON`, if it has one. */
function toJSONValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key)
  }
  return value
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** `new String`, `new Number`, `new Boolean`: JSON.stringify writes their primitive. */
function isBoxed(value: object): boolean {
  return value instanceof String || value instanceof Number || value instanceof Boolean
}

/** Characters per batch: pieces are joined into batches of about this many before use. */
const BATCH_CHARS = 4 * 1024 * 1024

/** {@link jsonPieces} joined into batches of about `batchChars` characters each. */
export function* jsonBatches(value: unknown, batchChars = BATCH_CHARS): Generator<string> {
  let parts: string[] = []
  let chars = 0
  for (const piece of jsonPieces(value)) {
    parts.push(piece)
    chars += piece.length
    if (chars >= batchChars) {
      yield parts.join('')
      parts = []
      chars = 0
    }
  }
  if (parts.length > 0) yield parts.join('')
}

/**
 * Bytes added to the estimate per batch. A batch's gzip can come out smaller than its part of one
 * stream (deflate's blocks fall differently at a batch edge): up to ~1 KB per batch was seen, on
 * text built to provoke it (batches of random digits and letters in turn); four times that is
 * kept. On a SARIF run of 25,000 results (~25 batches) that is ~100 KB of a 10 MB limit.
 */
const EDGE_BYTES = 4096

/**
 * An estimate, from above, of the gzipped size of `JSON.stringify(value)`, in bounded memory: the
 * text is gzipped in batches of about 4 M characters and their sizes added, with
 * {@link EDGE_BYTES} per batch. deflate looks back at most 32 KB, so batches lose little against
 * one stream (each also adds its own 18-byte gzip header and trailer). It is an estimate, not a
 * proof: whoever must hold a limit measures the real bytes too (uploadSarif does).
 */
export function gzippedJsonSize(value: unknown, batchChars = BATCH_CHARS): number {
  let size = 0
  for (const batch of jsonBatches(value, batchChars)) size += gzipSync(batch).length + EDGE_BYTES
  return size
}
