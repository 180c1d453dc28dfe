import { describe, expect, it } from 'vitest'
import { parseSarif, readSarif, sarifToFindings } from '@portcullis/sarif'
import { ScanFailedError } from '@portcullis/core'
import { corpusEntries, readCorpus } from '../support/corpus.js'

const WORKSPACE = '/home/runner/work/repo/repo'
const entries = corpusEntries((e) => e.tag === 'sarif')

interface Counted {
  runs: number
  results: number
  level: Record<string, number>
  suppressed: number
  first_ruleId: string | null
}

describe('SARIF importer on every corpus SARIF file', () => {
  it('finds the SARIF files the manifest lists', () => {
    expect(entries.length).toBeGreaterThanOrEqual(27)
  })

  for (const entry of entries) {
    it(`${entry.file} matches the manifest counts`, () => {
      const expected = entry.counted as unknown as Counted
      const imported = parseSarif(readCorpus(entry.file), { workspace: WORKSPACE })
      expect(imported.runs.length).toBe(expected.runs)
      expect(imported.results.length).toBe(expected.results)
      expect(imported.runs.reduce((n, r) => n + r.results, 0)).toBe(expected.results)
      // Every result is a finding except those whose kind says "no problem".
      const problems = imported.results.filter(
        (r) => r.kind !== 'pass' && r.kind !== 'notApplicable',
      )
      expect(imported.findings).toEqual(problems.map((r) => r.finding))
      const levels: Record<string, number> = {}
      for (const r of imported.results) {
        const key = `${r.level}${r.levelInherited ? '*' : ''}`
        levels[key] = (levels[key] ?? 0) + 1
      }
      expect(levels).toEqual(expected.level)
      expect(imported.findings.filter((f) => f.suppression).length).toBe(expected.suppressed)
      expect(imported.results.filter((r) => r.finding?.suppression).length).toBe(
        expected.suppressed,
      )
      const firstRuleId = imported.results.find((r) => r.sarifRuleId !== undefined)?.sarifRuleId
      expect(firstRuleId ?? null).toBe(expected.first_ruleId)
      if (expected.first_ruleId !== null) {
        const idx = imported.results.findIndex((r) => r.sarifRuleId !== undefined)
        expect(imported.results[idx]?.finding?.ruleId).toBe(expected.first_ruleId)
      }
      for (const f of imported.findings) {
        expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
        if (f.location) {
          expect(f.location.path.startsWith('/')).toBe(false)
          expect(f.location.path.split('/')).not.toContain('..')
        }
      }
    })
  }
})

function load(file: string, workspace = WORKSPACE) {
  return parseSarif(readCorpus(file), { workspace })
}

function findEntry(fileName: string): string {
  const e = entries.find((x) => x.file.endsWith(fileName))
  if (!e) throw new Error(`${fileName} is not in MANIFEST.md`)
  return e.file
}

describe('SARIF importer behaviour on real tools', () => {
  it('gitleaks v7: no ruleId, rule taken from the message; the secret never reaches a finding', () => {
    const file = findEntry('dd-gitleaks-v7.sarif')
    const raw = readCorpus(file)
    const offender = (
      JSON.parse(raw) as { runs: { results: { properties: { offender: string } }[] }[] }
    ).runs[0]!.results[0]!.properties.offender
    expect(raw).toContain(offender)
    const imported = load(file)
    const first = imported.results[0]!
    expect(first.sarifRuleId).toBeUndefined()
    expect(first.ruleIdFrom).toBe('message')
    expect(first.finding).toMatchObject({
      ruleId: 'AWS Access Key',
      title: 'AWS Access Key secret detected',
      category: 'secret',
      severity: 'medium',
      location: {
        path: 'dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json',
        startLine: 13,
      },
      git: { commit: '6d127980966808f7413935678e079dcd7fedf9c2' },
    })
    expect(JSON.stringify(imported.findings)).not.toContain(offender)
    // Same secret, same line, other commits: occurrence indexes keep the fingerprints apart.
    expect(new Set(imported.findings.map((f) => f.fingerprint)).size).toBe(imported.findings.length)
  })

  it('gitleaks v8: a rule id missing from driver.rules still makes a finding', () => {
    const [f] = load(findEntry('gitleaks-sarif_simple.sarif')).findings
    expect(f).toMatchObject({
      ruleId: 'test-rule',
      category: 'secret',
      location: { path: 'auth.py', startLine: 1, endLine: 2 },
      git: { commit: '0000000000000000', author: 'John Doe' },
    })
    expect(JSON.stringify(f)).not.toContain('a secret')
  })

  it('semgrep: an inSource suppression is kept as finding.suppression', () => {
    const { findings } = load(findEntry('semgrep-snapshot-nosemgrep.sarif'))
    expect(findings.map((f) => f.suppression)).toEqual([
      { kind: 'in-source', source: 'SARIF suppression (inSource)' },
      undefined,
    ])
    expect(findings[0]!.location).toMatchObject({
      path: 'targets/basic/regex-nosemgrep.txt',
      startLine: 1,
    })
  })

  it('SARIF SDK sample: external suppressions kept, file:///C:/ locations dropped with a notice', () => {
    const imported = load(findEntry('dd-suppression-current.sarif'))
    expect(imported.findings.map((f) => f.suppression?.kind)).toEqual([
      'external',
      'external',
      'external',
      undefined,
    ])
    expect(imported.findings.every((f) => f.location === undefined)).toBe(true)
    expect(imported.results.every((r) => r.locationDropped)).toBe(true)
    expect(imported.notices.join('\n')).toMatch(/4 result\(s\) name a file outside the workspace/)
  })

  it('CodeQL 2.20: security-severity outranks the level; CWE from tags; %SRCROOT% paths', () => {
    const imported = load(findEntry('codeql-2.20.4-python.sarif'))
    expect(imported.results[0]).toMatchObject({ level: 'error', levelInherited: true })
    expect(imported.findings[0]).toMatchObject({
      ruleId: 'py/command-line-injection',
      severity: 'critical',
      scannerSeverity: 'security-severity 9.8',
      cwe: ['CWE-78', 'CWE-88'],
      location: { path: 'badCode/python/flask.py', startLine: 10, startColumn: 15, endColumn: 34 },
    })
  })

  it('grype 0.34.7: no result level, severity from the rule score', () => {
    const { findings } = load(findEntry('dd-grype-0.34.7-cxf.sarif'))
    expect(findings[0]).toMatchObject({
      severity: 'low',
      category: 'vulnerability',
      advisories: ['CVE-2008-0732'],
    })
    expect(findings.some((f) => f.severity === 'high')).toBe(true)
  })

  it('osv-scanner: advisory aliases, a <rootdir> file URI dropped but the finding kept', () => {
    const imported = load(findEntry('osv-2.5.0-sarif-with-vulns.sarif'))
    expect(imported.findings[0]).toMatchObject({
      ruleId: 'CVE-2021-23424',
      category: 'vulnerability',
      advisories: ['CVE-2021-23424', 'GHSA-whgm-jr23-g3j9'],
    })
    expect(imported.findings[0]!.location).toBeUndefined()
  })

  it('kics: absolute paths map into the workspace when inside it; CWE from relationships', () => {
    const file = findEntry('kics-2.1.8.sarif')
    expect(load(file).findings[0]!.location).toBeUndefined()
    const inside = load(file, '/code/KaiMonkey').findings[0]!
    expect(inside).toMatchObject({
      category: 'misconfiguration',
      severity: 'high',
      cwe: ['CWE-284'],
      location: { path: 'cft/dms/replication-instance/deploy.yml', startLine: 13 },
    })
  })

  it('flawfinder: a kind "pass" result is counted but is not a finding', () => {
    const imported = load(findEntry('dd-flawfinder-2.0.19.sarif'))
    const passes = imported.results.filter((r) => r.kind === 'pass')
    expect(passes.map((r) => r.sarifRuleId)).toEqual(['FF1013'])
    expect(passes[0]!.finding).toBeUndefined()
    expect(imported.findings).toHaveLength(imported.results.length - 1)
    expect(imported.findings[0]).toMatchObject({ ruleId: 'FF1048', cwe: ['CWE-327'] })
  })

  it('SpotBugs: messages built from rule messageStrings and arguments', () => {
    const { findings } = load(findEntry('dd-spotbugs-4.4.0.sarif'))
    expect(findings[0]!.description).toBe(
      'Hard coded reference to an absolute pathname in Boot.main(String[]).',
    )
  })

  it('trivy: ROOTPATH-relative URIs and category from tags', () => {
    const { findings } = load(findEntry('trivy-golden-alpine-310.sarif'))
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2019-1549',
      category: 'vulnerability',
      location: { path: 'testdata/fixtures/images/alpine-310.tar.gz', startLine: 1 },
    })
    const misconf = load(findEntry('trivy-0.72.0-terraform-misconfig.sarif')).findings
    expect(misconf[0]).toMatchObject({ ruleId: 'AWS-0086', category: 'misconfiguration' })
  })
})

describe('readSarif and sarifToFindings input handling', () => {
  const minimal = (extra: Record<string, unknown> = {}) => ({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'demo' } },
        results: [{ ruleId: 'R1', message: { text: 'm' }, ...extra }],
      },
    ],
  })

  it('tolerates a UTF-8 byte-order mark', () => {
    const text = `\ufeff${JSON.stringify(minimal())}`
    expect(readSarif(text).version).toBe('2.1.0')
  })

  it('throws ScanFailedError on output that is not SARIF 2.1.0', () => {
    for (const bad of [
      '',
      'not json',
      'null',
      '[]',
      '{"version":"2.0.0","runs":[]}',
      '{"version":"2.1.0"}',
    ]) {
      expect(() => readSarif(bad)).toThrow(ScanFailedError)
    }
    // A run without tool is still the tool's results: read under an unknown tool's name, with a notice.
    const toolless = sarifToFindings(
      { version: '2.1.0', runs: [{ results: [] }] },
      { workspace: WORKSPACE },
    )
    expect(toolless.runs[0]?.toolName).toBe('unknown tool')
    expect(toolless.notices[0]).toMatch(/SARIF run 0 names no tool/)
    expect(() =>
      sarifToFindings({ version: '2.1.0', runs: ['not a run'] }, { workspace: WORKSPACE }),
    ).toThrow(/SARIF run 0 is not an object/)
  })

  it('resolves percent-encoding, file:// inside the workspace and originalUriBaseIds', () => {
    const loc = (uri: string, uriBaseId?: string) => ({
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, ...(uriBaseId ? { uriBaseId } : {}) },
            region: { startLine: 4 },
          },
        },
      ],
    })
    const path = (log: unknown) =>
      sarifToFindings(log, { workspace: WORKSPACE }).findings[0]!.location?.path
    expect(path(minimal(loc('dir%20x/a%23b.tf')))).toBe('dir x/a#b.tf')
    expect(path(minimal(loc(`file://${WORKSPACE}/src/x.ts`)))).toBe('src/x.ts')
    expect(path(minimal(loc('https://example.test/x.ts')))).toBeUndefined()
    expect(path(minimal(loc('../../etc/passwd')))).toBeUndefined()
    const based = minimal(loc('lib/y.go', 'SRC'))
    ;(based.runs[0] as Record<string, unknown>).originalUriBaseIds = {
      SRC: { uri: `file://${WORKSPACE}/service/` },
    }
    expect(path(based)).toBe('service/lib/y.go')
  })

  it('takes the level from rule defaults by index or rule reference, else SARIF warning', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'demo',
              rules: [
                { id: 'A', defaultConfiguration: { level: 'note' } },
                { id: 'B', defaultConfiguration: { level: 'error' } },
              ],
            },
          },
          results: [
            { ruleIndex: 1, message: { text: 'by index' } },
            { rule: { id: 'A' }, message: { text: 'by reference' } },
            { ruleId: 'C', message: { text: 'unknown rule' } },
            { ruleId: 'A', level: 'none', message: { text: 'explicit' } },
          ],
        },
      ],
    }
    const imported = sarifToFindings(log, { workspace: WORKSPACE })
    expect(
      imported.results.map((r) => [r.finding?.ruleId, r.level, r.levelInherited, r.ruleIdFrom]),
    ).toEqual([
      ['B', 'error', true, 'ruleIndex'],
      ['A', 'note', true, 'rule'],
      ['C', 'warning', true, 'ruleId'],
      ['A', 'none', false, 'ruleId'],
    ])
    expect(imported.findings.map((f) => f.severity)).toEqual(['high', 'low', 'medium', 'info'])
  })
})
