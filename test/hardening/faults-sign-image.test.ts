import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { readInputs } from '@portcullis/action-kit'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { INPUTS } from '../../actions/sign-image/src/inputs.js'
import { run } from '../../actions/sign-image/src/run.js'
import { writeAppImage } from '../actions/scan-image/image-fixture.js'
import { fakeIO } from '../support/fake-io.js'
import {
  cosignFake,
  deepJson,
  expectOnlyOwnCommands,
  fakeTool,
  FAULTS,
  gateOver,
  hostileTemp,
  markdownTable,
  reportOf,
  stableReason,
  stdoutReport,
  syncDocSection,
  type Fault,
  type FaultId,
} from '../support/hostile.js'
import { pushLayout } from '../support/oci.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'

/**
 * sign-image's fault matrix, against a local registry (the tag is resolved to its digest first) and
 * real cosign 2.5 for every call the stand-in does not play.
 *
 * - verify: the stand-in plays `cosign verify`, whose stdout (the verified signatures, JSON) the
 *   action parses; the valid output is recorded from the real cosign verifying a real signature
 *   when the suite starts. Every fault but the valid ones must end in a failed report; two more rows
 *   play real "not verified" answers, which must end in a critical signature finding.
 * - sign: the stand-in runs the real `cosign sign` and then misbehaves (its output is not parsed,
 *   so only the process faults apply).
 *
 * The timeout is played through the action's run() with a 0.3 s limit (`timeout-minutes` is whole
 * minutes). Every report then goes through the built quality gate, which must fail on each fault.
 */

const execFileAsync = promisify(execFile)
const PASSWORD = ['faults', 'sign', 'pw'].join('-')
const SHA = 'c051'.padEnd(40, '0')

/** What the stand-in does where FAULTS' wording (a report file, runScan) does not fit cosign. */
const TIMEOUT_WHAT =
  "sleeps past the time limit (the action's run() with a 0.3 s limit: `timeout-minutes` is whole minutes)"
const SIGN_WHAT: Partial<Record<FaultId, string>> = {
  control: 'runs the real cosign sign (no fault)',
  signal: 'runs the real cosign sign, then is killed by SIGKILL',
  'exit-code': 'runs the real cosign sign, then exits 42',
  timeout: TIMEOUT_WHAT,
}

/** The reason each fault must give (the matrix shows the whole text). */
const SAYS: Partial<Record<FaultId, RegExp>> = {
  missing: /^Input 'cosign-path': no executable cosign at /,
  signal: /^cosign (sign|verify) was killed by signal SIGKILL$/,
  timeout: /^cosign (sign|verify) did not finish in time$/,
  'exit-code': /^cosign (sign failed|verify could not check the signature) \(exit code 42\)$/,
  'empty-output': /has no JSON payload/,
  'zero-byte': /has no JSON payload/,
  invalid: /has no JSON payload/,
  // cosign's stdout starts with a newline: the first byte, then spaces, holds no JSON at all.
  enormous: /has no JSON payload/,
  truncated: /has a JSON payload that does not parse/,
  'deep-nesting': /signature 0 is not an object/,
}

type Call = 'sign' | 'verify'
type Expect = 'complete' | 'failed' | 'signature'

interface Case {
  readonly call: Call
  readonly id: FaultId | 'other-digest' | 'wrong-key'
  readonly what: string
  readonly expect: Expect
  /** What the failed report's reason (or the signature finding's description) must say. */
  readonly says?: RegExp
  /** Stand-in body (after the version probe), built once the samples are recorded; undefined: missing binary or timeout. */
  readonly body?: () => string
}

interface Row {
  readonly call: Call
  readonly id: string
  readonly what: string
  readonly status: string
  readonly step: string
  readonly gate: string
  readonly reason: string
}

describeWithTools(['cosign', 'skopeo', 'docker-registry'], 'sign-image faults', (tools) => {
  let registry: TestRegistry
  let workspace: string
  let ref: string
  let keys: string
  /** Recorded from the real cosign: stdout and stderr of a verification, and a refusal. */
  let sample: string
  let banner: string
  let otherSample: string
  let otherBanner: string
  let wrongKey: { stderr: string; code: number }
  let wrongKeyStderr: string
  let deep: string
  const rows = new Map<string, Row>()

  const cosign = (args: string[], env: Record<string, string> = {}) =>
    execFileAsync(tools.cosign, args, {
      cwd: keys,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    })
  const insecure = ['--allow-http-registry', '--allow-insecure-registry']

  beforeAll(async () => {
    registry = await startRegistry()
    workspace = hostileTemp('faults-sign-ws-')
    keys = join(workspace, 'keys')
    mkdirSync(join(keys, 'other'), { recursive: true })
    await cosign(['generate-key-pair'], { COSIGN_PASSWORD: PASSWORD })
    await execFileAsync(tools.cosign, ['generate-key-pair'], {
      cwd: join(keys, 'other'),
      env: { ...process.env, COSIGN_PASSWORD: 'other' },
    })
    ref = `${registry.host}/portcullis/app:v1`
    const digest = await writeAppImage(join(workspace, 'v1'), 'v1')
    const otherDigest = await writeAppImage(join(workspace, 'v2'), 'v2')
    await pushLayout(join(workspace, 'v1'), ref, 'v1')
    await pushLayout(join(workspace, 'v2'), `${registry.host}/portcullis/app:v2`, 'v1')
    const dir = hostileTemp('faults-sign-payloads-')
    const record = async (image: string, name: string): Promise<[string, string]> => {
      const pinned = `${registry.host}/portcullis/app@${image}`
      await cosign(
        ['sign', '--yes', '--key', 'cosign.key', '--tlog-upload=false', ...insecure, pinned],
        {
          COSIGN_PASSWORD: PASSWORD,
        },
      )
      const { stdout, stderr } = await cosign([
        'verify',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog',
        ...insecure,
        '--output',
        'json',
        pinned,
      ])
      const out = join(dir, `${name}.json`)
      const err = join(dir, `${name}.stderr`)
      writeFileSync(out, stdout)
      writeFileSync(err, stderr)
      return [out, err]
    }
    ;[sample, banner] = await record(digest, 'verify')
    ;[otherSample, otherBanner] = await record(otherDigest, 'verify-other')
    const refused = await cosign([
      'verify',
      '--key',
      join(keys, 'other', 'cosign.pub'),
      '--insecure-ignore-tlog',
      ...insecure,
      '--output',
      'json',
      `${registry.host}/portcullis/app@${digest}`,
    ]).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    )
    expect(refused, 'the real cosign refuses a signature of another key').toBeDefined()
    wrongKey = { stderr: refused!.stderr ?? '', code: refused!.code ?? -1 }
    wrongKeyStderr = join(dir, 'wrong-key.stderr')
    writeFileSync(wrongKeyStderr, wrongKey.stderr)
    deep = join(dir, 'deep.json')
    writeFileSync(
      deep,
      deepJson((inner) => `[${inner}]`),
    )
  }, 180_000)
  afterAll(async () => {
    await registry?.stop()
  })

  const signInputs = (): Record<string, string> => ({
    image: ref,
    key: join(keys, 'cosign.key'),
    'key-password': PASSWORD,
    'tlog-upload': 'false',
    'allow-insecure-registry': 'true',
  })
  const verifyInputs = (): Record<string, string> => ({
    mode: 'verify',
    image: ref,
    key: join(keys, 'cosign.pub'),
    'tlog-upload': 'false',
    'allow-insecure-registry': 'true',
  })

  function cases(): Case[] {
    const verify = () =>
      cosignFake(tools.cosign, 'verify', `cat '${sample}' > "$OUT"\ncat '${banner}' >&2\nRC=0`)
    const sign = cosignFake(tools.cosign, 'sign', '"$REAL" "$@"\nRC=$?')
    const payloads = () => ({ sample, deep })
    const verifyCases: Case[] = FAULTS.map((f: Fault) => ({
      call: 'verify',
      id: f.id,
      what: f.id === 'timeout' ? TIMEOUT_WHAT : f.what,
      expect: f.passes ? 'complete' : 'failed',
      ...(SAYS[f.id] ? { says: SAYS[f.id] } : {}),
      ...(f.body ? { body: () => stdoutReport(f.body!(verify(), payloads())) } : {}),
    }))
    verifyCases.push(
      {
        call: 'verify',
        id: 'other-digest',
        what: "the real output of verifying another image's signature, exit 0",
        expect: 'signature',
        says: /cosign verified signatures for sha256:[0-9a-f]{64}, none for sha256:/,
        body: () => stdoutReport(`cat '${otherSample}' > "$OUT"\ncat '${otherBanner}' >&2\nexit 0`),
      },
      {
        call: 'verify',
        id: 'wrong-key',
        what: 'the real refusal of a signature made by another key (its stderr and exit code)',
        expect: 'signature',
        says: /Error: no matching signatures/,
        body: () => `cat '${wrongKeyStderr}' >&2\nexit ${wrongKey.code}`,
      },
    )
    const processFaults: FaultId[] = ['control', 'missing', 'signal', 'timeout', 'exit-code']
    const signCases: Case[] = FAULTS.filter((f) => processFaults.includes(f.id)).map((f) => ({
      call: 'sign',
      id: f.id,
      what: SIGN_WHAT[f.id] ?? f.what,
      expect: f.passes ? 'complete' : 'failed',
      ...(SAYS[f.id] ? { says: SAYS[f.id] } : {}),
      ...(f.body ? { body: () => f.body!(sign, payloads()) } : {}),
    }))
    return [...signCases, ...verifyCases]
  }

  const stable = (text: string) => stableReason(text.replaceAll(registry.host, '<registry>'))

  async function check(
    c: Case,
    report: FindingsReport,
    reportPath: string,
    step: string,
  ): Promise<void> {
    expect(report.action).toBe('sign-image')
    const gate = await gateOver(reportPath, SHA)
    const codes = [...new Set(gate.reasons.map((r) => r.code))]
    const signature = report.findings.filter((f) => f.category === 'signature')
    if (c.expect === 'complete') {
      expect(report.status, report.reason).toBe('complete')
      expect(report.findings).toEqual([])
      // A single report at the default stage: only the other scans of the stage are missing.
      expect(codes).toEqual(['missing-scan'])
    } else {
      expect(gate.exitCode, 'the gate fails the step').toBe(1)
      expect(gate.verdict).toBe('fail')
    }
    if (c.expect === 'failed') {
      expect(report.status).toBe('failed')
      expect(report.reason, 'a failed report names its reason').toMatch(/\w{3,}/)
      expect(report.reason).not.toMatch(/^internal error/)
      expect(report.reason).toMatch(c.says!)
      expect(report.findings).toEqual([])
      const failed = gate.reasons.filter((r) => r.code === 'scan-failed')
      expect(failed).toHaveLength(1)
      expect(failed[0]!.message).toContain(report.reason!.slice(0, 40))
    }
    if (c.expect === 'signature') {
      expect(report.status, report.reason).toBe('complete')
      expect(signature.map((f) => [f.ruleId, f.severity])).toEqual([
        ['signature-not-verified', 'critical'],
      ])
      expect(signature[0]!.image?.digest).toBe(report.target.digest)
      expect(signature[0]!.description).toMatch(c.says!)
      // The critical finding itself fails the gate, not only the missing scans.
      expect(codes).toContain('matrix-exceeded')
    }
    rows.set(`${c.call}/${c.id}`, {
      call: c.call,
      id: c.id,
      what: c.what,
      status: report.status,
      step,
      gate: `${gate.verdict ?? '—'}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`,
      reason:
        report.status === 'failed'
          ? stable(report.reason ?? '')
          : signature.length > 0
            ? `critical signature finding: ${stable(signature[0]!.description ?? '')}`
            : c.call === 'verify'
              ? 'verified'
              : 'signed',
    })
  }

  for (const c of cases()) {
    it(`${c.call} / ${c.id}: ${c.what}`, async () => {
      const raw = c.call === 'sign' ? signInputs() : verifyInputs()
      if (c.id === 'timeout') {
        const path = fakeTool(
          cosignFake(tools.cosign, c.call, ''),
          stdoutReport('sleep 30\nexit 0'),
        )
        const io = fakeIO({ workspace, sha: SHA })
        const inputs = {
          ...readInputs(INPUTS, (n) => ({ ...raw, 'cosign-path': path })[n]),
          timeoutMinutes: 0.005,
        }
        const started = Date.now()
        const outcome = await run(inputs, io)
        // Stopped at the limit (plus the kill), not after the stand-in's 30 s.
        expect(Date.now() - started).toBeLessThan(20_000)
        expect(outcome.ok).toBe(false)
        const path2 = io.outputs.report!
        const report = parseReport(readFileSync(path2, 'utf8'), path2)
        expect(report.reason).toMatch(/did not finish in time/)
        await check(c, report, path2, 'not ok (run)')
        return
      }
      const path =
        c.body === undefined
          ? join(hostileTemp('missing-'), 'no-such-dir', 'cosign')
          : fakeTool(cosignFake(tools.cosign, c.call, ''), c.body())
      const result = await runAction('sign-image', {
        workspace,
        sha: SHA,
        timeoutMs: 180_000,
        inputs: { ...raw, 'cosign-path': path },
      })
      expect(result.timedOut).toBe(false)
      expectOnlyOwnCommands(result, [raw.key!, ...(raw['key-password'] ? [PASSWORD] : [])])
      const report = reportOf(result)
      expect(result.exitCode, result.stdout).toBe(c.expect === 'complete' ? 0 : 1)
      if (c.call === 'verify') {
        expect(result.outputs.verified).toBe(c.expect === 'complete' ? 'true' : 'false')
      }
      await check(c, report, result.outputs.report!, result.exitCode === 0 ? 'ok' : 'failed')
    }, 200_000)
  }

  it('docs/hardening.md has this matrix', () => {
    const all = cases()
    expect(
      all.filter((c) => !rows.has(`${c.call}/${c.id}`)).map((c) => `${c.call}/${c.id}`),
      'every fault ran',
    ).toEqual([])
    const table = markdownTable(
      ['call', 'fault', 'stand-in', 'report', 'step', 'gate', 'reason'],
      all.map((c) => {
        const r = rows.get(`${c.call}/${c.id}`)!
        return [`cosign ${r.call}`, r.id, r.what, r.status, r.step, r.gate, r.reason]
      }),
    )
    syncDocSection(
      'faults-sign-image',
      [
        '## Faults: sign-image (cosign stand-in)',
        '',
        'The stand-in plays one cosign call; the version probe, `cosign triangulate` and (for verify)',
        'the signing run the real cosign 2.5 against a local registry. "signature" rows are real',
        'refusals: the report is complete and holds a critical signature finding.',
        '',
        table,
      ].join('\n'),
    )
  })
})
