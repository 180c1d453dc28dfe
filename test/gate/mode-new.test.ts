import { describe, expect, it } from 'vitest'
import { InputError } from '@portcullis/core'
import { evaluateGate, runGate } from '@portcullis/gate'
import { NOW, SHA, codeStage, failed, loaded, many, report, tempTree } from './helpers.js'

describe("mode 'new'", () => {
  const existing = many('high', 2)
  const added = many('critical', 1)
  const current = loaded(codeStage([...existing, ...added]))
  const base = loaded([
    ['base/iac.json', report('scan-iac', existing, { commitSha: 'f'.repeat(40) })],
  ])
  const opts = {
    systemLevel: 3,
    stage: 'code',
    commitSha: SHA,
    now: NOW,
    baselineCommits: ['f'.repeat(40)],
  } as const

  it('counts only findings whose fingerprint is absent from the baseline', () => {
    const result = evaluateGate(current, { ...opts, mode: 'new' }, base)
    expect(result.counts).toEqual({ critical: 1, high: 0, medium: 0, low: 0, info: 0 })
    expect(result.baseline).toEqual({ reports: 1, existing: 2 })
    expect(result.findings.filter((f) => f.status === 'baseline')).toHaveLength(2)
    // Baseline reports are from the base branch: another commit is expected there.
    expect(result.reasons.map((r) => r.code)).toEqual(['matrix-exceeded', 'score-below-threshold'])
  })

  it("in mode 'all' the same reports count everything", () => {
    const result = evaluateGate(current, { ...opts, mode: 'all' }, base)
    expect(result.counts).toEqual({ critical: 1, high: 2, medium: 0, low: 0, info: 0 })
    expect(result.baseline).toBeUndefined()
  })

  it('a pull request that adds nothing passes even with old findings', () => {
    const result = evaluateGate(loaded(codeStage(existing)), { ...opts, mode: 'new' }, base)
    expect(result.verdict).toBe('pass')
    expect(result.counts.high).toBe(0)
  })

  it('a failed baseline scan recognises nothing (every finding counts) and says so', () => {
    const result = evaluateGate(
      current,
      { ...opts, mode: 'new' },
      loaded([['base/iac.json', failed('scan-iac', 'checkov crashed')]]),
    )
    expect(result.counts.high).toBe(2)
    expect(result.notices).toContain(
      'baseline base/iac.json is a failed scan; its findings cannot be recognised as existing',
    )
  })

  it('runGate reads the baseline files and rejects mode new without a baseline', () => {
    const dir = tempTree({
      'findings/secrets.json': report('scan-secrets'),
      'findings/deps.json': report('scan-deps'),
      'findings/iac.json': report('scan-iac', [...existing, ...added]),
      'base/iac.json': report('scan-iac', existing, { commitSha: 'f'.repeat(40) }),
    })
    const config = {
      findings: ['findings'],
      systemLevel: 3,
      stage: 'code',
      fail: true,
      mode: 'new',
      commitSha: SHA,
      previousCommit: 'f'.repeat(40),
    } as const
    const result = runGate({ ...config, baseline: ['base/*.json'] }, { cwd: dir, now: () => NOW })
    expect(result.counts.critical).toBe(1)
    expect(result.counts.high).toBe(0)
    expect(() => runGate({ ...config, baseline: [] }, { cwd: dir, now: () => NOW })).toThrow(
      InputError,
    )
    expect(() => runGate({ ...config, baseline: [] }, { cwd: dir, now: () => NOW })).toThrow(
      /Input 'baseline': mode 'new'/,
    )
  })
})
