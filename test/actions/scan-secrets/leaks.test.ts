import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseReport } from '@portcullis/core'
import { pullRequestEvent } from '../../support/events.js'
import { startGitHubApi, type GitHubApi } from '../../support/github-api.js'
import { runAction } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { commit, git, initRepo, plantedSecrets, secretLines } from './helpers.js'

/**
 * The leak test: thirteen secrets of eleven-plus kinds are committed inside a pull request, found,
 * and then searched for everywhere the step writes or sends something. `::add-mask::` lines are the
 * one place a value may appear: the runner consumes them to mask the log and never shows them.
 */
describeWithTools(['gitleaks'], 'scan-secrets leaks no secret (gitleaks 8.16)', (tools) => {
  let api: GitHubApi
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(async () => {
    await api.close()
  })

  it('finds every planted secret and writes none of them to the log, report, SARIF, summary, outputs, annotations or API', async () => {
    const secrets = plantedSecrets()
    const repo = initRepo()
    const base = commit(repo, 'base', { 'README.md': '# app\n' })
    git(repo, 'checkout', '-q', '-b', 'feature')
    const body = secrets.map((s) => s.text).join('\n\n')
    const head = commit(repo, 'configure services', { 'config/services.env': `${body}\n` })

    const result = await runAction('scan-secrets', {
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent({ baseSha: base, headSha: head }),
      apiUrl: api.url,
      timeoutMs: 120_000,
      inputs: {
        'gitleaks-path': tools.gitleaks,
        'upload-sarif': 'true',
        'github-token': 'ghs_stand_in_token',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)

    const reportText = readFileSync(result.outputs.report!, 'utf8')
    const report = parseReport(reportText, 'report')
    expect(report.status).toBe('complete')
    const rules = new Set(report.findings.map((f) => f.ruleId))
    for (const s of secrets) expect(rules.has(s.rule), `${s.kind} (${s.rule}) found`).toBe(true)
    expect(report.findings.length).toBeGreaterThanOrEqual(secrets.length)

    // The upload happened, so the API saw a SARIF; decode what it received.
    expect(api.violations).toEqual([])
    expect(api.state.sarifs).toHaveLength(1)

    const sarifText = readFileSync(result.outputs.sarif!, 'utf8')
    const outputDir = join(result.dirs.runnerTemp, 'portcullis', 'findings')
    const written = readdirSync(outputDir).map((f) => readFileSync(join(outputDir, f), 'utf8'))
    const stdoutWithoutMasks = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    const places: Record<string, string> = {
      stdout: stdoutWithoutMasks,
      stderr: result.stderr,
      summary: result.summary,
      report: reportText,
      sarif: sarifText,
      'output folder': written.join('\n'),
      outputs: JSON.stringify(result.outputs),
      annotations: JSON.stringify(result.annotations),
      'API requests': JSON.stringify(api.requests),
      'uploaded SARIF': JSON.stringify(api.state.sarifs),
    }
    expect(result.annotations.length).toBeGreaterThan(0)
    for (const s of secrets) {
      for (const line of secretLines(s)) {
        for (const [where, text] of Object.entries(places)) {
          expect(text.includes(line), `${s.kind} appears in ${where}`).toBe(false)
        }
      }
    }

    // Found secrets are masked: every value (every line of the key) was registered with the runner.
    for (const s of secrets) {
      for (const line of secretLines(s)) expect(result.masks, `${s.kind} masked`).toContain(line)
    }
    // And the only lines that carry them are the mask commands themselves.
    const maskLines = result.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
    expect(maskLines.length).toBe(result.masks.length)
  })
})
