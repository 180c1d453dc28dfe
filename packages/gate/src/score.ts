import { SEVERITIES, type Severity, type SeverityCounts } from '@portcullis/core'

export type ScoreWeights = Readonly<Record<Severity, number>>

/** Points each finding takes off a perfect 100 (info findings cost nothing by default). */
export const DEFAULT_WEIGHTS: ScoreWeights = { critical: 40, high: 10, medium: 4, low: 1, info: 0 }
export const DEFAULT_RISK_THRESHOLD = 75

export interface ScoreTerm {
  readonly severity: Severity
  readonly weight: number
  readonly count: number
  /** weight × count */
  readonly points: number
}

/**
 * The risk score and every number that produced it, so a summary can print the arithmetic:
 * `score = max(0, 100 − Σ weight × count)`; it passes at or above the threshold.
 */
export interface ScoreResult {
  readonly score: number
  readonly threshold: number
  readonly passed: boolean
  readonly terms: readonly ScoreTerm[]
  /** Σ points before clamping. */
  readonly deducted: number
  /** True when 100 − deducted fell below 0 and the score was clamped to 0. */
  readonly clamped: boolean
}

export function computeScore(
  counts: SeverityCounts,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
  threshold: number = DEFAULT_RISK_THRESHOLD,
): ScoreResult {
  const terms = SEVERITIES.map((severity): ScoreTerm => {
    const weight = weights[severity]
    const count = counts[severity]
    return { severity, weight, count, points: weight * count }
  })
  const deducted = terms.reduce((sum, t) => sum + t.points, 0)
  const raw = 100 - deducted
  const score = Math.max(0, raw)
  return { score, threshold, passed: score >= threshold, terms, deducted, clamped: raw < 0 }
}

/** e.g. `100 − (1×40 + 2×10) = 40`; terms with no findings are left out. */
export function renderScoreArithmetic(result: ScoreResult): string {
  const used = result.terms.filter((t) => t.count > 0 && t.weight !== 0)
  const sum = used.map((t) => `${t.count}×${t.weight} ${t.severity}`).join(' + ')
  const expr = used.length === 0 ? '100 − 0' : `100 − (${sum})`
  const clamp = result.clamped ? ` = ${100 - result.deducted}, clamped to 0` : ` = ${result.score}`
  return `${expr}${clamp}`
}
