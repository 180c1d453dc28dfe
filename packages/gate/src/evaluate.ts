import {
  IMPORT_ACTION,
  emptySeverityCounts,
  type Finding,
  type FindingsReport,
  type ScanScope,
  type SeverityCounts,
  type Suppression,
} from '@portcullis/core'
import type { FindingOccurrence, MergedFinding } from './dedupe.js'
import type { InputChange } from './trusted.js'
import type { LoadProblems, LoadResult, LoadedReport, ReportSink } from './load.js'
import { evaluateMatrix, type MatrixResult, type SystemLevel } from './matrix.js'
import { DEFAULT_POLICY, type GatePolicy, type RepoSuppressions } from './policy.js'
import { REASON_CODES, type GateReason } from './reasons.js'
import { computeScore, type ScoreResult } from './score.js'
import {
  SCAN_ACTIONS,
  SIGNATURE_VERIFY_NOTICE,
  importedKinds,
  scanAction,
  type ScanKind,
  type Stage,
} from './stages.js'
import { FindingTally, waivable } from './tally.js'
import { EMPTY_WAIVERS, daysLeft, waiverFields, type Waiver, type WaiverSet } from './waivers.js'

export { GATE_MODES, type GateMode } from './stages.js'
import type { GateMode } from './stages.js'
export type Verdict = 'pass' | 'fail'

/** Everything the verdict depends on besides the reports themselves. */
export interface GateOptions {
  readonly systemLevel: SystemLevel
  readonly stage: Stage
  readonly policy?: GatePolicy
  readonly waivers?: WaiverSet
  /** Overrides the policy's threshold when given. */
  readonly riskThreshold?: number
  /** false: report only; the verdict is still computed and shown. Default true. */
  readonly fail?: boolean
  readonly mode?: GateMode
  /** The commit being gated; every report must be for it. When absent, the reports must agree on one. */
  readonly commitSha?: string
  /** The image being promoted (digest `sha256:…` or reference); default: the images scan-image scanned. */
  readonly image?: string
  readonly now: Date
  /**
   * Mode `new`: the commits a baseline report may be for (the base and the merge base). Absent or
   * empty: no base commit is known, so no baseline can be trusted.
   */
  readonly baselineCommits?: readonly string[]
  /** How many findings the summary lists. Default 10. */
  readonly topFindings?: number
}

export type FindingStatus = 'counted' | 'waived' | 'baseline' | 'suppressed'

/** A finding's suppression as the gate sees it, over every engine that reported it. */
export interface GateSuppression {
  /** Whether the repository controls it (ignore file, inline marker, VEX file of the repository). */
  readonly repo: boolean
  /** What suppressed it: the `suppression.source` labels (file without line, or marker), else the kind. */
  readonly by: readonly string[]
}

export interface GateFinding extends MergedFinding {
  /**
   * counted: in the verdict; waived: matched an active waiver; baseline: already on the base branch;
   * suppressed: a suppression the policy honours (see `repo-suppressions`).
   */
  readonly status: FindingStatus
  /** The waiver that matched, when waived. */
  readonly waiver?: string
  /** Set when every engine that reported it marked it suppressed. */
  readonly suppression?: GateSuppression
}

/** Suppressed findings by what suppressed them, for the summary. */
export interface SuppressedSummary {
  readonly total: number
  /** How many of them the repository controls. */
  readonly repo: number
  readonly policy: RepoSuppressions
  /** Count per source label, most first. */
  readonly by: readonly { readonly source: string; readonly count: number }[]
}

export interface ScannerRow {
  readonly file: string
  readonly action: string
  readonly scanner: string
  readonly version: string
  readonly target: string
  readonly status: FindingsReport['status']
  readonly reason?: string
  readonly findings: number
  readonly bySeverity: SeverityCounts
}

export interface RequiredScan {
  readonly kind: ScanKind
  readonly action: string
  /** Report files of this scan. */
  readonly files: readonly string[]
  /**
   * What those reports say they covered ("3 commits (…)", "working tree, 214 files"), when they
   * say: a secrets scan of a pull request's commits is not a scan of the repository's tree.
   */
  readonly scopes?: readonly ScanScope[]
}

export interface WaiverUse {
  readonly waiver: Waiver
  readonly findings: number
}

export interface GateWaivers {
  readonly used: readonly WaiverUse[]
  /** Active waivers that matched nothing (candidates for removal). */
  readonly unused: readonly Waiver[]
  readonly expiring: readonly { readonly waiver: Waiver; readonly daysLeft: number }[]
  /** No longer applied; `findings` is how many findings they would have covered (now counted). */
  readonly expired: readonly WaiverUse[]
}

export interface GateResult {
  readonly verdict: Verdict
  /** Whether the step should fail: verdict `fail` and the gate is not report-only. */
  readonly failStep: boolean
  readonly fail: boolean
  readonly stage: Stage
  readonly systemLevel: SystemLevel
  readonly mode: GateMode
  readonly commitSha?: string
  /** Counted findings by severity, after deduplication, baseline and waivers. */
  readonly counts: SeverityCounts
  readonly matrix: MatrixResult
  readonly score: ScoreResult
  readonly reasons: readonly GateReason[]
  readonly requiredScans: readonly RequiredScan[]
  readonly scanners: readonly ScannerRow[]
  /**
   * Findings after deduplication, most severe first, with their status: the first
   * LISTED_FINDINGS of them, and besides those the top counted ones and the first waived ones the
   * summary lists. statusCounts counts them all.
   */
  readonly findings: readonly GateFinding[]
  /** How many findings (after deduplication) have each status. */
  readonly statusCounts: Readonly<Record<FindingStatus, number>>
  readonly topFindings: readonly GateFinding[]
  readonly waivers: GateWaivers
  readonly baseline?: { readonly reports: number; readonly existing: number }
  readonly suppressed: SuppressedSummary
  /** Gate input files the change under review edits (set by runGate on a change under review). */
  readonly inputChanges?: readonly InputChange[]
  readonly notices: readonly string[]
}

// Runner clocks drift a little; a report dated further ahead than this was not made by this run.
const CLOCK_SKEW_MS = 10 * 60 * 1000

function describeTarget(report: FindingsReport): string {
  const t = report.target
  const target = t.digest ? `${t.kind} ${t.name}@${t.digest}` : `${t.kind} ${t.name}`
  const scopes = report.scopes?.map((s) => s.description).join('; ')
  return scopes ? `${target}: ${scopes}` : target
}

function scanKey(report: FindingsReport): string {
  const t = report.target
  // sign-image writes a report when it signs and another when it verifies; they answer different
  // questions about the same digest and never contradict each other.
  const mode =
    report.action === 'sign-image'
      ? String(report.notices?.includes(SIGNATURE_VERIFY_NOTICE) ?? false)
      : ''
  return [report.action, report.scanner.name, t.kind, t.name, t.digest ?? '', mode].join('\u0000')
}

/** Whether two complete reports hold the same findings (fingerprint and severity, as sets). */
function sameFindings(a: ReadReport, b: ReadReport, tally: FindingTally): boolean {
  const set = (r: ReadReport): string[] => {
    const [first, end] = r.occurrences ?? [0, 0]
    const out = new Set<string>()
    for (let i = first; i < end; i++) out.add(`${tally.fingerprint(i)}\u0000${tally.severity(i)}`)
    return [...out].sort()
  }
  const fa = set(a)
  const fb = set(b)
  return fa.length === fb.length && fa.every((v, i) => v === fb[i])
}

function checkReports(
  reports: readonly ReadReport[],
  options: GateOptions,
  policy: GatePolicy,
  tally: FindingTally,
): { reasons: GateReason[]; notices: string[]; commitSha?: string } {
  const reasons: GateReason[] = []
  const notices: string[] = []

  for (const { file, report } of reports) {
    if (report.status === 'failed') {
      reasons.push({
        code: REASON_CODES.scanFailed,
        message: `${report.action} (${report.scanner.name}) failed in ${file}: ${report.reason ?? 'no reason given'}`,
      })
    }
  }

  let commitSha = options.commitSha
  if (commitSha !== undefined) {
    for (const { file, report } of reports) {
      if (report.commitSha !== commitSha) {
        reasons.push({
          code: REASON_CODES.commitMismatch,
          message: `${file} is for commit ${report.commitSha}, not the gated commit ${commitSha}`,
        })
      }
    }
  } else {
    const commits = [...new Set(reports.map((r) => r.report.commitSha))]
    if (commits.length === 1) {
      commitSha = commits[0]
      notices.push(`No commit was given; gating commit ${commitSha}, the one every report names.`)
    } else if (commits.length > 1) {
      const list = commits
        .map(
          (c) =>
            `${c} (${reports
              .filter((r) => r.report.commitSha === c)
              .map((r) => r.file)
              .join(', ')})`,
        )
        .join('; ')
      reasons.push({
        code: REASON_CODES.commitMismatch,
        message: `the reports are for different commits and no commit was given to gate: ${list}`,
      })
    }
  }

  const now = options.now.getTime()
  const maxAgeMs = policy.maxReportAgeHours * 60 * 60 * 1000
  for (const { file, report } of reports) {
    const finished = Date.parse(report.finishedAt)
    if (Number.isNaN(finished) || Number.isNaN(Date.parse(report.startedAt))) {
      // parseReport refuses these; a report built in memory gets the same answer.
      reasons.push({
        code: REASON_CODES.invalidReport,
        message: `${file} has a date that cannot be compared (startedAt ${report.startedAt}, finishedAt ${report.finishedAt}); its age is unknown`,
      })
    } else if (now - finished > maxAgeMs) {
      const hours = Math.floor((now - finished) / 3_600_000)
      reasons.push({
        code: REASON_CODES.staleReport,
        message: `${file} finished ${report.finishedAt}, ${hours} hours ago; reports older than ${policy.maxReportAgeHours} hours are not trusted`,
      })
    } else if (finished - now > CLOCK_SKEW_MS) {
      reasons.push({
        code: REASON_CODES.staleReport,
        message: `${file} is dated ${report.finishedAt}, in the future (now ${options.now.toISOString()})`,
      })
    }
  }

  if (policy.matrix[options.systemLevel].requireVerifiedTools) {
    for (const { file, report } of reports) {
      const why = unverifiedTool(report, policy)
      if (why !== undefined) {
        reasons.push({
          code: REASON_CODES.unverifiedTool,
          message: `${file}: ${why}; system level ${options.systemLevel} requires verified scanner binaries (a manifest build, or a digest the policy lists under verified-tools)`,
        })
      }
    }
  }

  const groups = new Map<string, ReadReport[]>()
  for (const loaded of reports) {
    if (loaded.report.status !== 'complete') continue
    const key = scanKey(loaded.report)
    const group = groups.get(key)
    if (group) group.push(loaded)
    else groups.set(key, [loaded])
  }
  for (const group of groups.values()) {
    const [first, ...rest] = group
    if (!first) continue
    for (const other of rest) {
      if (!sameFindings(first, other, tally)) {
        const r = first.report
        reasons.push({
          code: REASON_CODES.contradictingReports,
          message: `${first.file} (${first.findings} findings) and ${other.file} (${other.findings} findings) are both ${r.action} by ${r.scanner.name} of ${describeTarget(r)} but disagree; neither can be trusted over the other`,
        })
      }
    }
  }
  return { reasons, notices, ...(commitSha !== undefined ? { commitSha } : {}) }
}

function sameImage(a: FindingsReport['target'], image: string): boolean {
  return a.digest === image || a.name === image || `${a.name}@${a.digest ?? ''}` === image
}

function checkStage(
  reports: readonly ReadReport[],
  options: GateOptions,
  policy: GatePolicy,
): { reasons: GateReason[]; requiredScans: RequiredScan[] } {
  const reasons: GateReason[] = []
  const required = policy.stages[options.stage]
  const requiredScans = required.map((kind): RequiredScan => {
    const action = scanAction(kind)
    const matching = reports.filter((r) =>
      r.report.action === IMPORT_ACTION
        ? importedKinds(r.report, policy.imports).includes(kind)
        : r.report.action === action,
    )
    const files = matching.map((r) => r.file)
    const scopes = matching.flatMap((r) => r.report.scopes ?? [])
    if (files.length === 0) {
      const what =
        action !== undefined
          ? `${action} report`
          : `an import the policy maps to ${kind}, e.g. a CodeQL SARIF or semgrep JSON`
      reasons.push({
        code: REASON_CODES.missingScan,
        message: `stage '${options.stage}' requires the ${kind} scan (${what}) and none was found`,
      })
    }
    return {
      kind,
      action: action ?? IMPORT_ACTION,
      files,
      ...(scopes.length > 0 ? { scopes } : {}),
    }
  })

  const signs = reports.filter(
    (r) => r.report.action === SCAN_ACTIONS.signature && r.report.status === 'complete',
  )
  if (!required.includes('signature') || signs.length === 0) return { reasons, requiredScans }

  const withFinding = signs.filter((s) => s.signatures.length > 0)
  for (const s of withFinding) {
    const titles = s.signatures.map((f) => f.title)
    reasons.push({
      code: REASON_CODES.signatureNotVerified,
      message: `${s.file} reports a signature problem for ${describeTarget(s.report)}: ${titles.join('; ')}`,
    })
  }
  if (options.stage !== 'final') return { reasons, requiredScans }

  const verified = signs.filter(
    (s) =>
      s.report.notices?.includes(SIGNATURE_VERIFY_NOTICE) === true && s.signatures.length === 0,
  )
  const promoted =
    options.image !== undefined
      ? [options.image]
      : [
          ...new Set(
            reports
              .filter(
                (r) => r.report.action === SCAN_ACTIONS.image && r.report.status === 'complete',
              )
              .map((r) => r.report.target.digest ?? r.report.target.name),
          ),
        ]
  if (promoted.length === 0) {
    if (verified.length === 0) {
      reasons.push({
        code: REASON_CODES.signatureNotVerified,
        message: `stage 'final' needs a signature verification (a sign-image report in verify mode) and ${signs.map((s) => s.file).join(', ')} only signed`,
      })
    }
    return { reasons, requiredScans }
  }
  for (const image of promoted) {
    if (verified.some((s) => sameImage(s.report.target, image))) continue
    const signedOnly = signs.filter(
      (s) =>
        sameImage(s.report.target, image) && !s.report.notices?.includes(SIGNATURE_VERIFY_NOTICE),
    )
    const why =
      signedOnly.length > 0
        ? `${signedOnly.map((s) => s.file).join(', ')} signed it but no report verified the signature`
        : 'no sign-image report in verify mode names this image'
    reasons.push({
      code: REASON_CODES.signatureNotVerified,
      message: `stage 'final' promotes ${image} without a verified signature: ${why}`,
    })
  }
  return { reasons, requiredScans }
}

const DIGEST = /sha256:[0-9a-f]{64}/

/** The digest a report's image target names: its `digest`, else one in its reference. */
function targetDigest(target: FindingsReport['target']): string | undefined {
  return target.digest ?? DIGEST.exec(target.name)?.[0]
}

/**
 * Stage `final`: the image scanned, the image whose signature was verified and the image promoted
 * must be one digest. A clean scan of one image and a verified signature of another say nothing
 * about either.
 */
function checkImageIdentity(reports: readonly ReadReport[], options: GateOptions): GateReason[] {
  const reasons: GateReason[] = []
  const mismatch = (message: string) => reasons.push({ code: REASON_CODES.imageMismatch, message })
  const complete = reports.filter((r) => r.report.status === 'complete')
  const scans = complete.filter((r) => r.report.action === SCAN_ACTIONS.image)
  const verifications = complete.filter(
    (r) =>
      r.report.action === SCAN_ACTIONS.signature &&
      r.report.notices?.includes(SIGNATURE_VERIFY_NOTICE) === true,
  )
  for (const r of [...scans, ...verifications]) {
    if (targetDigest(r.report.target) === undefined) {
      mismatch(
        `${r.file} (${r.report.action}) names ${r.report.target.name} without a digest; stage 'final' needs every image report to name the digest it checked`,
      )
    }
  }
  let promoted: string | undefined
  if (options.image !== undefined) {
    promoted =
      DIGEST.exec(options.image)?.[0] ??
      scans.find((r) => r.report.target.name === options.image)?.report.target.digest
    if (promoted === undefined) {
      mismatch(
        `the promoted image ${options.image} names no digest and no image scan resolved it to one; promote by digest (repo@sha256:…)`,
      )
      return reasons
    }
  } else {
    const digests = [
      ...new Set(scans.map((r) => targetDigest(r.report.target)).filter((d) => d !== undefined)),
    ]
    if (digests.length > 1) {
      mismatch(
        `the image scans name ${digests.length} different digests (${digests.join(', ')}); set image to the one being promoted`,
      )
      return reasons
    }
    promoted = digests[0]
  }
  if (promoted === undefined) return reasons
  for (const r of scans) {
    const d = targetDigest(r.report.target)
    if (d !== undefined && d !== promoted) {
      mismatch(`${r.file} scanned ${d}, but the promoted image is ${promoted}`)
    }
  }
  for (const r of verifications) {
    const d = targetDigest(r.report.target)
    if (d !== undefined && d !== promoted) {
      mismatch(`${r.file} verified the signature of ${d}, but the promoted image is ${promoted}`)
    }
  }
  return reasons
}

function scannerRow({ file, report, findings, bySeverity }: ReadReport): ScannerRow {
  return {
    file,
    action: report.action,
    scanner: report.scanner.name,
    version: report.scanner.version,
    target: describeTarget(report),
    status: report.status,
    ...(report.reason !== undefined ? { reason: report.reason } : {}),
    findings,
    bySeverity,
  }
}

const KIND_LABELS: Readonly<Record<Suppression['kind'], string>> = {
  'in-source': 'inline marker',
  external: 'ignore file',
  'vendor-status': 'vendor status',
}

/** `.trivyignore:3` → `.trivyignore`: the summary counts by file or marker, not by line. */
function suppressionLabel(s: Suppression): string {
  const source = s.source?.trim()
  if (source === undefined || source === '') return KIND_LABELS[s.kind]
  return source.replace(/:\d+(?:[-:]\d+)?$/, '')
}

/**
 * A merged finding is suppressed only when every engine that reported it suppressed it. It is
 * repository-controlled when any of those suppressions is: an inline marker or an ignore file, or a
 * vendor statement that came from a file of the repository (its `source` is set); a vendor statement
 * of the vulnerability database is not.
 */
function gateSuppression(
  members: readonly number[],
  suppressions: ReadonlyMap<number, Suppression>,
): GateSuppression | undefined {
  const list: Suppression[] = []
  for (const m of members) {
    const s = suppressions.get(m)
    if (!s) return undefined
    list.push(s)
  }
  if (list.length === 0) return undefined
  return {
    repo: list.some((s) => s.kind !== 'vendor-status' || (s.source ?? '').trim() !== ''),
    by: [...new Set(list.map(suppressionLabel))],
  }
}

const HOUR_MS = 3_600_000

/** Why a baseline report cannot say what the base commit holds, or undefined when it can. */
function baselineDistrust(
  report: FindingsReport,
  options: GateOptions,
  policy: GatePolicy,
): string | undefined {
  const commits = options.baselineCommits ?? []
  if (commits.length === 0) {
    return `cannot be checked: no base commit is known (mode new needs a pull_request event, or the CLI's --base), so no baseline is trusted`
  }
  if (!commits.includes(report.commitSha)) {
    return `is for commit ${report.commitSha}, not the base commit ${commits.join(' or its merge base ')}; a baseline must be a scan of the base`
  }
  const finished = Date.parse(report.finishedAt)
  const age = options.now.getTime() - finished
  if (Number.isNaN(finished) || age > policy.baselineMaxAgeHours * HOUR_MS) {
    const days = Math.floor(age / (24 * HOUR_MS))
    return `finished ${report.finishedAt}${Number.isNaN(days) ? '' : `, ${days} day(s) ago`}; baselines older than baseline-max-age (${policy.baselineMaxAgeHours} hours) are not trusted`
  }
  if (-age > CLOCK_SKEW_MS) {
    return `is dated ${report.finishedAt}, in the future (now ${options.now.toISOString()})`
  }
  return undefined
}

/**
 * Waived findings the result lists (and the summary shows); the rest are counted in one line (the
 * job summary is capped at 1 MiB).
 */
export const MAX_WAIVED_ROWS = 50

/**
 * The findings `GateResult.findings` lists, in the summary's order: this many of every status,
 * and besides them the top counted ones and the first MAX_WAIVED_ROWS waived ones.
 */
export const LISTED_FINDINGS = 1000

/** Findings the evaluation keeps whole while reading, so the listed ones rarely need a second read. */
const KEPT_FINDINGS = 4 * LISTED_FINDINGS

/** A report's findings by index, read again for the few the summary shows that were not kept whole. */
export type ReportRereader = (indexes: ReadonlySet<number>) => ReadonlyMap<number, Finding>

/** One report's findings as they arrive, staged in the tally, with its counts. */
class PendingFindings {
  count = 0
  readonly bySeverity: SeverityCounts = emptySeverityCounts()
  /** Its signature findings, which the stage checks read. */
  readonly signatures: Finding[] = []
  constructor(private readonly tally: FindingTally) {}
  add(finding: Finding): void {
    this.tally.stage(finding)
    this.count++
    this.bySeverity[finding.severity] += 1
    if (finding.category === 'signature') this.signatures.push(finding)
  }
}

/** A report as the evaluation holds it: everything but its findings, which it only counts. */
interface ReadReport extends LoadedReport {
  /** How many findings the report has; `report.findings` is empty (the tally holds them). */
  readonly findings: number
  /** Its signature findings, which the stage checks read. */
  readonly signatures: readonly Finding[]
  readonly bySeverity: SeverityCounts
  /** Its occurrences in the tally (complete scan reports), first and past the last. */
  readonly occurrences?: readonly [number, number]
  readonly reread: ReportRereader
}

interface BaselineReport {
  readonly file: string
  readonly report: FindingsReport
  readonly fingerprints: readonly string[]
}

interface BaselineState {
  readonly problems: GateReason[]
  readonly notices: string[]
  readonly reports: BaselineReport[]
}

/**
 * The gate over reports handed to it one at a time: it keeps each report's header and counts, and
 * of each finding only what the tally needs (see FindingTally), so its memory grows with the number
 * of findings by a few dozen bytes each, never with their size. `finish` gives the same result as
 * holding every report and finding would.
 */
export class GateEvaluation {
  readonly #options: GateOptions
  readonly #policy: GatePolicy
  readonly #waivers: WaiverSet
  readonly #mode: GateMode
  readonly #reports: ReadReport[] = []
  readonly #problems: GateReason[] = []
  readonly #notices: string[] = []
  readonly #tally: FindingTally
  #baseline?: BaselineState

  constructor(options: GateOptions) {
    this.#options = options
    this.#policy = options.policy ?? DEFAULT_POLICY
    this.#waivers = options.waivers ?? EMPTY_WAIVERS
    this.#mode = options.mode ?? 'all'
    this.#tally = new FindingTally(
      [...this.#waivers.active, ...this.#waivers.expired],
      KEPT_FINDINGS,
    )
    if (this.#mode === 'new') this.#baseline = { problems: [], notices: [], reports: [] }
  }

  /** The commits the reports read so far are for, each once. */
  commits(): string[] {
    return [...new Set(this.#reports.map((r) => r.report.commitSha))]
  }

  /** What reading the findings reports found besides the reports (in the order it was read). */
  addProblems(load: LoadProblems): void {
    this.#problems.push(...load.problems)
    this.#notices.push(...load.notices)
  }

  /** One findings report held whole: handed to the findings sink, re-read from memory. */
  addReport({ file, report }: LoadedReport): void {
    const sink = this.findingsSink(() => (indexes) => {
      const found = new Map<number, Finding>()
      for (const i of indexes) {
        const f = report.findings[i]
        if (f) found.set(i, f)
      }
      return found
    })
    for (const f of report.findings) sink.finding(f)
    sink.report({ file, report }, file)
  }

  /**
   * Where readReports hands the findings reports: findings arrive one at a time and are staged in
   * the tally until their report is known to be valid; `reread` reads a file's findings again.
   */
  findingsSink(
    reread: (path: string, file: string) => ReportRereader,
  ): Required<Pick<ReportSink, 'report' | 'finding' | 'discard'>> {
    let pending = new PendingFindings(this.#tally)
    return {
      finding: (f) => pending.add(f),
      discard: () => {
        this.#tally.discard()
        pending = new PendingFindings(this.#tally)
      },
      report: (loaded, path) => {
        this.#add(loaded, pending, reread(path, loaded.file))
        pending = new PendingFindings(this.#tally)
      },
    }
  }

  #add({ file, report }: LoadedReport, pending: PendingFindings, reread: ReportRereader): void {
    let occurrences: readonly [number, number] | undefined
    if (report.status === 'complete' && report.action !== 'quality-gate') {
      occurrences = this.#tally.commit(this.#reports.length)
    } else this.#tally.discard()
    this.#reports.push({
      file,
      report: { ...report, findings: [] },
      findings: pending.count,
      signatures: pending.signatures,
      bySeverity: pending.bySeverity,
      ...(occurrences ? { occurrences } : {}),
      reread,
    })
  }

  /** What reading the baseline reports found besides the reports (mode `new`). */
  addBaselineProblems(load: LoadProblems): void {
    const baseline = this.#requireBaseline()
    baseline.problems.push(...load.problems)
    baseline.notices.push(...load.notices)
  }

  /** One baseline report (mode `new`) held whole: handed to the baseline sink. */
  addBaselineReport({ file, report }: LoadedReport): void {
    const sink = this.baselineSink()
    for (const f of report.findings) sink.finding(f)
    sink.report({ file, report }, file)
  }

  /** Where readReports hands the baseline reports (mode `new`): only fingerprints are kept. */
  baselineSink(): Required<Pick<ReportSink, 'report' | 'finding' | 'discard'>> {
    const baseline = this.#requireBaseline()
    let fingerprints: string[] = []
    return {
      finding: (f) => fingerprints.push(f.fingerprint),
      discard: () => {
        fingerprints = []
      },
      report: ({ file, report }) => {
        baseline.reports.push({ file, report: { ...report, findings: [] }, fingerprints })
        fingerprints = []
      },
    }
  }

  #requireBaseline(): BaselineState {
    if (!this.#baseline) throw new TypeError("baseline reports are read in mode 'new' only")
    return this.#baseline
  }

  /**
   * The verdict. Load problems, failed scans, missing scans, other commits, stale or contradicting
   * reports each add a reason, and any reason fails it; findings are deduplicated, baseline findings
   * (mode `new`) and waived ones set aside, and the rest held against the matrix and the score.
   */
  finish(): GateResult {
    const options = this.#options
    const policy = this.#policy
    const waivers = this.#waivers
    const mode = this.#mode
    const tally = this.#tally
    const fail = options.fail ?? true
    const notices = [...this.#notices]

    const reports = this.#reports.filter((r) => r.report.action !== 'quality-gate')
    for (const r of this.#reports) {
      if (r.report.action === 'quality-gate')
        notices.push(`${r.file} is a quality-gate report; not read as a scan`)
    }

    const reasons: GateReason[] = [...this.#problems]
    const checked = checkReports(reports, options, policy, tally)
    reasons.push(...checked.reasons)
    notices.push(...checked.notices)
    const stage = checkStage(reports, options, policy)
    reasons.push(...stage.reasons)
    if (options.stage === 'final') reasons.push(...checkImageIdentity(reports, options))

    const known = new Set<string>()
    if (this.#baseline) {
      const baseline = this.#baseline
      notices.push(...baseline.notices)
      for (const p of baseline.problems) {
        reasons.push({ code: p.code, message: `baseline: ${p.message}` })
      }
      for (const { file, report, fingerprints } of baseline.reports) {
        if (report.status !== 'complete') {
          notices.push(
            `baseline ${file} is a failed scan; its findings cannot be recognised as existing`,
          )
          continue
        }
        const distrust = baselineDistrust(report, options, policy)
        if (distrust !== undefined) {
          reasons.push({
            code: REASON_CODES.untrustedBaseline,
            message: `baseline ${file} ${distrust}`,
          })
          continue
        }
        for (const fp of fingerprints) known.add(fp)
      }
    }

    const groups = tally.groups()
    const active = waivers.active.length
    const required = [...waivers.active, ...waivers.expired].map(waiverFields)
    const matches = (members: readonly number[], w: number): boolean =>
      (tally.waiverBits(w, members) & required[w]!) === required[w]
    const status = new Uint8Array(groups.count)
    const waiverOf = new Int32Array(groups.count).fill(-1)
    const suppressionOf = new Map<number, GateSuppression>()
    const statusCounts: Record<FindingStatus, number> = {
      counted: 0,
      waived: 0,
      baseline: 0,
      suppressed: 0,
    }
    const counts: SeverityCounts = emptySeverityCounts()
    const waivedByLabel = new Map<string, number>()
    const expiredCounts = waivers.expired.map(() => 0)
    const suppressedBy = new Map<string, number>()
    let suppressedTotal = 0
    let suppressedRepo = 0
    for (let gi = 0; gi < groups.count; gi++) {
      const members = groups.members(gi)
      let st: FindingStatus
      if (mode === 'new' && members.some((m) => known.has(tally.fingerprint(m)))) {
        st = 'baseline'
      } else {
        const suppression = gateSuppression(members, tally.suppressions)
        if (suppression) {
          suppressionOf.set(gi, suppression)
          suppressedTotal++
          if (suppression.repo) suppressedRepo++
          for (const label of suppression.by) {
            suppressedBy.set(label, (suppressedBy.get(label) ?? 0) + 1)
          }
        }
        let waiver = -1
        if (suppression && (!suppression.repo || policy.repoSuppressions === 'honour')) {
          st = 'suppressed'
        } else {
          for (let w = 0; w < active && waiver < 0; w++) if (matches(members, w)) waiver = w
          st = waiver >= 0 ? 'waived' : 'counted'
        }
        if (waiver >= 0) {
          waiverOf[gi] = waiver
          const label = waivers.active[waiver]!.label
          waivedByLabel.set(label, (waivedByLabel.get(label) ?? 0) + 1)
        }
        for (let e = 0; e < expiredCounts.length; e++) {
          if (matches(members, active + e)) expiredCounts[e]! += 1
        }
      }
      status[gi] = STATUS_CODES.indexOf(st)
      statusCounts[st] += 1
      if (st === 'counted') counts[tally.severity(groups.shown(gi))] += 1
    }

    const suppressed: SuppressedSummary = {
      total: suppressedTotal,
      repo: suppressedRepo,
      policy: policy.repoSuppressions,
      by: [...suppressedBy]
        .map(([source, count]) => ({ source, count }))
        .sort((a, b) => b.count - a.count || (a.source < b.source ? -1 : 1)),
    }
    if (policy.repoSuppressions === 'fail' && suppressed.repo > 0) {
      reasons.push({
        code: REASON_CODES.repoSuppression,
        message: `the repository suppresses ${suppressed.repo} finding(s) itself (${suppressed.by.map((b) => `${b.source}: ${b.count}`).join(', ')}); the policy (repo-suppressions: fail) allows none — remove the suppressions and waive what must stay in the waivers file`,
      })
    }

    // Which findings are listed: the first of every status, the top counted, the first waived.
    const top = options.topFindings ?? 10
    const order = tally.order(groups)
    const listed: number[] = []
    let countedSeen = 0
    let waivedSeen = 0
    for (let k = 0; k < order.length; k++) {
      const gi = order[k]!
      const st = STATUS_CODES[status[gi]!]
      const take =
        k < LISTED_FINDINGS ||
        (st === 'counted' && countedSeen < top) ||
        (st === 'waived' && waivedSeen < MAX_WAIVED_ROWS)
      if (st === 'counted') countedSeen++
      if (st === 'waived') waivedSeen++
      if (take) listed.push(gi)
      else if (countedSeen >= top && waivedSeen >= MAX_WAIVED_ROWS) break
    }
    const findings = this.#materialise(
      listed.map((gi) => ({ members: groups.members(gi), shown: groups.shown(gi) })),
      (i) => {
        const gi = listed[i]!
        const waiver = waiverOf[gi]!
        const suppression = suppressionOf.get(gi)
        return {
          status: STATUS_CODES[status[gi]!]!,
          ...(waiver >= 0 ? { waiver: waivers.active[waiver]!.label } : {}),
          ...(suppression ? { suppression } : {}),
        }
      },
    )

    const matrix = evaluateMatrix(policy.matrix, options.systemLevel, counts)
    const score = computeScore(
      counts,
      policy.weights,
      options.riskThreshold ?? policy.riskThreshold,
    )
    for (const row of matrix.rows) {
      if (!row.ok) {
        reasons.push({
          code: REASON_CODES.matrixExceeded,
          message: `${row.found} ${row.severity} finding${row.found === 1 ? '' : 's'}; system level ${options.systemLevel} allows ${row.allowed}`,
        })
      }
    }
    if (!score.passed) {
      reasons.push({
        code: REASON_CODES.scoreBelowThreshold,
        message: `risk score ${score.score} is below the threshold ${score.threshold}`,
      })
    }

    const used: WaiverUse[] = waivers.active
      .map((waiver) => ({ waiver, findings: waivedByLabel.get(waiver.label) ?? 0 }))
      .filter((u) => u.findings > 0)
    const unused = waivers.active.filter((w) => !used.some((u) => u.waiver === w))
    const expired: WaiverUse[] = waivers.expired.map((waiver, e) => ({
      waiver,
      findings: expiredCounts[e]!,
    }))
    const expiring = waivers.expiring.map((waiver) => ({
      waiver,
      daysLeft: daysLeft(waiver, options.now),
    }))

    const verdict: Verdict = reasons.length === 0 ? 'pass' : 'fail'
    const commitSha = checked.commitSha
    return {
      verdict,
      failStep: verdict === 'fail' && fail,
      fail,
      stage: options.stage,
      systemLevel: options.systemLevel,
      mode,
      ...(commitSha !== undefined ? { commitSha } : {}),
      counts,
      matrix,
      score,
      reasons,
      requiredScans: stage.requiredScans,
      scanners: this.#reports.map(scannerRow),
      findings,
      statusCounts,
      topFindings: findings.filter((f) => f.status === 'counted').slice(0, top),
      waivers: { used, unused, expiring, expired },
      ...(this.#baseline
        ? {
            baseline: {
              reports: this.#baseline.reports.length,
              existing: statusCounts.baseline,
            },
          }
        : {}),
      suppressed,
      notices,
    }
  }

  /**
   * The listed groups as GateFindings: their occurrences' findings from those kept whole, the
   * rest read again from their reports (each report once).
   */
  #materialise(
    groups: readonly { readonly members: readonly number[]; readonly shown: number }[],
    state: (i: number) => Pick<GateFinding, 'status' | 'waiver' | 'suppression'>,
  ): GateFinding[] {
    const tally = this.#tally
    const found = new Map<number, Finding>()
    const missing = new Map<number, number[]>()
    for (const g of groups) {
      for (const m of g.members) {
        const kept = tally.kept(m)
        if (kept) found.set(m, kept)
        else {
          const { report } = tally.ref(m)
          const list = missing.get(report)
          if (list) list.push(m)
          else missing.set(report, [m])
        }
      }
    }
    for (const [index, members] of missing) {
      const r = this.#reports[index]!
      const findings = r.reread(new Set(members.map((m) => tally.ref(m).index)))
      for (const m of members) {
        const f = findings.get(tally.ref(m).index)
        if (f === undefined || f.fingerprint !== tally.fingerprint(m)) {
          throw new Error(`${r.file} changed while the gate read it; run the gate again`)
        }
        found.set(m, f)
      }
    }
    const scanner = (report: number): string => this.#reports[report]!.report.scanner.name
    return groups.map((g, i): GateFinding => {
      const occurrences = g.members.map((m): FindingOccurrence => ({
        finding: found.get(m)!,
        sources: tally.sources(m, scanner),
        file: this.#reports[tally.ref(m).report]!.file,
      }))
      const shown = found.get(g.shown)!
      return {
        finding: shown,
        severity: shown.severity,
        sources: [...new Set(occurrences.flatMap((o) => o.sources))],
        occurrences,
        ...waivable(occurrences.map((o) => o.finding)),
        ...state(i),
      }
    })
  }
}

const STATUS_CODES: readonly FindingStatus[] = ['counted', 'waived', 'baseline', 'suppressed']

/**
 * The gate itself over reports already in memory (tests, callers that hold them): the same
 * evaluation runGate feeds one report at a time.
 */
export function evaluateGate(
  loaded: LoadResult,
  options: GateOptions,
  baseline?: LoadResult,
): GateResult {
  const mode = options.mode ?? 'all'
  if (mode === 'new' && !baseline) throw new TypeError("mode 'new' needs baseline reports")
  const evaluation = new GateEvaluation(options)
  evaluation.addProblems(loaded)
  for (const r of loaded.reports) evaluation.addReport(r)
  if (mode === 'new' && baseline) {
    evaluation.addBaselineProblems(baseline)
    for (const r of baseline.reports) evaluation.addBaselineReport(r)
  }
  return evaluation.finish()
}

/**
 * Why a scan report's scanner binary does not count as verified, or undefined when it does.
 * Imported reports name no binary the suite ran, and are judged by the import rules instead.
 */
function unverifiedTool(report: FindingsReport, policy: GatePolicy): string | undefined {
  if (report.imported) return undefined
  const tool = report.tool
  if (!tool) {
    return report.status === 'complete'
      ? `the report names no scanner binary, so what ran is unknown`
      : undefined
  }
  if (tool.verified === true) return undefined
  const vouched =
    tool.sha256 && policy.verifiedTools[tool.name.toLowerCase()]?.includes(tool.sha256)
  if (vouched) return undefined
  return `${tool.name} ${tool.version} ran as an UNVERIFIED binary (sha256 ${tool.sha256 ?? 'unknown'}, from ${tool.origin ?? tool.path})`
}
