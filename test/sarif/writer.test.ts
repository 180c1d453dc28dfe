import { describe, expect, it } from 'vitest'
import {
  fileFingerprint,
  imageFingerprint,
  packageFingerprint,
  type Finding,
} from '@portcullis/core'
import {
  LINE_HASH_KEY,
  PORTCULLIS_FINGERPRINT_KEY,
  categorySlug,
  computeLineHashes,
  findingsToSarif,
  parseSarif,
  sarifCategory,
  toRelativeUri,
  workflowPathFromRef,
} from '@portcullis/sarif'
import { parseGitleaks } from '@portcullis/scanners/gitleaks'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { readCorpus } from '../support/corpus.js'

const WORKSPACE = '/home/runner/work/app/app'

const FILES: Record<string, string> = {
  'src/app.js': 'const a = 1\nconst token = process.env.TOKEN\neval(userInput)\n',
  'infra/main.tf': 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n',
  'dir with space/a#b.tf': 'x = 1\n',
  'package-lock.json': '{\n  "name": "app"\n}\n',
}
const readFile = (path: string): string | undefined => FILES[path]

const secret: Finding = {
  fingerprint: fileFingerprint({ ruleId: 'generic-api-key', path: 'src/app.js', content: 'x' }),
  category: 'secret',
  ruleId: 'generic-api-key',
  title: 'Generic API key',
  severity: 'high',
  location: { path: 'src/app.js', startLine: 2, endLine: 2, startColumn: 7, endColumn: 12 },
}
const xss: Finding = {
  fingerprint: fileFingerprint({ ruleId: 'js/eval', path: 'src/app.js', content: 'eval' }),
  category: 'misconfiguration',
  ruleId: 'js/eval',
  title: 'Use of eval',
  description: 'Evaluating user input runs attacker code.',
  rule: { title: 'Use of eval', description: 'Evaluating user input runs attacker code.' },
  severity: 'medium',
  cwe: ['CWE-95', 'CWE-79'],
  helpUri: 'https://example.test/rules/js-eval',
  location: { path: 'src/app.js', startLine: 3 },
}
const bucket: Finding = {
  fingerprint: fileFingerprint({ ruleId: 'AWS-0086', path: 'infra/main.tf', content: 'acl' }),
  category: 'misconfiguration',
  ruleId: 'AWS-0086',
  title: 'S3 bucket is public',
  severity: 'low',
  location: { path: 'infra/main.tf', startLine: 2 },
  suppression: { kind: 'in-source', justification: 'public website bucket' },
}
const oddPath: Finding = {
  fingerprint: fileFingerprint({ ruleId: 'AWS-0086', path: 'dir with space/a#b.tf', content: 'x' }),
  category: 'misconfiguration',
  ruleId: 'AWS-0086',
  title: 'S3 bucket is public',
  severity: 'critical',
  location: { path: 'dir with space/a#b.tf', startLine: 1 },
  suppression: { kind: 'vendor-status', justification: 'not_affected' },
}
const dependency: Finding = {
  fingerprint: packageFingerprint({
    advisory: 'CVE-2021-23424',
    name: 'ansi-html',
    version: '0.0.1',
  }),
  category: 'vulnerability',
  ruleId: 'CVE-2021-23424',
  title: 'ansi-html: uncontrolled resource consumption',
  severity: 'high',
  // CVSS says critical; the vendor says high: the finding keeps the vendor's word.
  cvss: { score: 9.1, version: '3.1' },
  package: { name: 'ansi-html', version: '0.0.1', fixedVersion: '0.0.8', ecosystem: 'npm' },
  advisories: ['CVE-2021-23424', 'GHSA-whgm-jr23-g3j9'],
}
const imagePkg: Finding = {
  fingerprint: imageFingerprint({
    digest: `sha256:${'a'.repeat(64)}`,
    advisory: 'CVE-2019-1549',
    name: 'libcrypto1.1',
    version: '1.1.1c-r0',
  }),
  category: 'vulnerability',
  ruleId: 'CVE-2019-1549',
  title: 'openssl: information disclosure in fork()',
  severity: 'info',
  image: { ref: 'ghcr.io/acme/app:1.2', digest: `sha256:${'a'.repeat(64)}` },
  package: { name: 'libcrypto1.1', version: '1.1.1c-r0' },
}

function write(findings: readonly Finding[], fallbackPath?: string) {
  return findingsToSarif({
    runs: [
      {
        tool: { name: 'Trivy', version: '0.44.1', informationUri: 'https://trivy.dev' },
        category: sarifCategory('scan-deps', 'trivy', '.'),
        findings,
        ...(fallbackPath ? { fallbackPath } : {}),
      },
    ],
    workflowPath: '.github/workflows/security.yml',
    readFile,
  })
}

describe('findingsToSarif', () => {
  const all = [secret, xss, bucket, oddPath, dependency, imagePkg]
  const log = write(all, 'package-lock.json')
  const run = log.runs[0]!
  const results = run.results!

  it('writes one SARIF 2.1.0 run with the category and tool', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(run.automationDetails?.id).toBe('portcullis/scan-deps/trivy/default/')
    expect(run.tool.driver).toMatchObject({
      name: 'Trivy',
      version: '0.44.1',
      semanticVersion: '0.44.1',
      informationUri: 'https://trivy.dev',
    })
  })

  it('deduplicates rules and points every result at its rule', () => {
    const ids = run.tool.driver.rules!.map((r) => r.id)
    expect(ids).toEqual([
      'generic-api-key',
      'js/eval',
      'AWS-0086',
      'CVE-2021-23424',
      'CVE-2019-1549',
    ])
    for (const r of results) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId)
    const aws = run.tool.driver.rules![2]!
    // The most severe finding (critical) speaks for the rule.
    expect(aws.properties?.['security-severity']).toBe('9.5')
    expect(aws.defaultConfiguration?.level).toBe('error')
    const evalRule = run.tool.driver.rules![1]!
    expect(evalRule).toMatchObject({
      shortDescription: { text: 'Use of eval' },
      fullDescription: { text: 'Evaluating user input runs attacker code.' },
      helpUri: 'https://example.test/rules/js-eval',
      defaultConfiguration: { level: 'warning' },
    })
    expect(evalRule.help?.text).toContain('https://example.test/rules/js-eval')
    expect(evalRule.help?.markdown).toContain('**Use of eval**')
    expect(evalRule.properties?.tags).toEqual([
      'security',
      'misconfiguration',
      'external/cwe/cwe-95',
      'external/cwe/cwe-79',
    ])
    // CVSS score first, else the severity's representative score.
    expect(run.tool.driver.rules![3]!.properties?.['security-severity']).toBe('9.1')
    expect(run.tool.driver.rules![0]!.properties?.['security-severity']).toBe('8.0')
  })

  it('writes levels, workspace-relative percent-encoded URIs and regions', () => {
    expect(results.map((r) => r.level)).toEqual([
      'error',
      'warning',
      'note',
      'error',
      'error',
      'note',
    ])
    const uris = results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!)
    for (const u of uris) {
      expect(u.uriBaseId).toBe('%SRCROOT%')
      expect(u.uri).not.toMatch(/^(\/|[a-z]+:)/i)
    }
    expect(uris[3]!.uri).toBe('dir%20with%20space/a%23b.tf')
    expect(results[0]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 2,
      startColumn: 7,
      endLine: 2,
      endColumn: 12,
    })
  })

  it('fills every region bound code scanning requires, never inventing an end column', () => {
    // Unknown columns: start is SARIF's default 1, end is the end of the line read from the file.
    expect(results[1]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: 'eval(userInput)'.length + 1,
    })
    const unreadable = findingsToSarif({
      runs: [{ tool: { name: 'x', version: '1' }, category: 'c/', findings: [xss] }],
    })
    expect(unreadable.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 3,
      startColumn: 1,
      endLine: 3,
    })
  })

  it("keeps rule descriptions within code scanning's 1024-character limit", () => {
    const long: Finding = {
      ...xss,
      rule: { title: 'T'.repeat(2000), description: `${'😀'.repeat(600)}` },
    }
    const rule = write([long]).runs[0]!.tool.driver.rules![0]!
    expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024)
    expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024)
    expect(rule.fullDescription!.text.endsWith('😀…')).toBe(true)
    expect(rule.help!.text).toContain('😀'.repeat(600))
  })

  it("writes each rule's own text, never one finding's title, place or message", () => {
    // Two real gitleaks leaks of one rule in one file: titles and descriptions name file and line.
    const leaks = parseGitleaks(readCorpus('gitleaks/json/dd-gitleaks8_many.json'), {
      workspace: '/conf',
    }).findings.filter((f) => f.ruleId === 'aws-access-token')
    expect(leaks.map((f) => f.location)).toEqual([
      { path: 'aws.tf', startLine: 2, endLine: 2 },
      { path: 'aws.tf', startLine: 2, endLine: 2 },
    ])
    const sarif = findingsToSarif({
      runs: [{ tool: { name: 'gitleaks', version: '8.16.0' }, category: 'c/', findings: leaks }],
      readFile: () => 'a\nb\nc\n',
    })
    const rule = sarif.runs[0]!.tool.driver.rules![0]!
    // gitleaks' own name of the rule (its Description), the same on every leak of it.
    expect(rule.shortDescription?.text).toBe('AWS')
    const ruleText = JSON.stringify(rule)
    for (const f of leaks) {
      expect(ruleText).not.toContain(f.title)
      expect(ruleText).not.toContain(f.description!.split('\n')[0])
    }
    expect(ruleText).not.toMatch(/aws\.tf|line \d/)
    // Each result keeps its own title and place.
    expect(sarif.runs[0]!.results!.map((r) => r.message.text)).toEqual(leaks.map((f) => f.title))

    // trivy: the advisory's title and description are the rule's; the package is the result's.
    const npm = parseTrivy(readCorpus('trivy/json/trivy-golden-npm.json'), { workspace: WORKSPACE })
    const trivyRun = findingsToSarif({
      runs: [
        { tool: { name: 'trivy', version: '0.44.1' }, category: 'd/', findings: npm.findings },
      ],
      readFile: () => '{}\n'.repeat(100),
    }).runs[0]!
    expect(trivyRun.tool.driver.rules![0]).toMatchObject({
      id: 'CVE-2019-11358',
      shortDescription: {
        text: "jquery: Prototype pollution in object's prototype leading to denial of service, remote code execution, or property injection",
      },
      fullDescription: { text: expect.stringMatching(/^jQuery before 3\.4\.0, as used in Drupal/) },
    })
    expect(trivyRun.results![0]!.message.text).toContain('Package jquery@3.3.9 (fixed in 3.4.0).')
    expect(trivyRun.results![0]!.locations![0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'package-lock.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, endLine: 15 },
    })
  })

  it('computes primaryLocationLineHash from file content as codeql-action does', () => {
    const appHashes = computeLineHashes(FILES['src/app.js']!)
    expect(results[0]!.partialFingerprints).toEqual({
      [LINE_HASH_KEY]: appHashes[1],
      [PORTCULLIS_FINGERPRINT_KEY]: secret.fingerprint,
    })
    expect(results[1]!.partialFingerprints![LINE_HASH_KEY]).toBe(appHashes[2])
    expect(results[2]!.partialFingerprints![LINE_HASH_KEY]).toBe(
      computeLineHashes(FILES['infra/main.tf']!)[1],
    )
  })

  it('anchors findings without a file at the fallback path and names the real target', () => {
    const dep = results[4]!
    expect(dep.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('package-lock.json')
    expect(dep.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    })
    expect(dep.message.text).toContain('Package ansi-html@0.0.1 (fixed in 0.0.8).')
    expect(dep.message.text).toContain('shown on package-lock.json')
    const img = results[5]!
    expect(img.message.text).toContain(`image ghcr.io/acme/app:1.2@sha256:${'a'.repeat(64)}`)
    expect(img.partialFingerprints![PORTCULLIS_FINGERPRINT_KEY]).toBe(imagePkg.fingerprint)
  })

  it('falls back to the workflow file when the run gives no fallback path', () => {
    const r = write([dependency]).runs[0]!.results![0]!
    expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      '.github/workflows/security.yml',
    )
    expect(r.message.text).toContain('shown on .github/workflows/security.yml')
    // The workflow file is not readable through the port: no line hash, the finding's own one stays.
    expect(r.partialFingerprints).toEqual({ [PORTCULLIS_FINGERPRINT_KEY]: dependency.fingerprint })
  })

  it('turns suppressions into SARIF suppressions', () => {
    expect(results[2]!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'public website bucket' },
    ])
    expect(results[3]!.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'not_affected',
        properties: { 'portcullis/kind': 'vendor-status' },
      },
    ])
    expect(results[0]!.suppressions).toBeUndefined()
  })

  it('copies nothing of the file content into the log', () => {
    const text = JSON.stringify(log)
    expect(text).not.toContain('process.env.TOKEN')
    expect(text).not.toContain('eval(userInput)')
    expect(text).not.toContain('snippet')
  })

  it('skips the line hash, without failing, when a file cannot be read', () => {
    const failing = findingsToSarif({
      runs: [{ tool: { name: 'x', version: '1' }, category: 'c/', findings: [secret] }],
      readFile: () => {
        throw new Error('EACCES')
      },
    })
    expect(failing.runs[0]!.results![0]!.partialFingerprints).toEqual({
      [PORTCULLIS_FINGERPRINT_KEY]: secret.fingerprint,
    })
  })

  it('refuses what code scanning would reject or what would leak a path', () => {
    expect(() => write([dependency], '/etc/passwd')).toThrow(/workspace-relative/)
    expect(() => write([dependency], '../outside/package-lock.json')).toThrow(/workspace-relative/)
    expect(() =>
      findingsToSarif({
        runs: [{ tool: { name: 'x', version: '1' }, category: 'c/', findings: [dependency] }],
      }),
    ).toThrow(/no file location/)
    const run2 = { tool: { name: 'x', version: '1' }, category: 'same/', findings: [] }
    expect(() => findingsToSarif({ runs: [run2, run2] })).toThrow(/share the category/)
  })

  it('round-trips: findings -> SARIF -> findings keeps rule, severity, category, path, line, fingerprint', () => {
    const back = parseSarif(JSON.stringify(log), { workspace: WORKSPACE })
    expect(back.findings).toHaveLength(all.length)
    all.forEach((f, i) => {
      const g = back.findings[i]!
      expect(g.ruleId).toBe(f.ruleId)
      expect(g.severity).toBe(f.severity)
      expect(g.category).toBe(f.category)
      expect(g.fingerprint).toBe(f.fingerprint)
      expect(g.suppression?.kind).toBe(f.suppression?.kind)
      if (f.location) {
        expect(g.location?.path).toBe(f.location.path)
        expect(g.location?.startLine).toBe(f.location.startLine)
      } else {
        expect(g.location).toMatchObject({ path: 'package-lock.json', startLine: 1 })
      }
    })
    expect(back.findings[1]!.cwe).toEqual(['CWE-95', 'CWE-79'])
  })
})

describe('sarifCategory', () => {
  it('builds stable, slug-safe categories', () => {
    expect(sarifCategory('scan-iac', 'Trivy', 'infra/terraform')).toBe(
      'portcullis/scan-iac/trivy/infra-terraform/',
    )
    expect(sarifCategory('scan-iac', 'Trivy', 'infra/terraform')).toBe(
      sarifCategory('scan-iac', 'trivy', 'infra/terraform'),
    )
    expect(
      sarifCategory('scan-image', 'grype', `ghcr.io/acme/app:1.2@sha256:${'b'.repeat(64)}`),
    ).toBe('portcullis/scan-image/grype/ghcr.io-acme-app-1.2/')
    expect(sarifCategory('scan-secrets', 'gitleaks', 'main..feature/x')).toBe(
      'portcullis/scan-secrets/gitleaks/main..feature-x/',
    )
    expect(categorySlug('  ')).toBe('default')
    expect(categorySlug('Ünïcode / päth')).toMatch(/^[a-z0-9._-]+$/)
    expect(categorySlug('x'.repeat(200))).toHaveLength(80)
  })
})

describe('toRelativeUri', () => {
  it('percent-encodes segments and rejects absolute or escaping paths', () => {
    expect(toRelativeUri('src/a b/c#d?.ts')).toBe('src/a%20b/c%23d%3F.ts')
    expect(toRelativeUri('c:weird/x')).toBe('c%3Aweird/x')
    expect(toRelativeUri('./src/x.ts')).toBe('src/x.ts')
    for (const bad of ['/abs/x', 'C:\\x\\y', 'C:/x', 'file:///x', '../x', 'a/../../x', '']) {
      expect(() => toRelativeUri(bad)).toThrow(/workspace-relative/)
    }
  })
})

describe('workflowPathFromRef', () => {
  it('takes the workflow path out of GITHUB_WORKFLOW_REF', () => {
    expect(workflowPathFromRef('acme/app/.github/workflows/security.yml@refs/heads/main')).toBe(
      '.github/workflows/security.yml',
    )
    expect(workflowPathFromRef('acme/app/.github/workflows/ci.yaml@refs/pull/7/merge')).toBe(
      '.github/workflows/ci.yaml',
    )
    expect(workflowPathFromRef(undefined)).toBeUndefined()
    expect(workflowPathFromRef('not a ref')).toBeUndefined()
  })
})
