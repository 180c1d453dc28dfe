import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ScanFailedError, type Finding } from '@portcullis/core'
import { parseGitleaks } from '@portcullis/scanners/gitleaks'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const WORKSPACE = '/home/runner/work/repo/repo'
const context = { workspace: WORKSPACE }
const entries = corpusEntries((e) => e.tool === 'gitleaks' && e.format === 'json')
const file = (name: string): string => {
  const entry = entries.find((e) => e.file.endsWith(name))
  if (!entry) throw new Error(`${name} is not in MANIFEST.md`)
  return readCorpus(entry.file)
}
type Raw = Record<string, unknown>
const rawLeaks = (name: string): Raw[] => (JSON.parse(file(name)) as Raw[] | null) ?? []

function countRules(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1
  return counts
}

describe('gitleaks JSON parser on the corpus', () => {
  it('covers every gitleaks JSON file in the manifest', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const result = parseGitleaks(readCorpus(entry.file), context)
      expect(result.findings).toHaveLength(entry.counted.findings as number)
      expect(countRules(result.findings)).toEqual(entry.counted.rules)
      expect(result.scannerVersion).toBeUndefined()
      for (const f of result.findings) {
        expect(f.category).toBe('secret')
        expect(f.severity).toBe('high')
        expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
      }
      // Every leak is its own finding: no two share a fingerprint.
      expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length)
    },
  )

  it.each(entries.map((e) => [e.file] as const))(
    '%s: no secret, matched text, author or e-mail reaches the findings',
    (name) => {
      const raw = readCorpus(name)
      const out = JSON.stringify(parseGitleaks(raw, context))
      const leaks = (JSON.parse(raw) as Raw[] | null) ?? []
      const forbidden = new Set<string>()
      for (const leak of leaks) {
        for (const key of [
          'Secret',
          'Match',
          'offender',
          'line',
          'Author',
          'Email',
          'author',
          'email',
        ]) {
          const value = leak[key]
          // Masked values ('****') and empty strings carry nothing to leak.
          if (typeof value === 'string' && /[^*\s]/.test(value)) forbidden.add(value.trim())
        }
      }
      for (const value of forbidden) expect(out).not.toContain(value)
      expect(out).not.toContain('AKIAIOSFODNN7EXAMPLE')
    },
  )

  it('reads gitleaks 8 fields: rule, path, lines, commit, tags, gitleaks fingerprint', () => {
    const { findings } = parseGitleaks(file('gitleaks8_many.json'), context)
    const rsa = findings.find((f) => f.ruleId === 'RSA-PK')
    expect(rsa?.location).toEqual({ path: 'conf/rsa.pk', startLine: 57, endLine: 57 })
    expect(rsa?.title).toBe('RSA private key in conf/rsa.pk')
    expect(rsa?.description).toContain('Tags: tag1, tag2.')
    expect(rsa?.git).toBeUndefined()
    const api = findings.find((f) => f.ruleId === 'generic-api-key')
    expect(api?.git).toEqual({
      commit: '69235ea9ea4d59e18e2cc3c295526de46aa1365c1f0c7a95a22ff1537acdf517',
      date: '2016-09-16T18:17:59Z',
    })
    expect(api?.location).toEqual({ path: 'tests/api.py', startLine: 21, endLine: 21 })

    const baseline = parseGitleaks(file('gitleaks-baseline.json'), context).findings
    expect(baseline[0]?.description).toContain(
      '9326f35380636bcbe61e94b0584d1618c4b5c2c2:detect/detect_test.go:pypi-upload-token:32',
    )
    expect(baseline.map((f) => f.location?.startLine)).toEqual([32, 33])
  })

  it('keeps a finding whose path is outside the workspace, without its location', () => {
    const { findings } = parseGitleaks(file('gitleaks8_many.json'), context)
    const aws = findings.filter((f) => f.ruleId === 'aws-access-token')
    expect(aws).toHaveLength(2)
    for (const f of aws) {
      expect(f.location).toBeUndefined()
      expect(f.title).toBe('AWS')
    }
    // Scanned from the root, the same absolute path is inside the workspace.
    const fromRoot = parseGitleaks(file('gitleaks8_many.json'), { workspace: '/' }).findings
    expect(fromRoot[0]?.location).toEqual({ path: 'conf/aws.tf', startLine: 2, endLine: 2 })
  })

  it('reads gitleaks 7 (lowercase keys, comma tags) and legacy reports without line numbers', () => {
    const v7 = parseGitleaks(file('gitleaks-v7.5.0.json'), context).findings
    expect(v7[0]).toMatchObject({
      ruleId: 'AWS Access Key',
      location: {
        path: 'dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json',
        startLine: 13,
      },
      git: {
        commit: '6d127980966808f7413935678e079dcd7fedf9c2',
        date: '2021-07-15T22:00:32+07:00',
      },
    })
    expect(v7[0]?.description).toContain('Tags: key, AWS.')

    const legacy = parseGitleaks(file('legacy-data_many.json'), context).findings
    expect(legacy.map((f) => f.ruleId)).toEqual(['Github', 'MailChimp API key'])
    expect(legacy[0]?.location).toEqual({ path: '.bashrc' })
  })

  it('treats the legacy null report as no findings and uses the configured severity', () => {
    expect(parseGitleaks(file('no_findings-null.json'), context)).toEqual({
      findings: [],
      notices: [],
    })
    const { findings } = parseGitleaks(file('gitleaks-baseline.json'), {
      ...context,
      defaultSeverity: 'critical',
    })
    expect(findings.map((f) => f.severity)).toEqual(['critical', 'critical'])
  })
})

describe('gitleaks fingerprints', () => {
  it('survive the file content moving down 3 lines (working-tree finding)', () => {
    const leaks = rawLeaks('gitleaks8_many.json')
    const lines = ['x = 1', 'y = 2', 'key = "-----BEGIN RSA PRIVATE KEY-----"']
    const before = parseGitleaks(JSON.stringify(leaks), {
      ...context,
      readLines: (_path, start, end) => lines.slice(start - 55, end - 54).join('\n'),
    })
    const shifted = leaks.map((l) =>
      l.RuleID === 'RSA-PK' ? { ...l, StartLine: 60, EndLine: 60 } : l,
    )
    const after = parseGitleaks(JSON.stringify(shifted), {
      ...context,
      readLines: (_path, start, end) =>
        ['', '', '', ...lines].slice(start - 55, end - 54).join('\n'),
    })
    const pick = (r: { findings: Finding[] }): Finding | undefined =>
      r.findings.find((f) => f.ruleId === 'RSA-PK')
    expect(pick(after)?.location?.startLine).toBe(60)
    expect(pick(after)?.fingerprint).toBe(pick(before)?.fingerprint)
  })

  it('are the same whether or not gitleaks ran with --redact', () => {
    const leaks = rawLeaks('gitleaks8_many.json')
    // What `gitleaks --redact` writes: the secret replaced by REDACTED in Secret and Match.
    const redacted = leaks.map((l) => {
      const secret = String(l.Secret)
      return { ...l, Secret: 'REDACTED', Match: String(l.Match).split(secret).join('REDACTED') }
    })
    const plain = parseGitleaks(JSON.stringify(leaks), context).findings
    const red = parseGitleaks(JSON.stringify(redacted), context).findings
    expect(red.map((f) => f.fingerprint)).toEqual(plain.map((f) => f.fingerprint))
  })

  it('do not depend on the order gitleaks wrote the leaks in', () => {
    const leaks = rawLeaks('gitleaks-v7.5.0.json')
    const forward = parseGitleaks(JSON.stringify(leaks), context).findings
    const backward = parseGitleaks(JSON.stringify([...leaks].reverse()), context).findings
    expect([...backward].reverse().map((f) => f.fingerprint)).toEqual(
      forward.map((f) => f.fingerprint),
    )
  })

  it('tell apart the same leak in two commits', () => {
    const aws = parseGitleaks(file('gitleaks8_many.json'), context).findings.filter(
      (f) => f.ruleId === 'aws-access-token',
    )
    expect(aws[0]?.fingerprint).not.toBe(aws[1]?.fingerprint)
  })
})

describe('gitleaks 8.16 output recorded on this machine', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'recorded')
  const recorded = (name: string): string =>
    readFileSync(join(dir, `gitleaks-8.16.0-${name}.json`), 'utf8')
  const byRule = (findings: readonly Finding[]): Map<string, Finding> =>
    new Map(findings.map((f) => [f.ruleId, f]))

  it('reads a working-tree scan', () => {
    const found = byRule(parseGitleaks(recorded('no-git-redact'), context).findings)
    expect(found.get('aws-access-token')?.location).toEqual({
      path: 'deploy.sh',
      startLine: 2,
      endLine: 2,
    })
    expect(found.get('github-pat')?.location).toEqual({
      path: 'deploy.sh',
      startLine: 3,
      endLine: 3,
    })
    expect(found.get('github-pat')?.title).toBe('GitHub Personal Access Token in deploy.sh')
    expect(found.get('aws-access-token')?.git).toBeUndefined()
  })

  it('keeps fingerprints when three lines are inserted above the secrets', () => {
    const before = byRule(parseGitleaks(recorded('no-git-redact'), context).findings)
    const after = byRule(parseGitleaks(recorded('no-git-redact-shifted'), context).findings)
    for (const rule of ['aws-access-token', 'github-pat']) {
      expect(after.get(rule)?.location?.startLine).toBe(before.get(rule)!.location!.startLine! + 3)
      expect(after.get(rule)?.fingerprint).toBe(before.get(rule)?.fingerprint)
    }
  })

  it('reads a history scan: commit and date kept, author and e-mail dropped', () => {
    const raw = recorded('git-redact')
    const { findings } = parseGitleaks(raw, context)
    expect(findings).toHaveLength(2)
    for (const f of findings) {
      expect(f.git?.commit).toBe('75f2359a4342f231c7b9c9e7458c3fa01708ef40')
      expect(f.git?.date).toBe('2026-11-23T19:40:31Z')
      expect(f.git?.author).toBeUndefined()
    }
    const out = JSON.stringify(findings)
    expect(out).not.toContain('dev@example.com')
    expect(out).not.toContain('"Dev"')
    // Committed leaks are keyed by their commit, so they differ from the working-tree ones.
    const tree = parseGitleaks(recorded('no-git-redact'), context).findings.map(
      (f) => f.fingerprint,
    )
    for (const f of findings) expect(tree).not.toContain(f.fingerprint)
  })

  it('reads the empty list gitleaks writes when nothing leaked', () => {
    expect(parseGitleaks(recorded('clean'), context)).toEqual({ findings: [], notices: [] })
  })
})

describe('gitleaks output that is not a report', () => {
  const v8 = file('gitleaks8_many.json')
  it.each([
    ['an empty file', ''],
    ['whitespace only', '  \n'],
    ['text', 'Error: open .gitleaks.toml: no such file or directory'],
    ['a truncated report', v8.slice(0, Math.floor(v8.length / 2))],
    ['an object', '{"findings": []}'],
    ['a number', '0'],
    ['an array of strings', '["leak"]'],
    ['entries of another tool', '[{"check_id": "x", "path": "a.py"}]'],
    ['a gitleaks 8 entry without File', '[{"RuleID": "aws-access-token"}]'],
  ])('%s is a failed scan', (_what, raw) => {
    expect(() => parseGitleaks(raw, context)).toThrow(ScanFailedError)
  })

  it('names the problem in the error', () => {
    expect(() => parseGitleaks('', context)).toThrow(/gitleaks report is empty/)
    expect(() => parseGitleaks('{"a":1}', context)).toThrow(/--report-format json/)
  })
})
