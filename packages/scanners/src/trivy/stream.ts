import { createReadStream } from 'node:fs'
import { isAbsolute } from 'node:path'
import { ScanFailedError, type Finding } from '@portcullis/core'
import type { ParseContext, ParseResult } from '../types.js'
import { parseTrivy } from './parse.js'

/**
 * A trivy JSON report of any size, read as a stream of bytes and normalised in bounded slices.
 *
 * V8 cannot hold a string longer than ~512 MB (2^29 - 24 UTF-16 units), so a fat image's report
 * cannot go through `parseTrivy` whole. This parser walks the report's skeleton byte by byte
 * (report header, `Results[]`, each result's `Target`/`Class`/`Type`, and the four finding arrays),
 * cuts every finding out as raw text, and hands slices of about `batchBytes` to `parseTrivy` as a
 * small report with the same header. The findings are therefore exactly the ones `parseTrivy` makes;
 * only the text of one slice (plus what it pinned) is in memory at a time.
 *
 * Members the parser does not read (`CreatedAt`, an image's `Packages`, …) are skipped with their
 * brackets and strings checked, not kept; of a result's `MisconfSummary` only the exceptions count is
 * kept. Walking bytes and calling `JSON.parse` on slices is
 * several times faster than a token stream (one JS object per token), which matters at 600 MB.
 *
 * What stays bounded relies on the order trivy writes (report header before `Results`; `Target`,
 * `Class`, `Type` before the finding arrays): vulnerabilities of one result are cut into slices, while
 * the misconfigurations, secrets and licenses of one result are kept together until that result
 * ends so their occurrence indexes (see core's OccurrenceCounter) match `parseTrivy`'s. Two results
 * in different slices never share an occurrence count; trivy never writes the same file target
 * twice in one class, so this does not change a fingerprint in practice.
 */

/** Default slice of report text normalised at once. */
export const DEFAULT_TRIVY_BATCH_BYTES = 4 * 1024 * 1024

export interface TrivyStreamOptions {
  /** Findings are normalised in slices of about this many bytes of report text. */
  readonly batchBytes?: number
  /**
   * The workspace-relative folder trivy scanned, when not the workspace itself: file targets
   * (not OS package results, not absolute paths) are read as relative to it.
   */
  readonly targetPrefix?: string
  /**
   * Rewrites each secret (a JSON object) before it is normalised, given its result's Target as the
   * findings name it: scan-secrets masks the value in the log and keys the fingerprint here, before
   * anything else reads the secret. A secret that is not an object goes to parseTrivy as written.
   */
  readonly rewriteSecret?: SecretRewriter
}

/** See {@link TrivyStreamOptions.rewriteSecret}. */
export type SecretRewriter = (
  secret: Record<string, unknown>,
  target: string | undefined,
) => Record<string, unknown>

/** What a report says trivy read: each result's target, and how many packages it listed. */
export interface TrivyInventory {
  readonly targets: readonly string[]
  readonly packages: number
}

const FINDING_KEYS = [
  'Vulnerabilities',
  'Misconfigurations',
  'Secrets',
  'Licenses',
  'ExperimentalModifiedFindings',
] as const
type FindingKey = (typeof FINDING_KEYS)[number]
const HEADER_KEYS = new Set(['SchemaVersion', 'ArtifactName', 'ArtifactType', 'Metadata', 'Trivy'])
const CLUSTER_KEYS = new Set(['Resources', 'Vulnerabilities', 'Misconfigurations'])
const RESULT_FIELDS = new Set(['Target', 'Class', 'Type'])
const RESOURCE_FIELDS = new Set(['Namespace', 'Kind', 'Name'])
/** Same pattern as parse.ts: OS package targets read "<image> (<os> <version>)". */
const OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/
const SKIPPED_NOTICE =
  /^trivy reported misconfiguration checks that did not fail \((.*)\); only FAIL results are findings\.$/

const QUOTE = 0x22
const BACKSLASH = 0x5c
const MAX_DEPTH = 4096

type Role = 'root' | 'results' | 'result' | 'findings' | 'cluster-list' | 'resource'
type Expect = 'first-key' | 'key' | 'colon' | 'value' | 'first-value' | 'next'

interface Frame {
  readonly role: Role
  readonly object: boolean
  expect: Expect
  key: string | undefined
  index: number
}

/** A result being read: its own fields, and findings cut out but not yet normalised. */
interface OpenResult {
  readonly where: string
  readonly fields: Map<string, string>
  readonly items: Record<FindingKey, string[]>
  /** Index in the real report of items[key][0], for error messages. */
  readonly offsets: Record<FindingKey, number>
  /** Its `MisconfSummary.Exceptions`, when a positive number. */
  exceptions: number
}

interface BatchEntry {
  readonly text: string
  readonly where: string
  readonly offsets: Record<FindingKey, number>
}

type Sink = (raw: string) => void

function emptyItems(): Record<FindingKey, string[]> {
  return {
    Vulnerabilities: [],
    Misconfigurations: [],
    Secrets: [],
    Licenses: [],
    ExperimentalModifiedFindings: [],
  }
}
function zeroOffsets(): Record<FindingKey, number> {
  return {
    Vulnerabilities: 0,
    Misconfigurations: 0,
    Secrets: 0,
    Licenses: 0,
    ExperimentalModifiedFindings: 0,
  }
}

/**
 * A result's `Packages` cut down to what parseTrivy reads from it (the lines of each package in its
 * lockfile), so a slice repeats no more of it than that; undefined when no package has lines. A
 * value that is not a list is kept whole for parseTrivy to reject.
 */
function packagesWithLines(raw: string): { located: string | undefined; count: number } {
  let packages: unknown
  try {
    packages = JSON.parse(raw)
  } catch {
    return { located: raw, count: 0 } // parseTrivy words the broken JSON
  }
  if (!Array.isArray(packages)) return { located: raw, count: 0 }
  const located = packages
    .filter(
      (p): p is Record<string, unknown> =>
        typeof p === 'object' &&
        p !== null &&
        Array.isArray((p as { Locations?: unknown }).Locations),
    )
    .map(({ ID, Name, Version, Locations }) => ({ ID, Name, Version, Locations }))
  return {
    located: located.length > 0 ? JSON.stringify(located) : undefined,
    count: packages.length,
  }
}

/** `MisconfSummary.Exceptions` when a positive number, else 0 (parseTrivy does not read it). */
function exceptionsOf(raw: string): number {
  let summary: unknown
  try {
    summary = JSON.parse(raw)
  } catch {
    return 0
  }
  const n = (summary as { Exceptions?: unknown } | null)?.Exceptions
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0
}

/** A JSON string value's text; undefined for anything else. */
function parsedString(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

function invalid(detail: string): never {
  throw new ScanFailedError(
    `trivy report is not valid JSON (${detail}); the scan was interrupted or wrote another format`,
  )
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09
}

function describeByte(b: number): string {
  return b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16)}`
}

/**
 * Push parser: feed the report's bytes in order with {@link push}, then call {@link end}. Each call
 * returns the findings completed so far, in report order. Throws ScanFailedError as `parseTrivy`
 * does (its messages name positions in the full report).
 */
export class TrivyStreamParser {
  readonly #context: ParseContext
  readonly #batchBytes: number
  readonly #targetPrefix: string | undefined
  readonly #rewriteSecret: SecretRewriter | undefined
  readonly #targets: string[] = []
  #packages = 0
  readonly #types = new Map<string, number>()
  #exceptions = 0

  // --- byte scanner ------------------------------------------------------------------------------
  #offset = 0
  #started = false
  #bom = 0
  #rootDone = false
  readonly #frames: Frame[] = []
  /** Inside a string: whether the previous chunk ended on an odd run of backslashes. */
  #escape = 0
  #inString = false
  /** Value being captured or skipped (not walked): its bracket stack and pieces. */
  #value: { depth: number; scalar: boolean; sink: Sink | undefined; pieces: Buffer[] } | undefined
  readonly #brackets = new Uint8Array(MAX_DEPTH)
  /** Key string being read in walk mode. */
  #keyPieces: Buffer[] | undefined

  // --- report state ------------------------------------------------------------------------------
  #shape: 'object' | 'list' | 'scalar' | undefined
  readonly #header = new Map<string, string>()
  #cluster: { key: string; index: number; fields: Map<string, string> } | undefined
  #result: OpenResult | undefined
  #imageRef: string | undefined
  #rootScalar: string | undefined
  #sawResults = false

  // --- output ------------------------------------------------------------------------------------
  #batch: BatchEntry[] = []
  #batchSize = 0
  #out: Finding[] = []
  #version: string | undefined
  readonly #skipped = new Map<string, number>()
  readonly #notices: string[] = []

  constructor(context: ParseContext, options: TrivyStreamOptions = {}) {
    this.#context = context
    this.#batchBytes = Math.max(1, options.batchBytes ?? DEFAULT_TRIVY_BATCH_BYTES)
    this.#targetPrefix =
      options.targetPrefix && options.targetPrefix !== '.' ? options.targetPrefix : undefined
    this.#rewriteSecret = options.rewriteSecret
  }

  /**
   * The results' targets (as the findings name them) and the packages they list, read so far. The
   * packages are counted only where targets are workspace files (not for an image or a cluster).
   */
  get inventory(): TrivyInventory {
    return { targets: [...this.#targets], packages: this.#packages }
  }

  /**
   * How many of the report's results have each `Type` (`terraform`, `dockerfile`, `npm`, …), results
   * without a finding included, in the order first read.
   */
  get resultTypes(): ReadonlyMap<string, number> {
    return new Map(this.#types)
  }

  /**
   * The sum of the results' `MisconfSummary.Exceptions`: misconfigurations trivy left out of its
   * report as excepted (by an inline ignore comment or a Rego exception rule), read so far.
   */
  get misconfigExceptions(): number {
    return this.#exceptions
  }

  /** The trivy version the report states (`Trivy.Version`), once read. */
  get scannerVersion(): string | undefined {
    return this.#version
  }

  /**
   * A member of the report's header (`ArtifactName`, `ArtifactType`, `Metadata`, …) as JSON, once
   * read; undefined when the report has none (or it is not valid JSON, which the parse reports).
   */
  header(key: string): unknown {
    const raw = this.#header.get(key)
    if (raw === undefined) return undefined
    try {
      return JSON.parse(raw) as unknown
    } catch {
      return undefined
    }
  }

  /** Notices as `parseTrivy` gives them, for the whole report; complete after {@link end}. */
  get notices(): string[] {
    const out = [...this.#notices]
    if (this.#skipped.size > 0) {
      const parts = [...this.#skipped].map(([status, n]) => `${n} ${status}`)
      out.unshift(
        `trivy reported misconfiguration checks that did not fail (${parts.join(', ')}); only FAIL results are findings.`,
      )
    }
    return out
  }

  push(chunk: Uint8Array): Finding[] {
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
    this.#scan(buf)
    this.#offset += buf.length
    return this.#take()
  }

  end(): Finding[] {
    if (this.#value?.scalar && !this.#inString) this.#finishValue(undefined, 0)
    if (!this.#started) {
      // parseTrivy words the empty report.
      parseTrivy('', this.#context)
    }
    if (this.#frames.length > 0 || this.#value !== undefined || this.#keyPieces !== undefined) {
      invalid(`it ends at byte ${this.#offset} before the JSON document is complete`)
    }
    if (this.#shape === 'scalar') {
      parseTrivy(this.#rootScalar ?? '', this.#context)
      invalid('the top-level value is not an object or list')
    }
    this.#flush()
    // The header alone: checks it as parseTrivy would and picks up a version written after Results.
    this.#normalise([], true)
    return this.#take()
  }

  #take(): Finding[] {
    const out = this.#out
    this.#out = []
    return out
  }

  // --- bytes -------------------------------------------------------------------------------------

  #scan(buf: Buffer): void {
    let i = 0
    const n = buf.length
    if (!this.#started) {
      // Tolerate a UTF-8 byte-order mark, as parseTrivy does.
      while (this.#bom < 3 && i < n && buf[i] === [0xef, 0xbb, 0xbf][this.#bom]) {
        this.#bom++
        i++
      }
      if (this.#bom > 0 && this.#bom < 3 && i < n)
        invalid('it starts with a broken byte-order mark')
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
      const start = this.#pieceStart
      this.#value.pieces.push(Buffer.from(buf.subarray(start)))
      this.#pieceStart = 0
    } else if (this.#keyPieces !== undefined) {
      this.#keyPieces.push(Buffer.from(buf.subarray(this.#pieceStart)))
      this.#pieceStart = 0
    } else {
      this.#pieceStart = 0
    }
  }

  /** Where the current capture begins in the current chunk. */
  #pieceStart = 0

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

  /** Inside a captured or skipped value, outside strings. */
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
      if (b === 0x7b || b === 0x5b) {
        if (v.depth >= MAX_DEPTH)
          invalid(`nesting deeper than ${MAX_DEPTH} at byte ${this.#offset + i}`)
        this.#brackets[v.depth++] = b
      } else if (b === 0x7d || b === 0x5d) {
        const open = v.depth > 0 ? this.#brackets[--v.depth] : undefined
        if (open !== b - 2) invalid(`unexpected ${describeByte(b)} at byte ${this.#offset + i}`)
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
    const scalar = b !== 0x7b && b !== 0x5b && b !== QUOTE
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
      invalid(`a broken member name before byte ${this.#offset + quoteAt}`)
    }
    const frame = this.#frames[this.#frames.length - 1]!
    frame.key = key as string
    frame.expect = 'colon'
  }

  /** Structural byte in walk mode. */
  #walk(buf: Buffer, i: number, b: number): number {
    const at = this.#offset + i
    const frame = this.#frames[this.#frames.length - 1]
    if (frame === undefined) {
      if (this.#rootDone) invalid(`unexpected ${describeByte(b)} after the document at byte ${at}`)
      this.#started = true
      if (b === 0x7b) {
        this.#shape = 'object'
        this.#frames.push({
          role: 'root',
          object: true,
          expect: 'first-key',
          key: undefined,
          index: 0,
        })
        return i + 1
      }
      if (b === 0x5b) {
        this.#shape = 'list'
        this.#frames.push({
          role: 'results',
          object: false,
          expect: 'first-value',
          key: undefined,
          index: 0,
        })
        return i + 1
      }
      this.#shape = 'scalar'
      return this.#startValue(buf, i, b, (raw) => (this.#rootScalar = raw))
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
        return invalid(`expected a member name at byte ${at}, found ${describeByte(b)}`)
      case 'colon':
        if (b !== 0x3a) invalid(`expected ':' at byte ${at}, found ${describeByte(b)}`)
        frame.expect = 'value'
        return i + 1
      case 'first-value':
        if (b === 0x5d) return this.#close(i)
        return this.#valueAt(buf, i, b, frame)
      case 'value':
        return this.#valueAt(buf, i, b, frame)
      case 'next':
        if (b === 0x2c) {
          frame.expect = frame.object ? 'key' : 'value'
          return i + 1
        }
        if (b === (frame.object ? 0x7d : 0x5d)) return this.#close(i)
        return invalid(`unexpected ${describeByte(b)} at byte ${at}`)
    }
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

  #open(role: Role, object: boolean, i: number): number {
    if (this.#frames.length >= MAX_DEPTH) invalid('nesting too deep')
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
    if (frame.role === 'result') this.#closeResult()
    else if (frame.role === 'resource') this.#flush()
    else if (frame.role === 'cluster-list') {
      this.#flush()
      this.#cluster = undefined
    } else if (frame.role === 'results' && this.#cluster === undefined) this.#sawResults = true
    this.#afterValue()
    return i + 1
  }

  /** Decides, by where it is, whether a value is walked, captured or skipped. */
  #valueAt(buf: Buffer, i: number, b: number, frame: Frame): number {
    const key = frame.key
    const isArray = b === 0x5b
    const isObject = b === 0x7b
    switch (frame.role) {
      case 'root': {
        if (key === 'Results' && isArray && !this.#header.has('ClusterName')) {
          this.#sawResults = true
          return this.#open('results', false, i)
        }
        if (key !== undefined && HEADER_KEYS.has(key)) {
          return this.#startValue(buf, i, b, (raw) => this.#header.set(key, raw))
        }
        if (key === 'ClusterName') {
          return this.#startValue(buf, i, b, (raw) => this.#header.set(key, raw))
        }
        if (key === 'Results') {
          // Not a list: parseTrivy words the error.
          return this.#startValue(buf, i, b, (raw) => this.#header.set(key, raw))
        }
        if (key !== undefined && CLUSTER_KEYS.has(key) && this.#header.has('ClusterName')) {
          if (!isArray) return this.#startValue(buf, i, b, (raw) => this.#clusterValue(key, raw))
          this.#cluster = { key, index: -1, fields: new Map() }
          return this.#open('cluster-list', false, i)
        }
        return this.#startValue(buf, i, b, undefined)
      }
      case 'results': {
        const where = this.#whereOfResult(frame.index)
        if (!isObject) {
          return this.#startValue(buf, i, b, (raw) => this.#loneResult(where, raw))
        }
        this.#result = {
          where,
          fields: new Map(),
          items: emptyItems(),
          offsets: zeroOffsets(),
          exceptions: 0,
        }
        return this.#open('result', true, i)
      }
      case 'result': {
        const r = this.#result!
        if (key !== undefined && (FINDING_KEYS as readonly string[]).includes(key)) {
          if (isArray) {
            this.#findingKey = key as FindingKey
            return this.#open('findings', false, i)
          }
          return this.#startValue(buf, i, b, (raw) => r.fields.set(key, raw))
        }
        if (key !== undefined && RESULT_FIELDS.has(key)) {
          return this.#startValue(buf, i, b, (raw) => {
            r.fields.set(key, raw)
            if (key === 'Target') this.#noteTarget(raw)
          })
        }
        if (key === 'Packages' && this.#filesAreLocal()) {
          return this.#startValue(buf, i, b, (raw) => {
            const { located, count } = packagesWithLines(raw)
            this.#packages += count
            if (located !== undefined) r.fields.set(key, located)
          })
        }
        if (key === 'MisconfSummary' && this.#topLevel()) {
          return this.#startValue(buf, i, b, (raw) => (r.exceptions = exceptionsOf(raw)))
        }
        return this.#startValue(buf, i, b, undefined)
      }
      case 'findings':
        return this.#startValue(buf, i, b, (raw) => this.#item(raw))
      case 'cluster-list': {
        const c = this.#cluster!
        c.index = frame.index
        c.fields.clear()
        if (!isObject)
          return this.#startValue(buf, i, b, (raw) => this.#clusterValue(c.key, `[${raw}]`))
        return this.#open('resource', true, i)
      }
      case 'resource': {
        const c = this.#cluster!
        if (key === 'Results' && isArray) return this.#open('results', false, i)
        if (key !== undefined && (RESOURCE_FIELDS.has(key) || key === 'Results')) {
          return this.#startValue(buf, i, b, (raw) => c.fields.set(key, raw))
        }
        return this.#startValue(buf, i, b, undefined)
      }
    }
  }

  #findingKey: FindingKey = 'Vulnerabilities'

  // --- findings ----------------------------------------------------------------------------------

  #whereOfResult(index: number): string {
    if (this.#cluster) return `${this.#cluster.key}[${this.#cluster.index}].Results[${index}]`
    return this.#shape === 'list' ? `[${index}]` : `Results[${index}]`
  }

  /**
   * Whether result Targets can be workspace files, the only case parseTrivy reads package lines
   * for: not for an image or a cluster, whose (often large) Packages are skipped unread.
   */
  #filesAreLocal(): boolean {
    return (
      this.#context.image === undefined &&
      this.#cluster === undefined &&
      this.#header.get('ArtifactType') !== '"container_image"'
    )
  }

  /** Whether results being read are the `Results` of an object report (not a list, not a cluster). */
  #topLevel(): boolean {
    return this.#shape === 'object' && this.#cluster === undefined
  }

  #noteTarget(raw: string): void {
    if (this.#imageRef !== undefined) return
    let target: unknown
    try {
      target = JSON.parse(raw)
    } catch {
      return
    }
    if (typeof target === 'string') this.#imageRef = OS_TARGET.exec(target)?.[1] || undefined
  }

  #item(raw: string): void {
    const r = this.#result!
    r.items[this.#findingKey].push(raw)
    this.#batchSize += raw.length + 1
    // Only vulnerabilities are cut mid-result (they carry no occurrence index); and only once the
    // result's Target is known, which trivy writes first.
    if (
      this.#batchSize >= this.#batchBytes &&
      this.#findingKey === 'Vulnerabilities' &&
      r.fields.has('Target')
    ) {
      const partial: OpenResult = {
        ...r,
        items: { ...emptyItems(), Vulnerabilities: r.items.Vulnerabilities },
      }
      this.#batch.push(this.#entry(partial))
      r.offsets.Vulnerabilities += r.items.Vulnerabilities.length
      r.items.Vulnerabilities = []
      this.#flush()
    }
  }

  /**
   * A result's Target field as the findings name it: under {@link TrivyStreamOptions.targetPrefix}
   * when it is a file trivy named relative to the folder it scanned.
   */
  #target(r: OpenResult): string | undefined {
    const raw = r.fields.get('Target')
    if (raw === undefined) return undefined
    if (this.#targetPrefix === undefined || this.#shape !== 'object' || this.#cluster) return raw
    let target: unknown
    let kind: unknown
    try {
      target = JSON.parse(raw)
      kind = r.fields.has('Class') ? JSON.parse(r.fields.get('Class')!) : undefined
    } catch {
      return raw // parseTrivy words the broken JSON
    }
    if (typeof target !== 'string' || kind === 'os-pkgs' || isAbsolute(target)) return raw
    return JSON.stringify(`${this.#targetPrefix}/${target}`)
  }

  #entry(r: OpenResult): BatchEntry {
    const target = this.#target(r)
    const members = [...r.fields].map(
      ([k, v]) => `${JSON.stringify(k)}:${k === 'Target' && target !== undefined ? target : v}`,
    )
    for (const key of FINDING_KEYS) {
      if (r.items[key].length > 0) members.push(`"${key}":[${r.items[key].join(',')}]`)
    }
    return { text: `{${members.join(',')}}`, where: r.where, offsets: { ...r.offsets } }
  }

  #closeResult(): void {
    const r = this.#result!
    this.#result = undefined
    const target = parsedString(this.#target(r))
    if (target !== undefined) this.#targets.push(target)
    // A result's secrets are all here (they are never cut into slices before the result ends).
    const rewrite = this.#rewriteSecret
    if (rewrite !== undefined && r.items.Secrets.length > 0) {
      r.items.Secrets = r.items.Secrets.map((raw) => {
        let secret: unknown
        try {
          secret = JSON.parse(raw)
        } catch {
          return raw // parseTrivy words the broken JSON
        }
        if (typeof secret !== 'object' || secret === null || Array.isArray(secret)) return raw
        return JSON.stringify(rewrite(secret as Record<string, unknown>, target))
      })
    }
    if (this.#topLevel()) {
      this.#exceptions += r.exceptions
      const type = parsedString(r.fields.get('Type'))
      if (type !== undefined) this.#types.set(type, (this.#types.get(type) ?? 0) + 1)
    }
    this.#batch.push(this.#entry(r))
    for (const v of r.fields.values()) this.#batchSize += v.length + 16
    if (this.#batchSize >= this.#batchBytes) this.#flush()
  }

  /** A Results element that is not an object: parseTrivy words the error. */
  #loneResult(where: string, raw: string): void {
    this.#batch.push({ text: raw, where, offsets: zeroOffsets() })
    this.#flush()
  }

  /** A cluster member that is not a list of objects: parseTrivy words the error. */
  #clusterValue(key: string, raw: string): void {
    this.#flush()
    const text = `{${this.#headerMembers().join(',')},${JSON.stringify(key)}:${raw}}`
    this.#run(text, [])
  }

  #flush(): void {
    if (this.#batch.length === 0) return
    const batch = this.#batch
    this.#batch = []
    this.#batchSize = 0
    this.#normalise(batch, false)
  }

  #headerMembers(): string[] {
    const members: string[] = []
    for (const [k, v] of this.#header) {
      if (k === 'Results') continue
      if (k === 'ArtifactName' && this.#imageRef !== undefined) {
        // An empty ArtifactName falls back to the OS result's Target; that result may sit in an
        // earlier slice, so carry what it said.
        let name: unknown
        try {
          name = JSON.parse(v)
        } catch {
          name = undefined
        }
        if (typeof name !== 'string' || name.trim() === '') {
          members.push(`"ArtifactName":${JSON.stringify(this.#imageRef)}`)
          continue
        }
      }
      members.push(`${JSON.stringify(k)}:${v}`)
    }
    if (!this.#header.has('ArtifactName') && this.#imageRef !== undefined) {
      members.push(`"ArtifactName":${JSON.stringify(this.#imageRef)}`)
    }
    return members
  }

  /** Builds the slice's report text and normalises it with parseTrivy. */
  #normalise(batch: readonly BatchEntry[], headerOnly: boolean): void {
    const results = batch.map((e) => e.text).join(',')
    let text: string
    if (this.#shape === 'list') {
      if (headerOnly) return
      text = `[${results}]`
    } else if (this.#cluster !== undefined && !headerOnly) {
      const resource = [...this.#cluster.fields].map(([k, v]) => `${JSON.stringify(k)}:${v}`)
      resource.push(`"Results":[${results}]`)
      const header = this.#headerMembers()
      header.push(`${JSON.stringify(this.#cluster.key)}:[{${resource.join(',')}}]`)
      text = `{${header.join(',')}}`
    } else {
      const header = this.#headerMembers()
      if (this.#header.has('Results')) header.push(`"Results":${this.#header.get('Results')!}`)
      else if (!headerOnly || this.#sawResults) header.push(`"Results":[${results}]`)
      text = `{${header.join(',')}}`
    }
    this.#run(text, batch)
  }

  #run(text: string, batch: readonly BatchEntry[]): void {
    let parsed: ParseResult
    try {
      parsed = parseTrivy(text, this.#context)
    } catch (error) {
      if (error instanceof ScanFailedError) {
        throw new ScanFailedError(this.#realWhere(error.message, batch), { cause: error })
      }
      throw error
    }
    for (const f of parsed.findings) this.#out.push(f)
    if (parsed.scannerVersion !== undefined) this.#version = parsed.scannerVersion
    for (const notice of parsed.notices) {
      const skipped = SKIPPED_NOTICE.exec(notice)
      if (skipped) {
        for (const part of skipped[1]!.split(', ')) {
          const m = /^(\d+) (.+)$/.exec(part)
          if (m) this.#skipped.set(m[2]!, (this.#skipped.get(m[2]!) ?? 0) + Number(m[1]))
        }
      } else if (!this.#notices.includes(notice)) {
        this.#notices.push(notice)
      }
    }
  }

  /** Rewrites a slice position in a parseTrivy message to the position in the whole report. */
  #realWhere(message: string, batch: readonly BatchEntry[]): string {
    return message.replace(
      /(?:(?:Resources|Vulnerabilities|Misconfigurations)\[\d+\]\.Results|Results|)\[(\d+)\](?:\.(Vulnerabilities|Misconfigurations|Secrets|Licenses|ExperimentalModifiedFindings)\[(\d+)\])?/,
      (whole: string, j: string, key: string | undefined, k: string | undefined) => {
        const entry = batch[Number(j)]
        if (entry === undefined) return whole
        if (key === undefined || k === undefined) return entry.where
        return `${entry.where}.${key}[${Number(k) + entry.offsets[key as FindingKey]}]`
      },
    )
  }
}

/** Findings of a trivy report read from a byte stream, yielded in slices as they are normalised. */
export async function* streamTrivyFindings(
  source: AsyncIterable<Uint8Array>,
  parser: TrivyStreamParser,
): AsyncGenerator<Finding[], void, undefined> {
  for await (const chunk of source) {
    const found = parser.push(chunk)
    if (found.length > 0) yield found
  }
  const rest = parser.end()
  if (rest.length > 0) yield rest
}

/**
 * Reads a trivy report file of any size. `onFindings` receives each slice as it is normalised
 * (to write or count them without keeping them); without it, every finding is collected and returned.
 */
export async function parseTrivyFile(
  path: string,
  context: ParseContext,
  options: TrivyStreamOptions & {
    readonly onFindings?: (findings: Finding[]) => void
    /** The parser itself, for the report's header once the file is read. */
    readonly parser?: TrivyStreamParser
  } = {},
): Promise<ParseResult> {
  const parser = options.parser ?? new TrivyStreamParser(context, options)
  const findings: Finding[] = []
  const source = createReadStream(path, { highWaterMark: 1024 * 1024 })
  for await (const slice of streamTrivyFindings(source, parser)) {
    if (options.onFindings) options.onFindings(slice)
    else for (const f of slice) findings.push(f)
  }
  const version = parser.scannerVersion
  return { findings, ...(version ? { scannerVersion: version } : {}), notices: parser.notices }
}
