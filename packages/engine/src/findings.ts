import { createHash, type Hash } from 'node:crypto'
import { closeSync, openSync, readSync, rmSync } from 'node:fs'
import type { Finding } from '@portcullis/core'
import { textWriter } from './files.js'

/** Findings held in memory before a store writes them out to its file. */
export const FINDINGS_HELD = 4096

const READ_CHUNK = 1 << 20
const NEWLINE = 0x0a

/**
 * Findings of one scan, in the order they were added, with memory bounded however many there are:
 * past {@link FINDINGS_HELD} the store appends them to its file (one JSON line each, in the scan's
 * private folder, mode 0600) and reads them back for each pass. An engine that parses its report as
 * a stream adds each finding as it comes, so a report of a million findings never sits in memory
 * at once; the pipeline makes its passes (report, SARIF, annotations, summary) over the store.
 *
 * Findings in it are already what the report says (secrets masked and keyed): the file holds
 * nothing the findings report does not, and it is removed with the scan's private folder.
 */
export class FindingStore implements Iterable<Finding> {
  readonly #path: string
  #held: Finding[] = []
  #written = 0
  #fd: number | undefined
  #write: ((text: string) => void) | undefined
  /** SHA-256 of what was written out: a pass that reads other bytes fails. */
  readonly #digest: Hash = createHash('sha256')
  #reading = 0

  constructor(path: string) {
    this.#path = path
  }

  /** Findings added so far. */
  get size(): number {
    return this.#written + this.#held.length
  }

  add(finding: Finding): void {
    if (this.#reading > 0) throw new Error('a finding was added while the store was being read')
    this.#held.push(finding)
    if (this.#held.length >= FINDINGS_HELD) this.#spill()
  }

  #spill(): void {
    if (this.#fd === undefined) {
      this.#fd = openSync(this.#path, 'wx+', 0o600)
      this.#write = textWriter(this.#fd, (bytes) => this.#digest.update(bytes))
    }
    let text = ''
    for (const f of this.#held) text += `${JSON.stringify(f)}\n`
    this.#write!(text)
    this.#written += this.#held.length
    this.#held = []
  }

  *[Symbol.iterator](): Iterator<Finding> {
    this.#reading += 1
    try {
      if (this.#fd !== undefined) yield* this.#readWritten(this.#fd)
      yield* this.#held
    } finally {
      this.#reading -= 1
    }
  }

  *#readWritten(fd: number): Generator<Finding> {
    let buffer = Buffer.allocUnsafe(READ_CHUNK)
    const digest = createHash('sha256')
    let position = 0
    let kept = 0
    let read = 0
    for (;;) {
      if (kept === buffer.length) {
        // One finding longer than a chunk: room for it.
        const larger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(larger, 0, 0, kept)
        buffer = larger
      }
      const n = readSync(fd, buffer, kept, buffer.length - kept, position)
      if (n === 0) break
      digest.update(buffer.subarray(kept, kept + n))
      position += n
      const filled = kept + n
      // Lines end at '\n', which no UTF-8 character holds inside it: each batch of whole lines is
      // text of its own, parsed as one array (a finding's JSON has no raw line break).
      const end = buffer.lastIndexOf(NEWLINE, filled - 1) + 1
      if (end > 0) {
        const lines = buffer.toString('utf8', 0, end)
        const batch = JSON.parse(`[${lines.slice(0, -1).replaceAll('\n', ',')}]`) as Finding[]
        read += batch.length
        yield* batch
      }
      kept = filled - end
      buffer.copy(buffer, 0, end, filled)
    }
    if (
      kept !== 0 ||
      read !== this.#written ||
      digest.digest('hex') !== this.#digest.copy().digest('hex')
    ) {
      throw new Error(
        `the findings written out (${this.#path}) were changed while the scan ran: ${read} of ${this.#written} read back`,
      )
    }
  }

  /** Closes and removes the store's file. */
  dispose(): void {
    if (this.#fd !== undefined) closeSync(this.#fd)
    this.#fd = undefined
    this.#write = undefined
    this.#held = []
    this.#written = 0
    rmSync(this.#path, { force: true })
  }
}
