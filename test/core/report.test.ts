import { describe, expect, it } from 'vitest'
import {
  completeReport,
  describeJsonError,
  failedReport,
  fileFingerprint,
  parseReport,
  ReportError,
  toWorkspacePath,
  validateReport,
} from '@portcullis/core'

const init = {
  action: 'scan-secrets',
  scanner: { name: 'gitleaks', version: '8.16.0' },
  target: { kind: 'path', name: '.' },
  commitSha: 'a'.repeat(40),
  startedAt: new Date('2026-01-01T00:00:00Z'),
  finishedAt: new Date('2026-01-01T00:00:05Z'),
} as const

describe('findings report', () => {
  it('round-trips a complete report through the schema', () => {
    const report = completeReport(init, [
      {
        fingerprint: fileFingerprint({
          ruleId: 'aws-access-token',
          path: 'a.tf',
          content: 'x = 1',
        }),
        category: 'secret',
        ruleId: 'aws-access-token',
        title: 'AWS access token',
        rule: { title: 'AWS access token', description: 'An AWS access key id.' },
        severity: 'high',
        location: { path: 'a.tf', startLine: 2, endLine: 2 },
      },
    ])
    expect(parseReport(JSON.stringify(report), 'r.json').findings).toHaveLength(1)
    const badRule = { ...report, findings: [{ ...report.findings[0]!, rule: { name: 'x' } }] }
    expect(() => validateReport(badRule, 'r.json')).toThrow(/rule/)
  })

  it('requires a reason on a failed report', () => {
    const report = { ...failedReport(init, 'gitleaks exited 2') } as Record<string, unknown>
    expect(() => validateReport(report, 'r.json')).not.toThrow()
    delete report.reason
    expect(() => validateReport(report, 'r.json')).toThrow(/reason/)
  })

  it('names the offending field of a bad report', () => {
    const bad = completeReport(init, [
      {
        fingerprint: 'v1:abcdef12',
        category: 'secret',
        ruleId: 'r',
        title: 't',
        // @ts-expect-error severity outside the vocabulary
        severity: 'severe',
      },
    ])
    expect(() => validateReport(bad, 'bad.json')).toThrow(ReportError)
    expect(() => validateReport(bad, 'bad.json')).toThrow(/\/findings\/0\/severity must be one of/)
  })

  it('rejects absolute and escaping paths in locations', () => {
    for (const path of ['/etc/passwd', '../x', 'a/../../x', 'C:\\x']) {
      const bad = completeReport(init, [
        {
          fingerprint: 'v1:abcdef12',
          category: 'secret',
          ruleId: 'r',
          title: 't',
          severity: 'low',
          location: { path },
        },
      ])
      expect(() => validateReport(bad, 'bad.json'), path).toThrow(/location\/path/)
    }
  })

  it('rejects text that is not JSON, and other documents', () => {
    expect(() => parseReport('{', 'x.json')).toThrow(/not valid JSON/)
    expect(() => parseReport('{"runs":[]}', 'x.json')).toThrow(/not a Portcullis findings report/)
    expect(() => parseReport('null', 'x.json')).toThrow(/not a JSON object/)
  })
})

describe('fingerprints', () => {
  it('do not change when a line moves or is re-indented', () => {
    const a = fileFingerprint({ ruleId: 'r', path: 'p', content: '  key = "v"' })
    const b = fileFingerprint({ ruleId: 'r', path: 'p', content: 'key   = "v"\n' })
    expect(a).toBe(b)
    expect(fileFingerprint({ ruleId: 'r', path: 'q', content: 'key = "v"' })).not.toBe(a)
  })
})

describe('toWorkspacePath', () => {
  it.each([
    ['/work/ws/src/a.ts', 'src/a.ts'],
    ['./src/a.ts', 'src/a.ts'],
    ['src\\a.ts', 'src/a.ts'],
    ['file:///work/ws/b%20c.tf', 'b c.tf'],
    ['/etc/passwd', undefined],
    ['../outside', undefined],
    ['a/../../outside', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(toWorkspacePath(raw, '/work/ws')).toBe(expected)
  })
})

describe('describeJsonError', () => {
  it('never quotes the input, which may hold a secret', () => {
    const secret = 'ghp_' + 'A1b2C3d4'.repeat(4) + 'zz'
    for (const text of [
      `{"Secret": ${secret}}`,
      `${secret}`,
      `{"a": "${secret}`,
      `[1, ${secret}]`,
    ]) {
      let message = ''
      try {
        JSON.parse(text)
      } catch (error) {
        message = describeJsonError(error)
      }
      expect(message).not.toBe('')
      expect(message).not.toContain(secret.slice(0, 8))
    }
    try {
      JSON.parse('{"a": "abc')
    } catch (error) {
      expect(describeJsonError(error)).toBe('it ends early (truncated)')
    }
  })
})
