import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WEIGHTS,
  computeScore,
  evaluateGate,
  parsePolicy,
  renderScoreArithmetic,
} from '@portcullis/gate'
import type { Finding } from '@portcullis/core'
import { NOW, SHA, codeStage, loaded, many } from './helpers.js'

// A matrix that allows plenty, so only the score decides.
const LENIENT = parsePolicy(
  'levels:\n  3:\n    allow: { critical: 9, high: 9, medium: 9, low: 9 }\n',
  'policy.yml',
)

function withScore(findings: Finding[], threshold?: number) {
  return evaluateGate(loaded(codeStage(findings)), {
    systemLevel: 3,
    stage: 'code',
    commitSha: SHA,
    policy: LENIENT,
    ...(threshold !== undefined ? { riskThreshold: threshold } : {}),
    now: NOW,
  })
}

describe('risk score', () => {
  it('uses the documented default weights', () => {
    expect(DEFAULT_WEIGHTS).toEqual({ critical: 40, high: 10, medium: 4, low: 1, info: 0 })
  })

  // 2 high + 1 medium = 24 points; each low adds one.
  it.each([
    [0, 76, true],
    [1, 75, true],
    [2, 74, false],
  ])('with %i low findings scores %i against threshold 75 (pass: %s)', (lows, score, passes) => {
    const result = withScore([...many('high', 2), ...many('medium', 1), ...many('low', lows)])
    expect(result.score.score).toBe(score)
    expect(result.score.threshold).toBe(75)
    expect(result.score.passed).toBe(passes)
    expect(result.matrix.passed).toBe(true)
    expect(result.verdict).toBe(passes ? 'pass' : 'fail')
    if (!passes) {
      expect(result.reasons).toEqual([
        { code: 'score-below-threshold', message: `risk score 74 is below the threshold 75` },
      ])
    }
  })

  it('keeps the arithmetic as data and prints it', () => {
    const result = computeScore({ critical: 1, high: 2, medium: 0, low: 3, info: 7 })
    expect(result.terms).toEqual([
      { severity: 'critical', weight: 40, count: 1, points: 40 },
      { severity: 'high', weight: 10, count: 2, points: 20 },
      { severity: 'medium', weight: 4, count: 0, points: 0 },
      { severity: 'low', weight: 1, count: 3, points: 3 },
      { severity: 'info', weight: 0, count: 7, points: 0 },
    ])
    expect(result.deducted).toBe(63)
    expect(result.score).toBe(37)
    expect(renderScoreArithmetic(result)).toBe('100 − (1×40 critical + 2×10 high + 3×1 low) = 37')
  })

  it('clamps at 0 and says so', () => {
    const result = computeScore({ critical: 3, high: 0, medium: 0, low: 0, info: 0 })
    expect(result.score).toBe(0)
    expect(result.clamped).toBe(true)
    expect(renderScoreArithmetic(result)).toBe('100 − (3×40 critical) = -20, clamped to 0')
  })

  it('takes weights and threshold from the policy, and the input over the policy', () => {
    const policy = parsePolicy(
      'score:\n  weights: { low: 5 }\n  threshold: 90\nlevels:\n  3:\n    allow: { low: 9 }\n',
      'p.yml',
    )
    const base = { systemLevel: 3, stage: 'code', commitSha: SHA, policy, now: NOW } as const
    const result = evaluateGate(loaded(codeStage(many('low', 2))), base)
    expect(result.score.score).toBe(90)
    expect(result.score.threshold).toBe(90)
    expect(result.verdict).toBe('pass')
    const stricter = evaluateGate(loaded(codeStage(many('low', 2))), { ...base, riskThreshold: 91 })
    expect(stricter.verdict).toBe('fail')
  })

  it('a threshold of 0 never fails on score', () => {
    expect(withScore(many('critical', 5), 0).score.passed).toBe(true)
  })
})
