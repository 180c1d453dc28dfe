import { describe, expect, it } from 'vitest'
import {
  countBySeverity,
  imageFingerprint,
  normalizeSeverity,
  ScanFailedError,
  SEVERITIES,
} from '@portcullis/core'
import { parseGrype } from '@portcullis/scanners/grype'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const context = { workspace: '/home/runner/work/repo/repo' }
const entries = corpusEntries((e) => e.tool === 'grype' && e.format === 'json')
const file = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}
type Raw = Record<string, unknown>

describe('grype JSON parser on the corpus', () => {
  it('covers every grype JSON file in the manifest', () => {
    expect(entries.length).toBeGreaterThanOrEqual(7)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        matches: number
        severity: Record<string, number>
        grype: string | null
        first_id: string | null
      }
      const result = parseGrype(readCorpus(entry.file), context)
      expect(result.findings).toHaveLength(counted.matches)
      const expected = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
      for (const [word, n] of Object.entries(counted.severity)) {
        expected[normalizeSeverity(word === 'null' ? undefined : word)]! += n
      }
      expect(countBySeverity(result.findings)).toEqual(expected)
      expect(result.findings[0]?.ruleId ?? null).toBe(counted.first_id)
      // "[not provided]" is what grype's test harness writes in place of a version.
      expect(result.scannerVersion).toBe(
        counted.grype === null || counted.grype === '[not provided]' ? undefined : counted.grype,
      )
      for (const f of result.findings) {
        expect(f.category).toBe('vulnerability')
        expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
        expect(f.suppression).toBeUndefined()
      }
    },
  )
})

describe('grype matches', () => {
  it('maps Negligible to info, keeps the word, and takes the description of a related CVE', () => {
    const { findings } = parseGrype(file('dd-grype-0.28.0-check_all_fields.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2004-0971',
      severity: 'info',
      scannerSeverity: 'Negligible',
      package: { name: 'libgssapi-krb5-2', version: '1.17-3+deb10u3', ecosystem: 'deb' },
      remediation: 'No fixed version of libgssapi-krb5-2 has been released yet.',
    })
    expect(findings[0]?.description).toBeTruthy()
  })

  it('lists the CVE aliases of a GHSA and tells packages apart', () => {
    const { findings } = parseGrype(file('dd-grype-0.28.0-check_all_fields.json'), context)
    const django = findings.filter((f) => f.ruleId === 'GHSA-v6rh-hp5x-86rv')
    expect(django).toHaveLength(2)
    expect(django[0]).toMatchObject({
      severity: 'high',
      advisories: ['GHSA-v6rh-hp5x-86rv', 'CVE-2021-44420'],
      package: { name: 'Django', version: '3.2.9', fixedVersion: '3.2.10', ecosystem: 'pypi' },
      remediation: 'Upgrade Django to 3.2.10.',
    })
    // The same advisory for the same package is the same finding.
    expect(django[0]?.fingerprint).toBe(django[1]?.fingerprint)
    const libc = findings.filter((f) => f.ruleId === 'CVE-2021-33574')
    expect(libc.map((f) => f.package?.name)).toEqual(['libc-bin', 'libc6'])
    expect(libc[0]?.fingerprint).not.toBe(libc[1]?.fingerprint)
    const redis = findings.find((f) => f.ruleId === 'CVE-2021-32626')
    expect(redis?.cvss).toEqual({
      score: 8.8,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
      version: '3.1',
    })
    expect(redis?.image?.layer).toBe(
      'sha256:b1d4455cf82b15a50b006fe87bd29f694c8f9155456253eb67fdd155b5edcf4a',
    )
  })

  it('treats a match without severity as medium, never harmless', () => {
    const { findings } = parseGrype(file('dd-grype-0.96.0-issue_9618.json'), context)
    const bare = findings.find((f) => f.ruleId === 'CVE-2024-26308')
    expect(bare?.severity).toBe('medium')
    expect(bare?.scannerSeverity).toBeUndefined()
    expect(bare?.package?.fixedVersion).toBe('1.26.0')
  })

  it('reads EPSS, CVSS and the scanned image', () => {
    const { findings } = parseGrype(file('dd-grype-0.94.0-epss.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2022-28391',
      severity: 'high',
      cvss: { score: 8.8, version: '3.1' },
      helpUri: 'https://nvd.nist.gov/vuln/detail/CVE-2022-28391',
      image: {
        ref: 'busybox:1.32.1',
        digest: 'sha256:123b1fd3a44eaaf7322e08e9175d9ca57d49ebf2955d4fa1f5607e99dc31bcbb',
      },
    })
    expect(findings[0]?.description).toContain('EPSS 0.0719 (percentile 0.91123).')
    expect(findings[0]?.location).toBeUndefined()
  })

  it('reads the layout of grype 0.7 (cvssV2, links)', () => {
    const { findings } = parseGrype(file('dd-grype-many_vulns-3.8MB.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2011-3389',
      severity: 'medium',
      cvss: { score: 4.3, vector: 'AV:N/AC:M/Au:N/C:P/I:N/A:N', version: '2.0' },
      references: ['https://security-tracker.debian.org/tracker/CVE-2011-3389'],
      package: { name: 'libgnutls-openssl27', ecosystem: 'deb' },
    })
  })

  it('lists every fixed version of the golden report', () => {
    const { findings } = parseGrype(file('grype-golden-json-image.json'), context)
    expect(findings[0]?.package?.fixedVersion).toBe('1.2.1, 2.1.3, 3.4.0')
    expect(findings[0]?.remediation).toBe('Upgrade package-1 to 1.2.1 or 2.1.3 or 3.4.0.')
    expect(findings[1]?.severity).toBe('critical')
  })

  it('uses image fingerprints when the scan says which image digest it ran against', () => {
    const digest = 'sha256:' + 'cd'.repeat(32)
    const { findings } = parseGrype(file('grype-0.66.0-keycloak.json'), {
      ...context,
      image: { ref: 'registry.example/keycloak:22', digest },
    })
    const f = findings[0]!
    expect(f.image).toMatchObject({ ref: 'registry.example/keycloak:22', digest })
    expect(f.fingerprint).toBe(
      imageFingerprint({
        digest,
        advisory: f.ruleId,
        name: f.package!.name,
        version: f.package!.version,
        ecosystem: f.package!.ecosystem,
      }),
    )
  })

  it('keeps matches set aside by ignore rules or VEX as suppressed findings', () => {
    const report = JSON.parse(file('grype-0.66.0-keycloak.json')) as Raw
    const matches = report.matches as Raw[]
    const [vexed, ignored] = matches.splice(0, 2)
    report.ignoredMatches = [
      {
        ...vexed,
        appliedIgnoreRules: [
          {
            vulnerability: 'x',
            'vex-status': 'not_affected',
            'vex-justification': 'vulnerable_code_not_present',
          },
        ],
      },
      { ...ignored, appliedIgnoreRules: [{ vulnerability: 'y', reason: 'accepted risk' }] },
    ]
    const result = parseGrype(JSON.stringify(report), context)
    expect(result.findings).toHaveLength(matches.length + 2)
    expect(result.findings.slice(-2).map((f) => f.suppression)).toEqual([
      {
        kind: 'vendor-status',
        justification: 'VEX status not_affected: vulnerable_code_not_present',
        source: 'grype VEX document',
      },
      {
        kind: 'external',
        justification: 'grype ignore rule: accepted risk',
        source: 'grype ignore rule',
      },
    ])
    expect(result.notices).toHaveLength(1)
  })

  it('places packages of a directory scan in the workspace', () => {
    const report = JSON.parse(file('grype-golden-json-image.json')) as Raw
    report.source = { type: 'directory', target: '.' }
    const { findings } = parseGrype(JSON.stringify(report), context)
    expect(findings[0]?.location).toEqual({ path: 'foo/bar/somefile-1.txt' })
    expect(findings[0]?.image).toBeUndefined()
  })

  it('parses the 3.8 MB report quickly', () => {
    const raw = file('dd-grype-many_vulns-3.8MB.json')
    const started = performance.now()
    parseGrype(raw, context)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('grype output that is not a report', () => {
  const full = file('grype-golden-json-image.json')
  it.each([
    ['an empty file', ''],
    ['text', 'failed to catalog: unable to load image'],
    ['a truncated report', full.slice(0, Math.floor(full.length / 2))],
    ['a list', '[]'],
    ['an object without matches', '{"source": {}, "descriptor": {"name": "grype"}}'],
    ['matches that is not a list', '{"matches": {}}'],
    ['a match without an artifact', '{"matches": [{"vulnerability": {"id": "CVE-1"}}]}'],
    [
      'a match without an id',
      '{"matches": [{"vulnerability": {}, "artifact": {"name": "a", "version": "1"}}]}',
    ],
  ])('%s is a failed scan', (_what, raw) => {
    expect(() => parseGrype(raw, context)).toThrow(ScanFailedError)
  })
})
