import { isAbsolute } from 'node:path'
import { normalizeSeverity, ruleFingerprint, ScanFailedError, type Finding } from '@portcullis/core'
import { JsonWalker, type Visit, type WalkFrame } from '../shared/json-walker.js'
import { readChunks } from '../shared/read-chunks.js'
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

type Role = 'root' | 'results' | 'result' | 'findings' | 'cluster-list' | 'resource'

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

  readonly #json: JsonWalker<Role> = new JsonWalker<Role>({
    visit: (frame, b) => this.#visit(frame, b),
    close: (frame) => this.#close(frame),
    invalid,
  })

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
    this.#json.push(chunk)
    return this.#take()
  }

  end(): Finding[] {
    this.#json.end()
    if (!this.#json.started) {
      // parseTrivy words the empty report.
      parseTrivy('', this.#context)
    }
    if (!this.#json.complete) {
      invalid(`it ends at byte ${this.#json.offset} before the JSON document is complete`)
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

  /** Decides, by where it is, whether a value is walked, kept or skipped. */
  #visit(frame: WalkFrame<Role> | undefined, b: number): Visit<Role> {
    const isArray = b === 0x5b
    const isObject = b === 0x7b
    if (frame === undefined) {
      if (isObject) {
        this.#shape = 'object'
        return 'root'
      }
      if (isArray) {
        this.#shape = 'list'
        return 'results'
      }
      this.#shape = 'scalar'
      return (raw) => (this.#rootScalar = raw)
    }
    const key = frame.key
    switch (frame.role) {
      case 'root': {
        if (key === 'Results' && isArray && !this.#header.has('ClusterName')) {
          this.#sawResults = true
          return 'results'
        }
        if (key !== undefined && HEADER_KEYS.has(key)) {
          return (raw) => this.#header.set(key, raw)
        }
        if (key === 'ClusterName') {
          return (raw) => this.#header.set(key, raw)
        }
        if (key === 'Results') {
          // Not a list: parseTrivy words the error.
          return (raw) => this.#header.set(key, raw)
        }
        if (key !== undefined && CLUSTER_KEYS.has(key) && this.#header.has('ClusterName')) {
          if (!isArray) return (raw) => this.#clusterValue(key, raw)
          this.#cluster = { key, index: -1, fields: new Map() }
          return 'cluster-list'
        }
        return undefined
      }
      case 'results': {
        const where = this.#whereOfResult(frame.index)
        if (!isObject) {
          return (raw) => this.#loneResult(where, raw)
        }
        this.#result = {
          where,
          fields: new Map(),
          items: emptyItems(),
          offsets: zeroOffsets(),
          exceptions: 0,
        }
        return 'result'
      }
      case 'result': {
        const r = this.#result!
        if (key !== undefined && (FINDING_KEYS as readonly string[]).includes(key)) {
          if (isArray) {
            this.#findingKey = key as FindingKey
            return 'findings'
          }
          return (raw) => r.fields.set(key, raw)
        }
        if (key !== undefined && RESULT_FIELDS.has(key)) {
          return (raw) => {
            r.fields.set(key, raw)
            if (key === 'Target') this.#noteTarget(raw)
          }
        }
        if (key === 'Packages' && this.#filesAreLocal()) {
          return (raw) => {
            const { located, count } = packagesWithLines(raw)
            this.#packages += count
            if (located !== undefined) r.fields.set(key, located)
          }
        }
        if (key === 'MisconfSummary' && this.#topLevel()) {
          return (raw) => (r.exceptions = exceptionsOf(raw))
        }
        return undefined
      }
      case 'findings':
        return (raw) => this.#item(raw)
      case 'cluster-list': {
        const c = this.#cluster!
        c.index = frame.index
        c.fields.clear()
        if (!isObject) return (raw) => this.#clusterValue(c.key, `[${raw}]`)
        return 'resource'
      }
      case 'resource': {
        const c = this.#cluster!
        if (key === 'Results' && isArray) return 'results'
        if (key !== undefined && (RESOURCE_FIELDS.has(key) || key === 'Results')) {
          return (raw) => c.fields.set(key, raw)
        }
        return undefined
      }
    }
  }

  #close(frame: WalkFrame<Role>): void {
    if (frame.role === 'result') this.#closeResult()
    else if (frame.role === 'resource') this.#flush()
    else if (frame.role === 'cluster-list') {
      this.#flush()
      this.#cluster = undefined
    } else if (frame.role === 'results' && this.#cluster === undefined) this.#sawResults = true
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
  for await (const slice of streamTrivyFindings(readChunks(path), parser)) {
    if (options.onFindings) options.onFindings(slice)
    else for (const f of slice) findings.push(f)
  }
  const version = parser.scannerVersion
  return { findings, ...(version ? { scannerVersion: version } : {}), notices: parser.notices }
}

// --- compliance reports --------------------------------------------------------------------------

/**
 * trivy's compliance reports (`trivy image --compliance <spec> --report all --format json`): one
 * entry per control of the spec (CIS Docker 1.1.0 for `docker-cis`), each holding the results of the
 * checks the spec maps to it — misconfigurations of the Dockerfile trivy rebuilds from the image
 * history (DS002 no USER, DS026 no HEALTHCHECK, DS005 ADD, …), vulnerabilities (4.4 counts CRITICAL
 * ones) and secrets. A control with a failing result is a compliance finding per failing check.
 *
 * The JSON names no pass/fail status per control, and "manual" controls have no checks at all; trivy
 * marks them only by the "(Manual)" suffix of their name, so they are listed as not checked (as
 * XCCDF's `notchecked`) rather than counted as passed.
 */

export type ControlStatus = 'pass' | 'fail' | 'manual'

export interface ComplianceControl {
  readonly id: string
  readonly name: string
  readonly severity: string
  readonly status: ControlStatus
}

/** What a compliance report says besides its findings: complete once the report is read. */
export interface TrivyComplianceSummary {
  readonly spec: { readonly id: string; readonly title?: string; readonly version?: string }
  readonly controls: ComplianceControl[]
  readonly notices: string[]
  /** pass / (pass + fail) over the automated controls; undefined when none ran. */
  readonly passRate: number | undefined
}

export interface TrivyComplianceResult extends TrivyComplianceSummary {
  readonly findings: Finding[]
}

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function complianceInvalid(detail: string): never {
  throw new ScanFailedError(
    `trivy's compliance report is not valid JSON (${detail}); the file may be truncated`,
  )
}

function notListOfObjects(where: string): never {
  throw new ScanFailedError(
    `trivy's compliance report is not valid: ${where} is not a list of objects`,
  )
}

/** A kept value's JSON text as a non-empty string, else undefined. */
function textOf(raw: string): string | undefined {
  try {
    return str(JSON.parse(raw))
  } catch {
    return complianceInvalid(`a broken value ${JSON.stringify(raw.slice(0, 40))}`)
  }
}

const NOT_COMPLIANCE =
  "trivy's output is not a compliance report with controls (expected ID, then Results, as `--report all` writes)"

/** One failing check of a control, as read from one trivy finding. */
interface Failure {
  readonly check: string
  readonly title: string
  readonly detail: string
  /** What makes this failure distinct within the control (the flagged line, package or file). */
  readonly key: string
  readonly remediation?: string
  readonly references: string[]
  readonly advisories: string[]
  readonly pkg?: Finding['package']
}

function misconfigurationFailure(m: Json, target: string, where: string): Failure | undefined {
  if ((str(m.Status) ?? 'FAIL') !== 'FAIL') return undefined
  const cause = isRecord(m.CauseMetadata) ? m.CauseMetadata : {}
  const lines = isRecord(cause.Code) ? cause.Code.Lines : undefined
  if (lines !== undefined && lines !== null && (!Array.isArray(lines) || !lines.every(isRecord))) {
    notListOfObjects(`${where}.Code.Lines`)
  }
  const flagged = ((lines as Json[] | null | undefined) ?? [])
    .filter((l) => l.IsCause === true)
    .map((l) => str(l.Content) ?? '')
    .join('\n')
  const check = str(m.ID) ?? str(m.AVDID) ?? 'unknown-check'
  const url = str(m.PrimaryURL)
  return {
    check,
    title: str(m.Title) ?? check,
    detail: [str(m.Message), flagged ? `Flagged: ${flagged}` : undefined]
      .filter(Boolean)
      .join('\n'),
    key: `${target}#${flagged || str(m.Message) || ''}`,
    ...(str(m.Resolution) ? { remediation: str(m.Resolution)! } : {}),
    references: [...new Set([...(url ? [url] : []), ...strings(m.References)])],
    advisories: [],
  }
}

function vulnerabilityFailure(v: Json, target: string): Failure {
  const id = str(v.VulnerabilityID) ?? 'unknown-vulnerability'
  const name = str(v.PkgName) ?? '(package)'
  const version = str(v.InstalledVersion)
  const fixed = str(v.FixedVersion)
  const url = str(v.PrimaryURL)
  return {
    check: id,
    title: str(v.Title) ?? id,
    detail: `${id} in ${name}${version ? ` ${version}` : ''} (${target})${fixed ? `; fixed in ${fixed}` : ''}`,
    key: `${target}#${name}@${version ?? ''}#${id}`,
    remediation: fixed
      ? `Rebuild the image with a fixed ${name} (${fixed}).`
      : `No fixed version of ${name} is known; rebuild on a base image without it.`,
    references: url ? [url] : [],
    advisories: [id],
    pkg: { name, ...(version ? { version } : {}), ...(fixed ? { fixedVersion: fixed } : {}) },
  }
}

/**
 * The matched text (`Match`, and the file lines trivy copies into `Code`) is never read: only the
 * rule and where it was found. A secret's fingerprint therefore hashes no part of its value, so
 * there is nothing to key; and the image's files are not the workspace's, so there is nothing to
 * read back and mask either.
 */
function secretFailure(s: Json, target: string): Failure {
  const rule = str(s.RuleID) ?? 'secret'
  const line = typeof s.StartLine === 'number' ? s.StartLine : undefined
  return {
    check: rule,
    title: str(s.Title) ?? rule,
    detail: `A secret (${rule}) is stored in ${target}${line ? ` at line ${line}` : ''}.`,
    key: `${target}#${line ?? ''}#${rule}`,
    remediation: 'Remove the secret from the image and rotate it.',
    references: [],
    advisories: [],
  }
}

const COMPLIANCE_KINDS = ['Misconfigurations', 'Vulnerabilities', 'Secrets'] as const
type ComplianceKind = (typeof COMPLIANCE_KINDS)[number]
const CONTROL_FIELDS = new Set(['ID', 'Name', 'Description', 'Severity'])

type ComplianceRole = 'report' | 'controls' | 'control' | 'results' | 'result' | 'findings'

interface OpenControl {
  readonly index: number
  readonly fields: Map<string, string | undefined>
  /** Findings made so far; after the first, the control's fields are fixed. */
  failures: number
  /** Occurrences of each fingerprint in this control (fingerprints name their control). */
  readonly seen: Map<string, number>
}

interface OpenComplianceResult {
  readonly where: string
  target: string | undefined
  emitted: boolean
}

/**
 * Push parser for a trivy compliance report of any size: feed its bytes in order with
 * {@link push}, then call {@link end}; each call returns the compliance findings completed so far,
 * in report order. Each trivy finding is cut out, parsed and reduced to what the finding keeps as
 * soon as its last byte is read (a secret to its rule, title and line: see secretFailure), so
 * memory holds one trivy finding, the controls (a spec has tens) and the fingerprints of the
 * current control — never the report.
 *
 * This relies on the order trivy writes (Go struct order): the spec's ID before its controls, a
 * control's ID, Name, Description and Severity before its results, a result's Target before its
 * findings. A report in another order fails with a message saying so, rather than get findings
 * that lack what comes later. Within a result, findings come in the order of the report.
 * Throws ScanFailedError for anything that is not such a report, however far it got.
 */
export class TrivyComplianceStreamParser {
  readonly #image: { readonly ref: string; readonly digest?: string }
  readonly #json: JsonWalker<ComplianceRole> = new JsonWalker<ComplianceRole>({
    visit: (frame, b) => this.#visit(frame, b),
    close: (frame) => this.#close(frame),
    invalid: complianceInvalid,
  })
  #object = false
  #sawControls = false
  readonly #header = new Map<string, string | undefined>()
  readonly #controls: ComplianceControl[] = []
  readonly #controlIds = new Set<string>()
  #control: OpenControl | undefined
  #result: OpenComplianceResult | undefined
  #out: Finding[] = []
  #ended = false

  constructor(image: { readonly ref: string; readonly digest?: string }) {
    this.#image = image
  }

  push(chunk: Uint8Array): Finding[] {
    this.#json.push(chunk)
    return this.#take()
  }

  end(): Finding[] {
    this.#json.end()
    if (!this.#json.started) complianceInvalid('it is empty')
    if (!this.#json.complete) {
      complianceInvalid(`it ends at byte ${this.#json.offset} before the JSON document is complete`)
    }
    if (!this.#object || !this.#sawControls) throw new ScanFailedError(NOT_COMPLIANCE)
    if (this.#controls.length === 0) {
      throw new ScanFailedError(
        `trivy's compliance report for ${this.#header.get('ID')!} lists no controls`,
      )
    }
    this.#ended = true
    return this.#take()
  }

  /** The spec, its controls with their status, the pass rate and notices; after {@link end}. */
  get summary(): TrivyComplianceSummary {
    if (!this.#ended) throw new Error('the compliance report has not been read to its end')
    const specId = this.#header.get('ID')!
    const controls = this.#controls
    const count = (s: ControlStatus) => controls.filter((c) => c.status === s).length
    const pass = count('pass')
    const fail = count('fail')
    const manual = controls.filter((c) => c.status === 'manual')
    const title = this.#header.get('Title')
    const notices = [
      `${title ?? specId}: ${controls.length} controls — pass ${pass}, fail ${fail}, manual ${manual.length}.`,
    ]
    if (manual.length > 0) {
      notices.push(
        `${manual.length} control(s) have no automated check and need a manual review: ${manual.map((c) => `${c.id} ${c.name.replace(/\s*\(manual\)\s*$/i, '')}`).join('; ')}.`,
      )
    }
    const version = this.#header.get('Version')
    return {
      spec: { id: specId, ...(title ? { title } : {}), ...(version ? { version } : {}) },
      controls: [...controls],
      notices,
      passRate: pass + fail > 0 ? pass / (pass + fail) : undefined,
    }
  }

  #take(): Finding[] {
    const out = this.#out
    this.#out = []
    return out
  }

  #visit(frame: WalkFrame<ComplianceRole> | undefined, b: number): Visit<ComplianceRole> {
    const isArray = b === 0x5b
    const isObject = b === 0x7b
    if (frame === undefined) {
      // Anything but an object is skipped and then refused at the end.
      this.#object = isObject
      return isObject ? 'report' : undefined
    }
    const key = frame.key
    switch (frame.role) {
      case 'report':
        if (key === 'Results') {
          if (!isArray) return undefined
          if (this.#header.get('ID') === undefined) throw new ScanFailedError(NOT_COMPLIANCE)
          this.#sawControls = true
          return 'controls'
        }
        if (key === 'ID' || key === 'Title' || key === 'Version') {
          return (raw) => this.#header.set(key, textOf(raw))
        }
        return undefined
      case 'controls':
        if (!isObject) notListOfObjects('Results')
        this.#control = { index: frame.index, fields: new Map(), failures: 0, seen: new Map() }
        return 'control'
      case 'control': {
        const c = this.#control!
        if (key === 'Results') {
          if (isArray) {
            this.#controlId(c)
            return 'results'
          }
          return (raw) => {
            if (raw !== 'null') notListOfObjects(`control ${this.#controlId(c)}`)
          }
        }
        if (key !== undefined && CONTROL_FIELDS.has(key)) {
          return (raw) => {
            if (c.failures > 0) {
              throw new ScanFailedError(
                `trivy's compliance report is not in the order trivy writes: control ${this.#controlId(c)} states its ${key} after its findings`,
              )
            }
            c.fields.set(key, textOf(raw))
          }
        }
        return undefined
      }
      case 'results': {
        const c = this.#control!
        if (!isObject) notListOfObjects(`control ${this.#controlId(c)}`)
        this.#result = {
          where: `control ${this.#controlId(c)} result ${frame.index + 1}`,
          target: undefined,
          emitted: false,
        }
        return 'result'
      }
      case 'result': {
        const r = this.#result!
        if (key === 'Target') {
          return (raw) => {
            if (r.emitted) {
              throw new ScanFailedError(
                `trivy's compliance report is not in the order trivy writes: ${r.where} states its Target after its findings`,
              )
            }
            r.target = textOf(raw)
          }
        }
        if (key !== undefined && (COMPLIANCE_KINDS as readonly string[]).includes(key)) {
          const kind = key as ComplianceKind
          if (isArray) {
            this.#kind = kind
            return 'findings'
          }
          return (raw) => {
            if (raw !== 'null') notListOfObjects(`${r.where}.${kind}`)
          }
        }
        return undefined
      }
      case 'findings': {
        const r = this.#result!
        const kind = this.#kind
        if (!isObject) notListOfObjects(`${r.where}.${kind}`)
        return (raw) => this.#finding(kind, raw)
      }
    }
  }

  /** The finding list being walked (the member of its result that holds it). */
  #kind: ComplianceKind = 'Misconfigurations'

  #close(frame: WalkFrame<ComplianceRole>): void {
    if (frame.role === 'result') this.#result = undefined
    else if (frame.role === 'control') this.#closeControl()
  }

  /** A control's ID; one with none is not a control (findings could not name it). */
  #controlId(c: OpenControl): string {
    const id = c.fields.get('ID')
    if (id === undefined) {
      throw new ScanFailedError(
        `trivy's compliance report is not valid: control ${c.index + 1} has no ID`,
      )
    }
    return id
  }

  #closeControl(): void {
    const c = this.#control!
    this.#control = undefined
    const id = this.#controlId(c)
    // Fingerprints are told apart within a control only, so two controls of one ID would collide.
    if (this.#controlIds.has(id)) {
      throw new ScanFailedError(
        `trivy's compliance report is not valid: it lists control ${id} twice`,
      )
    }
    this.#controlIds.add(id)
    const name = c.fields.get('Name') ?? id
    const manual = /\(manual\)\s*$/i.test(name)
    this.#controls.push({
      id,
      name,
      severity: c.fields.get('Severity') ?? 'UNKNOWN',
      status: c.failures > 0 ? 'fail' : manual ? 'manual' : 'pass',
    })
  }

  #finding(kind: ComplianceKind, raw: string): void {
    const c = this.#control!
    const r = this.#result!
    let item: Json
    try {
      item = JSON.parse(raw) as Json
    } catch {
      return complianceInvalid(`a broken entry in ${r.where}.${kind}`)
    }
    const target = r.target ?? '(image)'
    const f =
      kind === 'Misconfigurations'
        ? misconfigurationFailure(item, target, r.where)
        : kind === 'Vulnerabilities'
          ? vulnerabilityFailure(item, target)
          : secretFailure(item, target)
    if (f === undefined) return
    c.failures++
    r.emitted = true
    const id = this.#controlId(c)
    const name = c.fields.get('Name') ?? id
    const severity = c.fields.get('Severity') ?? 'UNKNOWN'
    const ruleId = `${this.#header.get('ID')!}/${id}`
    const imageKey = this.#image.digest ?? this.#image.ref
    let fingerprint = ruleFingerprint(`${ruleId}:${f.check}`, `${imageKey}#${f.key}`)
    const n = c.seen.get(fingerprint) ?? 0
    c.seen.set(fingerprint, n + 1)
    if (n > 0) fingerprint = ruleFingerprint(`${ruleId}:${f.check}`, `${imageKey}#${f.key}#${n}`)
    const description = [c.fields.get('Description'), `${f.check} ${f.title}`, f.detail]
      .filter(Boolean)
      .join('\n\n')
    this.#out.push({
      fingerprint,
      category: 'compliance',
      ruleId,
      title: `${name} (${f.check})`,
      description,
      severity: normalizeSeverity(severity),
      scannerSeverity: severity,
      image: {
        ref: this.#image.ref,
        ...(this.#image.digest ? { digest: this.#image.digest } : {}),
      },
      ...(f.pkg ? { package: f.pkg } : {}),
      ...(f.advisories.length > 0 ? { advisories: f.advisories } : {}),
      ...(f.references.length > 0 ? { references: f.references, helpUri: f.references[0]! } : {}),
      ...(f.remediation ? { remediation: f.remediation } : {}),
    })
  }
}

/**
 * Reads a trivy compliance report file of any size (see {@link TrivyComplianceStreamParser}).
 * `onFindings` receives the findings as they are made (to hand on or count without keeping them);
 * without it, every finding is collected and returned.
 */
export async function parseTrivyComplianceFile(
  path: string,
  image: { readonly ref: string; readonly digest?: string },
  options: { readonly onFindings?: (findings: Finding[]) => void } = {},
): Promise<TrivyComplianceResult> {
  const parser = new TrivyComplianceStreamParser(image)
  const findings: Finding[] = []
  const take = (found: Finding[]): void => {
    if (found.length === 0) return
    if (options.onFindings) options.onFindings(found)
    else for (const f of found) findings.push(f)
  }
  for await (const chunk of readChunks(path)) take(parser.push(chunk))
  take(parser.end())
  return { ...parser.summary, findings }
}
