import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, ReportError, parseReport, type Finding } from '@portcullis/core'
import {
  evaluateGate,
  parseAge,
  parsePolicy,
  parseWaivers,
  renderGateSummary,
  runGate,
  type GateConfig,
  type GateOptions,
} from '@portcullis/gate'
import { NOW, SHA, codeStage, loaded, many, misconf, report, secret, tempTree } from './helpers.js'
import { readAsText } from '../support/markdown.js'

const OPTS: GateOptions = { systemLevel: 3, stage: 'code', commitSha: SHA, now: NOW }

function suppressed(f: Finding, kind: 'in-source' | 'external' | 'vendor-status', source?: string) {
  return { ...f, suppression: { kind, ...(source !== undefined ? { source } : {}) } }
}

describe('repo-suppressions', () => {
  const ignored = [
    suppressed(misconf({ rule: 'DS002', severity: 'high', n: 1 }), 'external', '.trivyignore:3'),
    suppressed(misconf({ rule: 'DS026', severity: 'high', n: 2 }), 'external', '.trivyignore:4'),
    suppressed(misconf({ rule: 'DS001', severity: 'high', n: 3 }), 'external', '.trivyignore:9'),
  ]
  const marker = suppressed(secret({ line: 7 }), 'in-source', 'gitleaks:allow')
  const vendor = suppressed(misconf({ rule: 'CVE-X', severity: 'critical', n: 4 }), 'vendor-status')
  const all = [...ignored, marker, vendor]

  it('show (default): repository-held suppressions count until waived; vendor statements stay suppressed', () => {
    const result = evaluateGate(loaded(codeStage(all)), OPTS)
    expect(result.counts).toEqual({ critical: 0, high: 4, medium: 0, low: 0, info: 0 })
    expect(result.verdict).toBe('fail')
    expect(result.suppressed).toEqual({
      total: 5,
      repo: 4,
      policy: 'show',
      by: [
        { source: '.trivyignore', count: 3 },
        { source: 'gitleaks:allow', count: 1 },
        { source: 'vendor status', count: 1 },
      ],
    })
    expect(result.findings.find((f) => f.finding.ruleId === 'CVE-X')?.status).toBe('suppressed')
    expect(readAsText(renderGateSummary(result))).toContain(
      'Suppressed 5 (by .trivyignore: 3, by gitleaks:allow: 1, by vendor status: 1) — 4 by the repository itself: they count as findings until a waiver covers them (`repo-suppressions: show`).',
    )
  })

  it('show: a waiver with reason and expiry covers a repository-held suppression', () => {
    const waivers = parseWaivers(
      'waivers:\n  - rule: DS002\n    reason: accepted\n    expires: 2026-03-20\n',
      'w.yml',
      { now: NOW, maxSpanDays: 90, warnDays: 14 },
    )
    const result = evaluateGate(loaded(codeStage(all)), { ...OPTS, waivers })
    expect(result.counts.high).toBe(3)
    expect(result.findings.find((f) => f.finding.ruleId === 'DS002')?.status).toBe('waived')
  })

  it('honour lets them stay suppressed; fail fails the gate naming them', () => {
    const honour = parsePolicy('repo-suppressions: honour\n', 'p.yml')
    const h = evaluateGate(loaded(codeStage(all)), { ...OPTS, policy: honour })
    expect(h.counts.high).toBe(0)
    expect(h.verdict).toBe('pass')
    const fail = parsePolicy('repo-suppressions: fail\n', 'p.yml')
    const f = evaluateGate(loaded(codeStage([...ignored])), { ...OPTS, policy: fail })
    expect(f.reasons.map((r) => r.code)).toContain('repo-suppression')
    expect(f.reasons.find((r) => r.code === 'repo-suppression')?.message).toMatch(
      /^the repository suppresses 3 finding\(s\) itself \(\.trivyignore: 3\)/,
    )
    // Vendor statements alone never trip `fail`.
    const v = evaluateGate(loaded(codeStage([vendor])), { ...OPTS, policy: fail })
    expect(v.verdict).toBe('pass')
  })

  it('a VEX statement from a file of the repository is repository-held', () => {
    const vex = suppressed(misconf({ severity: 'high', n: 5 }), 'vendor-status', 'vex.json')
    const result = evaluateGate(loaded(codeStage([vex])), { ...OPTS, systemLevel: 4 })
    expect(result.counts.high).toBe(1)
  })

  it('a finding one engine suppresses and another reports stays counted', () => {
    const f = secret({ line: 3 })
    const result = evaluateGate(
      loaded([
        ...codeStage(),
        ['a.json', report('scan-secrets', [suppressed(f, 'in-source', 'gitleaks:allow')])],
        ['b.json', report('scan-secrets', [f], { scanner: 'trivy' })],
      ]),
      OPTS,
    )
    expect(result.findings[0]?.suppression).toBeUndefined()
    expect(result.counts.high).toBe(1)
  })

  it('policy keys are checked', () => {
    expect(() => parsePolicy('repo-suppressions: ignore\n', 'p.yml')).toThrow(
      'repo-suppressions must be one of show, honour, fail (got "ignore")',
    )
    expect(parsePolicy('baseline-max-age: 36h\n', 'p.yml').baselineMaxAgeHours).toBe(36)
    expect(parseAge('7d')).toBe(168)
    expect(parseAge(2)).toBe(48)
    expect(() => parsePolicy('baseline-max-age: forever\n', 'p.yml')).toThrow(/baseline-max-age/)
  })
})

describe('mode new: which baselines are trusted', () => {
  const BASE = 'b'.repeat(40)
  const existing = many('critical', 1)
  const current = loaded(codeStage(existing))
  const opts: GateOptions = { ...OPTS, mode: 'new', baselineCommits: [BASE] }

  it('accepts a recent scan of the base commit', () => {
    const base = loaded([['base.json', report('scan-iac', existing, { commitSha: BASE })]])
    const result = evaluateGate(current, opts, base)
    expect(result.verdict).toBe('pass')
    expect(result.baseline?.existing).toBe(1)
  })

  it('refuses a baseline of another commit, three years old, holding the new critical', () => {
    const old = new Date(NOW.getTime() - 3 * 365 * 24 * 3_600_000)
    const base = loaded([
      ['base.json', report('scan-iac', existing, { commitSha: 'e'.repeat(40), finishedAt: old })],
    ])
    const result = evaluateGate(current, opts, base)
    expect(result.counts.critical).toBe(1)
    expect(result.reasons[0]).toEqual({
      code: 'untrusted-baseline',
      message: `baseline base.json is for commit ${'e'.repeat(40)}, not the base commit ${BASE}; a baseline must be a scan of the base`,
    })
  })

  it('refuses a scan of the base older than baseline-max-age', () => {
    const old = new Date(NOW.getTime() - 8 * 24 * 3_600_000)
    const base = loaded([
      ['base.json', report('scan-iac', existing, { commitSha: BASE, finishedAt: old })],
    ])
    const result = evaluateGate(current, opts, base)
    expect(result.reasons[0]?.code).toBe('untrusted-baseline')
    expect(result.reasons[0]?.message).toMatch(
      /8 day\(s\) ago; baselines older than baseline-max-age \(168 hours\)/,
    )
    const lax = parsePolicy('baseline-max-age: 10d\n', 'p.yml')
    expect(evaluateGate(current, { ...opts, policy: lax }, base).verdict).toBe('pass')
  })

  it('refuses every baseline when no base commit is known', () => {
    const base = loaded([['base.json', report('scan-iac', existing, { commitSha: BASE })]])
    const result = evaluateGate(current, { ...opts, baselineCommits: [] }, base)
    expect(result.reasons.map((r) => r.code)).toContain('untrusted-baseline')
  })
})

describe('report dates', () => {
  it('a leap-second date passes the schema format but is an invalid report', () => {
    const r = { ...report('scan-iac'), finishedAt: '2026-12-31T23:59:60Z' }
    expect(() => parseReport(JSON.stringify(r), 'leap.json')).toThrow(ReportError)
    expect(() => parseReport(JSON.stringify(r), 'leap.json')).toThrow(
      /finishedAt "2026-12-31T23:59:60Z", which is not a date that can be compared/,
    )
    const result = evaluateGate(loaded([...codeStage().slice(0, 2), ['leap.json', r]]), OPTS)
    expect(result.reasons.map((x) => x.code)).toEqual(['invalid-report'])
  })
})

// --- the base commit's inputs, with a real git repository ------------------------------------

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim()
}

/** A repository whose base commit has a policy and waivers; returns it and the base SHA. */
function repoWithBase(files: Record<string, string>): { dir: string; base: string } {
  const dir = tempTree(files)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  return { dir, base: git(dir, 'rev-parse', 'HEAD') }
}

function reportsIn(dir: string, iac: readonly Finding[]): void {
  mkdirSync(join(dir, 'findings'), { recursive: true })
  for (const [file, r] of codeStage(iac))
    writeFileSync(join(dir, 'findings', file), JSON.stringify(r))
}

const CONFIG: GateConfig = {
  findings: ['findings'],
  systemLevel: 3,
  stage: 'code',
  fail: true,
  mode: 'all',
  baseline: [],
  commitSha: SHA,
}

describe('policy, waivers and baselines come from the base commit', () => {
  it('a PR-added waivers file and a PR-edited policy do not apply; the summary shows the diff', () => {
    const { dir, base } = repoWithBase({
      '.portcullis/policy.yml': 'version: 1\n',
      'README.md': 'x\n',
    })
    writeFileSync(join(dir, '.portcullis/policy.yml'), 'version: 1\nstages:\n  code: []\n')
    mkdirSync(join(dir, '.portcullis'), { recursive: true })
    writeFileSync(
      join(dir, '.portcullis/waivers.yml'),
      'waivers:\n  - rule: R-critical\n    reason: mine\n    expires: 2026-03-20\n',
    )
    reportsIn(dir, many('critical', 1))
    rmSync(join(dir, 'findings', 'secrets.json'))
    const result = runGate(
      {
        ...CONFIG,
        policy: '.portcullis/policy.yml',
        base: { sha: base, what: 'pull request #7' },
      },
      { cwd: dir, now: () => NOW },
    )
    expect(result.verdict).toBe('fail')
    expect(result.reasons.map((r) => r.code).sort()).toEqual(
      ['matrix-exceeded', 'missing-scan', 'score-below-threshold'].sort(),
    )
    expect(result.inputChanges?.map((c) => [c.input, c.file, c.change])).toEqual([
      ['policy', '.portcullis/policy.yml', 'changed'],
      ['waivers', '.portcullis/waivers.yml', 'added'],
    ])
    const summary = readAsText(renderGateSummary(result))
    expect(summary).toContain(
      'policy (.portcullis/policy.yml) changed in this pull request #7; the base version applies until merge',
    )
    expect(summary).toContain('+stages:')
    expect(summary).toContain('+  code: []')
    expect(summary).toContain(
      'waivers (.portcullis/waivers.yml) is added in this pull request #7; the base commit has none, so none applies until merge',
    )
  })

  it('the base commit missing from the checkout is bad input, never a fall-back to the head', () => {
    const { dir } = repoWithBase({ '.portcullis/waivers.yml': 'waivers: []\n' })
    reportsIn(dir, [])
    expect(() =>
      runGate(
        { ...CONFIG, base: { sha: 'f'.repeat(40), what: 'pull request #7' } },
        { cwd: dir, now: () => NOW },
      ),
    ).toThrow(InputError)
    expect(() =>
      runGate(
        { ...CONFIG, base: { sha: 'f'.repeat(40), what: 'pull request #7' } },
        { cwd: dir, now: () => NOW },
      ),
    ).toThrow(/base commit f{40} of the pull request #7 is not in the checkout.*fetch-depth: 0/)
  })

  it('a baseline file the pull request adds is not read; the base commit has none', () => {
    const { dir, base } = repoWithBase({ 'README.md': 'x\n' })
    reportsIn(dir, many('critical', 1))
    writeFileSync(
      join(dir, 'baseline.findings.json'),
      JSON.stringify(report('scan-iac', many('critical', 1), { commitSha: base })),
    )
    const result = runGate(
      {
        ...CONFIG,
        mode: 'new',
        baseline: ['baseline.findings.json'],
        base: { sha: base, what: 'pull request #7' },
      },
      { cwd: dir, now: () => NOW },
    )
    expect(result.counts.critical).toBe(1)
    expect(result.reasons.map((r) => r.message)).toContain(
      'baseline: baseline.findings.json (named in baseline) does not exist',
    )
  })

  it('files outside the workspace (an org policy checkout) are read as they are', () => {
    const { dir, base } = repoWithBase({ 'README.md': 'x\n' })
    reportsIn(dir, many('high', 2))
    const org = tempTree({ 'policy.yml': 'levels:\n  3:\n    allow: { high: 2 }\n' })
    const result = runGate(
      { ...CONFIG, policy: join(org, 'policy.yml'), base: { sha: base, what: 'pull request #7' } },
      { cwd: dir, now: () => NOW },
    )
    expect(result.matrix.passed).toBe(true)
    expect(result.inputChanges).toEqual([])
  })
})
