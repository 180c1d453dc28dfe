/**
 * `partialFingerprints.primaryLocationLineHash`, computed the way github/codeql-action's
 * upload step computes it (src/fingerprints.ts, `hash`), so the value we write is the value
 * upload-sarif would compute itself and never triggers its "inconsistent fingerprint" warning.
 *
 * The recipe, per line: drop spaces and tabs; turn CR, LF and CRLF into a single LF; append one
 * end-of-file marker (0xFFFF) and then zeros; take the 100 characters (UTF-16 code units) that
 * start at the line's first kept character and hash them as a base-37 polynomial modulo 2^64
 * (a rolling hash over the whole file). The hex value gets a `:<n>` suffix, n counting how often
 * that hash has appeared so far in the file, so repeated lines stay distinct. A file ending in a
 * newline has one more (empty) line, as in codeql-action.
 */

const BLOCK_SIZE = 100
const MOD = 37n
const MASK = (1n << 64n) - 1n
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const EOF = 0xffff

/** 37^BLOCK_SIZE mod 2^64: the weight a character has when it leaves the window. */
const LEAVING_WEIGHT = (() => {
  let w = 1n
  for (let i = 0; i < BLOCK_SIZE; i++) w = (w * MOD) & MASK
  return w
})()

/**
 * Hashes of every line of `text`, index 0 for line 1. Lines are counted as codeql-action counts
 * them (see above), which for ordinary text equals `text.split(/\r\n|\r|\n/).length`.
 */
export function computeLineHashes(text: string): string[] {
  const window = new Array<number>(BLOCK_SIZE).fill(0)
  // For each window slot: the line number that starts at that character, or -1.
  const lineAt = new Array<number>(BLOCK_SIZE).fill(-1)
  const hashes: string[] = []
  const seen = new Map<string, number>()
  let hash = 0n
  let index = 0
  let lineNumber = 0
  let lineStart = true
  let prevCR = false

  const emit = (): void => {
    const hex = hash.toString(16)
    const n = (seen.get(hex) ?? 0) + 1
    seen.set(hex, n)
    hashes[(lineAt[index] as number) - 1] = `${hex}:${n}`
    lineAt[index] = -1
  }

  const push = (code: number): void => {
    const leaving = window[index] as number
    window[index] = code
    hash = (MOD * hash + BigInt(code) - LEAVING_WEIGHT * BigInt(leaving)) & MASK
    index = (index + 1) % BLOCK_SIZE
  }

  const consume = (input: number): void => {
    let code = input
    if (code === SPACE || code === TAB || (prevCR && code === LF)) {
      prevCR = false
      return
    }
    if (code === CR) {
      code = LF
      prevCR = true
    } else {
      prevCR = false
    }
    if (lineAt[index] !== -1) emit()
    if (lineStart) {
      lineStart = false
      lineNumber++
      lineAt[index] = lineNumber
    }
    if (code === LF) lineStart = true
    push(code)
  }

  for (let i = 0; i < text.length; i++) consume(text.charCodeAt(i))
  consume(EOF)
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineAt[index] !== -1) emit()
    push(0)
  }
  return hashes
}
