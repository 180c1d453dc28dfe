import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import { describe, expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { pullRequestEvent, pushEvent } from '../../support/events.js'
import { runAction, type RunActionOptions, type RunResult } from '../../support/runner.js'
import { MULTITOOL_AVAILABLE, validateSarif } from '../../support/sarif-multitool.js'
import { describeWithTools } from '../../support/scanners.js'
import { commit, git, initRepo, plantedSecrets, randomText, tempDir } from './helpers.js'

const ZERO = '0'.repeat(40)
/** Our own workflow commands: the log groups and the masks of found secrets. */
const OWN_COMMANDS = new Set(['group', 'endgroup', 'add-mask'])

function report(result: RunResult): FindingsReport {
  const path = result.outputs.report
  expect(path, 'report output').toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

/** Every workflow command in the step's stdout is one the action itself issues on purpose. */
function expectOnlyOwnCommands(result: RunResult): void {
  const foreign = result.commands.filter(
    (c) => !OWN_COMMANDS.has(c.command) && !['error', 'warning', 'notice'].includes(c.command),
  )
  expect(foreign).toEqual([])
}

function ghp(seed: number): string {
  return `ghp_${randomText(seed, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789bcdfghjkmnpqrstvwxz', 36)}`
}

function glpat(seed: number): string {
  return `glpat-${randomText(seed, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 20)}`
}

describeWithTools(['gitleaks'], 'scan-secrets bundle with gitleaks 8.16', (tools) => {
  const run = (options: RunActionOptions) =>
    runAction('scan-secrets', {
      timeoutMs: 120_000,
      ...options,
      inputs: { 'gitleaks-path': tools.gitleaks, 'upload-sarif': 'false', ...options.inputs },
    })

  it('pull_request: a secret added and removed inside the PR is found; one from before the range is not', async () => {
    const repo = initRepo()
    const old = glpat(1)
    commit(repo, 'base: app', { 'README.md': '# app\n' })
    const base = commit(repo, 'base: old token', { 'old.env': `gitlab = ${old}\n` })
    git(repo, 'checkout', '-q', '-b', 'feature')
    const leaked = ghp(2)
    const added = commit(repo, 'add deploy', {
      'deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${leaked}\n`,
    })
    const head = commit(repo, 'remove the token', { 'deploy.sh': '#!/bin/sh\necho ok\n' })

    const result = await run({
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent({ baseSha: base, headSha: head, commits: 2 }),
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.status).toBe('complete')
    expect(r.target).toEqual({ kind: 'git-range', name: `${base}..${head}` })
    expect(r.findings).toHaveLength(1)
    const [finding] = r.findings
    expect(finding!.ruleId).toBe('github-pat')
    expect(finding!.severity).toBe('critical')
    expect(finding!.location).toEqual({ path: 'deploy.sh', startLine: 2, endLine: 2 })
    expect(finding!.git?.commit).toBe(added)
    expect(JSON.stringify(r)).not.toContain('Test Author')
    expect(r.notices?.some((n) => n.includes('2 commit(s) of the pull request #42'))).toBe(true)
    expect(result.outputs.total).toBe('1')
    expect(JSON.parse(result.outputs.counts!)).toEqual({
      critical: 1,
      high: 0,
      medium: 0,
      low: 0,
      info: 0,
    })
    expect(result.outputs.status).toBe('complete')
    expect(result.masks).toContain(leaked)
    expect(result.masks).not.toContain(old)
    expectOnlyOwnCommands(result)
    expect(result.annotations.map((a) => a.properties.file)).toEqual(['deploy.sh'])
    expect(result.summary).toContain('github-pat')
  })

  it('pull_request on a clean repository: a complete report with zero findings and SARIF', async () => {
    const repo = initRepo()
    const base = commit(repo, 'base', { 'README.md': '# app\n' })
    git(repo, 'checkout', '-q', '-b', 'feature')
    const head = commit(repo, 'docs', { 'docs/usage.md': 'Run `make`.\n' })
    const result = await run({
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent({ baseSha: base, headSha: head }),
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.status).toBe('complete')
    expect(r.findings).toEqual([])
    expect(result.outputs.total).toBe('0')
    const sarif = JSON.parse(readFileSync(result.outputs.sarif!, 'utf8')) as {
      runs: { results: unknown[]; tool: { driver: { name: string } } }[]
    }
    expect(sarif.runs[0]!.results).toEqual([])
    expect(sarif.runs[0]!.tool.driver.name).toBe('gitleaks')
    expect(result.masks).toEqual([])
    expectOnlyOwnCommands(result)
  })

  it('push to a branch other than the default: scans before..after only', async () => {
    const repo = initRepo()
    const outside = ghp(3)
    const before = commit(repo, 'old', { 'a.env': `github_token = ${outside}\n` })
    const inside = glpat(4)
    const after = commit(repo, 'new', { 'b.env': `gitlab = ${inside}\n` })
    const result = await run({
      workspace: repo,
      eventName: 'push',
      event: pushEvent({ before, after, branch: 'dev' }),
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.target.name).toBe(`${before}..${after}`)
    expect(r.findings.map((f) => [f.ruleId, f.location?.path, f.git?.commit])).toEqual([
      ['gitlab-pat', 'b.env', after],
    ])
  })

  it('SARIF: one generic rule text for leaks in two files, no runner path, valid for code scanning', async () => {
    const repo = initRepo()
    const before = commit(repo, 'old', { 'README.md': '# app\n' })
    const after = commit(repo, 'new', {
      'b.env': `gitlab = ${glpat(11)}\n`,
      'deploy/c.env': `# deploy\ngitlab = ${glpat(12)}\n`,
    })
    const result = await run({
      workspace: repo,
      eventName: 'push',
      event: pushEvent({ before, after, branch: 'dev' }),
    })
    expect(result.exitCode, result.stdout).toBe(0)
    // gitleaks reports the two leaks in either order.
    expect(
      report(result)
        .findings.map((f) => [f.ruleId, f.location?.path])
        .sort(),
    ).toEqual([
      ['gitlab-pat', 'b.env'],
      ['gitlab-pat', 'deploy/c.env'],
    ])
    const text = readFileSync(result.outputs.sarif!, 'utf8')
    const sarif = JSON.parse(text) as Log
    const rules = sarif.runs[0]!.tool.driver.rules!
    expect(rules.map((r) => r.id)).toEqual(['gitlab-pat'])
    // The rule's text is the same for both alerts: no file, line or commit of either one.
    const rule = JSON.stringify(rules[0])
    expect(rule).not.toMatch(/b\.env|c\.env|line \d|[0-9a-f]{40}/)
    // gitleaks' own name of the rule (its Description), as the report carries it.
    expect(rules[0]!.shortDescription?.text).toMatch(/GitLab/)
    expect(rules[0]!.shortDescription?.text).toBe(report(result).findings[0]!.rule?.title)
    const results = [...sarif.runs[0]!.results!].sort((a, b) =>
      JSON.stringify(a.locations).localeCompare(JSON.stringify(b.locations)),
    )
    expect(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation)).toEqual([
      { uri: 'b.env', uriBaseId: '%SRCROOT%' },
      { uri: 'deploy/c.env', uriBaseId: '%SRCROOT%' },
    ])
    expect(results.map((r) => r.locations?.[0]?.physicalLocation?.region?.startLine)).toEqual([
      1, 2,
    ])
    // Nothing names the runner's checkout (or any other absolute path) in the log.
    expect(text).not.toContain(repo)
    expect(text).not.toContain(tmpdir())
    if (MULTITOOL_AVAILABLE) {
      const dir = tempDir('secrets-sarif-')
      const copy = join(dir, 'scan-secrets.sarif')
      writeFileSync(copy, text)
      expect(validateSarif([copy], dir).get('scan-secrets.sarif') ?? []).toEqual([])
    }
  }, 200_000)

  it('push of a new branch: scans the commits not on the default branch', async () => {
    const origin = initRepo()
    const onMain = ghp(5)
    commit(origin, 'main', { 'main.env': `github_token = ${onMain}\n` })
    const workspace = join(tempDir('secrets-clone-'), 'ws')
    git(origin, 'clone', '-q', `file://${origin}`, workspace)
    git(workspace, 'checkout', '-q', '-b', 'topic')
    const onBranch = glpat(6)
    commit(workspace, 'one', { 'one.txt': 'one\n' })
    const after = commit(workspace, 'two', { 'two.env': `gitlab = ${onBranch}\n` })
    const result = await run({
      workspace,
      eventName: 'push',
      event: { ...pushEvent({ before: ZERO, after, branch: 'topic' }), created: true },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.findings.map((f) => f.ruleId)).toEqual(['gitlab-pat'])
    expect(r.notices?.some((n) => n.includes('scanned its 2 commit(s) not on main'))).toBe(true)
  })

  it('push of a new branch without the default branch: scans just the pushed commit', async () => {
    const repo = initRepo()
    const earlier = ghp(7)
    commit(repo, 'earlier', { 'earlier.env': `github_token = ${earlier}\n` })
    const tip = glpat(8)
    const after = commit(repo, 'tip', { 'tip.env': `gitlab = ${tip}\n` })
    git(repo, 'branch', '-q', '-m', 'topic')
    const result = await run({
      workspace: repo,
      eventName: 'push',
      event: { ...pushEvent({ before: ZERO, after, branch: 'topic' }), created: true },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.findings.map((f) => f.ruleId)).toEqual(['gitlab-pat'])
    expect(r.notices?.some((n) => n.includes(`only the pushed commit ${after} was scanned`))).toBe(
      true,
    )
  })

  it('push that deletes a branch: scans nothing and says so', async () => {
    const repo = initRepo()
    commit(repo, 'x', { 'x.env': `github_token = ${ghp(9)}\n` })
    const result = await run({
      workspace: repo,
      eventName: 'push',
      event: {
        ...pushEvent({ before: git(repo, 'rev-parse', 'HEAD'), after: ZERO, branch: 'gone' }),
        deleted: true,
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.status).toBe('complete')
    expect(r.findings).toEqual([])
    expect(r.notices).toContain(
      'The push deleted refs/heads/gone; it added no commits, so there was nothing to scan.',
    )
    expect(result.summary).toContain('nothing to scan')
  })

  it('merge_group: scans base_sha..head_sha', async () => {
    const repo = initRepo()
    const base = commit(repo, 'base', { 'old.env': `github_token = ${ghp(10)}\n` })
    const head = commit(repo, 'queued', { 'new.env': `gitlab = ${glpat(11)}\n` })
    const result = await run({
      workspace: repo,
      eventName: 'merge_group',
      event: {
        action: 'checks_requested',
        merge_group: {
          head_sha: head,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-abc',
          base_sha: base,
          base_ref: 'refs/heads/main',
        },
        repository: { full_name: 'octo-org/hello-world', default_branch: 'main' },
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(report(result).findings.map((f) => f.ruleId)).toEqual(['gitlab-pat'])
  })

  it('schedule: scans the working tree, not history; honours the .gitleaks.toml config names; secret-severity applies', async () => {
    const repo = initRepo()
    commit(repo, 'history only', { 'gone.env': `github_token = ${ghp(12)}\n` })
    const canary = `PORTCULLIS-CANARY-${randomText(13, '0123456789', 12)}`
    commit(repo, 'tree', {
      'gone.env': null,
      '.gitleaks.toml': [
        '[extend]',
        'useDefault = true',
        '',
        '[[rules]]',
        'id = "portcullis-canary"',
        'description = "Portcullis canary"',
        "regex = '''PORTCULLIS-CANARY-[0-9]{12}'''",
        'keywords = ["portcullis-canary"]',
        '',
      ].join('\n'),
      'src/app.conf': `# app\ncanary = ${canary}\n`,
    })
    const result = await run({
      workspace: repo,
      eventName: 'schedule',
      event: { schedule: '0 3 * * *', repository: { full_name: 'octo-org/hello-world' } },
      inputs: { 'secret-severity': 'critical', config: '.gitleaks.toml' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.target).toEqual({ kind: 'path', name: '.' })
    expect(r.findings.map((f) => [f.ruleId, f.location?.path, f.location?.startLine])).toEqual([
      ['portcullis-canary', 'src/app.conf', 2],
    ])
    expect(r.findings[0]!.severity).toBe('critical')
    expect(r.findings[0]!.git).toBeUndefined()
    expect(r.notices).toContain('gitleaks config: .gitleaks.toml (input config).')
    expect(result.masks).toContain(canary)
  })

  it('a config input that does not exist fails the scan naming the input', async () => {
    const repo = initRepo()
    commit(repo, 'x', { 'README.md': 'x\n' })
    const result = await run({
      workspace: repo,
      eventName: 'workflow_dispatch',
      event: {},
      inputs: { config: 'ci/missing-gitleaks.toml' },
    })
    expect(result.exitCode).toBe(1)
    const r = report(result)
    expect(r.status).toBe('failed')
    expect(r.reason).toContain("Input 'config'")
    expect(r.reason).toContain('ci/missing-gitleaks.toml')
    expect(result.outputs.status).toBe('failed')
    expect(result.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      expect.stringContaining('ci/missing-gitleaks.toml'),
    ])
  })

  it('mode git with log-opts scans the history it names', async () => {
    const repo = initRepo()
    const first = commit(repo, 'one', { 'one.env': `github_token = ${ghp(14)}\n` })
    commit(repo, 'two', { 'two.env': `gitlab = ${glpat(15)}\n` })
    const result = await run({
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent(),
      inputs: { mode: 'git', 'log-opts': `${first}..HEAD` },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    expect(r.target).toEqual({ kind: 'git-range', name: `${first}..HEAD` })
    expect(r.findings.map((f) => f.ruleId)).toEqual(['gitlab-pat'])
  })

  describe('shallow checkouts', () => {
    function shallowPr() {
      const origin = initRepo()
      for (let i = 0; i < 8; i += 1) commit(origin, `main ${i}`, { [`m${i}.txt`]: `${i}\n` })
      const base = git(origin, 'rev-parse', 'HEAD')
      git(origin, 'checkout', '-q', '-b', 'feature')
      const leaked = ghp(16)
      commit(origin, 'leak', { 'leak.env': `github_token = ${leaked}\n` })
      for (let i = 0; i < 3; i += 1) commit(origin, `feature ${i}`, { [`f${i}.txt`]: `${i}\n` })
      const head = commit(origin, 'unleak', { 'leak.env': null })
      git(origin, 'checkout', '-q', 'main')
      const workspace = join(tempDir('secrets-shallow-'), 'ws')
      git(origin, 'clone', '-q', '--depth=1', '--branch=feature', `file://${origin}`, workspace)
      expect(git(workspace, 'rev-parse', '--is-shallow-repository')).toBe('true')
      return { origin, workspace, base, head }
    }

    it('deepens a depth-1 clone until the merge base is there, then scans all the PR commits', async () => {
      const { workspace, base, head } = shallowPr()
      const result = await run({
        workspace,
        eventName: 'pull_request',
        event: pullRequestEvent({ baseSha: base, headSha: head, commits: 5 }),
      })
      expect(result.exitCode, result.stdout).toBe(0)
      const r = report(result)
      expect(r.findings.map((f) => [f.ruleId, f.location?.path])).toEqual([
        ['github-pat', 'leak.env'],
      ])
      expect(r.notices?.some((n) => n.includes('5 commit(s) of the pull request'))).toBe(true)
      expect(result.stdout).toMatch(/Fetching 1 commit\(s\) of the pull request #42/)
    })

    it('fails with the fetch-depth advice when the history cannot be fetched', async () => {
      const { origin, workspace, base, head } = shallowPr()
      rmSync(origin, { recursive: true, force: true })
      const result = await run({
        workspace,
        eventName: 'pull_request',
        event: pullRequestEvent({ baseSha: base, headSha: head }),
      })
      expect(result.exitCode).toBe(1)
      const r = report(result)
      expect(r.status).toBe('failed')
      expect(r.reason).toContain('fetch-depth: 0')
      expect(r.findings).toEqual([])
      expect(result.outputs.sarif).toBe('')
      expect(existsSync(join(result.dirs.runnerTemp, 'portcullis', 'findings'))).toBe(true)
    })
  })

  it('the planted secrets of every kind are found', async () => {
    const secrets = plantedSecrets()
    const repo = initRepo()
    const base = commit(repo, 'base', { 'README.md': '# app\n' })
    git(repo, 'checkout', '-q', '-b', 'feature')
    const files: Record<string, string> = {}
    secrets.forEach((s, i) => (files[`config/${i}-${s.rule}.txt`] = `# ${s.kind}\n${s.text}\n`))
    const head = commit(repo, 'config', files)
    const result = await run({
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent({ baseSha: base, headSha: head }),
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const r = report(result)
    const found = new Set(r.findings.map((f) => f.location?.path))
    for (const [i, s] of secrets.entries()) {
      expect(found.has(`config/${i}-${s.rule}.txt`), s.kind).toBe(true)
    }
  })
})
