import { describe, expect, it } from 'vitest'
import { InputError } from '@portcullis/core'
import { DEFAULT_POLICY, parsePolicy } from '@portcullis/gate'

function error(yaml: string): string {
  try {
    parsePolicy(yaml, 'policy.yml')
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('expected the policy to be rejected')
}

describe('policy file', () => {
  it('defaults: 90-day waivers, 14-day warning, threshold 75, one-week report age', () => {
    expect(DEFAULT_POLICY.maxWaiverDays).toBe(90)
    expect(DEFAULT_POLICY.waiverWarnDays).toBe(14)
    expect(DEFAULT_POLICY.riskThreshold).toBe(75)
    expect(DEFAULT_POLICY.maxReportAgeHours).toBe(168)
    expect(parsePolicy('', 'p.yml')).toBe(DEFAULT_POLICY)
  })

  it('reads every key', () => {
    const p = parsePolicy(
      [
        'version: 1',
        'levels:',
        '  2: { counts-from: low, allow: { low: 5 } }',
        'score: { weights: { critical: 50 }, threshold: 60 }',
        'stages: { container: [image, signature] }',
        'waivers: { max-span-days: 30, warn-days: 7 }',
        'reports: { max-age-hours: 24 }',
      ].join('\n'),
      'p.yml',
    )
    expect(p.matrix[2]).toEqual({
      countsFrom: 'low',
      allow: { critical: 0, high: 1, medium: 2, low: 5 },
      requireVerifiedTools: false,
    })
    expect(p.weights).toEqual({ critical: 50, high: 10, medium: 4, low: 1, info: 0 })
    expect(p.riskThreshold).toBe(60)
    expect(p.stages.container).toEqual(['image', 'signature'])
    expect(p.stages.final).toEqual(DEFAULT_POLICY.stages.final)
    expect([p.maxWaiverDays, p.waiverWarnDays, p.maxReportAgeHours]).toEqual([30, 7, 24])
  })

  it.each([
    [
      'levels:\n  3:\n    allow: { high: -1 }\n',
      'levels.3.allow.high must be a whole number ≥ 0 (got -1)',
    ],
    ['levels:\n  5: {}\n', 'levels.5 is not a system level (use 1, 2, 3 or 4)'],
    [
      'levels:\n  1: { counts-from: severe }\n',
      'levels.1.counts-from must be one of critical, high, medium, low, info',
    ],
    ['levels:\n  1: { allow: { extreme: 1 } }\n', 'levels.1.allow.extreme is not a known key'],
    [
      'score:\n  weight: { high: 3 }\n',
      'score.weight is not a known key (allowed: weights, threshold)',
    ],
    ['score:\n  weights: { high: -3 }\n', 'score.weights.high must be a number ≥ 0 (got -3)'],
    ['score:\n  threshold: 101\n', 'score.threshold must be a number from 0 to 100 (got 101)'],
    ['stages:\n  code: [secrets, dast]\n', 'stages.code lists "dast", which is not a scan'],
    ['imports:\n  CodeQL: dast\n', 'imports.CodeQL names "dast", which is not a scan'],
    ['imports: [CodeQL]\n', 'imports must be a mapping of tool name to a scan or a list of scans'],
    ['stages:\n  deploy: [image]\n', 'stages.deploy is not a known key'],
    ['waivers:\n  max-span-days: 0\n', 'waivers.max-span-days must be a whole number ≥ 1 (got 0)'],
    ['reports:\n  max-age-hours: -1\n', 'reports.max-age-hours must be a number > 0 (got -1)'],
    ['thresholds: 1\n', 'thresholds is not a known key'],
    ['version: 2\n', 'version must be 1 (got 2)'],
    ['levels: [1, 2]\n', 'levels must be a mapping'],
    ['score: {\n', 'policy.yml is not valid YAML'],
    ['a: 1\na: 2\n', 'policy.yml is not valid YAML'],
  ])('%j is rejected naming the key', (yaml, expected) => {
    const message = error(yaml)
    expect(message.startsWith("Input 'policy': ")).toBe(true)
    expect(message).toContain(expected)
  })

  it('reports every problem at once', () => {
    const message = error('score:\n  threshold: -5\n  weights: { low: x }\n')
    expect(message).toContain('score.weights.low must be a number ≥ 0 (got "x")')
    expect(message).toContain('score.threshold must be a number from 0 to 100 (got -5)')
  })
})
