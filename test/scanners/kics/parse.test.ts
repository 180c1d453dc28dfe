import { describe, expect, it } from 'vitest'
import { normalizeSeverity, ScanFailedError } from '@portcullis/core'
import { parse, parseKics } from '@portcullis/scanners/kics'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const context = { workspace: '/src' }
const entries = corpusEntries((e) => e.tool === 'kics' && e.format === 'json')
const corpus = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}

describe('KICS JSON parser on the corpus', () => {
  it('covers every KICS JSON file in the manifest', () => {
    expect(entries).toHaveLength(2)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        findings: number
        severity: Record<string, number>
        first_query_id: string | null
      }
      const { findings, notices } = parseKics(readCorpus(entry.file), context)
      expect(findings).toHaveLength(counted.findings)
      expect(findings[0]?.ruleId ?? null).toBe(counted.first_query_id)
      const words: Record<string, number> = {}
      for (const f of findings) {
        words[f.scannerSeverity!] = (words[f.scannerSeverity!] ?? 0) + 1
        expect(f.severity).toBe(normalizeSeverity(f.scannerSeverity))
      }
      expect(words).toEqual(counted.severity)
      expect(notices).toEqual([])
    },
  )

  it('DefectDojo [0]: "Secret Management: Passwords And Secrets In Infrastructure Code" high', () => {
    const { findings } = parseKics(corpus('dd-kics-many_findings.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'f996f3cb-00fc-480c-8973-8ab04d44a8cc',
      title: 'Secret Management: Passwords And Secrets In Infrastructure Code',
      category: 'secret',
      severity: 'high',
      location: { path: 'test/charts/example/terraform/main.tf', startLine: 25, endLine: 25 },
      remediation: 'Hardcoded secret key should not appear in source',
    })
    expect(findings[0]?.description).toMatch(
      /Where: module\.aws_reverse_proxy\.basic_auth_password/,
    )
    expect(findings.filter((f) => f.category === 'misconfiguration')).toHaveLength(17)
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length)
  })

  it('fingerprints the flagged line when the file is readable', () => {
    const raw = corpus('dd-kics-many_findings.json')
    const a = parseKics(raw, { ...context, readLines: () => '  password = "x"' })
    const b = parseKics(raw, { ...context, readLines: () => '  password   = "x"  ' })
    const c = parseKics(raw, context)
    expect(a.findings[0]?.fingerprint).toBe(b.findings[0]?.fingerprint)
    expect(a.findings[0]?.fingerprint).not.toBe(c.findings[0]?.fingerprint)
  })

  it('reports files KICS failed to scan and a total_counter mismatch', () => {
    const data = JSON.parse(corpus('dd-kics-many_findings.json')) as Record<string, unknown>
    data.files_failed_to_scan = 2
    data.total_counter = 19
    const { findings, notices } = parseKics(JSON.stringify(data), context)
    expect(findings).toHaveLength(18)
    expect(notices).toEqual([
      'KICS counted 19 result(s) but listed 18; the listed ones are reported.',
      'KICS could not scan 2 file(s); they were not checked.',
    ])
  })

  it('garbage and truncated output fail the scan', () => {
    expect(() => parse('', context)).toThrow(ScanFailedError)
    expect(() => parse('{"total_counter": 0}', context)).toThrow(/no "queries"/)
    expect(() => parse('{"queries": [{"query_name": "x"}]}', context)).toThrow(/no query_id/)
    expect(() => parse('{"queries": 3}', context)).toThrow(ScanFailedError)
    const raw = corpus('dd-kics-many_findings.json')
    expect(() => parse(raw.slice(0, raw.length - 10), context)).toThrow(/not JSON/)
  })
})
