import { describe, expect, it } from 'vitest'
import { evaluateGate } from '@portcullis/gate'
import { DIGEST, NOW, SHA, loaded, report, secret, vuln } from './helpers.js'

const OPTIONS = { systemLevel: 3, stage: 'container', commitSha: SHA, now: NOW } as const

describe('deduplication across engines', () => {
  it('counts the same advisory on the same package and version once, keeping both sources', () => {
    const trivy = vuln({
      advisory: 'CVE-2023-1111',
      pkg: 'openssl',
      version: '3.0.1',
      digest: DIGEST,
    })
    const grype = {
      ...vuln({
        advisories: ['GHSA-aaaa-bbbb-cccc', 'CVE-2023-1111'],
        pkg: 'OpenSSL',
        version: '3.0.1',
      }),
      severity: 'critical' as const,
    }
    expect(trivy.fingerprint).not.toBe(grype.fingerprint)
    const result = evaluateGate(
      loaded([
        ['trivy.json', report('scan-image', [trivy], { scanner: 'trivy' })],
        ['grype.json', report('scan-image', [grype], { scanner: 'grype' })],
      ]),
      OPTIONS,
    )
    expect(result.findings).toHaveLength(1)
    const [merged] = result.findings
    expect(merged!.sources).toEqual(['trivy', 'grype'])
    expect(merged!.severity).toBe('critical')
    expect(merged!.fingerprints).toEqual([trivy.fingerprint, grype.fingerprint])
    expect(merged!.occurrences.map((o) => o.file)).toEqual(['trivy.json', 'grype.json'])
    expect(result.counts).toEqual({ critical: 1, high: 0, medium: 0, low: 0, info: 0 })
  })

  it('keeps different versions of a package apart', () => {
    const result = evaluateGate(
      loaded([
        ['trivy.json', report('scan-image', [vuln({ version: '1.0.0' })], { scanner: 'trivy' })],
        ['grype.json', report('scan-image', [vuln({ version: '1.0.1' })], { scanner: 'grype' })],
      ]),
      OPTIONS,
    )
    expect(result.counts.high).toBe(2)
  })

  it('counts the same secret location (path + line) from two engines once', () => {
    const gitleaks = secret({ rule: 'aws-access-token', path: 'app/.env', line: 7 })
    const trivy = {
      ...secret({ rule: 'aws-access-key-id', path: 'app/.env', line: 7 }),
      severity: 'critical' as const,
    }
    const elsewhere = secret({ rule: 'aws-access-key-id', path: 'app/.env', line: 8 })
    const result = evaluateGate(
      loaded([
        ['gitleaks.json', report('scan-secrets', [gitleaks], { scanner: 'gitleaks' })],
        ['trivy.json', report('scan-secrets', [trivy, elsewhere], { scanner: 'trivy' })],
      ]),
      { ...OPTIONS, stage: 'code', riskThreshold: 0 },
    )
    expect(result.findings.map((f) => [f.severity, f.sources, f.ruleIds])).toEqual([
      ['critical', ['gitleaks', 'trivy'], ['aws-access-token', 'aws-access-key-id']],
      ['high', ['trivy'], ['aws-access-key-id']],
    ])
    expect(result.counts).toEqual({ critical: 1, high: 1, medium: 0, low: 0, info: 0 })
  })

  it("keeps a finding's own sources when it already merged several engines", () => {
    const f = secret({ sources: ['gitleaks', 'trufflehog'] })
    const result = evaluateGate(loaded([['s.json', report('scan-secrets', [f])]]), {
      ...OPTIONS,
      stage: 'code',
    })
    expect(result.findings[0]!.sources).toEqual(['gitleaks', 'trufflehog'])
  })
})
