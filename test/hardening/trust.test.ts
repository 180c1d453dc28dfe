import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { completeReport, type Finding, type FindingsReport } from '@portcullis/core'
import { SIGNATURE_VERIFY_NOTICE } from '@portcullis/gate'
import { plantedSecrets } from '../actions/scan-secrets/helpers.js'
import { many, misconf, secret, verifiedTool } from '../gate/helpers.js'
import { pullRequestEvent, pushEvent } from '../support/events.js'
import { hostileTemp, markdownTable, reportOf, syncDocSection } from '../support/hostile.js'
import { REPO_ROOT, runAction, type RunResult } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'
import { readAsText } from '../support/markdown.js'

/**
 * The gate side of the trust boundary (docs/trust-model.md), tried as a hostile pull request would:
 * real git repositories in temporary folders, the runner's pull_request and push payloads, the built
 * quality-gate bundle (dist/quality-gate) and the built `portcullis` command (dist/cli). Each case
 * must now fail closed, or show what it tried.
 */

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js')
const rows: string[][] = []
const DIGEST_A = `sha256:${'a'.repeat(64)}`
const DIGEST_B = `sha256:${'b'.repeat(64)}`

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim()
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

interface Repo {
  readonly dir: string
  readonly base: string
  readonly head: string
}

/** main with `baseFiles`, then a pull request branch that adds `headFiles`; the head is checked out. */
function pullRequestRepo(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string>,
): Repo {
  const dir = join(hostileTemp('trust-gate-'), 'workspace')
  mkdirSync(dir)
  git(dir, 'init', '-q', '-b', 'main')
  write(dir, { 'README.md': 'app\n', ...baseFiles })
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '-b', 'feature')
  write(dir, headFiles)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'change')
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') }
}

function report(
  action: FindingsReport['action'],
  commitSha: string,
  findings: readonly Finding[] = [],
  o: { target?: FindingsReport['target']; finishedAt?: Date; notices?: string[] } = {},
): FindingsReport {
  const finishedAt = o.finishedAt ?? new Date()
  return completeReport(
    {
      action,
      scanner: { name: action === 'sign-image' ? 'cosign' : 'trivy', version: '0.44.1' },
      target: o.target ?? { kind: 'repository', name: '.' },
      commitSha,
      startedAt: new Date(finishedAt.getTime() - 1000),
      finishedAt,
      tool: verifiedTool(action === 'sign-image' ? 'cosign' : 'trivy'),
      ...(o.notices ? { notices: o.notices } : {}),
    },
    findings,
  )
}

/** A findings folder outside the workspace (as the reusable workflow downloads it). */
function findingsFolder(reports: Record<string, FindingsReport | string>): string {
  const dir = hostileTemp('trust-gate-findings-')
  for (const [name, r] of Object.entries(reports)) {
    writeFileSync(join(dir, name), typeof r === 'string' ? r : JSON.stringify(r))
  }
  return dir
}

function codeReports(sha: string, iac: readonly Finding[]): Record<string, FindingsReport> {
  return {
    'secrets.findings.json': report('scan-secrets', sha),
    'deps.findings.json': report('scan-deps', sha),
    'iac.findings.json': report('scan-iac', sha, iac),
  }
}

function prEvent(repo: Repo) {
  return pullRequestEvent({ baseSha: repo.base, headSha: repo.head, number: 7 })
}

async function gateOnPullRequest(repo: Repo, inputs: Record<string, string>): Promise<RunResult> {
  return runAction('quality-gate', {
    eventName: 'pull_request',
    event: prEvent(repo),
    sha: repo.head,
    workspace: repo.dir,
    timeoutMs: 120_000,
    inputs: { comment: 'false', ...inputs },
  })
}

function reasons(result: RunResult): { code: string; message: string }[] {
  return JSON.parse(result.outputs.reasons ?? '[]') as { code: string; message: string }[]
}

function expiresIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

describe('gate inputs from the pull request head (dist/quality-gate)', () => {
  it("a PR-added .portcullis/waivers.yml with path: '**' does not apply; the summary names it and shows the diff", async () => {
    const waivers = `version: 1\nwaivers:\n  - path: '**'\n    reason: trust me\n    expires: ${expiresIn(30)}\n`
    const repo = pullRequestRepo({}, { '.portcullis/waivers.yml': waivers })
    const findings = findingsFolder(codeReports(repo.head, many('critical', 1)))
    const result = await gateOnPullRequest(repo, { findings })
    expect(result.exitCode, result.stdout).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    expect(reasons(result).map((r) => r.code)).toEqual(['matrix-exceeded', 'score-below-threshold'])
    expect(readAsText(result.summary)).toContain(
      'waivers (.portcullis/waivers.yml) is added in this pull request #7; the base commit has none, so none applies until merge',
    )
    expect(readAsText(result.summary)).toContain("+  - path: '**'")
    expect(
      result.annotations.some((a) => a.command === 'notice' && /waivers/.test(a.message)),
    ).toBe(true)
    rows.push([
      "PR adds `.portcullis/waivers.yml` with `path: '**'`",
      'read from the base commit (none there): the critical counts; notice and diff in the summary',
      `fail (${reasons(result)[0]!.code})`,
    ])
  })

  it('the same path-only waiver, once on the base branch, is refused as bad input naming the entry', async () => {
    const waivers = `version: 1\nwaivers:\n  - path: '**'\n    reason: trust me\n    expires: ${expiresIn(30)}\n`
    const repo = pullRequestRepo({ '.portcullis/waivers.yml': waivers }, { 'app.txt': 'x\n' })
    const findings = findingsFolder(codeReports(repo.head, many('critical', 1)))
    const result = await runAction('quality-gate', {
      eventName: 'push',
      event: pushEvent({ after: repo.head, before: repo.base }),
      sha: repo.head,
      workspace: repo.dir,
      inputs: { findings, comment: 'false' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.verdict).toBeUndefined()
    const errors = result.annotations.filter((a) => a.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain(
      'waivers[0] waives by path only; a waiver must name a rule, an advisory or a fingerprint (a path may narrow one of them)',
    )
    rows.push([
      "a path-only waiver (`path: '**'`) on the base branch",
      'refused: a waiver must name a rule, advisory or fingerprint',
      'step fails (bad input `waivers`)',
    ])
  })

  it('a PR-edited policy with stages: {code: []} does not apply: the base policy requires the scans', async () => {
    const repo = pullRequestRepo(
      { '.portcullis/policy.yml': 'version: 1\n' },
      { '.portcullis/policy.yml': 'version: 1\nstages: {code: []}\n' },
    )
    const findings = findingsFolder({
      'iac.findings.json': report('scan-iac', repo.head),
    })
    const result = await gateOnPullRequest(repo, { findings, policy: '.portcullis/policy.yml' })
    expect(result.exitCode).toBe(1)
    expect(reasons(result).map((r) => r.code)).toEqual(['missing-scan', 'missing-scan'])
    expect(readAsText(result.summary)).toContain(
      'policy (.portcullis/policy.yml) changed in this pull request #7; the base version applies until merge',
    )
    expect(readAsText(result.summary)).toContain('+stages: {code: []}')
    rows.push([
      'PR edits the policy to `stages: {code: []}`',
      'the base policy applies: secrets and deps scans still required; diff in the summary',
      'fail (missing-scan)',
    ])
  })

  it('the base commit missing from a shallow checkout fails the step; the head is never used instead', async () => {
    const repo = pullRequestRepo({}, { '.portcullis/waivers.yml': 'waivers: []\n' })
    const findings = findingsFolder(codeReports(repo.head, []))
    const result = await runAction('quality-gate', {
      eventName: 'pull_request',
      event: pullRequestEvent({ baseSha: 'f'.repeat(40), headSha: repo.head, number: 7 }),
      sha: repo.head,
      workspace: repo.dir,
      inputs: { findings, comment: 'false' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.verdict).toBeUndefined()
    expect(result.stdout).toMatch(/is not in the checkout.*fetch-depth: 0/)
    rows.push([
      'pull request whose base commit is not in the checkout',
      'no fall-back to the head',
      'step fails (bad input `base`)',
    ])
  })
})

describe('mode new: the baseline (dist/quality-gate)', () => {
  it('a baseline for another commit, three years old, holding the new critical, is refused', async () => {
    const critical = many('critical', 1)
    const repo = pullRequestRepo({}, { 'infra/critical.tf': 'resource "x" "y" {}\n' })
    const findings = findingsFolder(codeReports(repo.head, critical))
    const old = new Date(Date.now() - 3 * 365 * 86_400_000)
    const baseline = findingsFolder({
      'iac.findings.json': report('scan-iac', 'e'.repeat(40), critical, { finishedAt: old }),
    })
    const result = await gateOnPullRequest(repo, { findings, mode: 'new', baseline })
    expect(result.exitCode).toBe(1)
    expect(reasons(result).map((r) => r.code)).toEqual([
      'untrusted-baseline',
      'matrix-exceeded',
      'score-below-threshold',
    ])
    expect(reasons(result)[0]!.message).toBe(
      `baseline ${baseline}/iac.findings.json is for commit ${'e'.repeat(40)}, not the base commit ${repo.base}; a baseline must be a scan of the base`,
    )
    rows.push([
      '`mode: new` with a baseline of another commit, three years old, holding the new critical',
      'the baseline must be a scan of the base (or merge base) younger than `baseline-max-age`',
      'fail (untrusted-baseline)',
    ])
  })

  it('a baseline committed in the pull request is not read', async () => {
    const critical = many('critical', 1)
    const repo = pullRequestRepo({}, {})
    write(repo.dir, {
      'base.findings.json': JSON.stringify(report('scan-iac', repo.base, critical)),
    })
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '-q', '-m', 'baseline')
    const head = git(repo.dir, 'rev-parse', 'HEAD')
    const pr = { ...repo, head }
    const findings = findingsFolder(codeReports(head, critical))
    const result = await gateOnPullRequest(pr, {
      findings,
      mode: 'new',
      baseline: 'base.findings.json',
    })
    expect(result.exitCode).toBe(1)
    expect(reasons(result)[0]).toEqual({
      code: 'unreadable-report',
      message: 'baseline: base.findings.json (named in baseline) does not exist',
    })
    rows.push([
      "`mode: new` with a baseline file from the pull request's own commits (even one naming the base)",
      'repository-held baselines are read from the base commit, which has none',
      'fail (unreadable-report)',
    ])
  })

  it('a recent scan of the base commit is accepted', async () => {
    const critical = many('critical', 1)
    const repo = pullRequestRepo({}, { 'app.txt': 'x\n' })
    const findings = findingsFolder(codeReports(repo.head, critical))
    const baseline = findingsFolder({
      'iac.findings.json': report('scan-iac', repo.base, critical),
    })
    const result = await gateOnPullRequest(repo, { findings, mode: 'new', baseline })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs.verdict).toBe('pass')
  })
})

describe('repository-held suppressions (dist/quality-gate)', () => {
  const hidden = [
    {
      ...misconf({ rule: 'DS002', severity: 'high', n: 1, path: 'Dockerfile' }),
      suppression: { kind: 'external' as const, source: '.trivyignore:1' },
    },
    {
      ...misconf({ rule: 'DS026', severity: 'high', n: 2, path: 'Dockerfile' }),
      suppression: { kind: 'external' as const, source: '.trivyignore:2' },
    },
    {
      ...misconf({ rule: 'DS001', severity: 'high', n: 3, path: 'Dockerfile' }),
      suppression: { kind: 'external' as const, source: '.trivyignore:3' },
    },
    {
      ...secret({ path: 'config.env', line: 1, severity: 'critical' }),
      suppression: { kind: 'in-source' as const, source: 'gitleaks:allow' },
    },
  ]

  it('default show: they count until waived; the summary says by what', async () => {
    const repo = pullRequestRepo({}, { 'app.txt': 'x\n' })
    const findings = findingsFolder(codeReports(repo.head, hidden))
    const result = await gateOnPullRequest(repo, { findings })
    expect(result.exitCode).toBe(1)
    expect(JSON.parse(result.outputs.counts!)).toMatchObject({ critical: 1, high: 3 })
    expect(readAsText(result.summary)).toContain(
      'Suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1) — 4 by the repository itself: they count as findings until a waiver covers them (`repo-suppressions: show`).',
    )
    rows.push([
      'findings hidden by `.trivyignore` (3) and `gitleaks:allow` (1)',
      '`repo-suppressions: show` (default): counted until waived; "Suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1)"',
      'fail (matrix-exceeded)',
    ])
  })

  it('policy fail: any repository-held suppression fails the gate', async () => {
    const repo = pullRequestRepo(
      { '.portcullis/policy.yml': 'repo-suppressions: fail\n' },
      { 'app.txt': 'x\n' },
    )
    const findings = findingsFolder(codeReports(repo.head, hidden.slice(0, 1)))
    const result = await gateOnPullRequest(repo, {
      findings,
      policy: '.portcullis/policy.yml',
      'system-level': '1',
    })
    expect(result.exitCode).toBe(1)
    expect(reasons(result).map((r) => r.code)).toEqual(['repo-suppression'])
  })
})

describe('artifact identity and dates (dist/quality-gate)', () => {
  it('stage final: a clean scan of digest B with a verified signature of A, promoting A, fails', async () => {
    const repo = pullRequestRepo({}, { 'app.txt': 'x\n' })
    const image = (digest: string) => ({
      kind: 'image' as const,
      name: 'registry.example/app',
      digest,
    })
    const findings = findingsFolder({
      ...codeReports(repo.head, []),
      'image.findings.json': report('scan-image', repo.head, [], { target: image(DIGEST_B) }),
      'compliance.findings.json': report('compliance', repo.head, [], {
        target: { kind: 'host', name: 'runner' },
      }),
      'verify.findings.json': report('sign-image', repo.head, [], {
        target: image(DIGEST_A),
        notices: [SIGNATURE_VERIFY_NOTICE],
      }),
    })
    const result = await gateOnPullRequest(repo, {
      findings,
      stage: 'final',
      image: `registry.example/app@${DIGEST_A}`,
    })
    expect(result.exitCode).toBe(1)
    expect(reasons(result)).toEqual([
      {
        code: 'image-mismatch',
        message: `${findings}/image.findings.json scanned ${DIGEST_B}, but the promoted image is ${DIGEST_A}`,
      },
    ])
    rows.push([
      'stage `final`: clean scan of digest B, verified signature of A, promoting A',
      'scan, verification and promoted image must name one digest',
      'fail (image-mismatch)',
    ])
  })

  it('a leap-second finishedAt (passes the schema format, NaN for Date.parse) is an invalid report', async () => {
    const repo = pullRequestRepo({}, { 'app.txt': 'x\n' })
    const leap = { ...report('scan-iac', repo.head), finishedAt: '2016-12-31T23:59:60Z' }
    const findings = findingsFolder({
      ...codeReports(repo.head, []),
      'iac.findings.json': JSON.stringify(leap),
    })
    const result = await gateOnPullRequest(repo, { findings })
    expect(result.exitCode).toBe(1)
    expect(reasons(result).map((r) => r.code)).toEqual(['invalid-report', 'missing-scan'])
    expect(reasons(result)[0]!.message).toMatch(
      /finishedAt "2016-12-31T23:59:60Z", which is not a date that can be compared/,
    )
    rows.push([
      'a report finished at `2016-12-31T23:59:60Z` (leap second)',
      'dates `Date.parse` cannot read make the report invalid (the stale check compared NaN)',
      'fail (invalid-report)',
    ])
  })
})

describe('the portcullis command (dist/cli) with --base', () => {
  it('reads the policy of the base commit, not the edited one', () => {
    const repo = pullRequestRepo(
      { 'policy.yml': 'version: 1\n' },
      { 'policy.yml': 'version: 1\nstages: {code: []}\n' },
    )
    const findings = findingsFolder({ 'iac.findings.json': report('scan-iac', repo.head) })
    const run = (extra: string[]) =>
      spawnSync(
        process.execPath,
        [
          CLI,
          'gate',
          '--findings',
          findings,
          '--stage',
          'code',
          '--policy',
          'policy.yml',
          '--sha',
          repo.head,
          ...extra,
        ],
        { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      )
    // Without --base the command trusts the folder it is given (a local run on a reviewed tree).
    expect(run([]).status).toBe(0)
    const r = run(['--base', repo.base])
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('missing-scan')
    expect(r.stdout).toContain(
      'policy (policy.yml) changed in this change; the base version applies until merge',
    )
    rows.push([
      '`portcullis gate --base <sha>` over an edited policy',
      "the base commit's policy applies",
      'exit 1 (missing-scan)',
    ])
  })
})

describeWithTools(['gitleaks'], 'a real secret and a PR-added waiver (real gitleaks)', (tools) => {
  it('scan-secrets finds the AWS key; the waiver the same pull request adds for it does not apply', async () => {
    const aws = plantedSecrets(14).find((s) => s.rule === 'aws-access-token')!
    const waivers = `version: 1\nwaivers:\n  - rule: aws-access-token\n    reason: test key\n    expires: ${expiresIn(30)}\n`
    const repo = pullRequestRepo(
      {},
      { 'config.env': `${aws.text}\n`, '.portcullis/waivers.yml': waivers },
    )
    const scan = await runAction('scan-secrets', {
      eventName: 'pull_request',
      event: prEvent(repo),
      sha: repo.head,
      workspace: repo.dir,
      timeoutMs: 180_000,
      inputs: { 'gitleaks-path': tools.gitleaks!, 'upload-sarif': 'false' },
    })
    expect(scan.exitCode, scan.stdout).toBe(0)
    const found = reportOf(scan)
    expect(found.status).toBe('complete')
    expect(found.findings.map((f) => f.ruleId)).toContain('aws-access-token')
    const findings = findingsFolder({
      'secrets.findings.json': readFileSync(scan.outputs.report!, 'utf8'),
      'deps.findings.json': report('scan-deps', repo.head),
      'iac.findings.json': report('scan-iac', repo.head),
    })
    const result = await gateOnPullRequest(repo, { findings, 'system-level': '4' })
    expect(result.outputs.verdict).toBe('fail')
    expect(reasons(result).map((r) => r.code)).toContain('matrix-exceeded')
    expect(readAsText(result.summary)).toContain(
      'waivers (.portcullis/waivers.yml) is added in this pull request #7',
    )
    expect(readAsText(result.summary)).not.toContain(aws.value)
    rows.push([
      'real gitleaks finds an AWS key; the same pull request adds a waiver for `aws-access-token`',
      "the waiver is the head's, so it does not apply",
      'fail',
    ])
  })
})

describe('docs/hardening.md', () => {
  it('lists every case of the gate side of the trust boundary', () => {
    expect(rows).toHaveLength(11)
    syncDocSection(
      'trust-gate',
      [
        '## Trust boundary: the gate (a hostile pull request, through dist/quality-gate and dist/cli)',
        '',
        "Real git repositories and the runner's `pull_request` and `push` payloads; real gitleaks 8.16",
        'for the secret. What each mechanism is: [trust-model.md](trust-model.md).',
        '',
        markdownTable(['case', 'what keeps it out', 'result'], rows),
      ].join('\n'),
    )
  })
})
