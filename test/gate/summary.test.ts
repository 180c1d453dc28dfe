import { describe, expect, it } from 'vitest'
import type { Finding } from '@portcullis/core'
import { evaluateGate, mdText, parseWaivers, renderGateSummary } from '@portcullis/gate'
import {
  NOW,
  SHA,
  codeStage,
  failed,
  loaded,
  many,
  misconf,
  report,
  secret,
  vuln,
} from './helpers.js'

/**
 * The summary with the escape's character references read back (pipes as `\\|`, angle brackets
 * as `&lt;`/`&gt;`, so a line still shows where a cell ends and that no tag was made) and its word
 * joiners removed: what a reader sees, in the shape of the raw markdown.
 */
function readable(markdown: string): string {
  const kept: Record<string, string> = { '124': '\\|', '60': '&lt;', '62': '&gt;' }
  return markdown
    .replace(/&#(\d+);/g, (_, n: string) => kept[n] ?? String.fromCodePoint(Number(n)))
    .replace(/\u2060/g, '')
}

describe('gate summary', () => {
  const leak = secret({ rule: 'aws-access-token', path: 'test/fixtures/a.env', line: 4 })
  const cve = vuln({
    advisory: 'CVE-2024-9999',
    pkg: 'minimist',
    version: '1.2.5',
    severity: 'critical',
  })
  const pipe: Finding = {
    ...misconf({ rule: 'X|Y', severity: 'low', n: 99 }),
    title: 'a | b <script>',
  }
  const waivers = parseWaivers(
    [
      'waivers:',
      '  - id: fixture-keys',
      '    rule: aws-access-token',
      "    path: 'test/fixtures/**'",
      '    reason: documentation examples',
      '    expires: 2026-03-10',
      '  - id: gone',
      '    rule: CKV_OLD',
      '    reason: old',
      '    expires: 2026-02-01',
    ].join('\n'),
    'waivers.yml',
    { now: NOW, maxSpanDays: 90, warnDays: 14 },
  )
  const result = evaluateGate(
    loaded([
      ['secrets.json', report('scan-secrets', [leak])],
      ['deps.json', report('scan-deps', [cve])],
      ['iac.json', report('scan-iac', [pipe, ...many('medium', 3)])],
      ['iac-tfsec.json', failed('scan-iac', 'tfsec exited 2', { scanner: 'tfsec' })],
    ]),
    { systemLevel: 3, stage: 'code', commitSha: SHA, now: NOW, waivers, fail: false },
  )
  const text = readable(renderGateSummary(result))
  const lines = text.split('\n')

  it('puts the verdict first, then why', () => {
    expect(lines[0]).toBe('## ❌ Quality gate: FAIL')
    expect(text).toContain('> Report only (`fail: false`): this verdict does not fail the step.')
    expect(text.indexOf('### Why it failed')).toBeLessThan(text.indexOf('### Allowed vs found'))
    expect(text).toContain(
      '- `scan-failed` — scan-iac (tfsec) failed in iac-tfsec.json: tfsec exited 2',
    )
    expect(text).toContain('- `matrix-exceeded` — 1 critical finding; system level 3 allows 0')
    expect(text).toContain('- `matrix-exceeded` — 3 medium findings; system level 3 allows 2')
  })

  it('shows allowed vs found with the counts made independently here', () => {
    // Counted: the CVE (critical), 3 medium, the low misconfiguration; the secret is waived.
    const expected = { critical: 1, high: 0, medium: 3, low: 1, info: 0 }
    expect(result.counts).toEqual(expected)
    expect(text).toContain('| critical | 0 | 1 | ❌ over |')
    expect(text).toContain('| high | 1 | 0 | ✅ |')
    expect(text).toContain('| medium | 2 | 3 | ❌ over |')
    expect(text).toContain('| low | 3 | 1 | ✅ |')
    expect(text).toContain('| info | – | 0 | not counted |')
  })

  it('prints the score arithmetic', () => {
    const score = 100 - (40 + 3 * 4 + 1)
    expect(text).toContain(`### Risk score: ${score} (passes at ≥ 75) ❌`)
    expect(text).toContain(`\`100 − (1×40 critical + 3×4 medium + 1×1 low) = ${score}\``)
    expect(text).toContain('| **total** | | | **53** |')
  })

  it('lists each report with its scanner, status and counts', () => {
    expect(text).toContain('Required for stage `code`: secrets ✅ · deps ✅ · iac ✅')
    expect(text).toContain(
      '| scan-deps | repository . | osv-scanner 1.0.0 | complete | 1 | 1/0/0/0/0 | deps.json |',
    )
    expect(text).toContain(
      '| scan-iac | repository . | tfsec 1.0.0 | ❌ failed: tfsec exited 2 | 0 | 0/0/0/0/0 | iac-tfsec.json |',
    )
  })

  it('lists top findings most severe first, escaping scanner text', () => {
    const top = lines.slice(lines.indexOf('| severity | id | where | title | sources |') + 2)
    expect(top[0]).toBe(
      '| critical | CVE-2024-9999 | minimist@1.2.5 | CVE-2024-9999 in minimist | osv-scanner |',
    )
    expect(text).toContain('| low | X\\|Y | infra/main.tf:100 | a \\| b &lt;script&gt; | checkov |')
    expect(text).not.toContain('<script>')
  })

  it('shows waivers used, expiring and expired, and the waived finding itself', () => {
    expect(text).toContain('| fixture-keys | 1 | 2026-03-10 | documentation examples |')
    expect(text).toContain('- ⚠️ fixture-keys expires 2026-03-10 (in 9 days)')
    expect(text).toContain(
      '- ⛔ gone expired 2026-02-01 and no longer applies (0 finding(s) it covered are counted)',
    )
    expect(text).toContain(
      '| high | aws-access-token | test/fixtures/a.env:4 | Secret: aws-access-token | gitleaks | fixture-keys |',
    )
  })

  it('a passing gate says so first and lists no reasons', () => {
    const ok = readable(
      renderGateSummary(
        evaluateGate(loaded(codeStage()), {
          systemLevel: 3,
          stage: 'code',
          commitSha: SHA,
          now: NOW,
        }),
      ),
    )
    expect(ok.split('\n')[0]).toBe('## ✅ Quality gate: PASS')
    expect(ok).not.toContain('Why it failed')
    expect(ok).toContain('No counted findings.')
  })

  it('escapes markdown-significant text', () => {
    expect(mdText('a|b\n`c` <d>')).toBe('a&#124;b &#96;c&#96; &#60;d&#62;')
    expect(mdText('[x](https://e.example)')).toBe('&#91;x&#93;(https:\u2060//e.example)')
    expect(mdText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`)
  })
})
