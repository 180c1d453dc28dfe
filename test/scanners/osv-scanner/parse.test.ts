import { describe, expect, it } from 'vitest'
import { normalizeSeverity, ScanFailedError, type Severity } from '@portcullis/core'
import { cvss3BaseScore, parse, parseOsvScanner } from '@portcullis/scanners/osv-scanner'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const context = { workspace: '/work/repo' }
const entries = corpusEntries((e) => e.tool === 'osv-scanner' && e.format === 'json')
const corpus = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}

describe('osv-scanner JSON parser on the corpus', () => {
  it('covers every osv-scanner JSON file in the manifest', () => {
    expect(entries.map((e) => e.file).sort()).toEqual([
      'osv-scanner/json/dd-osv-many_findings.json',
      'osv-scanner/json/dd-osv-some_findings.json',
      'osv-scanner/json/osv-golang-raw-results.json',
      'osv-scanner/json/osv-results-empty.json',
    ])
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts (sources, packages, per-vulnerability and per-group)',
    (_name, entry) => {
      const result = parseOsvScanner(readCorpus(entry.file), context)
      const counted = entry.counted as {
        sources: number
        packages: number
        vulnerabilities: number
        groups: number
        group_max_severity: Record<string, number>
        first_id: string | null
      }
      expect(result.stats.sources).toBe(counted.sources)
      expect(result.stats.packages).toBe(counted.packages)
      expect(result.stats.vulnerabilities).toBe(counted.vulnerabilities)
      expect(result.stats.groups).toBe(counted.groups)
      // One finding per group; none of these files lists a vulnerability outside a group.
      expect(result.stats.ungrouped).toBe(0)
      expect(result.findings).toHaveLength(counted.groups)
      expect(result.findings[0]?.ruleId ?? null).toBe(counted.first_id)
      for (const f of result.findings) {
        expect(f.category).toBe('vulnerability')
        expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
        expect(f.advisories).toContain(f.ruleId)
      }
      expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length)
    },
  )

  it('takes severity from groups[].max_severity, with "" as the unknown severity (medium)', () => {
    const entry = entries.find((e) => e.file.endsWith('osv-golang-raw-results.json'))!
    const result = parseOsvScanner(readCorpus(entry.file), context)
    const expected: Partial<Record<Severity, number>> = {}
    for (const [score, n] of Object.entries(
      entry.counted.group_max_severity as Record<string, number>,
    )) {
      // The manifest writes an empty max_severity as "(none)".
      const s = normalizeSeverity(score === '(none)' ? '' : score)
      expected[s] = (expected[s] ?? 0) + n
    }
    const actual: Partial<Record<Severity, number>> = {}
    for (const f of result.findings) actual[f.severity] = (actual[f.severity] ?? 0) + 1
    expect(actual).toEqual(expected)
    expect(actual).toEqual({ high: 1, medium: 20 })

    const crypto = result.findings.find((f) => f.ruleId === 'GO-2025-3487')!
    expect(crypto.severity).toBe('high')
    expect(crypto.scannerSeverity).toBe('7.5')
    expect(crypto.advisories).toEqual(['GO-2025-3487', 'GHSA-hcg3-q754-cr77', 'CVE-2025-22869'])
    expect(crypto.package).toEqual({
      name: 'golang.org/x/crypto',
      version: '0.32.0',
      ecosystem: 'Go',
      fixedVersion: '0.35.0',
    })
    expect(crypto.location).toEqual({ path: 'testdata/golang/go.mod' })
    expect(crypto.cwe).toEqual(['CWE-770'])

    const empty = result.findings.find((f) => f.ruleId === 'GO-2025-3373')!
    expect(empty.severity).toBe('medium')
    expect(empty.scannerSeverity).toBeUndefined()
  })

  it('merges aliases: a group of two GHSA records is one finding carrying every alias', () => {
    const result = parseOsvScanner(corpus('dd-osv-many_findings.json'), context)
    const psr7 = result.findings.find((f) => f.ruleId === 'GHSA-q7rv-6hp3-vh96')!
    expect(psr7.package?.name).toBe('guzzlehttp/psr7')
    expect(psr7.advisories).toEqual(
      expect.arrayContaining([
        'GHSA-q7rv-6hp3-vh96',
        'GHSA-wxmh-65f7-jcvw',
        'CVE-2022-24775',
        'CVE-2023-29197',
      ]),
    )
    expect(result.findings.filter((f) => f.ruleId === 'GHSA-wxmh-65f7-jcvw')).toHaveLength(0)
    expect(result.notices).toContain(
      'osv-scanner listed 66 package vulnerabilities; aliases of one advisory are merged into 37 finding(s).',
    )
  })

  it('v1 output without max_severity ranks a group by its CVSS vectors (DefectDojo: GHSA-25mq-v84q-4j7r High)', () => {
    const result = parseOsvScanner(corpus('dd-osv-many_findings.json'), context)
    const guzzle = result.findings[0]!
    expect(guzzle.ruleId).toBe('GHSA-25mq-v84q-4j7r')
    expect(guzzle.severity).toBe('high')
    expect(guzzle.cvss).toEqual({
      vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:N/A:N',
      version: '3.1',
      score: 7.7,
    })
    expect(guzzle.package).toMatchObject({ name: 'guzzlehttp/guzzle', fixedVersion: '6.5.8' })
    expect(guzzle.cwe).toEqual(['CWE-200', 'CWE-212'])
    // The sources are outside the workspace (/tmp…): findings stay, without a location.
    expect(guzzle.location).toBeUndefined()
    expect(result.notices[0]).toMatch(/6 source file\(s\) outside the workspace/)
    // A git source names the package by its commit.
    const git = result.findings.find((f) => f.ruleId === 'CVE-2023-50094')!
    expect(git.package).toMatchObject({
      version: 'f5f3c22f3ed5a6804a2a8d9ee9fa43044cfa24a6',
      ecosystem: 'git',
    })
  })

  it('a malicious-package record (MAL-…) with no score is critical', () => {
    // The lockfile is /tmp/components/yarn.lock: with /tmp as the workspace it is inside.
    const [finding] = parseOsvScanner(corpus('dd-osv-some_findings.json'), {
      workspace: '/tmp',
    }).findings
    expect(finding?.ruleId).toBe('MAL-2023-1035')
    expect(finding?.severity).toBe('critical')
    expect(finding?.location).toEqual({ path: 'components/yarn.lock' })
    expect(finding?.advisories).toEqual(['MAL-2023-1035', 'GHSA-8348-2q94-ffjx'])
  })

  it('ungrouped vulnerabilities (v1 output without groups) are findings of their own', () => {
    const data = JSON.parse(corpus('dd-osv-many_findings.json')) as {
      results: { packages: Record<string, unknown>[] }[]
    }
    for (const r of data.results) for (const p of r.packages) delete p.groups
    const result = parseOsvScanner(JSON.stringify(data), context)
    expect(result.stats.groups).toBe(0)
    expect(result.stats.ungrouped).toBe(result.stats.vulnerabilities)
    expect(result.findings).toHaveLength(result.stats.vulnerabilities)
  })

  it('a clean scan is zero findings; empty output and garbage fail the scan', () => {
    expect(parse(corpus('osv-results-empty.json'), context)).toEqual({ findings: [], notices: [] })
    expect(() => parse('', context)).toThrow(ScanFailedError)
    expect(() => parse('  \n', context)).toThrow(/wrote no output/)
    expect(() => parse('{"results": [', context)).toThrow(ScanFailedError)
    expect(() => parse(corpus('dd-osv-some_findings.json').slice(0, 900), context)).toThrow(
      ScanFailedError,
    )
    expect(() => parse('{"vulns": []}', context)).toThrow(/no "results"/)
    expect(() => parse('{"results": {"a": 1}}', context)).toThrow(ScanFailedError)
    expect(() => parse('[]', context)).toThrow(ScanFailedError)
  })

  it('computes CVSS v3 base scores per the FIRST specification', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8)
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1)
    expect(cvss3BaseScore('CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N')).toBe(5.5)
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0)
    expect(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(
      undefined,
    )
    expect(cvss3BaseScore('CVSS:3.1/AV:N')).toBeUndefined()
  })
})
