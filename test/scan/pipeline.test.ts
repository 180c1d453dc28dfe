import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  fileFingerprint,
  parseReport,
  ruleFingerprint,
  ScanFailedError,
  type Finding,
} from '@portcullis/core'
import {
  FINDINGS_HELD,
  FindingStore,
  runTool,
  type CommonScanInputs,
  type InstallPorts,
  type ScanEngine,
  type ToolRequest,
} from '@portcullis/engine'
import {
  CHECK_RUN_ANNOTATIONS,
  runnerScanDeps,
  runScan,
  type CheckRunRequest,
  type ScanReport,
} from '@portcullis/scan'
import { fakeIO } from '../support/fake-io.js'

/** The common inputs, and the fake engine's `sh-path` as an action offering it would have it. */
const COMMON: CommonScanInputs & { readonly shPath: string | undefined } = {
  engine: 'fake',
  shPath: undefined,
  version: undefined,
  toolMirror: undefined,
  toolSha256: undefined,
  ignoreFile: undefined,
  uploadSarif: true,
  annotate: true,
  checkRun: false,
  comment: false,
  githubToken: undefined,
  outputDir: undefined,
  timeoutMinutes: 1,
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ws-'))
  writeFileSync(join(dir, 'main.tf'), 'resource "x" "y" {\n  public = true\n}\n')
  return dir
}

const SH_TOOL = { name: 'sh', pathInput: 'sh-path', source: 'release' } as const
const sh = { name: 'sh', version: '1', source: 'path' as const, path: '/bin/sh' }

function engine(
  run: ScanEngine<CommonScanInputs>['run'],
): Record<string, ScanEngine<CommonScanInputs>> {
  return { fake: { name: 'fake', tool: SH_TOOL, run } }
}

describe('runScan', () => {
  it('writes a complete report, SARIF with line hashes, annotations, summary and outputs', async () => {
    const ws = workspace()
    const io = fakeIO({ workspace: ws })
    const uploads: string[] = []
    const { outcome, report, reportPath, sarifPath } = await runScan(
      {
        action: 'scan-iac',
        engines: engine(async (ctx) => ({
          scanner: { name: 'fake', version: '1.0' },
          target: { kind: 'path', name: '.' },
          notices: [],
          findings: [
            {
              fingerprint: fileFingerprint({
                ruleId: 'R1',
                path: 'main.tf',
                content: ctx.readLines('main.tf', 2, 2) ?? '',
              }),
              category: 'misconfiguration',
              ruleId: 'R1',
              title: 'Public resource',
              severity: 'high',
              location: { path: 'main.tf', startLine: 2, endLine: 2 },
            },
          ],
        })),
        inputs: COMMON,
        target: { kind: 'path', name: '.' },
      },
      io,
      {
        install: async () => sh,
        upload: async (_log, category) => {
          uploads.push(category)
          return { uploaded: true, message: 'uploaded' }
        },
      },
    )
    expect(outcome).toEqual({ ok: true })
    expect(parseReport(readFileSync(reportPath, 'utf8'), reportPath).findings).toHaveLength(1)
    expect(report.tool).toEqual(sh)
    const sarif = JSON.parse(readFileSync(sarifPath!, 'utf8'))
    expect(sarif.runs[0].automationDetails.id).toBe('portcullis/scan-iac/fake/default/')
    expect(sarif.runs[0].results[0].partialFingerprints.primaryLocationLineHash).toMatch(
      /^[0-9a-f]{16}:1$/,
    )
    expect(uploads).toEqual(['portcullis/scan-iac/fake/default/'])
    expect(io.outputs).toMatchObject({
      total: '1',
      status: 'complete',
      counts: '{"critical":0,"high":1,"medium":0,"low":0,"info":0}',
    })
    expect(io.annotations).toEqual([
      {
        level: 'error',
        title: 'HIGH R1',
        message: 'Public resource',
        file: 'main.tf',
        startLine: 2,
        endLine: 2,
      },
    ])
    expect(io.summaries.join('\n')).toMatch(/scan-iac: 1 finding\(s\)/)
  })

  it.each([
    ['a crash', 'kill -9 $$', /killed by signal SIGKILL/],
    [
      'an unexpected exit code',
      'echo "fatal: bad config" >&2; exit 2',
      /exited with code 2: fatal: bad config/,
    ],
  ])(
    'turns %s into a failed report, no SARIF, no upload, and a failed step',
    async (_name, script, reason) => {
      const ws = workspace()
      const io = fakeIO({ workspace: ws })
      let uploaded = false
      const { outcome, report, reportPath, sarifPath } = await runScan(
        {
          action: 'scan-secrets',
          engines: engine(async (ctx) => {
            await runTool(ctx, { args: ['-c', script], okExitCodes: [0, 1] })
            throw new Error('unreachable')
          }),
          inputs: COMMON,
          target: { kind: 'path', name: '.' },
        },
        io,
        {
          install: async () => sh,
          upload: async () => ((uploaded = true), { uploaded: true, message: '' }),
        },
      )
      expect(report.status).toBe('failed')
      expect(report.reason).toMatch(reason)
      expect(parseReport(readFileSync(reportPath, 'utf8'), reportPath).findings).toEqual([])
      expect(sarifPath).toBeUndefined()
      expect(uploaded).toBe(false)
      expect(outcome.ok).toBe(false)
      expect(io.outputs.status).toBe('failed')
      expect(io.summaries.join('\n')).toMatch(/scan failed/)
    },
  )

  it('writes a failed report when the scanner cannot be installed', async () => {
    const io = fakeIO({ workspace: workspace() })
    const { report, reportPath } = await runScan(
      {
        action: 'scan-deps',
        engines: engine(async () => {
          throw new ScanFailedError('x')
        }),
        inputs: COMMON,
        target: { kind: 'path', name: '.' },
      },
      io,
      {
        install: async () => {
          throw new ScanFailedError('no trivy for this platform')
        },
      },
    )
    expect(existsSync(reportPath)).toBe(true)
    expect(report).toMatchObject({ status: 'failed', reason: 'no trivy for this platform' })
  })

  it("installs through the engine's own installer when it declares one, with the runner's ports", async () => {
    const ws = workspace()
    const io = fakeIO({ workspace: ws, env: { PATH: '/opt/own/bin' } })
    const asked: { request: ToolRequest; ports: InstallPorts }[] = []
    const own: ScanEngine<CommonScanInputs> = {
      // 'sh' is no tool of the manifest: the release installer would fail the scan.
      ...engine(async (ctx) => ({
        scanner: { name: 'fake', version: ctx.binary.version },
        target: { kind: 'path', name: '.' },
        notices: [],
        findings: [],
      })).fake!,
      install: async (request, ports) => {
        asked.push({ request, ports })
        return { ...sh, version: '9.9', source: 'system' }
      },
    }
    const ownInputs = { ...COMMON, version: '9.9', shPath: ' bin/sh ' }
    const { report } = await runScan(
      {
        action: 'compliance',
        engines: { fake: own },
        inputs: ownInputs,
        target: { kind: 'host', name: 'h' },
      },
      io,
      runnerScanDeps(io, COMMON),
    )
    expect(report).toMatchObject({ status: 'complete', tool: { name: 'sh', version: '9.9' } })
    expect(asked).toHaveLength(1)
    expect(asked[0]!.request).toEqual({ tool: 'sh', version: '9.9', toolPath: join(ws, 'bin/sh') })
    expect(asked[0]!.ports).toMatchObject({
      pathEnv: '/opt/own/bin',
      toolCache: io.context.toolCache,
      exec: io.exec,
      log: io.log,
    })
  })

  describe('a report that is no code-scanning analysis (sign-image)', () => {
    const request = (run: ScanEngine<CommonScanInputs>['run']) => ({
      action: 'sign-image' as const,
      engines: { fake: { ...engine(run).fake!, outputs: ['digest', 'verified'] } },
      inputs: COMMON,
      target: { kind: 'image' as const, name: 'r.example/app:v1' },
      reportName: 'sign-image-verify-r.example/app:v1',
      notices: ['mode: verify'],
      codeScanning: false,
      failedOutputs: (r: ScanReport) => ({ digest: r.target.digest ?? '', verified: 'false' }),
    })
    const DIGEST = `sha256:${'a'.repeat(64)}`

    it("opens with the request's notices, takes its report name, and writes no SARIF or scan outputs", async () => {
      const io = fakeIO({ workspace: workspace() })
      let uploaded = false
      const { outcome, report, reportPath, sarifPath } = await runScan(
        request(async () => ({
          scanner: { name: 'fake', version: '1' },
          target: { kind: 'image', name: 'r.example/app:v1', digest: DIGEST },
          notices: ['verified r.example/app@' + DIGEST],
          findings: [],
          outputs: { digest: DIGEST, verified: 'true' },
          summary: '- result: verified',
        })),
        io,
        {
          install: async () => sh,
          upload: async () => ((uploaded = true), { uploaded: true, message: '' }),
        },
      )
      expect(outcome).toEqual({ ok: true })
      expect(report.notices).toEqual(['mode: verify', `verified r.example/app@${DIGEST}`])
      expect(reportPath.endsWith('/sign-image-verify-r.example-app-v1.findings.json')).toBe(true)
      expect(sarifPath).toBeUndefined()
      expect(uploaded).toBe(false)
      expect(io.outputs).toEqual({ report: reportPath, digest: DIGEST, verified: 'true' })
      const summary = io.summaries.join('\n')
      expect(summary).not.toMatch(/SARIF|Code-scanning/)
      expect(summary).toContain('- result: verified')
    })

    it('a failed run keeps the notices and the target the engine resolved, and sets the failed outputs', async () => {
      const io = fakeIO({ workspace: workspace() })
      const { outcome, report } = await runScan(
        request(async (ctx) => {
          ctx.resolvedTarget?.({ kind: 'image', name: 'r.example/app:v1', digest: DIGEST })
          throw new ScanFailedError('cosign verify was killed by signal SIGKILL')
        }),
        io,
        { install: async () => sh },
      )
      expect(outcome.ok).toBe(false)
      expect(report).toMatchObject({
        status: 'failed',
        reason: 'cosign verify was killed by signal SIGKILL',
        notices: ['mode: verify'],
        target: { kind: 'image', name: 'r.example/app:v1', digest: DIGEST },
      })
      expect(io.outputs).toEqual({
        report: expect.stringMatching(/sign-image-verify-r\.example-app-v1\.findings\.json$/),
        digest: DIGEST,
        verified: 'false',
      })
    })
  })

  it('names the engine input when it is unknown', async () => {
    const io = fakeIO({ workspace: workspace() })
    await expect(
      runScan(
        {
          action: 'scan-iac',
          engines: engine(async () => {
            throw new Error()
          }),
          inputs: { ...COMMON, engine: 'snyk' },
          target: { kind: 'path', name: '.' },
        },
        io,
        { install: async () => sh },
      ),
    ).rejects.toThrow("Input 'engine': must be one of fake")
  })

  it("fails the scan when the action offers an engine without the engine's path input", async () => {
    const io = fakeIO({ workspace: workspace() })
    const { shPath: _, ...withoutPath } = COMMON
    const { report } = await runScan(
      {
        action: 'scan-iac',
        engines: engine(async () => {
          throw new Error('not reached')
        }),
        inputs: withoutPath,
        target: { kind: 'path', name: '.' },
      },
      io,
      { install: async () => sh },
    )
    expect(report).toMatchObject({
      status: 'failed',
      reason: "internal error: scan-iac offers engine fake without its 'sh-path' input",
    })
  })

  it('fails the scan when an engine sets an output it does not declare', async () => {
    const io = fakeIO({ workspace: workspace() })
    const result = {
      scanner: { name: 'fake', version: '1' },
      target: { kind: 'path', name: '.' } as const,
      notices: [],
      findings: [],
      outputs: { sbom: 'x.json', 'pass-rate': '100' },
    }
    const declared: ScanEngine<CommonScanInputs> = {
      ...engine(async () => result).fake!,
      outputs: ['sbom'],
    }
    const { report } = await runScan(
      {
        action: 'scan-deps',
        engines: { fake: declared },
        inputs: COMMON,
        target: { kind: 'path', name: '.' },
      },
      io,
      { install: async () => sh },
    )
    expect(report).toMatchObject({
      status: 'failed',
      reason:
        "internal error: engine fake set outputs that are not its own (undeclared, or the pipeline's): pass-rate",
    })
    expect(io.outputs['pass-rate']).toBeUndefined()
    const { report: ok } = await runScan(
      {
        action: 'scan-deps',
        engines: { fake: { ...declared, outputs: ['sbom', 'pass-rate'] } },
        inputs: COMMON,
        target: { kind: 'path', name: '.' },
      },
      io,
      { install: async () => sh },
    )
    expect(ok.status).toBe('complete')
    expect(io.outputs['pass-rate']).toBe('100')
    // An engine never sets the pipeline's own outputs, even when it declares them.
    const { report: own } = await runScan(
      {
        action: 'scan-deps',
        engines: {
          fake: {
            ...declared,
            outputs: ['status'],
            run: async () => ({ ...result, outputs: { status: 'complete' } }),
          },
        },
        inputs: COMMON,
        target: { kind: 'path', name: '.' },
      },
      io,
      { install: async () => sh },
    )
    expect(own).toMatchObject({
      status: 'failed',
      reason:
        "internal error: engine fake set outputs that are not its own (undeclared, or the pipeline's): status",
    })
  })

  it("names the engine's planned target in a failed report and its file name, and refuses a request with no target", async () => {
    const io = fakeIO({ workspace: workspace() })
    const planned: ScanEngine<CommonScanInputs> = {
      ...engine(async () => {
        throw new ScanFailedError('nmap could not resolve db.internal')
      }).fake!,
      plannedTarget: () => ({ kind: 'host', name: 'db.internal' }),
    }
    const { report, reportPath } = await runScan(
      { action: 'compliance', engines: { fake: planned }, inputs: COMMON },
      io,
      { install: async () => sh },
    )
    expect(report).toMatchObject({
      status: 'failed',
      target: { kind: 'host', name: 'db.internal' },
    })
    expect(reportPath).toMatch(/compliance-fake-db\.internal\.findings\.json$/)
    await expect(
      runScan(
        {
          action: 'compliance',
          engines: engine(async () => planned.run({} as never)),
          inputs: COMMON,
        },
        io,
        { install: async () => sh },
      ),
    ).rejects.toThrow('compliance names no target for engine fake')
  })
})

describe('runScan with findings added to a store', () => {
  const many = FINDINGS_HELD * 2 + 5
  const made = (i: number): Finding => ({
    fingerprint: ruleFingerprint(`R${i % 40}`, `pkg-${i}`),
    category: 'vulnerability',
    ruleId: `R${i % 40}`,
    title: `Finding ${i} ✓`,
    severity: (['low', 'critical', 'medium', 'high', 'info'] as const)[i % 5]!,
    ...(i % 4 === 0 ? { location: { path: 'main.tf', startLine: 2 } } : {}),
    ...(i % 9 === 0
      ? { suppression: { kind: 'in-source' as const, source: `ignore at x:${i}` } }
      : {}),
  })

  it('writes every finding to the report, SARIF, counts and summary, in order, and leaves no file behind', async () => {
    const ws = workspace()
    const io = fakeIO({ workspace: ws })
    const checkRuns: CheckRunRequest[] = []
    let stored = ''
    const { report, reportPath, sarifPath, tally } = await runScan(
      {
        action: 'scan-image',
        engines: engine(async (ctx) => {
          const findings = ctx.store()
          for (let i = 0; i < many; i += 1) findings.add(made(i))
          stored = readdirSync(ctx.workDir, { recursive: true }).join(',')
          return {
            scanner: { name: 'fake', version: '1.0' },
            target: { kind: 'path', name: '.' },
            notices: [],
            findings,
            fallbackPath: 'main.tf',
          }
        }),
        inputs: { ...COMMON, checkRun: true },
        target: { kind: 'path', name: '.' },
      },
      io,
      {
        install: async () => sh,
        checkRun: async (request) => (checkRuns.push(request), 'published'),
      },
    )
    expect(stored).toBe('')
    expect(report.status).toBe('complete')
    const expected = Array.from({ length: many }, (_, i) => made(i))
    const text = readFileSync(reportPath, 'utf8')
    const written = parseReport(text, reportPath)
    expect(written.findings).toEqual(expected)
    // Byte for byte what JSON.stringify of the whole report gives.
    expect(text).toBe(`${JSON.stringify({ ...written, findings: expected })}\n`)
    const counted = expected.filter((f) => !f.suppression)
    expect(tally.counted).toBe(counted.length)
    expect(io.outputs.total).toBe(String(counted.length))
    const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
    for (const f of counted) counts[f.severity] += 1
    expect(JSON.parse(io.outputs.counts!)).toEqual(counts)
    const sarif = JSON.parse(readFileSync(sarifPath!, 'utf8'))
    expect(
      sarif.runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) =>
          r.partialFingerprints['portcullisFingerprint/v1'],
      ),
    ).toEqual(expected.map((f) => f.fingerprint))
    // The summary's top findings: a stable sort of every counted finding by severity.
    const order = { critical: 0, high: 1, medium: 2, low: 3, info: 4 }
    const top = [...counted].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, 50)
    expect(tally.top()).toEqual(top)
    expect(io.summaries.join('\n')).toContain(
      `(50 of ${counted.length}; all are in the findings report)`,
    )
    expect(io.summaries.join('\n')).toMatch(/suppressed \d+ \(by ignore: \d+\)/)
    // The check run annotates the most severe located findings, and says how many more there are.
    const located = counted.filter((f) => f.location)
    const annotated = [...located]
      .sort((a, b) => order[a.severity] - order[b.severity])
      .slice(0, CHECK_RUN_ANNOTATIONS)
    expect(checkRuns[0]!.annotations.map((a) => a.message)).toEqual(annotated.map((f) => f.title))
    expect(checkRuns[0]!.summary).toContain(
      `${located.length - CHECK_RUN_ANNOTATIONS} more located finding(s) are not annotated here`,
    )
    // The findings written out during the scan are gone with it.
    expect(readdirSync(io.context.runnerTemp).filter((n) => n.startsWith('portcullis-'))).toEqual(
      [],
    )
  })

  it('fails the scan, never reports fewer findings, when the findings written out cannot be read back', async () => {
    const ws = workspace()
    const io = fakeIO({ workspace: ws })
    const { report, reportPath, outcome } = await runScan(
      {
        action: 'scan-image',
        engines: engine(async (ctx) => {
          const findings = ctx.store()
          for (let i = 0; i < many; i += 1) findings.add(made(i))
          const spilled = readdirSync(io.context.runnerTemp, { recursive: true })
            .map(String)
            .filter((n) => n.endsWith('.jsonl'))
          for (const name of spilled) truncateSync(join(io.context.runnerTemp, name), 100)
          return {
            scanner: { name: 'fake', version: '1.0' },
            target: { kind: 'path', name: '.' },
            notices: [],
            findings,
          }
        }),
        inputs: COMMON,
        target: { kind: 'path', name: '.' },
      },
      io,
      { install: async () => sh },
    )
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(/internal error: .*changed while the scan ran/)
    expect(parseReport(readFileSync(reportPath, 'utf8'), reportPath).findings).toEqual([])
    expect(outcome.ok).toBe(false)
    expect(io.outputs.status).toBe('failed')
  })
})

describe('runScan when findings read differently on a later pass', () => {
  /** A store whose passes after the first (the report's) drop a finding or fail. */
  class Flaky extends FindingStore {
    passes = 0
    constructor(
      path: string,
      private readonly later: 'drop' | 'throw',
    ) {
      super(path)
    }
    override *[Symbol.iterator](): Iterator<Finding> {
      this.passes += 1
      let n = 0
      const all = super[Symbol.iterator]()
      for (let next = all.next(); !next.done; next = all.next()) {
        const f = next.value
        n += 1
        if (this.passes > 1 && n === 2) {
          if (this.later === 'throw') throw new Error('findings file unreadable')
          continue
        }
        yield f
      }
    }
  }

  it.each([
    [
      'drops a finding',
      'drop',
      /internal error: the SARIF log has 2 results for the report's 3 findings/,
    ],
    ['fails', 'throw', /internal error: findings file unreadable/],
  ] as const)(
    'a SARIF pass that %s fails the scan: the report says failed, no SARIF is left, nothing is uploaded',
    async (_name, later, reason) => {
      const ws = workspace()
      const io = fakeIO({ workspace: ws })
      let uploaded = false
      const { report, reportPath, sarifPath, outcome } = await runScan(
        {
          action: 'scan-iac',
          engines: engine(async (ctx) => {
            const findings = new Flaky(join(ctx.workDir, 'flaky.jsonl'), later)
            for (let i = 0; i < 3; i += 1) {
              findings.add({
                fingerprint: ruleFingerprint(`R${i}`, 'x'),
                category: 'misconfiguration',
                ruleId: `R${i}`,
                title: `t${i}`,
                severity: 'high',
                location: { path: 'main.tf', startLine: 1 },
              })
            }
            return {
              scanner: { name: 'fake', version: '1.0' },
              target: { kind: 'path', name: '.' },
              notices: [],
              findings,
            }
          }),
          inputs: COMMON,
          target: { kind: 'path', name: '.' },
        },
        io,
        {
          install: async () => sh,
          upload: async () => ((uploaded = true), { uploaded: true, message: '' }),
        },
      )
      expect(report.status).toBe('failed')
      expect(report.reason).toMatch(reason)
      expect(parseReport(readFileSync(reportPath, 'utf8'), reportPath).status).toBe('failed')
      expect(sarifPath).toBeUndefined()
      expect(readdirSync(join(reportPath, '..')).filter((n) => n.endsWith('.sarif'))).toEqual([])
      expect(uploaded).toBe(false)
      expect(outcome.ok).toBe(false)
      expect(io.outputs.status).toBe('failed')
      expect(io.outputs.total).toBe('')
    },
  )
})
