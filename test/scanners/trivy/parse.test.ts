import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  countBySeverity,
  imageFingerprint,
  normalizeSeverity,
  ScanFailedError,
  SEVERITIES,
  type Finding,
} from '@portcullis/core'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const WORKSPACE = '/home/runner/work/repo/repo'
const context = { workspace: WORKSPACE }
const entries = corpusEntries((e) => e.tool === 'trivy' && e.format === 'json')
const file = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}
type Raw = Record<string, unknown>
const json = (name: string): Raw => JSON.parse(file(name)) as Raw

const CLASS_OF: Record<Finding['category'], string> = {
  vulnerability: 'Vulnerabilities',
  misconfiguration: 'Misconfigurations',
  secret: 'Secrets',
  license: 'Licenses',
  compliance: 'Compliance',
  signature: 'Signatures',
}

describe('trivy JSON parser on the corpus', () => {
  it('covers every trivy JSON file in the manifest', () => {
    expect(entries.length).toBeGreaterThanOrEqual(13)
  })

  // The [trivy] counting command reads neither ExperimentalModifiedFindings (suppressed findings
  // here) nor an id-less entry's id; test/scanners/imports/fidelity.test.ts asserts these two files.
  const countedElsewhere = new Set([
    'trivy/json/dd-trivy-legacy-mix-idless.json',
    'trivy/json/derived-trivy-vex-suppressed.json',
  ])
  it.each(entries.filter((e) => !countedElsewhere.has(e.file)).map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const result = parseTrivy(readCorpus(entry.file), context)
      const counted = entry.counted as {
        by_class: Record<string, number>
        severity: Record<string, number>
        first_id: string | null
      }
      const byClass: Record<string, number> = {}
      for (const f of result.findings)
        byClass[CLASS_OF[f.category]] = (byClass[CLASS_OF[f.category]] ?? 0) + 1
      const findingClasses = Object.fromEntries(
        Object.entries(counted.by_class).filter(([k]) => !k.startsWith('misconf_')),
      )
      expect(byClass).toEqual(findingClasses)
      // Misconfigurations that did not fail are counted in a notice, not dropped silently.
      for (const [key, n] of Object.entries(counted.by_class)) {
        if (key.startsWith('misconf_')) {
          expect(result.notices.join('\n')).toContain(`${n} ${key.slice('misconf_'.length)}`)
        }
      }

      const expected = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
      for (const [word, n] of Object.entries(counted.severity)) {
        expected[normalizeSeverity(word === 'null' ? undefined : word)]! += n
      }
      expect(countBySeverity(result.findings)).toEqual(expected)
      expect(result.findings[0]?.ruleId ?? null).toBe(counted.first_id)
      for (const f of result.findings) expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
    },
  )

  it('reads the scanner version when the report states one', () => {
    expect(parseTrivy(file('trivy-0.72.0-image-alpine310.json'), context).scannerVersion).toBe(
      '0.72.0',
    )
    expect(parseTrivy(file('trivy-golden-alpine-310.json'), context).scannerVersion).toBe('dev')
    expect(parseTrivy(file('dd-trivy-legacy-list.json'), context).scannerVersion).toBeUndefined()
  })
})

describe('trivy vulnerabilities', () => {
  it('keeps every status, and only not_affected is a vendor-status suppression', () => {
    const { findings } = parseTrivy(file('dd-trivy-all-statuses.json'), context)
    expect(findings).toHaveLength(8)
    const suppressed = findings.filter((f) => f.suppression)
    expect(suppressed.map((f) => f.ruleId)).toEqual(['CVE-2019-18276'])
    expect(suppressed[0]?.suppression?.kind).toBe('vendor-status')
    // `fixed` means a fixed version exists: the installed package is still vulnerable.
    const fixed = findings.find((f) => f.ruleId === 'CVE-2018-1000876')
    expect(fixed?.suppression).toBeUndefined()
    expect(fixed?.remediation).toMatch(/^A fix for binutils exists/)
    expect(findings[0]?.remediation).toBe(
      'No fixed version of apt is known (trivy status: unknown).',
    )
  })

  it('reads package, purl, fixed version, CVSS of the severity source, CWE, layer and image', () => {
    const { findings } = parseTrivy(file('trivy-0.72.0-image-alpine310.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2021-36159',
      category: 'vulnerability',
      severity: 'critical',
      scannerSeverity: 'CRITICAL',
      package: {
        name: 'apk-tools',
        version: '2.10.6-r0',
        fixedVersion: '2.10.7-r0',
        purl: 'pkg:apk/alpine/apk-tools@2.10.6-r0?arch=x86_64&distro=3.10.9',
        ecosystem: 'apk',
      },
      cvss: { score: 9.1, version: '3.1' },
      cwe: ['CWE-125'],
      helpUri: 'https://avd.aquasec.com/nvd/cve-2021-36159',
      image: {
        ref: 'alpine:3.10',
        digest: 'sha256:451eee8bedcb2f029756dc3e9d73bab0e7943c1ac55cff3a4861c52a0fdd3e98',
        layer: 'sha256:396c31837116ac290458afcb928f68b6cc1c7bdd6963fc72f52f365a2a89c1b5',
      },
    })
    expect(findings[0]?.location).toBeUndefined()
    expect(findings[0]?.references?.[0]).toBe('https://avd.aquasec.com/nvd/cve-2021-36159')
  })

  it('prefers the CVSS of the source trivy took the severity from', () => {
    const report = json('trivy-golden-alpine-310.json')
    const first = parseTrivy(JSON.stringify(report), context).findings[0]
    expect(first?.cvss).toEqual({
      score: 5.3,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N',
      version: '3.1',
    })
    const results = report.Results as { Vulnerabilities: Raw[] }[]
    results[0]!.Vulnerabilities[0]!.SeveritySource = 'redhat'
    const redhat = parseTrivy(JSON.stringify(report), context).findings[0]
    expect(redhat?.cvss).toEqual({
      score: 4.8,
      vector: 'CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N',
      version: '3.0',
    })
  })

  it('uses image fingerprints when the scan says which image digest it ran against', () => {
    const digest = 'sha256:' + 'ab'.repeat(32)
    const { findings } = parseTrivy(file('trivy-0.72.0-image-alpine310.json'), {
      ...context,
      image: { ref: 'registry.example/alpine:3.10', digest },
    })
    expect(findings[0]?.image).toMatchObject({ ref: 'registry.example/alpine:3.10', digest })
    expect(findings[0]?.fingerprint).toBe(
      imageFingerprint({
        digest,
        ecosystem: 'apk',
        name: 'apk-tools',
        version: '2.10.6-r0',
        advisory: 'CVE-2021-36159',
      }),
    )
  })

  it('gives lockfile findings of a filesystem scan a workspace location', () => {
    const { findings } = parseTrivy(file('dd-trivy-misconfig-and-secrets.json'), context)
    const urllib = findings.filter((f) => f.package?.name === 'urllib3')
    expect(urllib.map((f) => f.location)).toEqual([
      { path: 'requirements.txt' },
      { path: 'requirements.txt' },
    ])
    expect(urllib[0]?.image).toBeUndefined()
  })

  it('reads the legacy top-level list', () => {
    const { findings } = parseTrivy(file('dd-trivy-legacy-list.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2011-3374',
      severity: 'low',
      cwe: ['CWE-347'],
      package: { name: 'apt', version: '1.8.2.2', ecosystem: 'debian' },
    })
    expect(findings[0]?.location).toBeUndefined()
  })

  it("titles a dependency finding with the advisory's title, and keeps it out of the description", () => {
    const { findings } = parseTrivy(file('trivy-golden-npm.json'), context)
    expect(findings).toHaveLength(1)
    const jquery = findings[0]!
    expect(jquery.title).toBe(
      "jquery: Prototype pollution in object's prototype leading to denial of service, remote code execution, or property injection",
    )
    expect(jquery.description).toMatch(/^jQuery before 3\.4\.0, as used in Drupal/)
    expect(jquery.description).not.toContain('jquery: Prototype pollution')
    expect(jquery.package).toMatchObject({
      name: 'jquery',
      version: '3.3.9',
      fixedVersion: '3.4.0',
    })
  })

  it('names an advisory without a title by its id and package', () => {
    const { findings } = parseTrivy(file('dd-trivy-legacy-list.json'), context)
    expect(findings[0]?.title).toBe('CVE-2011-3374 in apt 1.8.2.2')
    expect(findings[0]?.description).toMatch(/^It was found that apt-key in apt/)
  })

  it("points a lockfile finding at the package's lines from Packages[].Locations", () => {
    const { findings } = parseTrivy(file('trivy-golden-npm.json'), context)
    // npm.json.golden: jquery@3.3.9 is at lines 11-15 of package-lock.json.
    expect(findings[0]?.location).toEqual({ path: 'package-lock.json', startLine: 11, endLine: 15 })
  })
})

describe('trivy k8s cluster reports', () => {
  it('names the workload and its image, and keeps findings of two workloads apart', () => {
    const { findings } = parseTrivy(file('dd-trivy-k8s-cluster.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2020-27350',
      severity: 'medium',
      image: { ref: 'gcr.io/google_samples/gb-redis-follower:v2' },
    })
    expect(findings[10]).toMatchObject({
      ruleId: 'KSV001',
      category: 'misconfiguration',
      title: 'Process can elevate its own privileges (default/Deployment/redis-follower)',
    })
    for (const f of findings) expect(f.location).toBeUndefined()
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length)
  })
})

describe('trivy misconfigurations', () => {
  it('reads rule, lines, help URI and resolution', () => {
    const { findings } = parseTrivy(file('trivy-0.72.0-terraform-misconfig.json'), context)
    expect(findings[0]).toMatchObject({
      ruleId: 'AWS-0086',
      category: 'misconfiguration',
      severity: 'high',
      location: { path: 'main.tf', startLine: 8, endLine: 10 },
      helpUri: 'https://avd.aquasec.com/misconfig/aws-0086',
      remediation: 'Enable blocking any PUT calls with a public ACL specified',
    })
    const docker = parseTrivy(file('trivy-golden-dockerfile-misconfig.json'), context).findings
    expect(docker[0]).toMatchObject({ ruleId: 'DS-0002', location: { path: 'Dockerfile' } })
  })

  it('counts passed checks in a notice; a check an exception set aside is a suppressed finding', () => {
    const report = json('trivy-0.72.0-terraform-misconfig.json')
    const misconfigs = (report.Results as { Misconfigurations?: Raw[] }[])[1]!.Misconfigurations!
    misconfigs[0]!.Status = 'PASS'
    misconfigs[1]!.Status = 'PASS'
    misconfigs[2]!.Status = 'EXCEPTION'
    const result = parseTrivy(JSON.stringify(report), context)
    expect(result.findings).toHaveLength(misconfigs.length - 2)
    expect(result.findings.map((f) => f.ruleId)).not.toContain('AWS-0086')
    const excepted = result.findings.filter((f) => f.suppression)
    expect(excepted).toHaveLength(1)
    expect(excepted[0]!.ruleId).toBe(misconfigs[2]!.ID)
    expect(excepted[0]!.suppression).toEqual({
      kind: 'external',
      justification: 'An exception policy excludes this check here (trivy status EXCEPTION).',
      source: 'trivy exception policy',
    })
    expect(result.notices).toEqual([
      'trivy reported misconfiguration checks that did not fail (2 PASS); only FAIL results are findings.',
    ])
  })
})

describe('trivy secrets and licenses', () => {
  it.each([
    ['trivy-golden-secrets.json'],
    ['trivy-0.72.0-secret-repo.json'],
    ['dd-trivy-misconfig-and-secrets.json'],
  ])('%s: neither the match nor the code around it reaches the findings', (name) => {
    const raw = file(name)
    const out = JSON.stringify(parseTrivy(raw, context))
    expect(out).not.toContain('ghp_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    const report = JSON.parse(raw) as { Results: { Secrets?: Raw[] }[] }
    for (const secret of report.Results.flatMap((r) => r.Secrets ?? [])) {
      expect(out).not.toContain(String(secret.Match))
      const code = secret.Code as { Lines?: { Content: string }[] } | undefined
      for (const line of code?.Lines ?? []) {
        if (line.Content.length >= 12) expect(out).not.toContain(line.Content)
      }
    }
  })

  it('reads secret rule, severity and lines', () => {
    const { findings } = parseTrivy(file('trivy-golden-secrets.json'), context)
    expect(findings.map((f) => [f.ruleId, f.severity, f.location])).toEqual([
      ['aws-access-key-id', 'critical', { path: 'deploy.sh', startLine: 3, endLine: 3 }],
      ['mysecret', 'high', { path: 'deploy.sh', startLine: 7, endLine: 7 }],
    ])
    expect(findings[0]?.title).toBe('AWS Access Key ID in deploy.sh')
  })

  it('reads licenses with their package', () => {
    const { findings } = parseTrivy(file('dd-trivy-licenses.json'), context)
    expect(findings[0]).toMatchObject({
      category: 'license',
      ruleId: 'GPL-2.0',
      severity: 'high',
      package: { name: 'alpine-baselayout' },
    })
    expect(findings[0]?.description).toContain('restricted')
  })
})

describe('trivy fingerprints', () => {
  it('survive the file content moving down 3 lines (misconfiguration)', () => {
    const report = json('trivy-0.72.0-terraform-misconfig.json')
    const file = [
      'provider "aws" {}',
      '',
      '',
      '',
      '',
      '',
      '',
      'resource "aws_s3_bucket" "bucket" {',
      '  bucket = "trivy-action-bucket"',
      '}',
    ]
    const reader = (lines: string[]) => (_p: string, start: number, end: number) =>
      lines.slice(start - 1, end).join('\n')
    const before = parseTrivy(JSON.stringify(report), { ...context, readLines: reader(file) })
    for (const m of (report.Results as { Misconfigurations?: Raw[] }[])[1]!.Misconfigurations!) {
      const cause = m.CauseMetadata as Raw
      if (typeof cause.StartLine === 'number') cause.StartLine += 3
      if (typeof cause.EndLine === 'number') cause.EndLine += 3
    }
    const after = parseTrivy(JSON.stringify(report), {
      ...context,
      readLines: reader(['', '', '', ...file]),
    })
    expect(after.findings[0]?.location).toMatchObject({ startLine: 11, endLine: 13 })
    expect(after.findings.map((f) => f.fingerprint)).toEqual(
      before.findings.map((f) => f.fingerprint),
    )
    // Without a file to read, trivy's own code snippet gives the same fingerprint.
    const unread = parseTrivy(JSON.stringify(report), context)
    expect(unread.findings[0]?.fingerprint).toBe(before.findings[0]?.fingerprint)
  })

  it('survive a secret moving down 3 lines', () => {
    const report = json('trivy-golden-secrets.json')
    const before = parseTrivy(JSON.stringify(report), context).findings
    for (const s of (report.Results as { Secrets: Raw[] }[])[0]!.Secrets) {
      s.StartLine = (s.StartLine as number) + 3
      s.EndLine = (s.EndLine as number) + 3
    }
    const after = parseTrivy(JSON.stringify(report), context).findings
    expect(after[0]?.location?.startLine).toBe(6)
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint))
  })
})

describe('trivy 0.44 output recorded on this machine', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'recorded')
  const recorded = (name: string): string =>
    readFileSync(join(dir, `trivy-0.44.1-fs-secret-config${name}.json`), 'utf8')
  const byRule = (findings: readonly Finding[]): Map<string, Finding> =>
    new Map(findings.map((f) => [f.ruleId, f]))
  const dockerfile = ['FROM alpine:3.19', 'ADD app.tar.gz /app/', 'RUN apk add curl', 'CMD ["sh"]']
  const shiftedDockerfile = ['# syntax=docker/dockerfile:1', '# base image', '', ...dockerfile]
  const reader = (lines: string[]) => (path: string, start: number, end: number) =>
    path === 'Dockerfile' ? lines.slice(start - 1, end).join('\n') : undefined

  it('reads a filesystem scan with misconfigurations and a masked secret', () => {
    const result = parseTrivy(recorded(''), context)
    expect(result.scannerVersion).toBeUndefined()
    expect(result.notices).toEqual([])
    const found = byRule(result.findings)
    expect([...found.keys()]).toEqual(['DS002', 'DS025', 'DS026', 'aws-access-key-id'])
    expect(found.get('DS025')).toMatchObject({
      category: 'misconfiguration',
      severity: 'high',
      location: { path: 'Dockerfile', startLine: 3, endLine: 3 },
    })
    expect(found.get('aws-access-key-id')).toMatchObject({
      category: 'secret',
      severity: 'critical',
      location: { path: 'deploy.sh', startLine: 2, endLine: 2 },
    })
    expect(JSON.stringify(result)).not.toContain('AWS_ACCESS_KEY_ID=')
  })

  it('keeps fingerprints when three lines are inserted above the findings', () => {
    const before = byRule(
      parseTrivy(recorded(''), { ...context, readLines: reader(dockerfile) }).findings,
    )
    const after = byRule(
      parseTrivy(recorded('-shifted'), { ...context, readLines: reader(shiftedDockerfile) })
        .findings,
    )
    expect(after.get('DS025')?.location?.startLine).toBe(6)
    expect(after.get('aws-access-key-id')?.location?.startLine).toBe(5)
    for (const [rule, finding] of before)
      expect(after.get(rule)?.fingerprint).toBe(finding.fingerprint)
  })

  it('counts the checks that passed (--include-non-failures) in a notice', () => {
    const full = JSON.parse(recorded('-include-non-failures')) as {
      Results: { Misconfigurations?: Raw[] }[]
    }
    const passed = full.Results.flatMap((r) => r.Misconfigurations ?? []).filter(
      (m) => m.Status === 'PASS',
    )
    expect(passed.length).toBeGreaterThan(0)
    const result = parseTrivy(recorded('-include-non-failures'), context)
    expect(result.findings.map((f) => f.fingerprint)).toEqual(
      parseTrivy(recorded(''), context).findings.map((f) => f.fingerprint),
    )
    expect(result.notices).toEqual([
      `trivy reported misconfiguration checks that did not fail (${passed.length} PASS); only FAIL results are findings.`,
    ])
  })
})

describe('trivy output that is not a report', () => {
  const full = file('trivy-golden-alpine-310.json')
  it.each([
    ['an empty file', ''],
    ['text', '2024-01-01T00:00:00Z FATAL failed to scan: unable to initialize'],
    ['a truncated report', full.slice(0, Math.floor(full.length / 2))],
    ['an unrelated object', '{"matches": []}'],
    ['Results that is not a list', '{"SchemaVersion": 2, "Results": {}}'],
    ['a SchemaVersion that is not a number', '{"SchemaVersion": "2"}'],
    ['a result without Target', '[{"Vulnerabilities": []}]'],
    [
      'a vulnerability without a package',
      '{"SchemaVersion":2,"Results":[{"Target":"a","Vulnerabilities":[{"VulnerabilityID":"CVE-1"}]}]}',
    ],
    [
      'a misconfiguration without an ID',
      '{"SchemaVersion":2,"Results":[{"Target":"a","Misconfigurations":[{"Status":"FAIL"}]}]}',
    ],
    ['a cluster report with a bad resource', '{"ClusterName":"c","Resources":[1]}'],
  ])('%s is a failed scan', (_what, raw) => {
    expect(() => parseTrivy(raw, context)).toThrow(ScanFailedError)
  })

  it('a report with no results is no findings', () => {
    expect(parseTrivy('{"SchemaVersion": 2, "ArtifactName": "."}', context)).toEqual({
      findings: [],
      notices: [],
    })
  })
})
