import { describe, expect, it } from 'vitest'
import {
  REASON_CODES,
  SIGNATURE_VERIFY_NOTICE,
  evaluateGate,
  loadReports,
  type GateOptions,
  type GateResult,
  type LoadResult,
} from '@portcullis/gate'
import {
  NOW,
  OTHER_SHA,
  SHA,
  codeStage,
  failed,
  loaded,
  many,
  report,
  tempTree,
} from './helpers.js'

const OPTIONS: GateOptions = { systemLevel: 3, stage: 'code', commitSha: SHA, now: NOW }

function expectFailClosed(result: GateResult, code: string, message: RegExp): void {
  expect(result.verdict).toBe('fail')
  expect(result.reasons.filter((r) => r.code === code).map((r) => r.message)).toEqual([
    expect.stringMatching(message),
  ])
}

describe('fail-closed reasons', () => {
  it('passes the clean baseline scenario (so each case below fails for its own reason)', () => {
    const result = evaluateGate(loaded(codeStage()), OPTIONS)
    expect(result.reasons).toEqual([])
    expect(result.verdict).toBe('pass')
  })

  it('missing required scan: names the scan and the action', () => {
    const [secrets, , iac] = codeStage()
    const result = evaluateGate(loaded([secrets!, iac!]), OPTIONS)
    expect(result.reasons).toEqual([
      {
        code: 'missing-scan',
        message: "stage 'code' requires the deps scan (scan-deps report) and none was found",
      },
    ])
    expect(result.requiredScans.map((s) => [s.kind, s.files])).toEqual([
      ['secrets', ['secrets.json']],
      ['deps', []],
      ['iac', ['iac.json']],
    ])
  })

  it('no reports at all: every required scan is missing', () => {
    const result = evaluateGate(loaded([]), OPTIONS)
    expect(result.verdict).toBe('fail')
    expect(result.reasons.map((r) => r.code)).toEqual([
      'missing-scan',
      'missing-scan',
      'missing-scan',
    ])
  })

  it('report status failed: carries the scan’s own reason, and its findings are not "zero"', () => {
    const [secrets, , iac] = codeStage()
    const result = evaluateGate(
      loaded([
        secrets!,
        ['deps.json', failed('scan-deps', 'osv-scanner exited 127: not found')],
        iac!,
      ]),
      OPTIONS,
    )
    expect(result.reasons).toEqual([
      {
        code: 'scan-failed',
        message: 'scan-deps (osv-scanner) failed in deps.json: osv-scanner exited 127: not found',
      },
    ])
    expect(result.scanners.find((s) => s.file === 'deps.json')?.status).toBe('failed')
  })

  it('unreadable, non-JSON and schema-invalid reports are each named; the others are still read', () => {
    const good = report('scan-secrets')
    const dir = tempTree({
      'findings/secrets.json': good,
      'findings/deps.json': '{"schema": "urn:portcullis:findings-report", ',
      'findings/iac.json': { ...report('scan-iac'), status: 'done' },
    })
    const load = loadReports(['findings', 'findings/missing.json'], undefined, dir)
    expect(load.reports.map((r) => r.file)).toEqual(['findings/secrets.json'])
    expect(load.problems).toEqual([
      {
        code: 'unreadable-report',
        message: 'findings/missing.json (named in findings) does not exist',
      },
      {
        code: 'unreadable-report',
        message: expect.stringMatching(/^findings\/deps\.json is not valid JSON \(/),
      },
      {
        code: 'invalid-report',
        message: expect.stringMatching(
          /^Findings report findings\/iac\.json: .*\/status must be one of/,
        ),
      },
    ])
    const result = evaluateGate(load, OPTIONS)
    expect(result.verdict).toBe('fail')
    expect(result.reasons.map((r) => r.code)).toEqual([
      'unreadable-report',
      'unreadable-report',
      'invalid-report',
      'missing-scan',
      'missing-scan',
    ])
  })

  it('JSON that is not a report: skipped in a folder, invalid when named or named *.findings.json', () => {
    const raw = { SchemaVersion: 2, Results: [] }
    const dir = tempTree({
      'findings/sbom.cdx.json': raw,
      'findings/scan-iac-trivy.findings.json': raw,
      // The SBOM a scan action writes beside its report: expected there, skipped without a word.
      'findings/scan-image-trivy-app.cdx.json': {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        components: [],
      },
    })
    const load = loadReports(['findings'], undefined, dir)
    expect(load.notices).toEqual(['findings/sbom.cdx.json is not a findings report; skipped'])
    expect(load.problems).toEqual([
      {
        code: 'invalid-report',
        message: expect.stringContaining(
          'findings/scan-iac-trivy.findings.json: is not a Portcullis findings report',
        ),
      },
    ])
    const named = loadReports(['findings/sbom.cdx.json'], undefined, dir)
    expect(named.problems.map((p) => p.code)).toEqual(['invalid-report'])
  })

  it('report for another commit than the gated SHA', () => {
    const [secrets, deps] = codeStage()
    const result = evaluateGate(
      loaded([secrets!, deps!, ['iac.json', report('scan-iac', [], { commitSha: OTHER_SHA })]]),
      OPTIONS,
    )
    expect(result.reasons).toEqual([
      {
        code: 'commit-mismatch',
        message: `iac.json is for commit ${OTHER_SHA}, not the gated commit ${SHA}`,
      },
    ])
  })

  it('reports that disagree about the commit when none is given', () => {
    const [secrets, deps] = codeStage()
    const { commitSha: _omit, ...noSha } = OPTIONS
    const result = evaluateGate(
      loaded([secrets!, deps!, ['iac.json', report('scan-iac', [], { commitSha: OTHER_SHA })]]),
      noSha,
    )
    expectFailClosed(
      result,
      'commit-mismatch',
      /different commits.*secrets\.json, deps\.json.*iac\.json/,
    )
    expect(result.commitSha).toBeUndefined()
    const agreeing = evaluateGate(loaded(codeStage()), noSha)
    expect(agreeing.verdict).toBe('pass')
    expect(agreeing.commitSha).toBe(SHA)
  })

  it('two reports that contradict: fails and names both files', () => {
    const result = evaluateGate(
      loaded([...codeStage(), ['artifact-2/iac.json', report('scan-iac', many('low', 1))]]),
      OPTIONS,
    )
    expect(result.reasons).toEqual([
      {
        code: 'contradicting-reports',
        message:
          'iac.json (0 findings) and artifact-2/iac.json (1 findings) are both scan-iac by checkov of repository . but disagree; neither can be trusted over the other',
      },
    ])
  })

  it('the same report twice (two artifacts) is not a contradiction and counts once', () => {
    const iac = report('scan-iac', many('low', 2))
    const [secrets, deps] = codeStage()
    const result = evaluateGate(
      loaded([secrets!, deps!, ['iac.json', iac], ['copy/iac.json', iac]]),
      OPTIONS,
    )
    expect(result.reasons).toEqual([])
    expect(result.counts.low).toBe(2)
  })

  it('two engines on the same target are not a contradiction', () => {
    const result = evaluateGate(
      loaded([
        ...codeStage(),
        ['tfsec.json', report('scan-iac', many('low', 1), { scanner: 'tfsec' })],
      ]),
      OPTIONS,
    )
    expect(result.reasons).toEqual([])
  })

  it('stale report: older than the policy allows', () => {
    const [secrets, deps] = codeStage()
    const old = new Date(NOW.getTime() - 169 * 3_600_000)
    const result = evaluateGate(
      loaded([secrets!, deps!, ['iac.json', report('scan-iac', [], { finishedAt: old })]]),
      OPTIONS,
    )
    expect(result.reasons).toEqual([
      {
        code: 'stale-report',
        message: `iac.json finished ${old.toISOString()}, 169 hours ago; reports older than 168 hours are not trusted`,
      },
    ])
    const justInTime = new Date(NOW.getTime() - 168 * 3_600_000)
    const ok = evaluateGate(
      loaded([secrets!, deps!, ['iac.json', report('scan-iac', [], { finishedAt: justInTime })]]),
      OPTIONS,
    )
    expect(ok.reasons).toEqual([])
  })

  it('stale report: dated in the future', () => {
    const [secrets, deps] = codeStage()
    const future = new Date(NOW.getTime() + 3_600_000)
    const result = evaluateGate(
      loaded([secrets!, deps!, ['iac.json', report('scan-iac', [], { finishedAt: future })]]),
      OPTIONS,
    )
    expectFailClosed(result, 'stale-report', /^iac\.json is dated .* in the future/)
  })

  it('load problems of a baseline fail the gate in mode new', () => {
    const baseline: LoadResult = {
      reports: [],
      problems: [{ code: 'unreadable-report', message: 'base/deps.json is not valid JSON (x)' }],
      notices: [],
    }
    const result = evaluateGate(loaded(codeStage()), { ...OPTIONS, mode: 'new' }, baseline)
    expect(result.reasons).toEqual([
      { code: 'unreadable-report', message: 'baseline: base/deps.json is not valid JSON (x)' },
    ])
  })

  it('no fail-closed reason can produce pass, whatever the findings, score or fail flag', () => {
    const scenarios: LoadResult[] = [
      loaded(codeStage().slice(1)),
      loaded([...codeStage().slice(0, 2), ['iac.json', failed('scan-iac', 'checkov crashed')]]),
      { ...loaded(codeStage()), problems: [{ code: 'invalid-report', message: 'x.json: bad' }] },
      loaded([
        ...codeStage().slice(0, 2),
        ['iac.json', report('scan-iac', [], { commitSha: OTHER_SHA })],
      ]),
      loaded([...codeStage(), ['b/iac.json', report('scan-iac', many('info', 1))]]),
      loaded([
        ...codeStage().slice(0, 2),
        ['iac.json', report('scan-iac', [], { finishedAt: new Date(0) })],
      ]),
    ]
    for (const scenario of scenarios) {
      for (const fail of [true, false]) {
        const result = evaluateGate(scenario, { ...OPTIONS, riskThreshold: 0, fail })
        expect(result.verdict).toBe('fail')
        expect(result.failStep).toBe(fail)
        expect(result.matrix.passed && result.score.passed).toBe(true)
      }
    }
  })

  it('fail: false still computes and shows the verdict, it only keeps the step green', () => {
    const result = evaluateGate(loaded(codeStage(many('critical', 1))), { ...OPTIONS, fail: false })
    expect(result.verdict).toBe('fail')
    expect(result.failStep).toBe(false)
    expect(result.reasons.map((r) => r.code)).toEqual(['matrix-exceeded', 'score-below-threshold'])
  })

  it('ignores a previous quality-gate report found among the findings, with a notice', () => {
    const result = evaluateGate(
      loaded([...codeStage(), ['gate.json', report('quality-gate', many('critical', 3))]]),
      OPTIONS,
    )
    expect(result.verdict).toBe('pass')
    expect(result.notices).toContain('gate.json is a quality-gate report; not read as a scan')
  })

  it('exposes every reason code as a constant', () => {
    expect(Object.values(REASON_CODES).sort()).toEqual(
      [
        'commit-mismatch',
        'contradicting-reports',
        'image-mismatch',
        'invalid-report',
        'repo-suppression',
        'untrusted-baseline',
        'unverified-tool',
        'matrix-exceeded',
        'missing-import',
        'missing-scan',
        'scan-failed',
        'score-below-threshold',
        'signature-not-verified',
        'stale-report',
        'unreadable-report',
      ].sort(),
    )
    expect(SIGNATURE_VERIFY_NOTICE).toBe('mode: verify')
  })
})
