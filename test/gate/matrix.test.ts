import { describe, expect, it } from 'vitest'
import { SEVERITIES, type Severity } from '@portcullis/core'
import {
  applyFailOn,
  DEFAULT_MATRIX,
  SYSTEM_LEVELS,
  allowance,
  evaluateGate,
  parsePolicy,
  renderMatrixTable,
  type SystemLevel,
} from '@portcullis/gate'
import { NOW, codeStage, loaded, many } from './helpers.js'

// The matrix exactly as the issue states it: what each level counts and allows.
const STATED: Record<SystemLevel, Partial<Record<Severity, number>>> = {
  1: { critical: 0, high: 1 },
  2: { critical: 0, high: 1, medium: 2 },
  3: { critical: 0, high: 1, medium: 2, low: 3 },
  4: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
}

function gate(level: SystemLevel, severity: Severity, count: number) {
  return evaluateGate(loaded(codeStage(many(severity, count))), {
    systemLevel: level,
    stage: 'code',
    commitSha: 'a'.repeat(40),
    // Isolate the matrix from the score.
    riskThreshold: 0,
    now: NOW,
  })
}

describe('default severity matrix', () => {
  it('matches the stated allowances at every level, and counts nothing else', () => {
    for (const level of SYSTEM_LEVELS) {
      for (const severity of SEVERITIES) {
        expect(allowance(DEFAULT_MATRIX[level], severity), `level ${level} ${severity}`).toBe(
          STATED[level][severity],
        )
      }
    }
  })

  const boundaries = SYSTEM_LEVELS.flatMap((level) =>
    SEVERITIES.filter((s) => STATED[level][s] !== undefined).map(
      (severity) => [level, severity, STATED[level][severity]!] as const,
    ),
  )
  it('has one boundary case per counted severity per level', () => {
    expect(boundaries).toHaveLength(2 + 3 + 4 + 5)
  })

  describe.each(boundaries)('level %i, %s (allows %i)', (level, severity, allowed) => {
    it('passes exactly at the allowance', () => {
      const result = gate(level, severity, allowed)
      expect(result.counts[severity]).toBe(allowed)
      expect(result.matrix.passed).toBe(true)
      expect(result.reasons).toEqual([])
      expect(result.verdict).toBe('pass')
    })
    it('fails one over the allowance, naming the severity and level', () => {
      const result = gate(level, severity, allowed + 1)
      expect(result.counts[severity]).toBe(allowed + 1)
      expect(result.verdict).toBe('fail')
      expect(result.reasons).toEqual([
        {
          code: 'matrix-exceeded',
          message: `${allowed + 1} ${severity} finding${allowed + 1 === 1 ? '' : 's'}; system level ${level} allows ${allowed}`,
        },
      ])
      const row = result.matrix.rows.find((r) => r.severity === severity)
      expect(row).toEqual({ severity, allowed, found: allowed + 1, ok: false })
    })
  })

  const uncounted = SYSTEM_LEVELS.flatMap((level) =>
    SEVERITIES.filter((s) => STATED[level][s] === undefined).map((s) => [level, s] as const),
  )
  it.each(uncounted)('level %i does not count %s findings', (level, severity) => {
    const result = gate(level, severity, 25)
    expect(result.counts[severity]).toBe(25)
    expect(result.matrix.passed).toBe(true)
    expect(result.matrix.rows.find((r) => r.severity === severity)?.allowed).toBeUndefined()
  })

  it('renders the matrix as a markdown table for the docs', () => {
    const lines = renderMatrixTable().split('\n')
    expect(lines[0]).toBe('| system level | counts from | critical | high | medium | low | info |')
    expect(lines[2]).toBe('| 1 | high | 0 | 1 | – | – | – |')
    expect(lines[3]).toBe('| 2 | medium | 0 | 1 | 2 | – | – |')
    expect(lines[4]).toBe('| 3 | low | 0 | 1 | 2 | 3 | – |')
    expect(lines[5]).toBe('| 4 | info | 0 | 0 | 0 | 0 | 0 |')
  })

  it('applies a policy override of one level and keeps the others', () => {
    const policy = parsePolicy('levels:\n  3:\n    allow: { high: 2 }\n', 'policy.yml')
    expect(policy.matrix[3]).toEqual({
      countsFrom: 'low',
      allow: { critical: 0, high: 2, medium: 2, low: 3 },
      requireVerifiedTools: true,
    })
    expect(policy.matrix[2]).toBe(DEFAULT_MATRIX[2])
    const base = { stage: 'code', commitSha: 'a'.repeat(40), riskThreshold: 0, now: NOW } as const
    const two = loaded(codeStage(many('high', 2)))
    expect(evaluateGate(two, { ...base, systemLevel: 3, policy }).verdict).toBe('pass')
    expect(evaluateGate(two, { ...base, systemLevel: 3 }).verdict).toBe('fail')
  })

  it('lets a policy change where a level starts counting', () => {
    const policy = parsePolicy('levels:\n  1:\n    counts-from: medium\n', 'policy.yml')
    const result = evaluateGate(loaded(codeStage(many('medium', 1))), {
      systemLevel: 1,
      stage: 'code',
      commitSha: 'a'.repeat(40),
      riskThreshold: 0,
      policy,
      now: NOW,
    })
    // A newly counted severity without an allowance allows none.
    expect(result.reasons.map((r) => r.message)).toEqual([
      '1 medium finding; system level 1 allows 0',
    ])
  })
})

describe('documentation', () => {
  it("the package README's matrix is the one in force", async () => {
    const { readFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const readme = readFileSync(join(import.meta.dirname, '../../packages/gate/README.md'), 'utf8')
    const table = /<!-- matrix:start[^>]*-->\n([\s\S]*?)\n<!-- matrix:end -->/.exec(readme)?.[1]
    // Compare cells, not spacing: the formatter pads markdown tables.
    const cells = (md: string) =>
      md
        .trim()
        .split('\n')
        .filter((line) => !/^\|[\s|:-]+\|$/.test(line))
        .map((line) => line.split('|').map((c) => c.trim()))
    expect(table).toBeDefined()
    expect(cells(table!)).toEqual(cells(renderMatrixTable()))
  })
})

describe('the fail-on preset, against the matrix (docs/system-levels.md)', () => {
  // What each level allows with `fail-on: high`, as docs/system-levels.md states it.
  const HIGH: Record<SystemLevel, Partial<Record<Severity, number>>> = {
    1: { critical: 0, high: 0 },
    2: { critical: 0, high: 0, medium: 2 },
    3: { critical: 0, high: 0, medium: 2, low: 3 },
    4: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  }

  it.each(SYSTEM_LEVELS)('level %i with fail-on: high', (level) => {
    const m = applyFailOn(DEFAULT_MATRIX, 'high')
    for (const s of SEVERITIES) expect(allowance(m[level], s), `${level} ${s}`).toBe(HIGH[level][s])
  })

  it('fail-on: medium makes level 1 count medium findings too, allowing none', () => {
    const m = applyFailOn(DEFAULT_MATRIX, 'medium')
    expect(m[1]).toEqual({
      countsFrom: 'medium',
      allow: { critical: 0, high: 0, medium: 0 },
      requireVerifiedTools: false,
    })
    expect(m[3].allow).toMatchObject({ medium: 0, low: 3 })
  })

  it('the policy key applies over levels the same file loosens', () => {
    const policy = parsePolicy('fail-on: high\nlevels:\n  3:\n    allow: { high: 5 }\n', 'p.yml')
    expect(allowance(policy.matrix[3], 'high')).toBe(0)
    expect(allowance(policy.matrix[3], 'medium')).toBe(2)
    const base = { stage: 'code', commitSha: 'a'.repeat(40), riskThreshold: 0, now: NOW } as const
    const one = loaded(codeStage(many('high', 1)))
    expect(evaluateGate(one, { ...base, systemLevel: 3 }).verdict).toBe('pass')
    expect(evaluateGate(one, { ...base, systemLevel: 3, policy }).verdict).toBe('fail')
  })
})
