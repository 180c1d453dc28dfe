import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeSeverity, ScanFailedError } from '@portcullis/core'
import { parse, parseXccdf } from '@portcullis/scanners/openscap'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const entries = corpusEntries((e) => e.tool === 'openscap' && e.format === 'xml')
const corpus = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}
const ARF = 'oscap-arf-overrides.arf.xml'

describe('OpenSCAP XCCDF/ARF parser on the corpus', () => {
  it('covers every openscap XML file in the manifest', () => {
    expect(entries).toHaveLength(5)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        root: string
        TestResult: number
        rule_results: Record<string, number>
        fail_by_severity: Record<string, number>
        first_fail: string | null
      }
      const result = parseXccdf(readCorpus(entry.file))
      expect(result.root).toBe(counted.root)
      expect(result.testResults).toBe(counted.TestResult)
      expect(result.counts).toEqual(counted.rule_results)
      // No corpus file has error/unknown results: the findings are exactly the fails.
      expect(result.findings).toHaveLength(counted.rule_results.fail ?? 0)
      expect(result.findings[0]?.ruleId ?? null).toBe(counted.first_fail)
      const bySeverity: Record<string, number> = {}
      for (const f of result.findings) {
        const word = f.scannerSeverity ?? '(none)'
        bySeverity[word] = (bySeverity[word] ?? 0) + 1
        expect(f.severity).toBe(normalizeSeverity(f.scannerSeverity))
        expect(f.category).toBe('compliance')
        expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
      }
      expect(bySeverity).toEqual(counted.fail_by_severity)
      const c = counted.rule_results
      const evaluated = (c.pass ?? 0) + (c.fail ?? 0) + (c.error ?? 0) + (c.unknown ?? 0)
      expect(result.passRate).toBeCloseTo((c.pass ?? 0) / evaluated, 10)
    },
  )

  it('ARF: a failed rule carries its title, rationale, severity and fix', () => {
    const result = parseXccdf(corpus(ARF))
    expect(result.benchmark?.id).toBe('xccdf_org.ssgproject.content_benchmark_FEDORA')
    expect(result.profile).toBe('xccdf_org.ssgproject.content_profile_common')
    expect(result.target).toBe('localhost.localdomain')
    expect(result.scannerVersion).toBe('1.0.9')
    const prelink = result.findings[0]!
    expect(prelink).toMatchObject({
      ruleId: 'xccdf_org.ssgproject.content_rule_disable_prelink',
      title: 'Prelinking Disabled',
      severity: 'low',
      scannerSeverity: 'low',
    })
    expect(prelink.description).toMatch(/^The prelinking feature can interfere/)
    expect(prelink.remediation).toMatch(/PRELINKING=no/)
    expect(prelink.remediation).toMatch(/\/usr\/sbin\/prelink -ua/)
    expect(prelink.references).toEqual([
      'http://csrc.nist.gov/publications/nistpubs/800-53-Rev3/sp800-53-rev3-final.pdf',
    ])
  })

  it('ARF: notchecked rules are listed in a notice, never dropped', () => {
    const result = parseXccdf(corpus(ARF))
    expect(result.notchecked).toEqual(['xccdf_org.ssgproject.content_rule_no_direct_root_logins'])
    expect(result.notices).toContain(
      '1 rule(s) could not be checked automatically (notchecked) and need a manual review: xccdf_org.ssgproject.content_rule_no_direct_root_logins.',
    )
    expect(result.notices[0]).toBe(
      'XCCDF results for localhost.localdomain (profile Common Profile for General-Purpose Fedora Systems): pass 11, fail 12, notchecked 1, notselected 4.',
    )
  })

  it('a bare TestResult (cut out of the ARF) parses to the same results without rule texts', () => {
    const arf = corpus(ARF)
    const start = arf.indexOf('<TestResult ')
    const end = arf.indexOf('</TestResult>') + '</TestResult>'.length
    const bare = `<?xml version="1.0" encoding="UTF-8"?>\n${arf.slice(start, end)}`
    const result = parseXccdf(bare)
    const full = parseXccdf(arf)
    expect(result.root).toBe('TestResult')
    expect(result.counts).toEqual(full.counts)
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.fingerprint])).toEqual(
      full.findings.map((f) => [f.ruleId, f.severity, f.fingerprint]),
    )
    expect(result.findings[0]?.title).toBe('xccdf_org.ssgproject.content_rule_disable_prelink')
    expect(result.benchmark).toEqual({ id: 'xccdf_org.ssgproject.content_benchmark_FEDORA' })
  })

  it('large OVAL/RHSA results (3.5 MB): DefectDojo [0] RHSA-2017:3315 medium with its CVE', () => {
    const result = parseXccdf(corpus('dd-oscap-1.2.17-rhsa-many.xccdf.xml'))
    expect(result.findings).toHaveLength(31)
    expect(result.findings[0]).toMatchObject({
      ruleId: 'oval-com.redhat.rhsa-def-20173315',
      title: 'RHSA-2017:3315: kernel security and bug fix update (Moderate)',
      severity: 'medium',
    })
    expect(result.findings[0]?.advisories).toEqual(['RHSA-2017:3315', 'CVE-2017-1000380'])
    expect(result.scannerVersion).toBe('1.2.17')
  })

  it('XCCDF 1.1 without severity: unknown severity; text inherited through Rule@extends', () => {
    const result = parseXccdf(corpus('dd-xccdf-1.1.3-ios-sample.xml'))
    // DefectDojo: 1 finding "IOS 12 - no IP finger service" Medium.
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({
      ruleId: 'ios12-no-finger-service',
      title: 'IOS 12 - no IP finger service',
      severity: 'medium',
      remediation: 'Turn off the finger service altogether, it is very rarely used.',
    })
    expect(result.findings[0]?.scannerSeverity).toBeUndefined()
    expect(result.findings[0]?.description).toMatch(/^Disable the finger service/)
    expect(result.benchmark).toEqual({
      id: 'ios-test-1',
      title: 'XCCDF Sample for Cisco IOS',
      version: '0.1.15',
    })
  })

  it('the Parser port returns findings, notices and the oscap version', () => {
    const out = parse(corpus('oscap-1.3.2-sample-results.xccdf.xml'), { workspace: '/w' })
    expect(out.findings.map((f) => f.ruleId)).toEqual(['R-SHOULD_FAIL'])
    expect(out.scannerVersion).toBe('1.3.2')
    expect(out.notices).toEqual(['XCCDF results for TEST_TARGET: pass 1, fail 1.'])
  })

  it('garbage, truncated XML and content without results fail the scan', () => {
    expect(() => parseXccdf('')).toThrow(ScanFailedError)
    expect(() => parseXccdf('OpenSCAP Error: Unable to open file')).toThrow(/not well-formed/)
    const arf = corpus(ARF)
    expect(() => parseXccdf(arf.slice(0, arf.length / 2))).toThrow(ScanFailedError)
    expect(() => parseXccdf(arf.slice(0, arf.length / 2))).toThrow(/truncated/)
    const one = corpus('dd-oscap-1.2.17-rhsa-one.xccdf.xml')
    expect(() => parseXccdf(one.slice(0, one.lastIndexOf('</TestResult>')))).toThrow(
      ScanFailedError,
    )
    // A benchmark (the scanner's input) holds no TestResult.
    const benchmark = readFileSync(new URL('./fixtures/bench.xccdf.xml', import.meta.url), 'utf8')
    expect(() => parseXccdf(benchmark)).toThrow(/no XCCDF TestResult/)
    expect(() => parse('<html><body>502</body></html>', { workspace: '/w' })).toThrow(
      /no XCCDF TestResult/,
    )
  })
})
