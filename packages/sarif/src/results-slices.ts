/*
 * A SARIF log's text cut into its envelope (the log with each run's `results` emptied) and slices
 * of whole results, so a log is converted a few dozen results at a time instead of as one parsed
 * tree: what is held is then the findings, not the log, and the collector stops copying the log
 * from one young generation to the next while it is converted.
 *
 * Every character of the text is in exactly one piece, the envelope or one slice. When the
 * envelope parses and every slice parses into as many results as the scan counted, the text is
 * valid JSON: each slice is a whole list of values, so the slices joined by their commas are a
 * valid array, and a valid value in place of the envelope's `[]` keeps it valid. On valid JSON the
 * scan sees strings and brackets as JSON.parse does, so each `[]` stands in the envelope exactly
 * where its run's results were. The reader therefore trusts the pieces only once every slice has
 * been parsed (see readSarifLog); otherwise it reads the whole text, whose JSON.parse throws the
 * error it always threw.
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

/**
 * About how many characters of results are parsed by one JSON.parse: a few dozen results, whose
 * parsed objects die young once converted. On the bench's 100,000-result log 8–16 KB were the
 * fastest; 64 KB and more were slower than reading the log whole.
 */
export const SLICE_CHARS = 16 * 1024

/** Where one run's `results` array lies in the text, cut between results. */
export interface ResultsSpan {
  /** Index of the run in the log's `runs` array. */
  readonly run: number
  /** Index of the array's `[`. */
  readonly open: number
  /** Index of the array's `]`. */
  readonly close: number
  /** Indexes of the commas (between two results) at which the array is cut into slices. */
  readonly cuts: readonly number[]
  /** How many results each slice holds, as the scan counted them (one more than its commas). */
  readonly counts: readonly number[]
}

export interface SlicedLog {
  /** The text with each span replaced by `[]`. */
  readonly envelope: string
  readonly spans: readonly ResultsSpan[]
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/** Index of the first character at or after `from` that is not JSON whitespace. */
function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

/** Index of the quote that ends the string opened at `open`, or -1 when it never ends. */
function stringEnd(text: string, open: number): number {
  let at = text.indexOf('"', open + 1)
  while (at !== -1) {
    let backslashes = 0
    for (let k = at - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++
    if (backslashes % 2 === 0) return at
    at = text.indexOf('"', at + 1)
  }
  return -1
}

/** The key whose string spans `open..close` (quotes included), decoded when it has escapes. */
function keyText(text: string, open: number, close: number): string | undefined {
  const raw = text.slice(open + 1, close)
  if (!raw.includes('\\')) return raw
  try {
    return JSON.parse(text.slice(open, close + 1)) as string
  } catch {
    return undefined
  }
}

/**
 * The span of the results array that opens at `open`, cut at the first comma between two results
 * after each `sliceChars` characters; undefined when a string or the array does not close. Only
 * strings, nesting and the array's own commas matter here, which keeps this loop short: results
 * are most of a log.
 */
function resultsSpan(
  text: string,
  open: number,
  run: number,
  sliceChars: number,
): ResultsSpan | undefined {
  const cuts: number[] = []
  const counts: number[] = []
  let depth = 0
  let commas = 0
  let sliceStart = open
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const close = stringEnd(text, i)
      if (close === -1) return undefined
      i = close
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 0) {
        if (c !== CLOSE_ARRAY) return undefined
        const empty = commas === 0 && cuts.length === 0 && skipSpace(text, open + 1) === i
        if (!empty) counts.push(commas + 1)
        return { run, open, close: i, cuts, counts }
      }
      depth--
    } else if (c === COMMA && depth === 0) {
      if (i - sliceStart >= sliceChars) {
        cuts.push(i)
        counts.push(commas + 1)
        commas = 0
        sliceStart = i
      } else {
        commas++
      }
    }
  }
  return undefined
}

/**
 * The envelope and results slices of a SARIF log's text, or undefined when the text is not a log
 * this reader cuts: no top-level object with one `runs` array, a run that names `results` twice
 * (JSON.parse keeps the last, and the whole text is read to keep that meaning), or text whose
 * brackets and strings do not close. Undefined means "read the whole text", never "not SARIF".
 * `sliceChars` is how long a slice grows before it is cut at the next result.
 */
export function sliceSarif(text: string, sliceChars = SLICE_CHARS): SlicedLog | undefined {
  const spans: ResultsSpan[] = []
  const n = text.length
  let depth = 0
  let runsKeys = 0
  // Depth of the `runs` array while inside it (2), else -1; the index of the run being read.
  let runsDepth = -1
  let runIndex = 0
  let inRun = false
  let resultsKeys = 0
  let expectRunsArray = false
  let expectResultsArray = false

  let i = skipSpace(text, 0)
  if (text.charCodeAt(i) !== OPEN_OBJECT) return undefined
  for (; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const close = stringEnd(text, i)
      if (close === -1) return undefined
      // Only keys of the log object (depth 1) and of a run object (depth 3) matter.
      if (depth === 1 || (depth === 3 && inRun)) {
        const colon = skipSpace(text, close + 1)
        if (text.charCodeAt(colon) === COLON) {
          const key = keyText(text, i, close)
          if (key === undefined) return undefined
          const value = skipSpace(text, colon + 1)
          if (depth === 1 && key === 'runs') {
            if (++runsKeys > 1) return undefined
            if (text.charCodeAt(value) !== OPEN_ARRAY) return undefined
            expectRunsArray = true
          } else if (depth === 3 && key === 'results') {
            if (++resultsKeys > 1) return undefined
            expectResultsArray = text.charCodeAt(value) === OPEN_ARRAY
          }
          i = value - 1
          continue
        }
      }
      i = close
      continue
    }
    switch (c) {
      case OPEN_OBJECT:
        depth++
        if (depth === 3 && runsDepth === 2) {
          inRun = true
          resultsKeys = 0
        }
        break
      case OPEN_ARRAY:
        if (expectResultsArray && depth === 3) {
          expectResultsArray = false
          const span = resultsSpan(text, i, runIndex, sliceChars)
          if (span === undefined) return undefined
          spans.push(span)
          i = span.close
          break
        }
        depth++
        if (expectRunsArray && depth === 2) {
          expectRunsArray = false
          runsDepth = 2
          runIndex = 0
        }
        break
      case CLOSE_OBJECT:
        if (depth === 3 && inRun) inRun = false
        depth--
        break
      case CLOSE_ARRAY:
        if (depth === 2 && runsDepth === 2) runsDepth = -1
        depth--
        break
      case COMMA:
        if (depth === 2 && runsDepth === 2) runIndex++
        break
      default:
        break
    }
    if (depth < 0) return undefined
  }
  if (depth !== 0 || runsKeys !== 1) return undefined
  let envelope = ''
  let from = 0
  for (const span of spans) {
    envelope += `${text.slice(from, span.open)}[]`
    from = span.close + 1
  }
  envelope += text.slice(from)
  return { envelope, spans }
}

/** Raised when a slice is not the results the scan counted: the caller then reads the whole text. */
class SliceMismatchError extends Error {}

/**
 * The results of one span, a slice at a time: each slice is parsed when the previous one has been
 * handed over, so only one slice's parsed results are alive at once.
 */
export function* resultSlices(text: string, span: ResultsSpan): Generator<readonly unknown[]> {
  let start = span.open + 1
  for (let s = 0; s < span.counts.length; s++) {
    const end = s < span.cuts.length ? (span.cuts[s] as number) : span.close
    const values = JSON.parse(`[${text.slice(start, end)}]`) as unknown[]
    if (values.length !== span.counts[s]) {
      throw new SliceMismatchError(
        `slice ${s} of run ${span.run} holds ${values.length} results, not ${String(span.counts[s])}`,
      )
    }
    yield values
    start = end + 1
  }
}
