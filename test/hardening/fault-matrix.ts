/**
 * One table test per scan action: each fault of FAULTS is played by a stand-in scanner given as
 * `<tool>-path` to the action's built bundle; every fault but the valid ones (control, BOM) must end
 * in a failed report with a reason, a failed step, and a failing quality gate over that report.
 * The timeout is played through runScan with a sub-second limit, because `timeout-minutes` takes
 * whole minutes and a real minute per action is too slow for the suite.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActionIO } from '@portcullis/action-kit'
import { parseReport, type FindingsReport, type ToolProvenance } from '@portcullis/core'
import type { ScanOutcome } from '@portcullis/scan'
import { readFileSync } from 'node:fs'
import { fakeIO } from '../support/fake-io.js'
import {
  expectOnlyOwnCommands,
  fakeTool,
  FAULTS,
  gateOver,
  hostileTemp,
  markdownTable,
  reportOf,
  stableReason,
  syncDocSection,
  type Fault,
  type FaultId,
  type FakeToolSpec,
  type Payloads,
} from '../support/hostile.js'
import { runAction } from '../support/runner.js'

export interface MatrixSpec {
  readonly action: string
  readonly tool: FakeToolSpec
  /** The `<tool>-path` input. */
  readonly toolInput: string
  /** Other inputs of the step (strings as the runner passes them). */
  readonly inputs: () => Readonly<Record<string, string>>
  /** The workspace the step runs in (created once). */
  readonly workspace: () => string
  /** Writes the valid sample and the deeply nested document in the tool's format. */
  readonly payloads: (dir: string) => Payloads
  /**
   * Runs the action's own engines through runScan with `install` resolving to `binary` and the
   * given time limit, so the timeout fault needs no real minute.
   */
  readonly pipeline: (
    io: ActionIO,
    binary: ToolProvenance,
    timeoutMinutes: number,
  ) => Promise<ScanOutcome>
  /** Time limit for the timeout fault, in minutes (default 0.005, i.e. 0.3 s). */
  readonly timeoutMinutes?: number
  /**
   * Faults whose handling has a known defect (the value names it): their test is `it.fails`, and
   * the docs row says so. Remove an entry once the defect is fixed (the test then fails until it is).
   */
  readonly knownDefects?: Partial<Record<FaultId, string>>
}

interface Row {
  readonly fault: Fault
  readonly status: string
  readonly step: string
  readonly gate: string
  readonly reason: string
}

const SHA = 'f00d'.padEnd(40, '0')

/** Defines the fault matrix suite of one action (call inside a test file's top level). */
export function faultMatrix(spec: MatrixSpec): void {
  describe(`${spec.action}: fault matrix`, () => {
    const rows = new Map<string, Row>()
    let payloads: Payloads
    let workspace: string
    let controlFindings: number | undefined

    beforeAll(() => {
      const dir = hostileTemp(`payloads-${spec.action}-`)
      payloads = spec.payloads(dir)
      workspace = spec.workspace()
    })
    afterAll(() => rows.clear())

    async function check(
      fault: Fault,
      report: FindingsReport,
      reportPath: string,
      step: string,
    ): Promise<void> {
      const gate = await gateOver(reportPath, SHA)
      const scanFailed = gate.reasons.filter((r) => r.code === 'scan-failed')
      if (fault.passes) {
        expect(report.status, report.reason).toBe('complete')
        expect(scanFailed).toEqual([])
      } else {
        expect(report.status).toBe('failed')
        expect(report.reason, 'a failed report names its reason').toMatch(/\w{3,}/)
        expect(report.findings).toEqual([])
        expect(gate.exitCode, 'the gate fails the step').toBe(1)
        expect(gate.verdict).toBe('fail')
        expect(scanFailed).toHaveLength(1)
        expect(scanFailed[0]!.message).toContain(report.reason!.slice(0, 40))
      }
      const defect = spec.knownDefects?.[fault.id]
      rows.set(fault.id, {
        fault,
        status: report.status,
        step,
        gate: scanFailed.length > 0 ? 'fail (scan-failed)' : 'no scan-failed reason',
        reason:
          (stableReason(report.reason) || `${report.findings.length} finding(s)`) +
          (defect ? ` — **known defect**: ${defect}` : ''),
      })
      // A failure reason is for a user to act on: an internal error means the case was not handled.
      if (!fault.passes) expect(report.reason).not.toMatch(/^internal error/)
    }

    // A known defect may be a hang: its test gives up after 30 s instead of the suite's minute.
    const test = (fault: Fault) =>
      spec.knownDefects?.[fault.id]
        ? (name: string, fn: () => Promise<void>) => it.fails(name, fn, 30_000)
        : (name: string, fn: () => Promise<void>) => it(name, fn)

    for (const fault of FAULTS) {
      if (fault.id === 'timeout') {
        test(fault)(`timeout: ${fault.what}`, async () => {
          const fake = fakeTool(spec.tool, 'sleep 30\nexit 0')
          const io = fakeIO({ workspace, sha: SHA })
          const binary: ToolProvenance = {
            name: spec.tool.name,
            version: /(\d+\.\d+\.\d+)/.exec(spec.tool.versionText)?.[1] ?? 'unknown',
            source: 'input-path',
            path: fake,
          }
          const started = Date.now()
          const outcome = await spec.pipeline(io, binary, spec.timeoutMinutes ?? 0.005)
          // Stopped at the limit (plus the kill), not after the stand-in's 30 s.
          expect(Date.now() - started).toBeLessThan(20_000)
          expect(outcome.outcome.ok).toBe(false)
          expect(outcome.report.reason).toMatch(/did not finish within .* and was stopped/)
          const report = parseReport(readFileSync(outcome.reportPath, 'utf8'), 'report')
          await check(fault, report, outcome.reportPath, 'not ok (runScan)')
        })
        continue
      }
      test(fault)(`${fault.id}: ${fault.what}`, async () => {
        const path =
          fault.body === undefined
            ? join(hostileTemp('missing-'), 'no-such-dir', spec.tool.name)
            : fakeTool(spec.tool, fault.body(spec.tool, payloads))
        const result = await runAction(spec.action, {
          workspace,
          sha: SHA,
          timeoutMs: 180_000,
          inputs: { ...spec.inputs(), [spec.toolInput]: path, 'upload-sarif': 'false' },
        })
        expect(result.timedOut).toBe(false)
        expectOnlyOwnCommands(result)
        const report = reportOf(result)
        expect(result.outputs.status).toBe(report.status)
        if (fault.passes) {
          expect(result.exitCode, result.stdout).toBe(0)
          if (fault.id === 'control') controlFindings = report.findings.length
          else {
            // The BOM changes nothing: the same findings as the plain report.
            expect(controlFindings, 'the control ran first').toBeDefined()
            expect(report.findings.length).toBe(controlFindings)
          }
          expect(report.findings.length, 'the sample has findings').toBeGreaterThan(0)
        } else {
          expect(result.exitCode, result.stdout).toBe(1)
          expect(result.outputs.sarif).toBe('')
          const errors = result.annotations.filter((a) => a.command === 'error')
          expect(errors.map((e) => e.message).join('\n')).toContain('scan failed')
        }
        await check(fault, report, result.outputs.report!, result.exitCode === 0 ? 'ok' : 'failed')
      })
    }

    it('docs/hardening.md has this matrix', () => {
      const unfinished = FAULTS.filter((f) => !rows.has(f.id))
      expect(
        unfinished.filter((f) => !spec.knownDefects?.[f.id]).map((f) => f.id),
        'every fault ran',
      ).toEqual([])
      const table = markdownTable(
        ['fault', 'stand-in', 'report', 'step', 'gate', 'reason'],
        FAULTS.map((f) => {
          const r = rows.get(f.id)
          if (!r) {
            const defect = spec.knownDefects?.[f.id] ?? ''
            return [f.id, f.what, '—', 'did not finish in 30 s', '—', `**known defect**: ${defect}`]
          }
          return [f.id, f.what, r.status, r.step, r.gate, r.reason]
        }),
      )
      syncDocSection(
        `faults-${spec.action}`,
        `## Faults: ${spec.action} (${spec.tool.name} stand-in)\n\n${table}`,
      )
    })
  })
}

/** Writes `text` to `dir/name` and returns the path. */
export function payloadFile(dir: string, name: string, text: string | Buffer): string {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
