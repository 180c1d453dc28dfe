import {
  SEVERITIES,
  severityRank,
  type Severity,
  type SeverityCounts,
} from '@portcullis/core/essentials'

export const SYSTEM_LEVELS = [1, 2, 3, 4] as const
export type SystemLevel = (typeof SYSTEM_LEVELS)[number]

/**
 * One level of the severity matrix: findings from `countsFrom` upward are counted, and each counted
 * severity may occur at most `allow[severity]` times (a counted severity without an entry allows 0).
 * Severities below `countsFrom` are shown but never limit the verdict.
 */
export interface LevelRule {
  readonly countsFrom: Severity
  readonly allow: Readonly<Partial<Record<Severity, number>>>
  /**
   * Every scan report must name a scanner binary whose digest the tool manifest (or the policy's
   * `verified-tools`) knows; a report of an unverified binary fails with `unverified-tool`.
   */
  readonly requireVerifiedTools: boolean
}

export type SeverityMatrix = Readonly<Record<SystemLevel, LevelRule>>

/**
 * The default matrix of the pipeline this suite implements: each level counts from a minimum
 * severity upward and allows at most N of each severity; level 4 allows no finding at all.
 */
export const DEFAULT_MATRIX: SeverityMatrix = {
  1: { countsFrom: 'high', allow: { critical: 0, high: 1 }, requireVerifiedTools: false },
  2: {
    countsFrom: 'medium',
    allow: { critical: 0, high: 1, medium: 2 },
    requireVerifiedTools: false,
  },
  3: {
    countsFrom: 'low',
    allow: { critical: 0, high: 1, medium: 2, low: 3 },
    requireVerifiedTools: true,
  },
  4: {
    countsFrom: 'info',
    allow: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    requireVerifiedTools: true,
  },
}

export function isSystemLevel(value: unknown): value is SystemLevel {
  return typeof value === 'number' && (SYSTEM_LEVELS as readonly number[]).includes(value)
}

/**
 * The `fail-on` preset: at every level, any finding of `severity` or above fails the gate (its
 * allowance and every more severe one become 0, and the level counts from `severity` at least).
 * Less severe findings keep the level's rule. `fail-on: high` at level 3 gives critical 0, high 0,
 * medium 2, low 3; at level 1 it gives critical 0, high 0.
 */
export function applyFailOn(matrix: SeverityMatrix, severity: Severity): SeverityMatrix {
  const rank = severityRank(severity)
  const tightened = (rule: LevelRule): LevelRule => {
    const allow: Partial<Record<Severity, number>> = { ...rule.allow }
    for (const s of SEVERITIES) if (severityRank(s) <= rank) allow[s] = 0
    return {
      countsFrom: severityRank(rule.countsFrom) < rank ? severity : rule.countsFrom,
      allow,
      requireVerifiedTools: rule.requireVerifiedTools,
    }
  }
  return {
    1: tightened(matrix[1]),
    2: tightened(matrix[2]),
    3: tightened(matrix[3]),
    4: tightened(matrix[4]),
  }
}

/** Whether a level counts a severity at all. */
export function isCounted(rule: LevelRule, severity: Severity): boolean {
  return severityRank(severity) <= severityRank(rule.countsFrom)
}

/** How many findings of a severity a level allows; undefined when the level does not count it. */
export function allowance(rule: LevelRule, severity: Severity): number | undefined {
  return isCounted(rule, severity) ? (rule.allow[severity] ?? 0) : undefined
}

export interface MatrixRow {
  readonly severity: Severity
  /** undefined: not counted at this level (shown for information only). */
  readonly allowed: number | undefined
  readonly found: number
  readonly ok: boolean
}

export interface MatrixResult {
  readonly level: SystemLevel
  readonly countsFrom: Severity
  readonly rows: readonly MatrixRow[]
  readonly passed: boolean
}

/** Holds the counts (after waivers) against one level's allowances. */
export function evaluateMatrix(
  matrix: SeverityMatrix,
  level: SystemLevel,
  counts: SeverityCounts,
): MatrixResult {
  const rule = matrix[level]
  const rows = SEVERITIES.map((severity): MatrixRow => {
    const allowed = allowance(rule, severity)
    const found = counts[severity]
    return { severity, allowed, found, ok: allowed === undefined || found <= allowed }
  })
  return { level, countsFrom: rule.countsFrom, rows, passed: rows.every((r) => r.ok) }
}

/**
 * The matrix as a GitHub-flavoured markdown table (levels as rows, severities as columns; `–` means
 * not counted at that level), so docs and summaries render the matrix actually in force.
 */
export function renderMatrixTable(matrix: SeverityMatrix = DEFAULT_MATRIX): string {
  const header = `| system level | counts from | ${SEVERITIES.join(' | ')} |`
  const rule = `|---|---|${SEVERITIES.map(() => '---:').join('|')}|`
  const rows = SYSTEM_LEVELS.map((level) => {
    const r = matrix[level]
    const cells = SEVERITIES.map((s) => {
      const a = allowance(r, s)
      return a === undefined ? '–' : String(a)
    })
    return `| ${level} | ${r.countsFrom} | ${cells.join(' | ')} |`
  })
  return [header, rule, ...rows].join('\n')
}
