import { SEVERITIES, isSeverity, type Severity } from '@portcullis/core'
import {
  applyFailOn,
  DEFAULT_MATRIX,
  SYSTEM_LEVELS,
  type LevelRule,
  type SeverityMatrix,
  type SystemLevel,
} from './matrix.js'
import { DEFAULT_RISK_THRESHOLD, DEFAULT_WEIGHTS, type ScoreWeights } from './score.js'
import {
  DEFAULT_STAGES,
  SCAN_KINDS,
  STAGES,
  isScanKind,
  type ScanKind,
  type Stage,
} from './stages.js'
import { Problems, isNonNegativeInteger, isRecord, parseYamlInput } from './yaml-input.js'

/** The policy in force: the defaults with the policy file's overrides applied. */
export interface GatePolicy {
  readonly matrix: SeverityMatrix
  readonly weights: ScoreWeights
  readonly riskThreshold: number
  readonly stages: Readonly<Record<Stage, readonly ScanKind[]>>
  /** The longest a waiver may run, counted from today. */
  readonly maxWaiverDays: number
  /** Waivers expiring within this many days are warned about. */
  readonly waiverWarnDays: number
  /** Reports older than this are stale and fail the gate. */
  readonly maxReportAgeHours: number
  /**
   * Imported tools (lower-case name as their files state it) and the scans their reports satisfy,
   * over the defaults of stages.ts (DEFAULT_IMPORT_KINDS); an empty list makes a tool satisfy none.
   */
  readonly imports: Readonly<Record<string, readonly ScanKind[]>>
  /** What suppressions the repository controls (ignore files, inline markers) are worth. */
  readonly repoSuppressions: RepoSuppressions
  /** `mode: new` accepts baseline reports younger than this. */
  readonly baselineMaxAgeHours: number
  /**
   * Scanner binaries the organisation vouches for beyond the suite's tool manifest, by tool name:
   * SHA-256 digests of executables (an OS build of oscap, an internal trivy build). A report whose
   * binary has one of these digests counts as verified.
   */
  readonly verifiedTools: Readonly<Record<string, readonly string[]>>
}

/**
 * `show`: repository-held suppressions count as findings until a waiver covers them; `honour`: they
 * stay suppressed (and are shown); `fail`: any of them fails the gate.
 */
export const REPO_SUPPRESSIONS = ['show', 'honour', 'fail'] as const
export type RepoSuppressions = (typeof REPO_SUPPRESSIONS)[number]

export const DEFAULT_MAX_WAIVER_DAYS = 90
export const DEFAULT_WAIVER_WARN_DAYS = 14
/** A week: long enough for re-runs of a workflow, short enough that old artifacts are not trusted. */
export const DEFAULT_MAX_REPORT_AGE_HOURS = 168
/** Seven days: the base branch's scan must be recent enough to know today's advisories. */
export const DEFAULT_BASELINE_MAX_AGE_HOURS = 168

export const DEFAULT_POLICY: GatePolicy = {
  matrix: DEFAULT_MATRIX,
  weights: DEFAULT_WEIGHTS,
  riskThreshold: DEFAULT_RISK_THRESHOLD,
  stages: DEFAULT_STAGES,
  maxWaiverDays: DEFAULT_MAX_WAIVER_DAYS,
  waiverWarnDays: DEFAULT_WAIVER_WARN_DAYS,
  maxReportAgeHours: DEFAULT_MAX_REPORT_AGE_HOURS,
  imports: {},
  repoSuppressions: 'show',
  baselineMaxAgeHours: DEFAULT_BASELINE_MAX_AGE_HOURS,
  verifiedTools: {},
}

const TOP_KEYS = [
  'version',
  'fail-on',
  'levels',
  'score',
  'stages',
  'waivers',
  'reports',
  'repo-suppressions',
  'baseline-max-age',
  'imports',
  'verified-tools',
] as const

/** `7d`, `36h` or a bare number of days; undefined when unreadable. */
export function parseAge(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value * 24 : undefined
  if (typeof value !== 'string') return undefined
  const m = /^\s*(\d+(?:\.\d+)?)\s*([dh]?)\s*$/.exec(value)
  if (!m) return undefined
  const n = Number(m[1])
  if (!(n > 0)) return undefined
  return m[2] === 'h' ? n : n * 24
}

/**
 * Reads a policy file (YAML) over the defaults. Every key is checked; an unknown key, a wrong type or
 * an out-of-range value is an InputError on the `policy` input naming the key, e.g.
 * `levels.3.allow.high must be a whole number ≥ 0`.
 *
 * ```yaml
 * version: 1
 * fail-on: high          # preset: any critical or high finding fails, at every level
 * levels:                # any of 1–4; unnamed levels keep the default
 *   3:
 *     counts-from: low   # count findings of this severity and above
 *     allow: { high: 2 } # merged over the level's default allowances
 *     require-verified-tools: true  # default true at 3 and 4: unverified scanner binaries fail
 * score:
 *   weights: { critical: 40, high: 10, medium: 4, low: 1, info: 0 }
 *   threshold: 75
 * stages:                # replaces the stage's list of required scans
 *   container: [image, signature]
 * waivers:
 *   max-span-days: 90
 *   warn-days: 14
 * reports:
 *   max-age-hours: 168
 * imports:               # an imported tool (by the name its file states) satisfies these scans
 *   CodeQL: sast
 *   trivy: [deps, iac]
 * repo-suppressions: show  # show | honour | fail
 * baseline-max-age: 7d     # mode new: baseline reports younger than this (d or h)
 * verified-tools:          # digests of scanner binaries the organisation vouches for
 *   oscap: [361f7d45…]     # (64 hex characters each)
 * ```
 */
export function parsePolicy(text: string, source: string): GatePolicy {
  const data = parseYamlInput(text, 'policy', source)
  const p = new Problems()
  if (data === null || data === undefined) return DEFAULT_POLICY
  if (!isRecord(data)) {
    p.add('the file must be a mapping of policy keys')
    p.throwIfAny('policy', source)
    return DEFAULT_POLICY
  }
  p.unknownKeys(data, '', TOP_KEYS)
  if (data.version !== undefined && data.version !== 1) {
    p.add(`version must be 1 (got ${JSON.stringify(data.version)})`)
  }

  const matrix: Record<SystemLevel, LevelRule> = { ...DEFAULT_MATRIX }
  if (data.levels !== undefined) {
    if (!isRecord(data.levels)) p.add('levels must be a mapping of system level (1–4) to a rule')
    else {
      for (const [key, value] of Object.entries(data.levels)) {
        const level = Number(key)
        if (!(SYSTEM_LEVELS as readonly number[]).includes(level)) {
          p.add(`levels.${key} is not a system level (use 1, 2, 3 or 4)`)
          continue
        }
        const rule = parseLevel(value, `levels.${key}.`, matrix[level as SystemLevel], p)
        if (rule) matrix[level as SystemLevel] = rule
      }
    }
  }

  const failOn = data['fail-on']
  if (failOn !== undefined && !isSeverity(failOn)) {
    p.add(`fail-on must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(failOn)})`)
  }

  let weights: ScoreWeights = DEFAULT_WEIGHTS
  let riskThreshold = DEFAULT_RISK_THRESHOLD
  if (data.score !== undefined) {
    if (!isRecord(data.score)) p.add('score must be a mapping with weights and/or threshold')
    else {
      p.unknownKeys(data.score, 'score.', ['weights', 'threshold'])
      if (data.score.weights !== undefined) {
        weights = parseWeights(data.score.weights, p)
      }
      const t = data.score.threshold
      if (t !== undefined) {
        if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > 100) {
          p.add(`score.threshold must be a number from 0 to 100 (got ${JSON.stringify(t)})`)
        } else riskThreshold = t
      }
    }
  }

  const stages: Record<Stage, readonly ScanKind[]> = { ...DEFAULT_STAGES }
  if (data.stages !== undefined) {
    if (!isRecord(data.stages))
      p.add(`stages must be a mapping of stage (${STAGES.join(', ')}) to a list of scans`)
    else {
      p.unknownKeys(data.stages, 'stages.', STAGES)
      for (const stage of STAGES) {
        const list = data.stages[stage]
        if (list === undefined) continue
        if (!Array.isArray(list)) {
          p.add(`stages.${stage} must be a list of scans (${SCAN_KINDS.join(', ')})`)
          continue
        }
        const kinds: ScanKind[] = []
        for (const item of list as unknown[]) {
          if (isScanKind(item)) {
            if (!kinds.includes(item)) kinds.push(item)
          } else {
            p.add(
              `stages.${stage} lists ${JSON.stringify(item)}, which is not a scan (use ${SCAN_KINDS.join(', ')})`,
            )
          }
        }
        stages[stage] = kinds
      }
    }
  }

  let maxWaiverDays = DEFAULT_MAX_WAIVER_DAYS
  let waiverWarnDays = DEFAULT_WAIVER_WARN_DAYS
  if (data.waivers !== undefined) {
    if (!isRecord(data.waivers))
      p.add('waivers must be a mapping with max-span-days and/or warn-days')
    else {
      p.unknownKeys(data.waivers, 'waivers.', ['max-span-days', 'warn-days'])
      const span = data.waivers['max-span-days']
      if (span !== undefined) {
        if (!isNonNegativeInteger(span) || span < 1)
          p.add(`waivers.max-span-days must be a whole number ≥ 1 (got ${JSON.stringify(span)})`)
        else maxWaiverDays = span
      }
      const warn = data.waivers['warn-days']
      if (warn !== undefined) {
        if (!isNonNegativeInteger(warn))
          p.add(`waivers.warn-days must be a whole number ≥ 0 (got ${JSON.stringify(warn)})`)
        else waiverWarnDays = warn
      }
    }
  }

  let maxReportAgeHours = DEFAULT_MAX_REPORT_AGE_HOURS
  if (data.reports !== undefined) {
    if (!isRecord(data.reports)) p.add('reports must be a mapping with max-age-hours')
    else {
      p.unknownKeys(data.reports, 'reports.', ['max-age-hours'])
      const age = data.reports['max-age-hours']
      if (age !== undefined) {
        if (typeof age !== 'number' || !Number.isFinite(age) || age <= 0)
          p.add(`reports.max-age-hours must be a number > 0 (got ${JSON.stringify(age)})`)
        else maxReportAgeHours = age
      }
    }
  }

  const imports: Record<string, readonly ScanKind[]> = {}
  if (data.imports !== undefined) {
    if (!isRecord(data.imports))
      p.add('imports must be a mapping of tool name to a scan or a list of scans')
    else {
      for (const [tool, value] of Object.entries(data.imports)) {
        const list = Array.isArray(value) ? (value as unknown[]) : [value]
        const kinds: ScanKind[] = []
        for (const item of list) {
          if (isScanKind(item)) {
            if (!kinds.includes(item)) kinds.push(item)
          } else {
            p.add(
              `imports.${tool} names ${JSON.stringify(item)}, which is not a scan (use ${SCAN_KINDS.join(', ')})`,
            )
          }
        }
        imports[tool.trim().toLowerCase()] = kinds
      }
    }
  }

  let repoSuppressions: RepoSuppressions = 'show'
  const rs = data['repo-suppressions']
  if (rs !== undefined) {
    if (typeof rs === 'string' && (REPO_SUPPRESSIONS as readonly string[]).includes(rs))
      repoSuppressions = rs as RepoSuppressions
    else
      p.add(
        `repo-suppressions must be one of ${REPO_SUPPRESSIONS.join(', ')} (got ${JSON.stringify(rs)})`,
      )
  }

  let baselineMaxAgeHours = DEFAULT_BASELINE_MAX_AGE_HOURS
  const ba = data['baseline-max-age']
  if (ba !== undefined) {
    const hours = parseAge(ba)
    if (hours === undefined)
      p.add(`baseline-max-age must be an age such as 7d or 36h (got ${JSON.stringify(ba)})`)
    else baselineMaxAgeHours = hours
  }

  const verifiedTools =
    data['verified-tools'] === undefined ? {} : parseVerifiedTools(data['verified-tools'], p)

  p.throwIfAny('policy', source)
  return {
    repoSuppressions,
    baselineMaxAgeHours,
    verifiedTools,
    // The preset is applied over the levels the file sets, so it always holds.
    matrix: isSeverity(failOn) ? applyFailOn(matrix, failOn) : matrix,
    weights,
    riskThreshold,
    stages,
    maxWaiverDays,
    waiverWarnDays,
    maxReportAgeHours,
    imports,
  }
}

function parseLevel(
  value: unknown,
  where: string,
  base: LevelRule,
  p: Problems,
): LevelRule | undefined {
  if (!isRecord(value)) {
    p.add(`${where.slice(0, -1)} must be a mapping with counts-from and/or allow`)
    return undefined
  }
  p.unknownKeys(value, where, ['counts-from', 'allow', 'require-verified-tools'])
  let countsFrom: Severity = base.countsFrom
  const from = value['counts-from']
  if (from !== undefined) {
    if (isSeverity(from)) countsFrom = from
    else
      p.add(
        `${where}counts-from must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(from)})`,
      )
  }
  const allow: Partial<Record<Severity, number>> = { ...base.allow }
  const a = value.allow
  if (a !== undefined) {
    if (!isRecord(a)) p.add(`${where}allow must be a mapping of severity to a whole number`)
    else {
      p.unknownKeys(a, `${where}allow.`, SEVERITIES)
      for (const s of SEVERITIES) {
        const n = a[s]
        if (n === undefined) continue
        if (!isNonNegativeInteger(n))
          p.add(`${where}allow.${s} must be a whole number ≥ 0 (got ${JSON.stringify(n)})`)
        else allow[s] = n
      }
    }
  }
  let requireVerifiedTools = base.requireVerifiedTools
  const rv = value['require-verified-tools']
  if (rv !== undefined) {
    if (typeof rv === 'boolean') requireVerifiedTools = rv
    else p.add(`${where}require-verified-tools must be true or false (got ${JSON.stringify(rv)})`)
  }
  return { countsFrom, allow, requireVerifiedTools }
}

function parseVerifiedTools(value: unknown, p: Problems): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {}
  if (!isRecord(value)) {
    p.add('verified-tools must be a mapping of tool name to a list of SHA-256 digests')
    return out
  }
  for (const [tool, list] of Object.entries(value)) {
    if (!Array.isArray(list)) {
      p.add(`verified-tools.${tool} must be a list of SHA-256 digests`)
      continue
    }
    const digests: string[] = []
    for (const item of list as unknown[]) {
      if (typeof item === 'string' && /^[0-9a-fA-F]{64}$/.test(item))
        digests.push(item.toLowerCase())
      else
        p.add(
          `verified-tools.${tool} lists ${JSON.stringify(item)}, which is not a SHA-256 digest (64 hexadecimal characters)`,
        )
    }
    out[tool.toLowerCase()] = digests
  }
  return out
}

function parseWeights(value: unknown, p: Problems): ScoreWeights {
  if (!isRecord(value)) {
    p.add('score.weights must be a mapping of severity to points')
    return DEFAULT_WEIGHTS
  }
  p.unknownKeys(value, 'score.weights.', SEVERITIES)
  const weights: Record<Severity, number> = { ...DEFAULT_WEIGHTS }
  for (const s of SEVERITIES) {
    const w = value[s]
    if (w === undefined) continue
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      p.add(`score.weights.${s} must be a number ≥ 0 (got ${JSON.stringify(w)})`)
    else weights[s] = w
  }
  return weights
}
