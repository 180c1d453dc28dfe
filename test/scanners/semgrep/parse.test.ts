import { describe, expect, it } from 'vitest'
import { ScanFailedError } from '@portcullis/core'
import { parseSemgrep } from '@portcullis/scanners/semgrep'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const context = { workspace: '/src' }
const entries = corpusEntries((e) => e.tool === 'semgrep' && e.format === 'json')

interface SemgrepCounted {
  results: number
  severity: Record<string, number>
  is_ignored: number
  errors: number
  version: string | null
  first_id: string | null
}

describe('semgrep JSON parser on the corpus', () => {
  it('covers every semgrep JSON file of the corpus', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5)
  })

  it.each(entries.map((e) => [e.file, e.counted as unknown as SemgrepCounted] as const))(
    '%s: one finding per result, severities and nosemgrep suppressions as counted',
    (file, counted) => {
      const result = parseSemgrep(readCorpus(file), context)
      expect(result.findings).toHaveLength(counted.results)
      const words: Record<string, number> = {}
      for (const f of result.findings)
        words[f.scannerSeverity!] = (words[f.scannerSeverity!] ?? 0) + 1
      expect(words).toEqual(counted.severity)
      expect(result.findings.filter((f) => f.suppression).length).toBe(counted.is_ignored)
      expect(result.scannerVersion ?? null).toBe(counted.version)
      expect(result.findings[0]?.ruleId ?? null).toBe(counted.first_id)
      expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length)
      expect(result.notices.length > 0).toBe(counted.errors > 0)
    },
  )

  it('maps ERROR to high, WARNING to medium, INFO to info, and keeps where and why', () => {
    const result = parseSemgrep(readCorpus('semgrep/json/semgrep-1.73.0-vulpy.json'), context)
    const severities = new Map(result.findings.map((f) => [f.scannerSeverity, f.severity]))
    expect(Object.fromEntries(severities)).toEqual({
      ERROR: 'high',
      WARNING: 'medium',
      INFO: 'info',
    })
    expect(result.findings[0]).toMatchObject({
      ruleId:
        'python.lang.security.audit.insecure-transport.requests.request-with-http.request-with-http',
      title: "Detected a request using 'http://'.",
      location: {
        path: 'bad/api_list.py',
        startLine: 10,
        endLine: 10,
        startColumn: 22,
        endColumn: 74,
      },
      cwe: ['CWE-319'],
    })
    expect(result.notices).toEqual([
      expect.stringMatching(
        /^semgrep reported 12 warning\(s\) about files it could not fully analyse/,
      ),
    ])
  })

  it('a nosemgrep-ignored result is an in-source suppression naming nosemgrep', () => {
    const result = parseSemgrep(
      readCorpus('semgrep/json/semgrep-snapshot-nosem-disabled.json'),
      context,
    )
    expect(result.findings.find((f) => f.suppression)?.suppression).toMatchObject({
      kind: 'in-source',
      source: 'semgrep nosemgrep',
    })
  })

  it('an error of level error, or output that is not semgrep JSON, is a failed scan', () => {
    const vulpy = JSON.parse(readCorpus('semgrep/json/semgrep-1.73.0-vulpy.json')) as {
      errors: { level: string }[]
    }
    vulpy.errors[0]!.level = 'error'
    expect(() => parseSemgrep(JSON.stringify(vulpy), context)).toThrow(
      /semgrep reported 1 error\(s\) of level error, so its results are incomplete: PartialParsing: good\/templates\/mfa.disable.html/,
    )
    for (const bad of ['', '{}', '[]', '{"results": 3}']) {
      expect(() => parseSemgrep(bad, context)).toThrow(ScanFailedError)
    }
  })
})
