import { utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { completeReport, InputError } from '@portcullis/core'
import { parseImportSpecs, runGate, type GateConfig, type GateResult } from '@portcullis/gate'
import { parseSarif } from '@portcullis/sarif'
import { parseSemgrep } from '@portcullis/scanners/semgrep'
import { readCorpus } from '../support/corpus.js'
import { SHA, tempTree, verifiedTool } from './helpers.js'

const CODEQL = 'generic-sarif/sarif/codeql-2.20.4-python.sarif'
const SEMGREP = 'semgrep/json/semgrep-1.73.0-vulpy.json'
/** SAST is required at stage code; everything else is left out so only the imports decide. */
const SAST_POLICY = 'version: 1\nstages:\n  code: [sast]\n'
const LENIENT = `${SAST_POLICY}levels:\n  3:\n    allow: { critical: 5, high: 50, medium: 50, low: 50 }\nscore:\n  threshold: 0\n`

function workspace(extra: Record<string, unknown> = {}): string {
  return tempTree({
    'codeql.sarif': readCorpus(CODEQL),
    'semgrep.json': readCorpus(SEMGREP),
    'policy.yml': SAST_POLICY,
    'lenient.yml': LENIENT,
    ...extra,
  })
}

function gate(cwd: string, imports: string[], o: Partial<GateConfig> = {}): GateResult {
  return runGate(
    {
      findings: [],
      imports,
      systemLevel: 3,
      stage: 'code',
      fail: true,
      mode: 'all',
      baseline: [],
      policy: 'policy.yml',
      commitSha: SHA,
      ...o,
    },
    { cwd },
  )
}

function codes(result: GateResult): string[] {
  return result.reasons.map((r) => r.code)
}

describe('quality gate imports: a CodeQL SARIF and a semgrep JSON', () => {
  it('count exactly as the same findings in Portcullis reports would', () => {
    const cwd = workspace()
    const imported = gate(cwd, ['sarif:codeql.sarif', 'semgrep-json:semgrep.json'])

    // The same files as Portcullis scan reports, made by the same parsers.
    const at = { startedAt: new Date(), finishedAt: new Date(), commitSha: SHA } as const
    const sarif = parseSarif(readCorpus(CODEQL), { workspace: cwd })
    const semgrep = parseSemgrep(readCorpus(SEMGREP), { workspace: cwd })
    const asScan = (name: string, findings: typeof sarif.findings) =>
      completeReport(
        {
          action: 'scan-iac',
          scanner: { name, version: '1' },
          target: { kind: 'repository', name },
          ...at,
          tool: verifiedTool(name),
        },
        findings,
      )
    writeFileSync(join(cwd, 'a.findings.json'), JSON.stringify(asScan('codeql', sarif.findings)))
    writeFileSync(join(cwd, 'b.findings.json'), JSON.stringify(asScan('semgrep', semgrep.findings)))
    writeFileSync(join(cwd, 'none.yml'), 'version: 1\nstages:\n  code: []\n')
    const scanned = gate(cwd, [], {
      findings: ['a.findings.json', 'b.findings.json'],
      policy: 'none.yml',
    })

    expect(imported.verdict).toBe('fail')
    expect(imported.counts).toEqual(scanned.counts)
    expect(imported.score).toEqual(scanned.score)
    expect(imported.reasons).toEqual(scanned.reasons)
    expect(imported.findings.map((f) => f.finding.fingerprint)).toEqual(
      scanned.findings.map((f) => f.finding.fingerprint),
    )
    // 7 CodeQL results + 45 semgrep results, counted from low up at level 3 (4 semgrep INFO are info).
    expect(imported.findings).toHaveLength(52)
    expect(imported.counts).toEqual({ critical: 1, high: 16, medium: 31, low: 0, info: 4 })
    expect(codes(imported)).toEqual([
      'matrix-exceeded',
      'matrix-exceeded',
      'matrix-exceeded',
      'score-below-threshold',
    ])
    expect(imported.requiredScans).toEqual([
      { kind: 'sast', action: 'import', files: ['codeql.sarif', 'semgrep.json'] },
    ])
    expect(imported.scanners.map((s) => [s.action, s.scanner, s.version, s.findings])).toEqual([
      ['import', 'CodeQL', '2.20.4', 7],
      ['import', 'semgrep', '1.73.0', 45],
    ])
  })

  it('pass when the policy allows what they found', () => {
    const result = gate(workspace(), ['sarif:codeql.sarif', 'semgrep-json:semgrep.json'], {
      policy: 'lenient.yml',
    })
    expect(result.reasons).toEqual([])
    expect(result.verdict).toBe('pass')
  })

  it('auto tells both formats from their content', () => {
    const result = gate(workspace(), ['auto:codeql.sarif', 'auto:*.json'], {
      policy: 'lenient.yml',
    })
    expect(result.verdict).toBe('pass')
    expect(result.scanners.map((s) => s.scanner)).toEqual(['CodeQL', 'semgrep'])
  })

  it('sast required and not imported is a missing scan', () => {
    const result = gate(workspace(), ['semgrep-json:semgrep.json'], {
      policy: 'lenient.yml',
    })
    expect(result.verdict).toBe('pass')
    const none = gate(
      workspace({ 'map.yml': `${LENIENT}imports:\n  semgrep: []\n` }),
      ['semgrep-json:semgrep.json'],
      {
        policy: 'map.yml',
      },
    )
    expect(none.reasons).toEqual([
      {
        code: 'missing-scan',
        message:
          "stage 'code' requires the sast scan (an import the policy maps to sast, e.g. a CodeQL SARIF or semgrep JSON) and none was found",
      },
    ])
  })

  it('the policy maps a tool to the scans it satisfies', () => {
    const cwd = workspace({
      'map.yml':
        'version: 1\nstages:\n  code: [secrets, sast]\nimports:\n  CodeQL: [secrets, sast]\n',
    })
    const result = gate(cwd, ['sarif:codeql.sarif'], { policy: 'map.yml' })
    expect(codes(result)).not.toContain('missing-scan')
  })
})

describe('quality gate imports fail closed', () => {
  it('a line that matches no file is a missing import', () => {
    const result = gate(workspace(), ['sarif:codeql.sarif', 'semgrep-json:out/semgrep*.json'])
    expect(result.reasons[0]).toEqual({
      code: 'missing-import',
      message:
        "import 'semgrep-json:out/semgrep*.json' matched no file; the tool's results are missing",
    })
  })

  it('an empty file (the tool crashed) is a failed scan', () => {
    const result = gate(workspace({ 'empty.json': '' }), ['semgrep-json:empty.json'])
    expect(result.reasons[0]).toEqual({
      code: 'scan-failed',
      message:
        'import (semgrep) failed in empty.json: imported semgrep-json file empty.json: the file is empty: the tool crashed or wrote nothing, so there are no results to trust',
    })
  })

  it('a file that is not what the tool writes is a failed scan', () => {
    const result = gate(workspace(), ['semgrep-json:codeql.sarif'])
    expect(codes(result)).toContain('scan-failed')
    expect(result.reasons[0]!.message).toMatch(/semgrep output has no "results" list/)
  })

  it('a format that cannot be told asks for it', () => {
    const result = gate(workspace({ 'x.json': '[]' }), ['auto:x.json'])
    expect(result.reasons[0]!.code).toBe('invalid-report')
    expect(result.reasons[0]!.message).toMatch(
      /^x.json \(import 'auto:x.json'\): the format cannot be told/,
    )
  })

  it('a file older than the policy allows is stale', () => {
    const cwd = workspace()
    const old = new Date(Date.now() - 200 * 3_600_000)
    utimesSync(join(cwd, 'semgrep.json'), old, old)
    const result = gate(cwd, ['semgrep-json:semgrep.json'], { policy: 'lenient.yml' })
    expect(codes(result)).toEqual(['stale-report'])
    expect(result.reasons[0]!.message).toMatch(/^semgrep.json finished .*, 200 hours ago/)
  })

  it('a bad line is bad input naming the input', () => {
    expect(() => parseImportSpecs(['codeql.sarif'])).toThrow(InputError)
    expect(() => parseImportSpecs(['bandit-json:x.json'])).toThrow(
      /Input 'import'.*'bandit-json:x.json' is not FORMAT:PATH; FORMAT is one of sarif, trivy-json/,
    )
    expect(() => parseImportSpecs(['sarif:'])).toThrow(/names no file/)
    expect(parseImportSpecs([' SARIF: a b.sarif ', ''])).toEqual([
      { format: 'sarif', pattern: 'a b.sarif', line: 'SARIF: a b.sarif' },
    ])
  })

  it('imports need a commit to stand for', () => {
    expect(() => gate(workspace(), ['sarif:codeql.sarif'], { commitSha: undefined })).toThrow(
      /imported files carry no commit/,
    )
  })
})
