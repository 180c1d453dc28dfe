/**
 * A push walker over the skeleton of a JSON document of any size, fed its bytes in order.
 *
 * V8 cannot hold a string longer than ~512 MB, so a large scanner report cannot be read whole. The
 * walker reads the document byte by byte; its owner decides, at every value of a container it walks,
 * whether to walk into that value too (an object or a list, as a frame of some role), keep the
 * value's text (handed over whole once its last byte is read), or skip it (its brackets and
 * strings are checked, nothing is kept). Only kept values are held in memory, so the owner keeps
 * memory bounded by keeping small values: one finding, one header member. Walking bytes and
 * calling `JSON.parse` on kept values is several times faster than a token stream (one JS object
 * per token), which matters at 600 MB.
 */

/** Receives a kept value's JSON text. */
export type Sink = (raw: string) => void

type Expect = 'first-key' | 'key' | 'colon' | 'value' | 'first-value' | 'next'

/** A container being walked: its role (the owner's name for it), and where the walk is in it. */
export interface WalkFrame<R extends string> {
  readonly role: R
  readonly object: boolean
  expect: Expect
  /** In an object: the member name of the value at hand. */
  key: string | undefined
  /** In a list: the index of the value at hand. */
  index: number
}

/**
 * What to do with a value: walk into it as a frame of this role (for an object or a list only),
 * keep its text, or skip it (undefined).
 */
export type Visit<R extends string> = R | Sink | undefined

export interface JsonWalkerHooks<R extends string> {
  /**
   * At the first byte `b` of a value in `frame` (undefined for the document itself); `frame.key` or
   * `frame.index` says which value it is. Returning a role for a scalar skips the value.
   */
  visit(frame: WalkFrame<R> | undefined, b: number): Visit<R>
  /** After the closing bracket of a walked container, before the walk moves past it. */
  close(frame: WalkFrame<R>): void
  /** Throws the owner's error for bytes that are not JSON; `detail` names what and where. */
  invalid(detail: string): never
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const OPEN_LIST = 0x5b
/** Deepest nesting accepted, walked or skipped. */
export const MAX_JSON_DEPTH = 4096

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
}

/** A byte as an error message names it. */
export function describeByte(b: number): string {
  return b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16)}`
}

export class JsonWalker<R extends string> {
  readonly #hooks: JsonWalkerHooks<R>
  #offset = 0
  #started = false
  #bom = 0
  #rootDone = false
  readonly #frames: WalkFrame<R>[] = []
  /** Inside a string: whether the previous chunk ended on an odd run of backslashes. */
  #escape = 0
  #inString = false
  /** Value being kept or skipped (not walked): its bracket stack and pieces. */
  #value: { depth: number; scalar: boolean; sink: Sink | undefined; pieces: Buffer[] } | undefined
  readonly #brackets = new Uint8Array(MAX_JSON_DEPTH)
  /** Member name being read. */
  #keyPieces: Buffer[] | undefined
  /** Where the current capture begins in the current chunk. */
  #pieceStart = 0

  constructor(hooks: JsonWalkerHooks<R>) {
    this.#hooks = hooks
  }

  /** Bytes read so far. */
  get offset(): number {
    return this.#offset
  }

  /** Whether the document's first value has begun (anything but whitespace and a BOM was read). */
  get started(): boolean {
    return this.#started
  }

  /** Whether the bytes read so far end a whole document (after {@link end}). */
  get complete(): boolean {
    return (
      this.#rootDone &&
      this.#frames.length === 0 &&
      this.#value === undefined &&
      this.#keyPieces === undefined
    )
  }

  push(chunk: Uint8Array): void {
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
    this.#scan(buf)
    this.#offset += buf.length
  }

  /** After the last chunk: a top-level number or literal ends with the input. */
  end(): void {
    if (this.#value?.scalar && !this.#inString) this.#finishValue(undefined, 0)
  }

  #scan(buf: Buffer): void {
    let i = 0
    const n = buf.length
    if (!this.#started) {
      // Tolerate a UTF-8 byte-order mark, as the whole-text parsers do.
      while (this.#bom < 3 && i < n && buf[i] === [0xef, 0xbb, 0xbf][this.#bom]) {
        this.#bom++
        i++
      }
      if (this.#bom > 0 && this.#bom < 3 && i < n)
        this.#hooks.invalid('it starts with a broken byte-order mark')
    }
    while (i < n) {
      if (this.#inString) {
        i = this.#scanString(buf, i)
        continue
      }
      if (this.#value !== undefined) {
        i = this.#scanValue(buf, i)
        continue
      }
      const b = buf[i]!
      if (isSpace(b)) {
        i++
        continue
      }
      i = this.#walk(buf, i, b)
    }
    // Pin only what a value still needs from this chunk.
    if (this.#value !== undefined && this.#value.sink !== undefined) {
      this.#value.pieces.push(Buffer.from(buf.subarray(this.#pieceStart)))
    } else if (this.#keyPieces !== undefined) {
      this.#keyPieces.push(Buffer.from(buf.subarray(this.#pieceStart)))
    }
    this.#pieceStart = 0
  }

  /** Moves past the end of the current string; returns the next index. */
  #scanString(buf: Buffer, from: number): number {
    let i = from
    for (;;) {
      const q = buf.indexOf(QUOTE, i)
      if (q === -1) {
        let j = buf.length - 1
        while (j >= i && buf[j] === BACKSLASH) j--
        const run = buf.length - 1 - j
        this.#escape = j < i ? (this.#escape + run) & 1 : run & 1
        return buf.length
      }
      let j = q - 1
      while (j >= i && buf[j] === BACKSLASH) j--
      let odd = (q - 1 - j) & 1
      if (j < i) odd ^= this.#escape
      this.#escape = 0
      if (odd === 1) {
        i = q + 1
        continue
      }
      this.#inString = false
      if (this.#keyPieces !== undefined && this.#value === undefined) this.#finishKey(buf, q)
      else if (this.#value !== undefined && this.#value.depth === 0) {
        this.#finishValue(buf, q + 1)
      }
      return q + 1
    }
  }

  /** Inside a kept or skipped value, outside strings. */
  #scanValue(buf: Buffer, from: number): number {
    const v = this.#value!
    const n = buf.length
    let i = from
    if (v.scalar) {
      while (i < n) {
        const b = buf[i]!
        if (isSpace(b) || b === 0x2c || b === 0x7d || b === 0x5d) {
          this.#finishValue(buf, i)
          return i
        }
        i++
      }
      return n
    }
    while (i < n) {
      const b = buf[i]!
      if (b === QUOTE) {
        this.#inString = true
        this.#escape = 0
        return i + 1
      }
      if (b === OPEN_OBJECT || b === OPEN_LIST) {
        if (v.depth >= MAX_JSON_DEPTH)
          this.#hooks.invalid(`nesting deeper than ${MAX_JSON_DEPTH} at byte ${this.#offset + i}`)
        this.#brackets[v.depth++] = b
      } else if (b === 0x7d || b === 0x5d) {
        const open = v.depth > 0 ? this.#brackets[--v.depth] : undefined
        if (open !== b - 2)
          this.#hooks.invalid(`unexpected ${describeByte(b)} at byte ${this.#offset + i}`)
        if (v.depth === 0) {
          this.#finishValue(buf, i + 1)
          return i + 1
        }
      }
      i++
    }
    return n
  }

  #startValue(buf: Buffer, i: number, b: number, sink: Sink | undefined): number {
    const scalar = b !== OPEN_OBJECT && b !== OPEN_LIST && b !== QUOTE
    this.#value = { depth: 0, scalar, sink, pieces: [] }
    this.#pieceStart = i
    if (b === QUOTE) {
      this.#inString = true
      this.#escape = 0
      return i + 1
    }
    if (!scalar) {
      this.#brackets[0] = b
      this.#value.depth = 1
      return i + 1
    }
    return i
  }

  #finishValue(buf: Buffer | undefined, endExclusive: number): void {
    const v = this.#value!
    this.#value = undefined
    if (v.sink !== undefined) {
      let raw: string
      if (v.pieces.length === 0 && buf !== undefined) {
        raw = buf.toString('utf8', this.#pieceStart, endExclusive)
      } else {
        if (buf !== undefined) v.pieces.push(buf.subarray(this.#pieceStart, endExclusive))
        raw = Buffer.concat(v.pieces).toString('utf8')
      }
      v.sink(raw)
    }
    this.#afterValue()
  }

  #finishKey(buf: Buffer, quoteAt: number): void {
    const pieces = this.#keyPieces!
    this.#keyPieces = undefined
    pieces.push(buf.subarray(this.#pieceStart, quoteAt + 1))
    let key: unknown
    try {
      key = JSON.parse(Buffer.concat(pieces).toString('utf8'))
    } catch {
      this.#hooks.invalid(`a broken member name before byte ${this.#offset + quoteAt}`)
    }
    const frame = this.#frames[this.#frames.length - 1]!
    frame.key = key as string
    frame.expect = 'colon'
  }

  /** Structural byte of a walked container (or the document's first byte). */
  #walk(buf: Buffer, i: number, b: number): number {
    const at = this.#offset + i
    const frame = this.#frames[this.#frames.length - 1]
    if (frame === undefined) {
      if (this.#rootDone) {
        this.#hooks.invalid(`unexpected ${describeByte(b)} after the document at byte ${at}`)
      }
      this.#started = true
      return this.#visit(buf, i, b, undefined)
    }
    switch (frame.expect) {
      case 'first-key':
      case 'key':
        if (b === QUOTE) {
          this.#keyPieces = []
          this.#pieceStart = i
          this.#inString = true
          this.#escape = 0
          return i + 1
        }
        if (b === 0x7d && frame.expect === 'first-key') return this.#close(i)
        return this.#hooks.invalid(`expected a member name at byte ${at}, found ${describeByte(b)}`)
      case 'colon':
        if (b !== 0x3a) this.#hooks.invalid(`expected ':' at byte ${at}, found ${describeByte(b)}`)
        frame.expect = 'value'
        return i + 1
      case 'first-value':
        if (b === 0x5d) return this.#close(i)
        return this.#visit(buf, i, b, frame)
      case 'value':
        return this.#visit(buf, i, b, frame)
      case 'next':
        if (b === 0x2c) {
          frame.expect = frame.object ? 'key' : 'value'
          return i + 1
        }
        if (b === (frame.object ? 0x7d : 0x5d)) return this.#close(i)
        return this.#hooks.invalid(`unexpected ${describeByte(b)} at byte ${at}`)
    }
  }

  #visit(buf: Buffer, i: number, b: number, frame: WalkFrame<R> | undefined): number {
    const visit = this.#hooks.visit(frame, b)
    if (typeof visit === 'string') {
      if (b === OPEN_OBJECT || b === OPEN_LIST) return this.#open(visit, b === OPEN_OBJECT, i)
      return this.#startValue(buf, i, b, undefined)
    }
    return this.#startValue(buf, i, b, visit)
  }

  #afterValue(): void {
    const frame = this.#frames[this.#frames.length - 1]
    if (frame === undefined) {
      this.#rootDone = true
      return
    }
    frame.expect = 'next'
    if (!frame.object) frame.index++
  }

  #open(role: R, object: boolean, i: number): number {
    if (this.#frames.length >= MAX_JSON_DEPTH) this.#hooks.invalid('nesting too deep')
    this.#frames.push({
      role,
      object,
      expect: object ? 'first-key' : 'first-value',
      key: undefined,
      index: 0,
    })
    return i + 1
  }

  #close(i: number): number {
    const frame = this.#frames.pop()!
    this.#hooks.close(frame)
    this.#afterValue()
    return i + 1
  }
}
