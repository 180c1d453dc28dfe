import { gzipSync } from 'node:zlib'

/**
 * A JSON value's text in pieces, never as one string: the same bytes `JSON.stringify(value)` gives
 * (no indentation), for values too large to serialise at once (a SARIF log of tens of thousands of
 * results and rules is hundreds of MB of UTF-16 as one string, several times over while it is
 * gzipped). Plain objects and arrays are walked down to `depth` levels; anything deeper, and anything
 * that is not a plain object or array (a `toJSON`, a Date), is one `JSON.stringify` piece. The
 * default depth makes each SARIF rule (log.runs[].tool.driver.rules[]) and each result's member one
 * piece.
 */
export function* jsonPieces(value: unknown, depth = 6): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || hasToJSON(value)) {
    yield JSON.stringify(value)
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ','
      const item: unknown = value[i]
      // As JSON.stringify: what JSON cannot hold is null in an array.
      if (isOmitted(item)) yield 'null'
      else yield* jsonPieces(item, depth - 1)
    }
    yield ']'
    return
  }
  yield '{'
  let first = true
  for (const key of Object.keys(value)) {
    const member: unknown = (value as Record<string, unknown>)[key]
    // As JSON.stringify: such a member is left out of an object.
    if (isOmitted(member)) continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    yield* jsonPieces(member, depth - 1)
  }
  yield '}'
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function'
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
 * An upper estimate of the gzipped size of `JSON.stringify(value)`, in bounded memory: the text is
 * gzipped in batches of about 4 M characters and their sizes summed. deflate looks back at most
 * 32 KB, so a batch loses little against one stream; each batch adds its own gzip header and
 * trailer (18 bytes), so the sum is at least the size of the one stream in practice.
 */
export function gzippedJsonSize(value: unknown, batchChars = BATCH_CHARS): number {
  let size = 0
  for (const batch of jsonBatches(value, batchChars)) size += gzipSync(batch).length
  return size
}
