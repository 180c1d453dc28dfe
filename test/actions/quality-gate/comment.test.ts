import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubApi, type GitHubApi } from '../../support/github-api.js'
import { pullRequestEvent, sha } from '../../support/events.js'
import { runAction } from '../../support/runner.js'
import { many, report, tempTree } from '../../gate/helpers.js'

const TOKEN = 'ghs_gateCommentTestToken0123456789abcd'
const HEAD = sha('head')

/** Reports for a code-stage gate at the given commit: one high over level 1's allowance of one. */
function reports(commit: string): string {
  const dir = tempTree({})
  const findings = join(dir, 'findings')
  mkdirSync(findings)
  const at = { commitSha: commit, startedAt: new Date(), finishedAt: new Date() }
  writeFileSync(
    join(findings, 'secrets.findings.json'),
    JSON.stringify(report('scan-secrets', [], at)),
  )
  writeFileSync(join(findings, 'deps.findings.json'), JSON.stringify(report('scan-deps', [], at)))
  writeFileSync(
    join(findings, 'iac.findings.json'),
    JSON.stringify(report('scan-iac', many('high', 2), at)),
  )
  return findings
}

describe('quality-gate sticky pull request comment', () => {
  let api: GitHubApi
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(async () => api.close())

  it('creates one comment, then updates it in place on the next run, within the OpenAPI description', async () => {
    const event = pullRequestEvent({ headSha: HEAD })
    const run = (findings: string) =>
      runAction('quality-gate', {
        eventName: 'pull_request',
        event,
        sha: HEAD,
        apiUrl: api.url,
        inputs: { findings, 'system-level': '1', 'github-token': TOKEN, fail: 'false' },
      })

    const first = await run(reports(HEAD))
    expect(first.exitCode).toBe(0)
    expect(first.outputs.verdict).toBe('fail')
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1)
    const created = api.state.comments
    expect(created).toHaveLength(1)
    expect(created[0]!.body).toMatch(/<!-- portcullis:sticky:quality-gate\/code -->/)
    expect(created[0]!.body).toMatch(/❌ Portcullis quality gate: \*\*fail\*\*/)
    expect(created[0]!.body).toMatch(/matrix-exceeded/)
    expect(created[0]!.body).toMatch(/<details><summary>Full gate summary<\/summary>/)

    const second = await run(reports(HEAD))
    expect(second.exitCode).toBe(0)
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1)
    expect(api.requestsFor('issues/update-comment')).toHaveLength(1)
    expect(api.state.comments).toHaveLength(1)

    expect(api.violations).toEqual([])
    for (const r of api.requests) expect(JSON.stringify(r)).not.toContain(TOKEN)
    // The runner consumes `::add-mask::` and shows nothing of it; every other line must not carry the token.
    const shown = (first.stdout + second.stdout)
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
    expect(shown.join('\n')).not.toContain(TOKEN)
    expect(first.masks).toContain(TOKEN)
  })

  it('degrades to a notice on a fork pull request (read-only token): no request, verdict intact', async () => {
    const before = api.requests.length
    const result = await runAction('quality-gate', {
      eventName: 'pull_request',
      event: pullRequestEvent({ headSha: HEAD, headRepo: { owner: 'someone', name: 'fork' } }),
      sha: HEAD,
      apiUrl: api.url,
      inputs: { findings: reports(HEAD), 'system-level': '1', 'github-token': TOKEN },
    })
    expect(result.outputs.verdict).toBe('fail')
    expect(result.exitCode).toBe(1)
    expect(api.requests.length).toBe(before)
    expect(result.stdout).toMatch(/fork/i)
  })
})
