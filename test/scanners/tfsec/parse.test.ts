import { describe, expect, it } from 'vitest'
import { normalizeSeverity, ScanFailedError } from '@portcullis/core'
import { parse, parseTfsec, readTfsecResults } from '@portcullis/scanners/tfsec'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

// The current-format report was written for a checkout at /tmp/aws-eks.
const context = { workspace: '/tmp/aws-eks' }
const entries = corpusEntries((e) => e.tool === 'tfsec' && e.format === 'json')
const corpus = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}

describe('tfsec JSON parser on the corpus', () => {
  it('covers every tfsec JSON file in the manifest', () => {
    expect(entries).toHaveLength(3)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        results: number
        severity: Record<string, number>
        first_id: string | null
      }
      const raw = readCorpus(entry.file)
      const results = readTfsecResults(raw)
      expect(results).toHaveLength(counted.results)
      expect(results[0]?.ruleId ?? null).toBe(counted.first_id)
      const words: Record<string, number> = {}
      for (const r of results) words[r.severity ?? 'null'] = (words[r.severity ?? 'null'] ?? 0) + 1
      expect(words).toEqual(counted.severity)

      // Findings: every result that did not pass, with its severity normalised.
      const { findings, notices } = parseTfsec(raw, context)
      const failing = results.filter((r) => r.status !== 'passed')
      expect(findings.map((f) => f.ruleId)).toEqual(failing.map((r) => r.ruleId))
      findings.forEach((f, i) => {
        expect(f.scannerSeverity).toBe(failing[i]!.severity)
        expect(f.severity).toBe(normalizeSeverity(failing[i]!.severity))
      })
      const passed = results.length - failing.length
      if (passed > 0) expect(notices).toContain(`tfsec: ${passed} check(s) passed.`)
    },
  )

  it('current format (DefectDojo [0]): aws-vpc-no-excessive-port-access, critical, resources.tf line 155', () => {
    const { findings, notices } = parseTfsec(corpus('dd-tfsec-current.json'), context)
    expect(findings).toHaveLength(19)
    expect(findings[0]).toMatchObject({
      ruleId: 'aws-vpc-no-excessive-port-access',
      title: 'An ingress Network ACL rule allows ALL ports.',
      severity: 'critical',
      location: { path: 'modules/vpc-subnets/resources.tf', startLine: 155, endLine: 155 },
      remediation: 'Set specific allowed ports',
      helpUri: 'https://tfsec.dev/docs/aws/vpc/no-excessive-port-access#aws/vpc',
    })
    expect(findings[0]?.description).toMatch(/Also known as AWS050\./)
    expect(findings[0]?.references).toHaveLength(3)
    // Repeated results at one place stay distinct findings.
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length)
    expect(notices).toEqual([])
  })

  it('legacy format: ERROR/WARNING words, link sentence, passed result counted not reported', () => {
    const { findings, notices } = parseTfsec(corpus('dd-tfsec-legacy.json'), { workspace: '/w' })
    // DefectDojo asserts GCP009 High, GCP010 High, GEN003 Medium; GCP008 passed.
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['GCP009', 'high'],
      ['GCP010', 'high'],
      ['GEN003', 'medium'],
    ])
    expect(findings[0]).toMatchObject({
      helpUri: 'https://tfsec.dev/docs/google/GCP009/',
      location: { path: 'tfsec-test/cluster.tf', startLine: 52, endLine: 92 },
    })
    expect(notices).toEqual(['tfsec: 1 check(s) passed.'])
  })

  it('null results is a clean scan; ignored results are suppressed findings', () => {
    expect(parse(corpus('dd-tfsec-null-results.json'), context)).toEqual({
      findings: [],
      notices: [],
    })
    const data = JSON.parse(corpus('dd-tfsec-current.json')) as {
      results: Record<string, unknown>[]
    }
    data.results[0]!.status = 'ignored'
    const { findings } = parseTfsec(JSON.stringify(data), context)
    expect(findings[0]?.suppression).toEqual({ kind: 'in-source', source: 'tfsec:ignore comment' })
    expect(findings[1]?.suppression).toBeUndefined()
  })

  it('paths outside the workspace keep the finding without a location', () => {
    const { findings, notices } = parseTfsec(corpus('dd-tfsec-current.json'), {
      workspace: '/elsewhere',
    })
    expect(findings).toHaveLength(19)
    expect(findings.every((f) => f.location === undefined)).toBe(true)
    expect(notices[0]).toMatch(/19 finding\(s\) in files outside the workspace/)
  })

  it('garbage and truncated output fail the scan', () => {
    expect(() => parse('', context)).toThrow(ScanFailedError)
    expect(() => parse('{}', context)).toThrow(/no "results"/)
    expect(() => parse('{"results": "none"}', context)).toThrow(ScanFailedError)
    expect(() => parse('{"results": [{"severity": "HIGH"}]}', context)).toThrow(/no rule_id/)
    const raw = corpus('dd-tfsec-current.json')
    expect(() => parse(raw.slice(0, 4000), context)).toThrow(/not JSON/)
  })
})
