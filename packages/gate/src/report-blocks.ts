import { closeSync, openSync, readSync } from 'node:fs'

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a
const FINDINGS_KEY = Buffer.from('findings')

const BLOCK_SIZE = 4 * 1024 * 1024

/**
 * Where one finding ends and the next begins in a report this suite wrote (compact JSON, as the
 * scan pipeline writes it, each finding's fingerprint first). Outside a string these bytes can only be such a boundary or the
 * same text in a nested array; inside one the quote would end the string. So a run of findings
 * cut at them either parses as exactly those findings or does not parse (see fastRun).
 */
const BOUNDARY = Buffer.from('},{"fingerprint":')

/**
 * About how many bytes of findings are parsed at once on the fast path: a few dozen findings per
 * JSON.parse call; far larger runs outlive the young generation and cost more than they save.
 */
const RUN_BYTES = 16 * 1024

/** The buffer of the last file read to its end, for the next one (files are read one at a time). */
let spareBlock: Buffer | undefined

/**
 * A file's bytes in blocks of a few MB, so a report of any size is never one string. Each block
 * is read into the same buffer: a block is only valid until the next one is asked for (what
 * parseReportBlocks keeps of it, it copies), and no garbage buffers pile up outside the heap. The
 * buffer passes on to the next file read, so reading twenty reports does not leave twenty buffers
 * for the collector.
 */
export function* fileBlocks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r')
  const block = spareBlock ?? Buffer.allocUnsafe(BLOCK_SIZE)
  spareBlock = undefined
  try {
    for (;;) {
      const n = readSync(fd, block, 0, BLOCK_SIZE, null)
      if (n === 0) return
      yield block.subarray(0, n)
    }
  } finally {
    closeSync(fd)
    spareBlock = block
  }
}

function indexOrEnd(block: Buffer, byte: number, from: number): number {
  const at = block.indexOf(byte, from)
  return at === -1 ? block.length : at
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
}

/**
 * The findings between `start` (where one begins) and a boundary at least RUN_BYTES on (or the
 * block's last boundary), parsed at once: `end` is the index of the boundary's comma. Undefined
 * when the block has no boundary after `start` (`end` -1) or the run is not a list of JSON values
 * (`end` the boundary tried). A list that parses is the findings themselves: were a boundary
 * inside a finding, the text before it would be an unfinished value, which does not parse.
 */
function fastRun(block: Buffer, start: number): { values?: unknown[]; end: number } {
  let at = block.indexOf(BOUNDARY, Math.min(start + RUN_BYTES, block.length))
  if (at === -1) at = block.lastIndexOf(BOUNDARY)
  if (at <= start) return { end: -1 }
  try {
    return {
      values: JSON.parse(`[${block.toString('utf8', start, at + 1)}]`) as unknown[],
      end: at + 1,
    }
  } catch {
    return { end: at + 1 }
  }
}

/**
 * Reads a JSON object whose `findings` member is a long array without holding the whole text:
 * each element of the top-level `findings` array is parsed on its own (native JSON.parse of its
 * bytes) and handed to `onFinding`; the rest of the document, with `findings` emptied, is parsed
 * at the end and returned. Every byte goes through JSON.parse once, so a document that is not
 * valid JSON throws (a SyntaxError), as JSON.parse of the whole text would; elements already
 * handed over before the error are the caller's to discard.
 */
export function parseReportBlocks(
  blocks: Iterable<Uint8Array>,
  onFinding: (value: unknown, index: number) => void,
): unknown {
  const header: Buffer[] = []
  let element: Buffer[] = []
  let depth = 0
  let inString = false
  let escaped = false
  let first = true
  // The top-level object's key being read, and whether the value after it is being read.
  let key: number[] | undefined
  let lastKey = ''
  let afterColon = false
  let inFindings = false
  let seenFindings = false
  let elementHasBytes = false
  let elements = 0
  let commas = 0
  // Runs of findings are parsed at once from here on (see fastRun); before it, one at a time.
  let fastFrom = 0

  // An element inside one block is decoded from it directly; one across blocks from copies.
  const finishElement = (block: Buffer, start: number, end: number): void => {
    let text: string
    if (element.length === 0) text = block.toString('utf8', start, end)
    else {
      element.push(block.subarray(start, end))
      text = Buffer.concat(element).toString('utf8')
      element = []
    }
    elementHasBytes = false
    onFinding(JSON.parse(text) as unknown, elements++)
  }

  for (const bytes of blocks) {
    let block = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    if (first) {
      first = false
      if (block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) block = block.subarray(3)
    }
    // Where the current header or element run started in this block.
    let runStart = 0
    // Next quote and backslash at or after the scan position (block.length: none).
    let nextQuote = -1
    let nextBackslash = -1
    fastFrom = 0
    for (let i = 0; i < block.length; i++) {
      if (inString && key === undefined && !escaped) {
        // Inside a string only a quote or a backslash matters: jump to the next one (native search).
        if (nextQuote < i) nextQuote = indexOrEnd(block, QUOTE, i)
        if (nextBackslash < i) nextBackslash = indexOrEnd(block, BACKSLASH, i)
        i = Math.min(nextQuote, nextBackslash)
        if (i >= block.length) break
      }
      const b = block[i]!
      if (inString) {
        if (escaped) escaped = false
        else if (b === BACKSLASH) escaped = true
        else if (b === QUOTE) {
          inString = false
          if (key !== undefined) {
            lastKey = Buffer.from(key).equals(FINDINGS_KEY) ? 'findings' : 'other'
            key = undefined
          }
        } else if (key !== undefined && key.length <= FINDINGS_KEY.length) key.push(b)
        continue
      }
      if (inFindings && depth === 2) {
        // Between the elements of the findings array.
        if (b === COMMA) {
          if (!elementHasBytes) throw new SyntaxError('an empty element in the findings array')
          commas++
          finishElement(block, runStart, i)
          runStart = i + 1
          continue
        }
        if (b === CLOSE_ARRAY) {
          if (elementHasBytes) finishElement(block, runStart, i)
          else if (commas > 0) throw new SyntaxError('an empty element in the findings array')
          element = []
          inFindings = false
          depth = 1
          runStart = i
          continue
        }
        if (b === CLOSE_OBJECT) throw new SyntaxError('the findings array is not closed')
        if (b === OPEN_OBJECT && !elementHasBytes && element.length === 0 && i >= fastFrom) {
          const run = fastRun(block, i)
          if (run.values !== undefined) {
            for (const value of run.values) onFinding(value, elements++)
            // On at the boundary's comma, as if each finding had been read byte by byte.
            commas++
            i = run.end
            runStart = i + 1
            continue
          }
          fastFrom = run.end === -1 ? block.length : run.end
        }
        if (!isSpace(b)) elementHasBytes = true
      }
      if (b === QUOTE) {
        inString = true
        if (depth === 1 && !afterColon) key = []
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        if (b === OPEN_ARRAY && depth === 1 && afterColon && lastKey === 'findings') {
          if (seenFindings) throw new SyntaxError('more than one findings member')
          seenFindings = true
          header.push(Buffer.from(block.subarray(runStart, i + 1)))
          inFindings = true
          runStart = i + 1
        }
        depth++
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        depth--
      } else if (depth === 1) {
        if (b === COLON) afterColon = true
        else if (b === COMMA) afterColon = false
      }
    }
    // The rest of the block belongs to the run it is in (copied: the block is not kept).
    if (runStart < block.length)
      (inFindings ? element : header).push(Buffer.from(block.subarray(runStart)))
  }
  return JSON.parse(Buffer.concat(header).toString('utf8')) as unknown
}
