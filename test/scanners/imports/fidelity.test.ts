import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ScanFailedError, type Finding } from '@portcullis/core'
import { parseGrype } from '@portcullis/scanners/grype'
import { detectFormat, importScan } from '@portcullis/scanners/imports'
import { parseTrivy, TrivyStreamParser } from '@portcullis/scanners/trivy'
import { readCorpus } from '../../support/corpus.js'
import { REPO_ROOT } from '../../support/runner.js'

/** Files this suite added to test/corpus (see test/corpus/MANIFEST.md for their provenance). */
function own(file: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'corpus', file), 'utf8')
}

const context = { workspace: '/github/workspace' }

function bySeverity(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const f of findings) out[f.severity] = (out[f.severity] ?? 0) + 1
  return out
}

describe('trivy: a legacy entry without VulnerabilityID', () => {
  it('is a finding with the unknown id and a notice; the other six HIGH findings stay', () => {
    const result = parseTrivy(own('trivy/json/dd-trivy-legacy-mix-idless.json'), context)
    expect(result.findings).toHaveLength(7)
    const unknown = result.findings.filter((f) => f.ruleId === 'unknown')
    expect(unknown).toHaveLength(1)
    expect(unknown[0]).toMatchObject({
      title: 'Unidentified vulnerability in simplito/elliptic-php',
      severity: 'medium',
      package: { name: 'simplito/elliptic-php' },
      location: { path: 'php-app/composer.lock' },
    })
    expect(unknown[0]!.advisories).toEqual([])
    expect(bySeverity(result.findings.filter((f) => f.ruleId !== 'unknown'))).toEqual({ high: 6 })
    expect(result.notices).toEqual([
      "trivy reported 1 vulnerability entry with no VulnerabilityID (simplito/elliptic-php ([0].Vulnerabilities[0])); each is a finding with the id 'unknown'.",
    ])
  })
})

describe('trivy: the CVSS score comes from the source that gave the severity', () => {
  it('takes the GHSA v4 score behind a GHSA severity, not Red Hat’s v3 score', () => {
    const result = parseTrivy(own('trivy/json/dd-trivy-0.69.1-cvssv4.json'), context)
    const cvss = Object.fromEntries(result.findings.map((f) => [f.ruleId, f.cvss]))
    expect(cvss['CVE-2025-66614']).toEqual({
      score: 6.3,
      vector: 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N',
      version: '4.0',
    })
    expect(cvss['CVE-2025-61795']?.score).toBe(2.3)
    expect(cvss['CVE-2026-24733']?.score).toBe(2.7)
    expect(result.findings.map((f) => f.scannerSeverity)).toEqual(['MEDIUM', 'LOW', 'LOW'])
  })
})

describe('trivy: findings set aside by VEX are suppressed findings with their source', () => {
  const raw = own('trivy/json/derived-trivy-vex-suppressed.json')
  it('keeps the VEX-suppressed entry with the statement and the VEX source', () => {
    const result = parseTrivy(raw, context)
    expect(result.findings).toHaveLength(4)
    const suppressed = result.findings.filter((f) => f.suppression)
    expect(suppressed).toHaveLength(1)
    expect(suppressed[0]).toMatchObject({
      ruleId: 'CVE-2019-1549',
      severity: 'medium',
      package: { name: 'libcrypto1.1' },
      suppression: {
        kind: 'vendor-status',
        justification: 'trivy status not_affected: vulnerable_code_not_in_execute_path',
        source: 'trivy CycloneDX VEX',
      },
    })
  })
  it('the streaming parser reads them the same way', () => {
    const parser = new TrivyStreamParser(context, { batchBytes: 300 })
    const bytes = Buffer.from(raw, 'utf8')
    const findings: Finding[] = []
    for (let i = 0; i < bytes.length; i += 97)
      findings.push(...parser.push(bytes.subarray(i, i + 97)))
    findings.push(...parser.end())
    expect(findings).toEqual(parseTrivy(raw, context).findings)
  })
})

describe('grype and trivy SARIF: the severity is the scanner’s own word', () => {
  it('grype SARIF agrees with grype JSON for every vulnerability (not the security-severity score)', () => {
    const fromSarif = importScan(
      'sarif',
      readCorpus('grype/sarif/grype-golden-image.sarif'),
      context,
    )
    const fromJson = parseGrype(readCorpus('grype/json/grype-golden-json-image.json'), context)
    const jsonSeverity = new Map(fromJson.findings.map((f) => [f.ruleId, f.severity]))
    expect(fromSarif.findings.length).toBeGreaterThan(0)
    for (const f of fromSarif.findings) {
      const id = f.advisories?.[0]
      expect(id, f.ruleId).toBeDefined()
      expect(f.severity, f.ruleId).toBe(jsonSeverity.get(id!))
    }
    // CVE-1999-0001 is low to grype, though its security-severity is 8.2.
    const low = fromSarif.findings.find((f) => f.ruleId === 'CVE-1999-0001-package-1')
    expect(low).toMatchObject({ severity: 'low', scannerSeverity: 'low' })
  })

  it('trivy SARIF agrees with trivy JSON of the same scan', () => {
    const fromSarif = importScan(
      'sarif',
      readCorpus('trivy/sarif/trivy-golden-alpine-310.sarif'),
      context,
    )
    const fromJson = parseTrivy(readCorpus('trivy/json/trivy-golden-alpine-310.json'), context)
    expect(bySeverity(fromSarif.findings)).toEqual(bySeverity(fromJson.findings))
  })
})

describe('SARIF logs that say the tool did not complete are failed scans', () => {
  it('executionSuccessful false (SpotBugs, missing classes) fails the import', () => {
    expect(() =>
      importScan('sarif', readCorpus('generic-sarif/sarif/dd-spotbugs-4.4.0.sarif'), context),
    ).toThrow(
      /SpotBugs \(run 0, invocation 0\) did not execute successfully \(exit code 3\): ERROR,MISSING CLASS,BUGS FOUND/,
    )
  })
  it('an error-level tool execution notification (semgrep: invalid scanning root) fails the import', () => {
    const raw = own('semgrep/sarif/semgrep-snapshot-when-errors.sarif')
    expect(() => importScan('sarif', raw, context)).toThrow(ScanFailedError)
    expect(() => importScan('sarif', raw, context)).toThrow(
      'Semgrep OSS (run 0, invocation 0) reported an error: Invalid scanning root: targets/basic/inexistent.py',
    )
  })
  it('warning-level notifications (semgrep 1.56.0) do not', () => {
    const scan = importScan(
      'sarif',
      readCorpus('semgrep/sarif/semgrep-1.56.0-2.5MB.sarif'),
      context,
    )
    expect(scan.scanner).toEqual({ name: 'Semgrep OSS', version: '1.56.0' })
    expect(scan.findings).toHaveLength(3)
  })
})

describe('a SARIF run without tool', () => {
  it('is read as an unknown tool with a notice, its results kept', () => {
    const scan = importScan(
      'sarif',
      own('generic-sarif/sarif/derived-dockle-no-tool.sarif'),
      context,
    )
    expect(scan.scanner.name).toBe('unknown tool')
    expect(scan.findings).toHaveLength(4)
    expect(scan.notices[0]).toMatch(/^SARIF run 0 names no tool/)
  })
})

describe('format detection (auto)', () => {
  it.each([
    ['generic-sarif/sarif/codeql-2.20.4-python.sarif', 'sarif'],
    ['trivy/json/trivy-golden-alpine-310.json', 'trivy-json'],
    ['trivy/json/dd-trivy-legacy-list.json', 'trivy-json'],
    ['grype/json/grype-golden-json-image.json', 'grype-json'],
    ['gitleaks/json/dd-gitleaks8_many.json', 'gitleaks-json'],
    ['checkov/json/dd-checkov-2.0.209-multi-check_type.json', 'checkov-json'],
    ['semgrep/json/semgrep-1.73.0-vulpy.json', 'semgrep-json'],
    ['hadolint/json/dd-hadolint-many.json', 'hadolint-json'],
    ['kics/json/dd-kics-many_findings.json', 'kics-json'],
    ['tfsec/json/dd-tfsec-current.json', 'tfsec-json'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(readCorpus(file))).toBe(format)
  })
  it('asks for the format when the content fits several', () => {
    expect(() => detectFormat(readCorpus('tfsec/json/dd-tfsec-null-results.json'))).toThrow(
      /could be semgrep-json or osv-json or tfsec-json\); name it as FORMAT:PATH/,
    )
    expect(() => detectFormat('[]')).toThrow(/name it as FORMAT:PATH/)
    expect(() => detectFormat('not json')).toThrow(/not JSON; name its format/)
  })
  it('an empty file is a crash, never zero findings', () => {
    expect(() => importScan('semgrep-json', '', context)).toThrow(/the file is empty/)
    expect(() => importScan('sarif', '\n', context)).toThrow(/the file is empty/)
  })
})
