import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, type Finding } from '@portcullis/core'
import { applyIgnoreFile, readIgnoreFile } from '../../packages/scan/src/ignore-file.js'

function finding(ruleId: string, path: string, advisories?: string[]): Finding {
  return {
    fingerprint: `${ruleId}-${path}`,
    category: 'vulnerability',
    ruleId,
    title: ruleId,
    severity: 'high',
    location: { path },
    ...(advisories ? { advisories } : {}),
  }
}

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'ignore-file-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(ws, path, '..'), { recursive: true })
    writeFileSync(join(ws, path), text)
  }
  return ws
}

const NOW = new Date('2026-12-03T12:00:00Z')

describe('ignore-file', () => {
  it('a .trivyignore hides what it lists as suppressed findings naming the file and line; an expired entry hides nothing', () => {
    const ws = workspace({
      'sec/.trivyignore': [
        '# accepted until the vendor ships a fix',
        'CVE-2024-0001 exp:2027-01-31',
        '',
        'avd-aws-0086   # case does not matter',
        'CVE-2019-9999 exp:2025-01-01',
      ].join('\n'),
    })
    const file = readIgnoreFile(ws, 'sec/.trivyignore')
    const findings = [
      finding('CVE-2024-0001', 'package-lock.json'),
      finding('GHSA-xxxx-yyyy-zzzz', 'package-lock.json', ['CVE-2024-0001']),
      finding('AVD-AWS-0086', 'main.tf'),
      finding('CVE-2019-9999', 'package-lock.json'),
      finding('CVE-2020-0002', 'package-lock.json'),
    ]
    const out: Finding[] = []
    const notices = applyIgnoreFile(file, findings, NOW, (f) => out.push(f))
    expect(out.map((f) => [f.ruleId, f.suppression?.kind, f.suppression?.source])).toEqual([
      ['CVE-2024-0001', 'external', 'sec/.trivyignore:2'],
      ['GHSA-xxxx-yyyy-zzzz', 'external', 'sec/.trivyignore:2'],
      ['AVD-AWS-0086', 'external', 'sec/.trivyignore:4'],
      ['CVE-2019-9999', undefined, undefined],
      ['CVE-2020-0002', undefined, undefined],
    ])
    expect(notices).toEqual([
      'sec/.trivyignore (input ignore-file): 3 finding(s) suppressed by 2 entries.',
      'sec/.trivyignore: 1 expired entry covers nothing: CVE-2019-9999 (line 5, 2025-01-01).',
    ])
  })

  it('a .trivyignore.yaml entry with paths covers only those paths, and keeps its statement', () => {
    const ws = workspace({
      '.trivyignore.yaml': [
        'vulnerabilities:',
        '  - id: CVE-2024-0001',
        '    paths: ["web/**"]',
        '    statement: not reachable from the web app',
        'misconfigurations:',
        '  - id: AVD-DS-0002',
        '    expired_at: 2027-06-30',
        'secrets:',
      ].join('\n'),
    })
    const file = readIgnoreFile(ws, '.trivyignore.yaml')
    const out: Finding[] = []
    applyIgnoreFile(
      file,
      [
        finding('CVE-2024-0001', 'web/package-lock.json'),
        finding('CVE-2024-0001', 'api/package-lock.json'),
        finding('AVD-DS-0002', 'Dockerfile'),
      ],
      NOW,
      (f) => out.push(f),
    )
    expect(out.map((f) => [f.location?.path, f.suppression?.source])).toEqual([
      ['web/package-lock.json', '.trivyignore.yaml:2'],
      ['api/package-lock.json', undefined],
      ['Dockerfile', '.trivyignore.yaml:6'],
    ])
    expect(out[0]!.suppression?.justification).toBe('not reachable from the web app')
  })

  it('a finding already suppressed (a VEX statement, an inline marker) keeps its own suppression', () => {
    const ws = workspace({ '.trivyignore': 'R1\n' })
    const marked: Finding = {
      ...finding('R1', 'a.tf'),
      suppression: { kind: 'in-source', source: 'trivy:ignore at a.tf:1' },
    }
    const out: Finding[] = []
    applyIgnoreFile(readIgnoreFile(ws, '.trivyignore'), [marked], NOW, (f) => out.push(f))
    expect(out[0]!.suppression?.source).toBe('trivy:ignore at a.tf:1')
  })

  it.each([
    ['missing.trivyignore', {}, /'missing.trivyignore' cannot be read \(ENOENT\)/],
    ['../outside', {}, /outside the workspace/],
    ['.trivyignore', { '.trivyignore': 'CVE-1 until:2027-01-01\n' }, /line 1: 'until:2027-01-01'/],
    ['.trivyignore', { '.trivyignore': 'CVE-1 exp:2027-13-45\n' }, /line 1: 'exp:2027-13-45'/],
    ['i.yaml', { 'i.yaml': 'vulns:\n  - id: X\n' }, /unknown key 'vulns'/],
    ['i.yaml', { 'i.yaml': 'secrets:\n  - paths: [a]\n' }, /needs an id/],
    ['i.yaml', { 'i.yaml': 'secrets: [\n' }, /not valid YAML/],
  ])('%s with %j is refused, naming the input', (input, files, message) => {
    const ws = workspace(files as Record<string, string>)
    let error: unknown
    try {
      readIgnoreFile(ws, input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('ignore-file')
    expect((error as Error).message).toMatch(message)
  })
})
