import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startGitHubApi, type GitHubApi } from '../../support/github-api.js'
import { pullRequestEvent, sha } from '../../support/events.js'
import { runAction } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { randomText, tempDir } from '../scan-secrets/helpers.js'

const TOKEN = 'ghs_reportingTestToken0123456789abcdef'
const HEAD = sha('head')
const KEYS = 60

describeWithTools(['gitleaks'], 'scan actions report into GitHub through one path', (tools) => {
  let api: GitHubApi
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(async () => api.close())

  it('check-run: every located finding, 50 annotations per request; comment: one sticky comment', async () => {
    const workspace = tempDir('reporting-')
    const keys: string[] = []
    for (let i = 0; i < KEYS; i += 1) {
      const key = `AKIA${randomText(900 + i, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16)}`
      keys.push(key)
      writeFileSync(
        join(workspace, `service-${i}.env`),
        `# service ${i}\nAWS_ACCESS_KEY_ID=${key}\n`,
      )
    }
    const run = () =>
      runAction('scan-secrets', {
        workspace,
        eventName: 'pull_request',
        event: pullRequestEvent({ headSha: HEAD }),
        sha: HEAD,
        apiUrl: api.url,
        inputs: {
          'gitleaks-path': tools.gitleaks,
          mode: 'dir',
          'github-token': TOKEN,
          'upload-sarif': 'false',
          'check-run': 'true',
          comment: 'true',
        },
      })
    const first = await run()
    expect(first.exitCode).toBe(0)
    expect(Number(first.outputs.total)).toBe(KEYS)

    const creates = api.requestsFor('checks/create')
    const updates = api.requestsFor('checks/update')
    expect(creates).toHaveLength(1)
    // 60 annotations: 50 with the create, the last 10 with the closing update.
    const annotationCounts = [...creates, ...updates].map(
      (r) =>
        ((r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length,
    )
    expect(annotationCounts.reduce((a, b) => a + b, 0)).toBe(KEYS)
    expect(Math.max(...annotationCounts)).toBe(50)
    expect((updates.at(-1)?.body as { conclusion?: string }).conclusion).toBe('neutral')
    expect(first.summary).toMatch(/Check run: published with 60 annotation\(s\)/)

    expect(api.requestsFor('issues/create-comment')).toHaveLength(1)
    expect(api.state.comments[0]?.body).toMatch(/Portcullis scan-secrets: 60 finding\(s\)/)
    const second = await run()
    expect(second.exitCode).toBe(0)
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1)
    expect(api.requestsFor('issues/update-comment')).toHaveLength(1)

    expect(api.violations).toEqual([])
    const recorded = JSON.stringify(api.requests) + JSON.stringify(api.state)
    for (const key of keys) expect(recorded).not.toContain(key)
    expect(recorded).not.toContain(TOKEN)
  }, 120_000)
})
