import { describe, expect, it } from 'vitest'
import { normalizeSeverity, ScanFailedError, UNKNOWN_SEVERITY } from '@portcullis/core'
import {
  CHECKOV_DEFAULT_SEVERITIES,
  defaultCheckovSeverity,
  parse,
  parseCheckov,
} from '@portcullis/scanners/checkov'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

// The multi-framework report was written in a checkout at /infra/terraform (file_abs_path).
const context = { workspace: '/infra/terraform' }
const entries = corpusEntries((e) => e.tool === 'checkov' && e.format === 'json')
const corpus = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}

describe('checkov JSON parser on the corpus', () => {
  it('covers every checkov JSON file in the manifest', () => {
    expect(entries).toHaveLength(4)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        reports: number
        failed: number
        passed: number
        skipped: number
        severity: Record<string, number>
        first_id: string | null
      }
      const result = parseCheckov(readCorpus(entry.file), context)
      expect(result.stats).toMatchObject({
        reports: counted.reports,
        failed: counted.failed,
        passed: counted.passed,
        skipped: counted.skipped,
      })
      expect(result.findings).toHaveLength(counted.failed + counted.skipped)
      expect(result.findings[0]?.ruleId ?? null).toBe(counted.first_id)
      // Every failed check is a finding; a stated severity is kept as the scanner's word.
      const stated = Object.entries(counted.severity).filter(([word]) => word !== 'None')
      for (const [word, n] of stated) {
        expect(result.findings.filter((f) => f.scannerSeverity === word)).toHaveLength(n)
        for (const f of result.findings.filter((x) => x.scannerSeverity === word)) {
          expect(f.severity).toBe(normalizeSeverity(word))
        }
      }
      const nullCount = counted.severity.None ?? 0
      expect(result.findings.filter((f) => f.scannerSeverity === undefined)).toHaveLength(nullCount)
      if (counted.passed > 0) {
        expect(result.notices).toContain(`checkov: ${counted.passed} check(s) passed.`)
      }
      expect(result.scannerVersion).toMatch(/^\d+\.\d+\.\d+$/)
    },
  )

  it('maps null severities by the documented table, else the unknown severity; drops none', () => {
    const result = parseCheckov(corpus('dd-checkov-2.0.209-multi-check_type.json'), context)
    const byId = new Map(result.findings.map((f) => [f.ruleId, f]))
    expect(byId.get('CKV_AWS_17')?.severity).toBe(CHECKOV_DEFAULT_SEVERITIES.CKV_AWS_17)
    expect(byId.get('CKV_AWS_17')?.severity).toBe('critical')
    expect(byId.get('CKV_AWS_16')?.severity).toBe('high')
    expect(byId.get('CKV_DOCKER_3')?.severity).toBe('high')
    expect(byId.get('CKV_DOCKER_2')?.severity).toBe('low')
    // Not in the table: the core's unknown severity.
    expect(byId.get('CKV_AWS_161')?.severity).toBe(UNKNOWN_SEVERITY)
    expect(defaultCheckovSeverity('CKV_SECRET_6')).toBe('high')
    expect(defaultCheckovSeverity('CKV_AWS_161')).toBeUndefined()
  })

  it('reads paths, line ranges and guidelines (DefectDojo: [0] CKV_AWS_161 /aws/db-app.tf line 1)', () => {
    const result = parseCheckov(corpus('dd-checkov-2.0.209-multi-check_type.json'), context)
    const [first] = result.findings
    expect(first).toMatchObject({
      ruleId: 'CKV_AWS_161',
      title: 'Ensure RDS database has IAM authentication enabled',
      category: 'misconfiguration',
      location: { path: 'aws/db-app.tf', startLine: 1, endLine: 41 },
    })
    const ebs = result.findings.find((f) => f.ruleId === 'CKV_AWS_8')!
    expect(ebs.location).toEqual({ path: 'aws/db-app.tf', startLine: 242, endLine: 412 })
    expect(ebs.helpUri).toBe('https://docs.bridgecrew.io/docs/general_13')
    // Dockerfile-wide checks say [0, 0]: a file location without lines.
    const docker = result.findings[11]!
    expect(docker.ruleId).toBe('CKV_DOCKER_3')
    expect(docker.location).toEqual({ path: 'aws/resources/Dockerfile' })
    expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(13)
  })

  it('fingerprints from the file lines when readable, identical to the scanner code block', () => {
    const raw = corpus('dd-checkov-2.0.209-multi-check_type.json')
    const reports = JSON.parse(raw) as {
      results: { failed_checks: { code_block: [number, string][] }[] }
    }[]
    const block = reports[0]!.results.failed_checks[0]!.code_block.map((l) => l[1]).join('')
    const calls: [string, number, number][] = []
    const withFile = parseCheckov(raw, {
      ...context,
      readLines: (path, start, end) => {
        calls.push([path, start, end])
        return path === 'aws/db-app.tf' && start === 1 && end === 41 ? block : undefined
      },
    })
    const without = parseCheckov(raw, context)
    expect(calls).toContainEqual(['aws/db-app.tf', 1, 41])
    expect(withFile.findings[0]!.fingerprint).toBe(without.findings[0]!.fingerprint)
  })

  it('keeps a stated severity (platform run) and places files relative to the workspace', () => {
    const result = parseCheckov(corpus('dd-checkov-2.2.34-severity.json'), { workspace: '/tf' })
    expect(result.findings.map((f) => f.severity)).toEqual(['medium', 'medium', 'low', 'high'])
    expect(result.findings[0]?.location).toEqual({ path: 'gcs.tf', startLine: 1, endLine: 15 })
    // Outside the workspace: the finding stays, without a location, and a notice says so.
    const outside = parseCheckov(corpus('dd-checkov-2.2.34-severity.json'), context)
    expect(outside.findings).toHaveLength(4)
    expect(outside.findings[0]?.location).toBeUndefined()
    expect(outside.notices).toContain(
      'checkov reported 4 finding(s) in files outside the workspace; they carry no file location.',
    )
  })

  it('keeps skipped checks as suppressed findings and reports parsing errors', () => {
    const report = JSON.parse(corpus('dd-checkov-1.0.467-one.json')) as {
      results: {
        failed_checks: Record<string, unknown>[]
        skipped_checks: unknown[]
        parsing_errors: string[]
      }
      summary: Record<string, unknown>
    }
    // checkov moves a check suppressed by `#checkov:skip=ID:reason` into skipped_checks.
    const [check] = report.results.failed_checks.splice(0, 1)
    report.results.skipped_checks.push({
      ...check,
      check_result: { result: 'SKIPPED', suppress_comment: 'recovery is handled by backups' },
    })
    report.results.parsing_errors.push('/broken.tf')
    report.summary.parsing_errors = 1
    const result = parseCheckov(JSON.stringify(report), context)
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({
      ruleId: 'CKV_AZURE_42',
      suppression: { kind: 'in-source', justification: 'recovery is handled by backups' },
    })
    expect(result.notices).toContain(
      'checkov could not parse 1 file(s) (/broken.tf); they were not checked.',
    )
  })

  it('a summary-only report (nothing to scan) is zero findings with a notice', () => {
    const summaryOnly = JSON.stringify(
      (JSON.parse(corpus('dd-checkov-1.0.467-zero.json')) as { summary: unknown }).summary,
    )
    expect(parse(summaryOnly, context)).toEqual({
      findings: [],
      notices: ['checkov found no files it could scan.'],
      scannerVersion: '1.0.467',
    })
    expect(parse(corpus('dd-checkov-1.0.467-zero.json'), context).findings).toEqual([])
  })

  it('garbage and truncated output fail the scan', () => {
    expect(() => parse('', context)).toThrow(ScanFailedError)
    expect(() => parse('[]', context)).toThrow(ScanFailedError)
    expect(() => parse('{"check_type": "terraform"}', context)).toThrow(/no "results"/)
    expect(() => parse('Traceback (most recent call last):', context)).toThrow(/not JSON/)
    const raw = corpus('dd-checkov-2.0.209-multi-check_type.json')
    expect(() => parse(raw.slice(0, raw.length / 2), context)).toThrow(ScanFailedError)
    expect(() =>
      parse('{"check_type":"terraform","results":{"failed_checks":[{"check_name":"x"}]}}', context),
    ).toThrow(/no check_id/)
  })
})

describe('defaultCheckovSeverity on hostile check ids', () => {
  it.each(['__proto__', 'constructor', 'toString'])('%s has no table entry', (id) => {
    expect(defaultCheckovSeverity(id)).toBeUndefined()
  })
})
