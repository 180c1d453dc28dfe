import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { runAction, type RunResult } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { debian11TestCopy } from './ssg.js'

const SHA = 'f1a1'.padEnd(40, '0')

/**
 * The final stage of a pipeline: the compliance bundle's real report, judged by the built
 * quality-gate bundle. The policy narrows `final` to the compliance scan so the other scans of a
 * full pipeline need not run here; the severity matrix and the missing-report rule are the defaults.
 */
describeWithTools(['oscap'], 'final-stage gate over the compliance report', (tools) => {
  let ds: ReturnType<typeof debian11TestCopy>
  let work: string
  let workspace: string
  let failing: RunResult
  let broken: RunResult
  beforeAll(async () => {
    ds = debian11TestCopy()
    work = mkdtempSync(join(tmpdir(), 'portcullis-final-gate-'))
    workspace = join(work, 'workspace')
    mkdirSync(workspace)
    writeFileSync(join(workspace, 'policy.yml'), 'version: 1\nstages:\n  final: [compliance]\n')
    const compliance = (inputs: Record<string, string>) =>
      runAction('compliance', {
        sha: SHA,
        timeoutMs: 180_000,
        inputs: {
          'oscap-path': tools.oscap,
          'upload-sarif': 'false',
          datastream: ds.path,
          ...inputs,
        },
      })
    // One rule passes, one fails (medium): a report with exactly one compliance finding.
    failing = await compliance({
      'rules-include': 'file_owner_etc_passwd,file_permissions_systemmap',
    })
    broken = await compliance({ profile: 'no_such_profile' })
  })
  afterAll(() => {
    ds?.remove()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  const gate = (findings: string, level: string) =>
    runAction('quality-gate', {
      sha: SHA,
      workspace,
      inputs: { findings, stage: 'final', 'system-level': level, policy: 'policy.yml' },
    })

  it('the compliance run produced the report the gate reads', () => {
    expect(failing.exitCode).toBe(0)
    expect(failing.outputs.total).toBe('1')
    expect(JSON.parse(failing.outputs.counts!)).toMatchObject({ medium: 1 })
    expect(broken.exitCode).toBe(1)
    expect(broken.outputs.status).toBe('failed')
  })

  it('passes when the failures are within the level allowance (level 3 allows 2 medium)', async () => {
    const result = await gate(dirname(failing.outputs.report!), '3')
    expect(result.outputs.verdict).toBe('pass')
    expect(result.exitCode).toBe(0)
  })

  it('fails when the compliance failures exceed the level allowance (level 4 allows none)', async () => {
    const result = await gate(dirname(failing.outputs.report!), '4')
    expect(result.outputs.verdict).toBe('fail')
    expect(result.exitCode).toBe(1)
    expect(result.outputs.reasons).toMatch(/matrix-exceeded/)
    expect(result.outputs.reasons).toMatch(/medium/)
  })

  it('fails when the compliance report is missing', async () => {
    const empty = join(work, 'no-reports')
    mkdirSync(empty)
    expect(readdirSync(empty)).toEqual([])
    const result = await gate(empty, '3')
    expect(result.outputs.verdict).toBe('fail')
    expect(result.exitCode).toBe(1)
    expect(result.outputs.reasons).toMatch(/missing-scan/)
    expect(result.outputs.reasons).toMatch(
      /stage 'final' requires the compliance scan \(compliance report\) and none was found/,
    )
  })

  it('fails when the compliance scan itself failed', async () => {
    const result = await gate(dirname(broken.outputs.report!), '3')
    expect(result.outputs.verdict).toBe('fail')
    expect(result.outputs.reasons).toMatch(/scan-failed/)
    expect(result.outputs.reasons).toMatch(/no_such_profile/)
  })
})
