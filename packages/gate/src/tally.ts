import { SEVERITIES, severityRank, type Finding, type Suppression } from '@portcullis/core'
import { dedupeKeys } from './dedupe.js'
import type { WaivableFinding, Waiver } from './waivers.js'
import { waiverFieldMatches } from './waivers.js'

/** A column of small non-negative integers that grows as values are appended. */
class IntColumn {
  #data = new Int32Array(1024)
  length = 0
  push(value: number): void {
    if (this.length === this.#data.length) {
      const next = new Int32Array(this.#data.length * 2)
      next.set(this.#data)
      this.#data = next
    }
    this.#data[this.length++] = value
  }
  get(i: number): number {
    return this.#data[i] as number
  }
  set(i: number, value: number): void {
    this.#data[i] = value
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

/** A finding reduced to what the tally keeps of it (see FindingTally.prepare). */
export interface PreparedFinding {
  readonly fingerprint: string
  readonly severity: number
  readonly rule: string
  readonly place: string
  /** Dedupe keys besides the fingerprint. */
  readonly keys: readonly string[]
  readonly suppression?: Suppression
  readonly sources?: readonly string[]
  /** Per waiver, the bits of its fields the finding matches; absent when it matches none. */
  readonly waiverBits?: readonly number[]
  /** The finding itself, when it may be among those shown. */
  readonly finding?: Finding
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
 */
export class FindingTally {
  readonly fingerprints: string[] = []
  readonly #severity = new IntColumn()
  readonly #rule = new IntColumn()
  readonly #place = new IntColumn()
  readonly #report = new IntColumn()
  readonly #index = new IntColumn()
  readonly #parent = new IntColumn()
  readonly #rules = new Interned()
  readonly #places = new Interned()
  readonly #byFingerprint = new Map<string, number>()
  readonly #byKey = new Map<string, number>()
  readonly #keyParts = new Map<string, Interned>()
  /** Numbers the parts of dedupe keys, per kind. */
  readonly #keyPart = (kind: string, part: string): number => {
    let table = this.#keyParts.get(kind)
    if (!table) this.#keyParts.set(kind, (table = new Interned()))
    return table.id(part)
  }
  readonly suppressions = new Map<number, Suppression>()
  readonly #sources = new Map<number, readonly string[]>()
  /** Per waiver: occurrence → bits of the waiver's fields it matches (only non-zero). */
  readonly #waiverBits: Map<number, number>[]
  readonly #waivers: readonly Waiver[]
  /** Findings kept whole because they may be shown; pruned to the best KEEP by the summary's order. */
  #kept = new Map<number, Finding>()
  #worst: { severity: number; rule: string; place: string; index: number } | undefined

  constructor(
    waivers: readonly Waiver[],
    private readonly keep: number,
  ) {
    this.#waivers = waivers
    this.#waiverBits = waivers.map(() => new Map())
  }

  get size(): number {
    return this.fingerprints.length
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

  /**
   * What the tally keeps of a finding, before it is added: a report read in blocks hands its
   * findings over before its header says whether they count, so they wait in this form.
   */
  prepare(finding: Finding): PreparedFinding {
    const severity = severityRank(finding.severity)
    const rule = finding.ruleId
    const place = placeOf(finding)
    let waiverBits: number[] | undefined
    for (let w = 0; w < this.#waivers.length; w++) {
      const bits = waiverFieldMatches(this.#waivers[w]!, finding)
      if (bits !== 0) (waiverBits ??= new Array<number>(this.#waivers.length).fill(0))[w] = bits
    }
    return {
      fingerprint: finding.fingerprint,
      severity,
      rule,
      place,
      keys: dedupeKeys(finding, this.#keyPart),
      ...(finding.suppression ? { suppression: finding.suppression } : {}),
      ...(finding.sources && finding.sources.length > 0 ? { sources: finding.sources } : {}),
      ...(waiverBits ? { waiverBits } : {}),
      ...(this.#better(severity, rule, place, this.size) ? { finding } : {}),
    }
  }

  /** Adds a prepared finding as the next occurrence. */
  commit(p: PreparedFinding, ref: OccurrenceRef): void {
    const i = this.fingerprints.length
    this.fingerprints.push(p.fingerprint)
    this.#severity.push(p.severity)
    this.#rule.push(this.#rules.id(p.rule))
    this.#place.push(this.#places.id(p.place))
    this.#report.push(ref.report)
    this.#index.push(ref.index)
    this.#parent.push(i)
    if (p.suppression) this.suppressions.set(i, p.suppression)
    if (p.sources) this.#sources.set(i, p.sources)

    const other = this.#byFingerprint.get(p.fingerprint)
    if (other === undefined) this.#byFingerprint.set(p.fingerprint, i)
    else this.#union(other, i)
    for (const key of p.keys) {
      const seen = this.#byKey.get(key)
      if (seen === undefined) this.#byKey.set(key, i)
      else this.#union(seen, i)
    }
    if (p.waiverBits) {
      p.waiverBits.forEach((bits, w) => {
        if (bits !== 0) this.#waiverBits[w]!.set(i, bits)
      })
    }
    if (p.finding) this.#consider(p.finding, i, p.severity, p.rule, p.place)
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
    const order = [...this.#kept.keys()].sort((a, b) => this.#compareOccurrences(a, b))
    const kept = new Map<number, Finding>()
    for (const j of order.slice(0, this.keep)) kept.set(j, this.#kept.get(j)!)
    this.#kept = kept
    const last = order[this.keep - 1]!
    this.#worst = {
      severity: this.#severity.get(last),
      rule: this.#rules.values[this.#rule.get(last)]!,
      place: this.#places.values[this.#place.get(last)]!,
      index: last,
    }
  }

  #compareOccurrences(a: number, b: number): number {
    return (
      this.#severity.get(a) - this.#severity.get(b) ||
      COLLATOR.compare(
        this.#rules.values[this.#rule.get(a)]!,
        this.#rules.values[this.#rule.get(b)]!,
      ) ||
      COLLATOR.compare(
        this.#places.values[this.#place.get(a)]!,
        this.#places.values[this.#place.get(b)]!,
      ) ||
      a - b
    )
  }

  severity(i: number): (typeof SEVERITIES)[number] {
    return SEVERITIES[this.#severity.get(i)]!
  }

  severityRank(i: number): number {
    return this.#severity.get(i)
  }

  ref(i: number): OccurrenceRef {
    return { report: this.#report.get(i), index: this.#index.get(i) }
  }

  /** The finding itself when it was kept whole, else undefined (read it again from its report). */
  kept(i: number): Finding | undefined {
    return this.#kept.get(i)
  }

  /** The engines that reported occurrence i, given its report's scanner for findings that name none. */
  sources(i: number, scanner: (report: number) => string): readonly string[] {
    return this.#sources.get(i) ?? [scanner(this.#report.get(i))]
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
    this.#byFingerprint.clear()
    this.#byKey.clear()
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
    const places = collationRanks(this.#places.values)
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
