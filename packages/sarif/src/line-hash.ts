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
const MOD = 37
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const EOF = 0xffff
const TWO_32 = 0x1_0000_0000

/*
 * The hash is a 64-bit unsigned integer kept as two unsigned 32-bit halves (hi, lo): every
 * product below stays under 2^53, so plain numbers are exact and no BigInt is made per character.
 */

/** 37^BLOCK_SIZE mod 2^64 as [hi, lo]: the weight a character has when it leaves the window. */
const [LEAVING_HI, LEAVING_LO] = (() => {
  let hi = 0
  let lo = 1
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const low = lo * MOD
    lo = low >>> 0
    hi = (Math.imul(hi, MOD) + Math.floor(low / TWO_32)) >>> 0
  }
  return [hi, lo]
})()

/** The unsigned 64-bit value (hi, lo) in lowercase hex without leading zeros, as BigInt prints it. */
function hex64(hi: number, lo: number): string {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0')
}

/**
 * Hashes of every line of `text`, index 0 for line 1. Lines are counted as codeql-action counts
 * them (see above), which for ordinary text equals `text.split(/\r\n|\r|\n/).length`.
 */
export function computeLineHashes(text: string): string[] {
  // UTF-16 code units (and the 0xFFFF marker) fit 16 bits.
  const window = new Uint16Array(BLOCK_SIZE)
  // For each window slot: the line number that starts at that character, or 0.
  const lineAt = new Int32Array(BLOCK_SIZE)
  const hashes: string[] = []
  const seen = new Map<string, number>()

  const emit = (line: number, hi: number, lo: number): void => {
    const hex = hex64(hi, lo)
    const n = (seen.get(hex) ?? 0) + 1
    seen.set(hex, n)
    hashes[line - 1] = `${hex}:${n}`
  }

  // One loop over the text, then the end-of-file marker, then BLOCK_SIZE zeros that flush the
  // window; all state in locals, as this runs once per character of every file.
  let hashHi = 0
  let hashLo = 0
  let index = 0
  let lineNumber = 0
  let lineStart = true
  let prevCR = false
  const length = text.length
  const end = length + 1 + BLOCK_SIZE
  for (let i = 0; i < end; i++) {
    let code = i < length ? text.charCodeAt(i) : i === length ? EOF : 0
    if (code === SPACE || code === TAB || (prevCR && code === LF)) {
      prevCR = false
      continue
    }
    if (code === CR) {
      code = LF
      prevCR = true
    } else {
      prevCR = false
    }
    const startsHere = lineAt[index] as number
    if (startsHere !== 0) {
      emit(startsHere, hashHi, hashLo)
      lineAt[index] = 0
    }
    if (lineStart) {
      lineStart = false
      lineAt[index] = ++lineNumber
    }
    if (code === LF) lineStart = true

    // hash = (37 * hash + code - LEAVING * leaving) mod 2^64
    const leaving = window[index] as number
    window[index] = code
    // 37 * hash: the low half's product is under 2^38, its carry goes into the high half.
    const low = hashLo * MOD
    let hi = Math.imul(hashHi, MOD) + Math.floor(low / TWO_32)
    // LEAVING * leaving (leaving < 2^16): the low product is under 2^48.
    const out = LEAVING_LO * leaving
    hi -= Math.imul(LEAVING_HI, leaving) + Math.floor(out / TWO_32)
    // Low half plus code minus the low product's low half lies in (-2^32, 2^33): its floor is
    // the carry or borrow.
    const sum = (low >>> 0) + code - (out >>> 0)
    hashLo = sum >>> 0
    hashHi = (hi + Math.floor(sum / TWO_32)) >>> 0
    index = index + 1 === BLOCK_SIZE ? 0 : index + 1
  }
  return hashes
}
