import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { InputError } from '@portcullis/core'
import { findingsDir, readInputs } from '@portcullis/action-kit'
import { INPUTS } from '../../actions/quality-gate/src/inputs.js'
import { OUTPUTS, gateConfig, run } from '../../actions/quality-gate/src/run.js'
import { fakeIO } from '../support/fake-io.js'
import { REPO_ROOT } from '../support/runner.js'
import { NOW, SHA, many, report, tempTree } from './helpers.js'

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
}
const ACTION = parse(
  readFileSync(join(REPO_ROOT, 'actions/quality-gate/action.yml'), 'utf8'),
) as ActionYml

function inputs(values: Record<string, string> = {}) {
  return readInputs(INPUTS, (name) => values[name])
}

describe('quality-gate action: inputs and outputs', () => {
  it('reads exactly the inputs of action.yml, with the same defaults', () => {
    expect(Object.keys(INPUTS).sort()).toEqual(Object.keys(ACTION.inputs).sort())
    for (const [name, spec] of Object.entries(INPUTS)) {
      const yml = ACTION.inputs[name]!
      // An expression default (`${{ github.token }}`) is filled in by the runner, never by us.
      const expected = yml.default?.startsWith('${{') ? '' : yml.default
      expect(spec.default, name).toBe(expected)
      expect(yml.required ?? false, name).toBe(false)
    }
  })

  it('writes exactly the outputs of action.yml', () => {
    expect(Object.values(OUTPUTS).sort()).toEqual(Object.keys(ACTION.outputs).sort())
  })

  it('rejects bad values naming the input', () => {
    expect(() => inputs({ 'system-level': '5' })).toThrow(InputError)
    expect(() => inputs({ stage: 'deploy' })).toThrow(/Input 'stage'/)
    expect(() => inputs({ mode: 'some' })).toThrow(/Input 'mode'/)
    expect(() => inputs({ 'risk-threshold': '101' })).toThrow(/Input 'risk-threshold'/)
  })

  it('gates the job findings folder and the runner commit by default', () => {
    const io = fakeIO({ workspace: '/w', sha: SHA })
    expect(gateConfig(inputs(), io)).toEqual({
      findings: [findingsDir(io.context)],
      systemLevel: 3,
      stage: 'code',
      fail: true,
      mode: 'all',
      baseline: [],
      riskThreshold: 75,
      commitSha: SHA,
    })
    const custom = gateConfig(
      inputs({
        findings: 'a/\nb/*.json',
        policy: 'p.yml',
        image: 'sha256:ab',
        mode: 'new',
        baseline: 'base',
      }),
      io,
    )
    expect(custom).toMatchObject({
      findings: ['a/', 'b/*.json'],
      policy: 'p.yml',
      image: 'sha256:ab',
      mode: 'new',
      baseline: ['base'],
    })
  })
})

describe('quality-gate action: run', () => {
  function setup(iac = report('scan-iac', many('low', 2))) {
    const workspace = tempTree({
      'reports/secrets.findings.json': report('scan-secrets'),
      'reports/deps.findings.json': report('scan-deps'),
      'reports/iac.findings.json': iac,
    })
    return fakeIO({ workspace, sha: SHA })
  }

  it('passes: outputs, summary file and job summary', async () => {
    const io = setup()
    const outcome = await run(inputs({ findings: 'reports' }), io, () => NOW)
    expect(outcome).toEqual({ ok: true })
    expect(io.outputs.verdict).toBe('pass')
    expect(io.outputs['risk-score']).toBe('98')
    expect(JSON.parse(io.outputs.counts!)).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: 2,
      info: 0,
    })
    expect(JSON.parse(io.outputs.reasons!)).toEqual([])
    expect(io.summaries).toHaveLength(1)
    expect(io.summaries[0]!.startsWith('## ✅ Quality gate: PASS')).toBe(true)
    expect(readFileSync(io.outputs['summary-file']!, 'utf8')).toBe(`${io.summaries[0]}\n`)
  })

  it('fails: not ok with the first reason, outputs still written', async () => {
    const io = setup(report('scan-iac', many('critical', 1)))
    const outcome = await run(inputs({ findings: 'reports' }), io, () => NOW)
    expect(outcome).toEqual({
      ok: false,
      message:
        'Quality gate failed: matrix-exceeded: 1 critical finding; system level 3 allows 0 (and 1 more reason(s)). See the job summary.',
    })
    expect(io.outputs.verdict).toBe('fail')
    expect(JSON.parse(io.outputs.reasons!)).toEqual([
      { code: 'matrix-exceeded', message: '1 critical finding; system level 3 allows 0' },
      { code: 'score-below-threshold', message: 'risk score 60 is below the threshold 75' },
    ])
  })

  it('fail: false reports the failing verdict but keeps the step green', async () => {
    const io = setup(report('scan-iac', many('critical', 1)))
    const outcome = await run(inputs({ findings: 'reports', fail: 'false' }), io, () => NOW)
    expect(outcome).toEqual({ ok: true })
    expect(io.outputs.verdict).toBe('fail')
    expect(io.lines).toContain(
      'Warning: The verdict is fail; the step passes because `fail` is false (report only).',
    )
  })

  it('bad policy is bad input (thrown for the entry point), not a verdict', async () => {
    const io = setup()
    await expect(
      run(inputs({ findings: 'reports', policy: 'missing.yml' }), io, () => NOW),
    ).rejects.toThrow("Input 'policy': missing.yml does not exist or is not a file")
    expect(io.outputs.verdict).toBeUndefined()
  })
})
