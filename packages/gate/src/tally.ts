import { SEVERITIES, severityRank, type Finding, type Suppression } from '@portcullis/core'
import { dedupeKeys } from './dedupe.js'
import type { WaivableFinding, Waiver } from './waivers.js'
import { waiverFieldMatches } from './waivers.js'

/** Values per chunk of a column: columns grow by whole chunks, never by copying. */
const CHUNK_BITS = 16
const CHUNK = 1 << CHUNK_BITS
const IN_CHUNK = CHUNK - 1

/**
 * A column of integers that grows as values are appended, in chunks of CHUNK values: a million
 * occurrences are 16 chunks, and growing leaves no outgrown arrays for the collector.
 */
class IntColumn {
  readonly #chunks: Int32Array[] = []
  length = 0
  push(value: number): void {
    const i = this.length++
    if ((i & IN_CHUNK) === 0 && i >> CHUNK_BITS === this.#chunks.length) {
      this.#chunks.push(new Int32Array(CHUNK))
    }
    this.#chunks[i >> CHUNK_BITS]![i & IN_CHUNK] = value
  }
  get(i: number): number {
    return this.#chunks[i >> CHUNK_BITS]![i & IN_CHUNK]!
  }
  set(i: number, value: number): void {
    this.#chunks[i >> CHUNK_BITS]![i & IN_CHUNK] = value
  }
  truncate(length: number): void {
    this.length = Math.min(this.length, length)
  }
}

const FINGERPRINT_BYTES = 20
const V1_PREFIX = 'v1:'

/** A hex digit's value (lowercase only: `v1:` fingerprints are written so), or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  return -1
}

/**
 * The occurrences' fingerprints, and for each fingerprint its first occurrence. A `v1:` fingerprint
 * (all but a few) is held as its 20 bytes in one arena and found through an open-addressing table
 * of occurrence numbers, so a million of them are ~28 MB instead of a million strings in a Map.
 * Anything else is held as the string itself.
 */
class FingerprintColumn {
  /** CHUNK fingerprints' bytes per chunk. */
  readonly #chunks: Uint8Array[] = []
  /** Occurrence + 1 of the first occurrence of each v1 fingerprint; 0 marks a free slot. */
  #slots = new Int32Array(2048)
  #used = 0
  /** Fingerprints not in v1 form, by occurrence, and their first occurrences. */
  readonly #other = new Map<number, string>()
  readonly #otherFirst = new Map<string, number>()
  readonly #scratch = new Uint8Array(FINGERPRINT_BYTES)
  length = 0

  /** Appends the next occurrence's fingerprint; gives the first earlier one with it, or -1. */
  push(fingerprint: string): number {
    const i = this.length++
    if ((i & IN_CHUNK) === 0 && i >> CHUNK_BITS === this.#chunks.length) {
      this.#chunks.push(new Uint8Array(CHUNK * FINGERPRINT_BYTES))
    }
    const hash = this.#decode(fingerprint, this.#scratch)
    if (hash === undefined) {
      this.#other.set(i, fingerprint)
      const first = this.#otherFirst.get(fingerprint)
      if (first !== undefined) return first
      this.#otherFirst.set(fingerprint, i)
      return -1
    }
    this.#chunks[i >> CHUNK_BITS]!.set(this.#scratch, (i & IN_CHUNK) * FINGERPRINT_BYTES)
    return this.#findOrAdd(i, hash)
  }

  get(i: number): string {
    const other = this.#other.get(i)
    if (other !== undefined) return other
    const chunk = this.#chunks[i >> CHUNK_BITS]!
    const at = (i & IN_CHUNK) * FINGERPRINT_BYTES
    return `${V1_PREFIX}${Buffer.from(chunk.buffer, chunk.byteOffset + at, FINGERPRINT_BYTES).toString('hex')}`
  }

  /** Forgets the occurrences from `length` on. */
  truncate(length: number): void {
    if (length >= this.length) return
    for (const [i, fingerprint] of this.#other) {
      if (i < length) continue
      this.#other.delete(i)
      if (this.#otherFirst.get(fingerprint) === i) this.#otherFirst.delete(fingerprint)
    }
    this.length = length
    this.#slots = new Int32Array(this.#slots.length)
    this.#used = 0
    for (let i = 0; i < length; i++) {
      if (this.#other.has(i)) continue
      this.#findOrAdd(i, this.#hashOf(i))
    }
  }

  /** The bytes of a v1 fingerprint into `out` and their hash, or undefined for any other string. */
  #decode(fingerprint: string, out: Uint8Array): number | undefined {
    if (fingerprint.length !== V1_PREFIX.length + 2 * FINGERPRINT_BYTES) return undefined
    if (!fingerprint.startsWith(V1_PREFIX)) return undefined
    let hash = 0x811c9dc5
    for (let k = 0; k < FINGERPRINT_BYTES; k++) {
      const hi = hexValue(fingerprint.charCodeAt(V1_PREFIX.length + 2 * k))
      const lo = hexValue(fingerprint.charCodeAt(V1_PREFIX.length + 2 * k + 1))
      if (hi < 0 || lo < 0) return undefined
      const byte = (hi << 4) | lo
      out[k] = byte
      hash = Math.imul(hash ^ byte, 0x01000193)
    }
    return hash
  }

  /** The hash #decode gave occurrence i's fingerprint. */
  #hashOf(i: number): number {
    const bytes = this.#chunks[i >> CHUNK_BITS]!
    const at = (i & IN_CHUNK) * FINGERPRINT_BYTES
    let hash = 0x811c9dc5
    for (let k = 0; k < FINGERPRINT_BYTES; k++) {
      hash = Math.imul(hash ^ bytes[at + k]!, 0x01000193)
    }
    return hash
  }

  #same(i: number, j: number): boolean {
    const a = this.#chunks[i >> CHUNK_BITS]!
    const b = this.#chunks[j >> CHUNK_BITS]!
    const ai = (i & IN_CHUNK) * FINGERPRINT_BYTES
    const bj = (j & IN_CHUNK) * FINGERPRINT_BYTES
    for (let k = 0; k < FINGERPRINT_BYTES; k++) if (a[ai + k] !== b[bj + k]) return false
    return true
  }

  /** The first occurrence with occurrence i's v1 fingerprint, or -1 after making i that one. */
  #findOrAdd(i: number, hash: number): number {
    if (2 * (this.#used + 1) > this.#slots.length) this.#grow()
    const mask = this.#slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.#slots[slot]!
      if (held === 0) {
        this.#slots[slot] = i + 1
        this.#used++
        return -1
      }
      if (this.#same(held - 1, i)) return held - 1
    }
  }

  #grow(): void {
    const old = this.#slots
    this.#slots = new Int32Array(old.length * 2)
    const mask = this.#slots.length - 1
    for (const held of old) {
      if (held === 0) continue
      let slot = this.#hashOf(held - 1) & mask
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask
      this.#slots[slot] = held
    }
  }
}

/** Strings numbered in the order first seen; equal strings share a number. */
class Interned {
  readonly values: string[] = []
  readonly #ids = new Map<string, number>()
  id(value: string): number {
    let id = this.#ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.#ids.set(value, id)
    }
    return id
  }
}

/** Bytes per chunk of a StringTable's arena; a longer string is held as a string. */
const ARENA_CHUNK = 1 << 20

/**
 * Strings numbered in the order first seen, for the hundreds of thousands of paths, package names
 * and dedupe keys a million findings bring: Latin-1 strings (nearly all) are held as bytes in 1 MB
 * chunks and found through an open-addressing table, about half of what a Map of strings takes;
 * any other string is held as itself.
 */
class StringTable {
  readonly #chunks: Uint8Array[] = []
  #free = 0
  /** Per string: where its bytes start (chunk * ARENA_CHUNK + offset), or -1 when held whole. */
  readonly #start = new IntColumn()
  readonly #length = new IntColumn()
  readonly #hash = new IntColumn()
  readonly #whole = new Map<number, string>()
  /** Number + 1 of the string in each slot; 0 marks a free slot. */
  #slots = new Int32Array(1024)

  get size(): number {
    return this.#start.length
  }

  /** The number of `value`, or -1 when it has none yet. */
  find(value: string): number {
    return this.#probe(value, StringTable.#hashOf(value), false)
  }

  /** The number of `value`, numbering it when it has none yet. */
  id(value: string): number {
    return this.#probe(value, StringTable.#hashOf(value), true)
  }

  value(id: number): string {
    const start = this.#start.get(id)
    if (start < 0) return this.#whole.get(id)!
    const chunk = this.#chunks[Math.floor(start / ARENA_CHUNK)]!
    const at = start % ARENA_CHUNK
    return Buffer.from(chunk.buffer, chunk.byteOffset + at, this.#length.get(id)).toString('latin1')
  }

  /** Forgets the strings numbered from `size` on (the arena's bytes are reused from there). */
  truncate(size: number): void {
    if (size >= this.size) return
    for (const id of this.#whole.keys()) if (id >= size) this.#whole.delete(id)
    let free = 0
    for (let id = size - 1; id >= 0 && free === 0; id--) {
      const start = this.#start.get(id)
      if (start >= 0) free = start + this.#length.get(id)
    }
    this.#free = free
    for (const column of [this.#start, this.#length, this.#hash]) column.truncate(size)
    this.#slots = new Int32Array(this.#slots.length)
    for (let id = 0; id < size; id++) this.#place(id)
  }

  static #hashOf(value: string): number {
    let hash = 0x811c9dc5
    for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193)
    return hash
  }

  #equals(id: number, value: string): boolean {
    const start = this.#start.get(id)
    if (start < 0) return this.#whole.get(id) === value
    if (this.#length.get(id) !== value.length) return false
    const chunk = this.#chunks[Math.floor(start / ARENA_CHUNK)]!
    const at = start % ARENA_CHUNK
    for (let k = 0; k < value.length; k++) if (chunk[at + k] !== value.charCodeAt(k)) return false
    return true
  }

  #probe(value: string, hash: number, add: boolean): number {
    const mask = this.#slots.length - 1
    let slot = hash & mask
    for (let held = this.#slots[slot]!; held !== 0; held = this.#slots[slot]!) {
      if (this.#hash.get(held - 1) === hash && this.#equals(held - 1, value)) return held - 1
      slot = (slot + 1) & mask
    }
    if (!add) return -1
    const id = this.size
    this.#hash.push(hash)
    this.#length.push(value.length)
    this.#start.push(this.#store(value))
    if (this.#start.get(id) < 0) this.#whole.set(id, value)
    this.#slots[slot] = id + 1
    if (2 * this.size > this.#slots.length) this.#grow()
    return id
  }

  /** Copies a Latin-1 string into the arena; gives where, or -1 for a string held whole. */
  #store(value: string): number {
    const n = value.length
    if (n > ARENA_CHUNK / 16) return -1
    let chunk = Math.floor(this.#free / ARENA_CHUNK)
    let at = this.#free % ARENA_CHUNK
    if (at + n > ARENA_CHUNK) {
      chunk++
      at = 0
    }
    if (chunk === this.#chunks.length) this.#chunks.push(new Uint8Array(ARENA_CHUNK))
    const bytes = this.#chunks[chunk]!
    for (let k = 0; k < n; k++) {
      const c = value.charCodeAt(k)
      if (c > 0xff) return -1
      bytes[at + k] = c
    }
    this.#free = chunk * ARENA_CHUNK + at + n
    return chunk * ARENA_CHUNK + at
  }

  #place(id: number): void {
    const mask = this.#slots.length - 1
    let slot = this.#hash.get(id) & mask
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask
    this.#slots[slot] = id + 1
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2)
    for (let id = 0; id < this.size; id++) this.#place(id)
  }
}

/** Where a finding sits in the summary's order after its severity and rule: its path or package. */
function placeOf(finding: Finding): string {
  return finding.location?.path ?? finding.package?.name ?? ''
}

/** The collation `String.prototype.localeCompare` uses when given no locale or options. */
const COLLATOR = new Intl.Collator()

/** Each value's position in collation order; values the collator finds equal share one. */
function collationRanks(values: readonly string[]): Int32Array {
  const order = values.map((_, i) => i).sort((a, b) => COLLATOR.compare(values[a]!, values[b]!))
  const ranks = new Int32Array(values.length)
  let rank = 0
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && COLLATOR.compare(values[order[i - 1]!]!, values[order[i]!]!) !== 0) rank++
    ranks[order[i]!] = rank
  }
  return ranks
}

/** Where an occurrence's finding is in its report: to read it again when the summary shows it. */
export interface OccurrenceRef {
  readonly report: number
  readonly index: number
}

/** The groups of occurrences after deduplication, in columns. */
export class TallyGroups {
  constructor(
    readonly firsts: Int32Array,
    readonly shownOccurrences: Int32Array,
    /** Per occurrence, the next one of its group, or -1. */
    readonly next: Int32Array,
  ) {}

  get count(): number {
    return this.firsts.length
  }

  /** The occurrence group g shows: the first of its most severe. */
  shown(g: number): number {
    return this.shownOccurrences[g]!
  }

  /** Group g's occurrences, in the order they were added. */
  members(g: number): number[] {
    const out: number[] = []
    for (let i = this.firsts[g]!; i !== -1; i = this.next[i]!) out.push(i)
    return out
  }
}

/**
 * What the gate keeps of every finding it reads: the fingerprint, severity, rule, place, the
 * suppression when there is one, which fields of each waiver it matches and where it came from,
 * in columns, never the finding itself. Occurrences that share a dedupe key are merged with a
 * union-find as they arrive, so the deduplicated findings are known once the last report is read
 * while only a few bytes per finding are held. The full findings the summary shows are kept on the
 * way (the best few by the summary's order) or read again from their report.
 *
 * A report's findings arrive before the report says whether they count (a report read in blocks
 * hands them over first), so they are staged: written to the columns at once, their merges held
 * back, and then committed (merged) or discarded (the columns cut back).
 */
export class FindingTally {
  readonly #fingerprints = new FingerprintColumn()
  readonly #severity = new IntColumn()
  readonly #rule = new IntColumn()
  readonly #place = new IntColumn()
  /** Per committed report, its first occurrence and its number (occurrences are in report order). */
  readonly #reportStarts: number[] = []
  readonly #reportNumbers: number[] = []
  readonly #parent = new IntColumn()
  /** Per occurrence, 1 + the number of its interned sources, or 0 when the finding names none. */
  readonly #sourceOf = new IntColumn()
  readonly #rules = new Interned()
  readonly #places = new StringTable()
  /** Dedupe keys, and per key the first occurrence that has it. */
  #keys = new StringTable()
  #keyFirst = new IntColumn()
  /** Keys numbered before this one belong to committed occurrences. */
  #committedKeys = 0
  readonly #keyParts = new Map<string, StringTable>()
  /** Numbers the parts of dedupe keys, per kind. */
  readonly #keyPart = (kind: string, part: string): number => {
    let table = this.#keyParts.get(kind)
    if (!table) this.#keyParts.set(kind, (table = new StringTable()))
    return table.id(part)
  }
  /** Distinct `sources` lists: one engine's by its name, several by their JSON. */
  readonly #sources: (readonly string[])[] = []
  readonly #sourceIds = new Map<string, number>()
  readonly #sourceListIds = new Map<string, number>()
  readonly suppressions = new Map<number, Suppression>()
  /** Per waiver: occurrence → bits of the waiver's fields it matches (only non-zero). */
  readonly #waiverBits: Map<number, number>[]
  readonly #waivers: readonly Waiver[]
  /** Findings kept whole because they may be shown; pruned to the best KEEP by the summary's order. */
  #kept = new Map<number, Finding>()
  #worst: { severity: number; rule: string; place: string; index: number } | undefined
  /** Occurrences before this one are committed; from it on they are staged. */
  #committed = 0
  /** Staged merges, as pairs of occurrences. */
  #merges: number[] = []

  constructor(
    waivers: readonly Waiver[],
    private readonly keep: number,
  ) {
    this.#waivers = waivers
    this.#waiverBits = waivers.map(() => new Map())
  }

  /** Committed occurrences. */
  get size(): number {
    return this.#committed
  }

  /** Staged occurrences (the findings of the report being read). */
  get staged(): number {
    return this.#fingerprints.length - this.#committed
  }

  fingerprint(i: number): string {
    return this.#fingerprints.get(i)
  }

  #find(i: number): number {
    let root = i
    while (this.#parent.get(root) !== root) root = this.#parent.get(root)
    while (this.#parent.get(i) !== root) {
      const next = this.#parent.get(i)
      this.#parent.set(i, root)
      i = next
    }
    return root
  }

  #union(a: number, b: number): void {
    const ra = this.#find(a)
    const rb = this.#find(b)
    // The smaller index is the root, so a group's root is its first occurrence.
    if (ra !== rb) this.#parent.set(Math.max(ra, rb), Math.min(ra, rb))
  }

  #sourceId(sources: readonly string[] | undefined): number {
    if (sources === undefined || sources.length === 0) return 0
    const one = sources.length === 1
    const key = one ? sources[0]! : JSON.stringify(sources)
    const ids = one ? this.#sourceIds : this.#sourceListIds
    let id = ids.get(key)
    if (id === undefined) {
      id = this.#sources.length
      this.#sources.push(sources)
      ids.set(key, id)
    }
    return id + 1
  }

  /** Stages a finding as the next occurrence (see the class comment). */
  stage(finding: Finding): void {
    const i = this.#fingerprints.length
    const severity = severityRank(finding.severity)
    const rule = finding.ruleId
    const place = placeOf(finding)
    const same = this.#fingerprints.push(finding.fingerprint)
    if (same !== -1) this.#merges.push(same, i)
    this.#severity.push(severity)
    this.#rule.push(this.#rules.id(rule))
    this.#place.push(this.#places.id(place))
    this.#parent.push(i)
    this.#sourceOf.push(this.#sourceId(finding.sources))
    if (finding.suppression) this.suppressions.set(i, finding.suppression)
    for (const key of dedupeKeys(finding, this.#keyPart)) {
      const id = this.#keys.id(key)
      if (id < this.#keyFirst.length) this.#merges.push(this.#keyFirst.get(id), i)
      else this.#keyFirst.push(i)
    }
    for (let w = 0; w < this.#waivers.length; w++) {
      const bits = waiverFieldMatches(this.#waivers[w]!, finding)
      if (bits !== 0) this.#waiverBits[w]!.set(i, bits)
    }
    this.#consider(finding, i, severity, rule, place)
  }

  /** Makes the staged occurrences the findings of report `report`; gives their range. */
  commit(report: number): [number, number] {
    const first = this.#committed
    const end = this.#fingerprints.length
    this.#reportStarts.push(first)
    this.#reportNumbers.push(report)
    const merges = this.#merges
    for (let k = 0; k < merges.length; k += 2) this.#union(merges[k]!, merges[k + 1]!)
    this.#committed = end
    this.#committedKeys = this.#keys.size
    this.#merges = []
    return [first, end]
  }

  /** Forgets the staged occurrences: their report does not count. */
  discard(): void {
    const n = this.#committed
    if (this.#fingerprints.length === n) return
    this.#fingerprints.truncate(n)
    for (const column of [this.#severity, this.#rule, this.#place, this.#parent, this.#sourceOf]) {
      column.truncate(n)
    }
    this.#keys.truncate(this.#committedKeys)
    this.#keyFirst.truncate(this.#committedKeys)
    const forget = (map: Map<number, unknown>): void => {
      for (const i of map.keys()) if (i >= n) map.delete(i)
    }
    forget(this.suppressions)
    this.#waiverBits.forEach(forget)
    forget(this.#kept)
    if (this.#worst !== undefined && this.#worst.index >= n) this.#worst = undefined
    this.#merges = []
  }

  /** Whether an occurrence would sort before the worst one kept whole (or none is kept yet). */
  #better(severity: number, rule: string, place: string, i: number): boolean {
    const w = this.#worst
    if (w === undefined) return true
    const c =
      severity - w.severity || COLLATOR.compare(rule, w.rule) || COLLATOR.compare(place, w.place)
    return c < 0 || (c === 0 && i < w.index)
  }

  /** Keeps the finding whole while it is among the best `keep` seen so far in the summary's order. */
  #consider(finding: Finding, i: number, severity: number, rule: string, place: string): void {
    if (!this.#better(severity, rule, place, i)) return
    this.#kept.set(i, finding)
    if (this.#kept.size < 2 * this.keep) return
    // Ordered by what the summary orders by, read from the findings kept (they are whole).
    const order = [...this.#kept].map(([index, f]) => ({
      severity: severityRank(f.severity),
      rule: f.ruleId,
      place: placeOf(f),
      index,
      finding: f,
    }))
    order.sort(
      (a, b) =>
        a.severity - b.severity ||
        COLLATOR.compare(a.rule, b.rule) ||
        COLLATOR.compare(a.place, b.place) ||
        a.index - b.index,
    )
    const kept = new Map<number, Finding>()
    for (const o of order.slice(0, this.keep)) kept.set(o.index, o.finding)
    this.#kept = kept
    const {
      severity: worstSeverity,
      rule: worstRule,
      place: worstPlace,
      index,
    } = order[this.keep - 1]!
    this.#worst = { severity: worstSeverity, rule: worstRule, place: worstPlace, index }
  }

  severity(i: number): (typeof SEVERITIES)[number] {
    return SEVERITIES[this.#severity.get(i)]!
  }

  severityRank(i: number): number {
    return this.#severity.get(i)
  }

  ref(i: number): OccurrenceRef {
    // The last report starting at or before i (an empty report starts where the next one does).
    const starts = this.#reportStarts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return { report: this.#reportNumbers[lo]!, index: i - starts[lo]! }
  }

  /** The finding itself when it was kept whole, else undefined (read it again from its report). */
  kept(i: number): Finding | undefined {
    return this.#kept.get(i)
  }

  /** The engines that reported occurrence i, given its report's scanner for findings that name none. */
  sources(i: number, scanner: (report: number) => string): readonly string[] {
    const id = this.#sourceOf.get(i)
    return id === 0 ? [scanner(this.ref(i).report)] : this.#sources[id - 1]!
  }

  /** The bits of waiver w's fields that a group's occurrences match together. */
  waiverBits(w: number, members: readonly number[]): number {
    const bits = this.#waiverBits[w]!
    let out = 0
    for (const m of members) out |= bits.get(m) ?? 0
    return out
  }

  /** Groups of occurrences that are one finding, ordered by their first occurrence. */
  groups(): TallyGroups {
    // Dedupe keys are only needed while reports arrive.
    this.#keys = new StringTable()
    this.#keyFirst = new IntColumn()
    this.#committedKeys = 0
    this.#keyParts.clear()
    const n = this.size
    const groupOf = new Int32Array(n)
    const next = new Int32Array(n).fill(-1)
    const first = new Int32Array(n)
    const last = new Int32Array(n)
    const shown = new Int32Array(n)
    let count = 0
    for (let i = 0; i < n; i++) {
      const root = this.#find(i)
      if (root === i) {
        // A root is its group's first occurrence, so groups are numbered in that order.
        groupOf[i] = count
        first[count] = i
        last[count] = i
        shown[count] = i
        count++
        continue
      }
      const g = groupOf[root]!
      groupOf[i] = g
      next[last[g]!] = i
      last[g] = i
      if (this.#severity.get(i) < this.#severity.get(shown[g]!)) shown[g] = i
    }
    return new TallyGroups(first.subarray(0, count), shown.subarray(0, count), next)
  }

  /**
   * Group indexes in the summary's order: severity, then rule id and path or package name of the
   * shown finding in localeCompare's order; ties keep the groups' order.
   */
  order(groups: TallyGroups): Uint32Array {
    const rules = collationRanks(this.#rules.values)
    const places = collationRanks(
      Array.from({ length: this.#places.size }, (_, id) => this.#places.value(id)),
    )
    const g = groups.count
    const ruleSpan = rules.length + 1
    const placeSpan = places.length + 1
    const key = (i: number): number => {
      const s = groups.shown(i)
      return (
        (this.#severity.get(s) * ruleSpan + rules[this.#rule.get(s)]!) * placeSpan +
        places[this.#place.get(s)]!
      )
    }
    const index = new Uint32Array(g)
    for (let i = 0; i < g; i++) index[i] = i
    if (SEVERITIES.length * ruleSpan * placeSpan * g < Number.MAX_SAFE_INTEGER) {
      // One number per group orders them exactly: a native numeric sort, no comparator calls.
      const keys = new Float64Array(g)
      for (let i = 0; i < g; i++) keys[i] = key(i) * g + i
      keys.sort()
      for (let i = 0; i < g; i++) index[i] = keys[i]! % g
      return index
    }
    const keys = Array.from({ length: g }, (_, i) => key(i))
    return index.sort((a, b) => keys[a]! - keys[b]! || a - b)
  }
}

/** A WaivableFinding of one group, built from its occurrences' findings. */
export function waivable(findings: readonly Finding[]): WaivableFinding {
  const uniq = <T>(values: Iterable<T>): T[] => [...new Set(values)]
  return {
    fingerprints: uniq(findings.map((f) => f.fingerprint)),
    ruleIds: uniq(findings.map((f) => f.ruleId)),
    advisories: uniq(findings.flatMap((f) => f.advisories ?? [])),
    paths: uniq(findings.flatMap((f) => (f.location ? [f.location.path] : []))),
  }
}
