import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Log } from 'sarif'
import { afterEach, describe, expect, it } from 'vitest'
import {
  changedLines,
  createGitHubClient,
  MAX_COMMENT_CHARS,
  onChangedLine,
  publishCheckRun,
  readGitHubContext,
  stickyMarker,
  upsertStickyComment,
  uploadSarif,
  type CheckAnnotation,
  type GitHubContext,
} from '@portcullis/action-kit/github'
import { pullRequestEvent, pushEvent, sha } from '../../support/events.js'
import {
  errorResponse,
  startGitHubApi,
  type GitHubApi,
  type GitHubApiOptions,
} from '../../support/github-api.js'

const SARIF: Log = {
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'gitleaks', rules: [{ id: 'aws-access-token' }] } },
      automationDetails: { id: 'portcullis/scan-secrets/repository/' },
      results: [
        {
          ruleId: 'aws-access-token',
          level: 'error',
          message: { text: 'AWS key' },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } },
            },
          ],
        },
      ],
    },
  ],
}

let api: GitHubApi | undefined
afterEach(async () => {
  if (api) expect(api.violations).toEqual([])
  await api?.close()
  api = undefined
})

async function setup(
  event: unknown,
  eventName: string,
  options: GitHubApiOptions = {},
  extraEnv: Record<string, string> = {},
) {
  api = await startGitHubApi(options)
  const dir = mkdtempSync(join(tmpdir(), 'gh-ctx-'))
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event))
  const workspace = join(dir, 'workspace')
  const isPr = eventName === 'pull_request'
  const pr = isPr ? (event as ReturnType<typeof pullRequestEvent>) : undefined
  const ctx = readGitHubContext({
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_SHA: pr ? pr.pull_request.merge_commit_sha : (event as { after: string }).after,
    GITHUB_REF: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
    GITHUB_API_URL: api.url,
    GITHUB_WORKSPACE: workspace,
    ...extraEnv,
  })
  const client = createGitHubClient('ghs_test_token_value', { apiUrl: ctx.apiUrl, retryBaseMs: 1 })
  return { ctx, client, api, workspace }
}

const fast = { wait: { initialDelayMs: 1, maxDelayMs: 4, timeoutMs: 5_000 } }

describe('uploadSarif', () => {
  it('uploads gzip+base64 SARIF for a push and polls until processing completes', async () => {
    const { ctx, client, api, workspace } = await setup(pushEvent({ after: sha('a') }), 'push', {
      sarifProcessing: ['pending', 'pending', 'complete'],
    })
    const outcome = await uploadSarif(client, ctx, { sarif: SARIF, toolName: 'gitleaks', ...fast })
    expect(outcome).toMatchObject({
      status: 'uploaded',
      commitSha: sha('a'),
      ref: 'refs/heads/main',
      processing: 'complete',
      errors: [],
    })
    const [upload] = api.requestsFor('code-scanning/upload-sarif')
    expect(upload?.body).toMatchObject({
      commit_sha: sha('a'),
      ref: 'refs/heads/main',
      tool_name: 'gitleaks',
      checkout_uri: pathToFileURL(workspace).href,
    })
    expect(upload?.headers.authorization).toBe('token [redacted]')
    expect(api.state.sarifs[0]?.sarif).toEqual(SARIF)
    expect(api.requestsFor('code-scanning/get-sarif')).toHaveLength(3)
  })

  it('uses refs/pull/<n>/merge for the merge commit and /head for the head commit', async () => {
    const event = pullRequestEvent({ number: 42, headSha: sha('h'), mergeSha: sha('m') })
    const { ctx, client, api } = await setup(event, 'pull_request')
    expect(await uploadSarif(client, ctx, { sarif: SARIF, ...fast })).toMatchObject({
      status: 'uploaded',
      commitSha: sha('m'),
      ref: 'refs/pull/42/merge',
    })
    expect(
      await uploadSarif(client, ctx, {
        sarif: JSON.stringify(SARIF),
        commitSha: sha('h'),
        ...fast,
      }),
    ).toMatchObject({ status: 'uploaded', commitSha: sha('h'), ref: 'refs/pull/42/head' })
    expect(api.state.sarifs.map((s) => s.ref)).toEqual(['refs/pull/42/merge', 'refs/pull/42/head'])
  })

  it('reports processing errors without pretending success', async () => {
    const { ctx, client } = await setup(pushEvent(), 'push', {
      sarifProcessing: ['pending', 'failed'],
      sarifErrors: ['rejecting SARIF, as there are more runs than allowed (21 > 20)'],
    })
    expect(await uploadSarif(client, ctx, { sarif: SARIF, ...fast })).toMatchObject({
      status: 'uploaded',
      processing: 'failed',
      errors: ['rejecting SARIF, as there are more runs than allowed (21 > 20)'],
    })
  })

  it('says the upload is still pending when processing outlasts the wait', async () => {
    const { ctx, client } = await setup(pushEvent(), 'push', { sarifProcessing: ['pending'] })
    const outcome = await uploadSarif(client, ctx, {
      sarif: SARIF,
      wait: { initialDelayMs: 5, maxDelayMs: 10, timeoutMs: 60 },
    })
    expect(outcome).toMatchObject({ status: 'uploaded', processing: 'pending' })
  })

  it('degrades to a notice when code scanning is not enabled (403)', async () => {
    const { ctx, client, api } = await setup(pushEvent(), 'push')
    api.handle('code-scanning/upload-sarif', () =>
      errorResponse(
        403,
        'Advanced Security must be enabled for this repository to use code scanning.',
      ),
    )
    const outcome = await uploadSarif(client, ctx, { sarif: SARIF, ...fast })
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'code-scanning-disabled' })
    expect(api.requestsFor('code-scanning/upload-sarif')).toHaveLength(1)
    expect(api.requestsFor('code-scanning/get-sarif')).toHaveLength(0)
  })

  it('degrades to a notice naming the permission when the token is read-only (403)', async () => {
    const { ctx, client, api } = await setup(
      pushEvent(),
      'push',
      {},
      { GITHUB_ACTOR: 'dependabot[bot]' },
    )
    api.handle('code-scanning/upload-sarif', () =>
      errorResponse(403, 'Resource not accessible by integration'),
    )
    const outcome = await uploadSarif(client, ctx, { sarif: SARIF, ...fast })
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'read-only-token' })
    expect(outcome.status === 'skipped' && outcome.message).toContain('security-events: write')
  })

  it('makes no request at all for a pull request from a fork', async () => {
    const event = pullRequestEvent({ headRepo: { owner: 'outsider', name: 'hello-world' } })
    const { ctx, client, api } = await setup(event, 'pull_request')
    expect(ctx.pullRequest?.isFork).toBe(true)
    expect(await uploadSarif(client, ctx, { sarif: SARIF, ...fast })).toMatchObject({
      status: 'skipped',
      reason: 'fork-pull-request',
    })
    expect(await upsertStickyComment(client, ctx, { key: 'gate', head: 'x' })).toMatchObject({
      status: 'skipped',
      reason: 'fork-pull-request',
    })
    expect(api.requests).toEqual([])
  })

  it('retries a 503 and a secondary rate limit, then uploads', async () => {
    const { ctx, client, api } = await setup(pushEvent(), 'push')
    let calls = 0
    api.handle('code-scanning/upload-sarif', (r, self) => {
      calls += 1
      if (calls === 1) return errorResponse(503, 'Service unavailable')
      if (calls === 2) {
        return errorResponse(403, 'You have exceeded a secondary rate limit.', {
          'retry-after': '1',
        })
      }
      self.state.sarifs.push({
        id: 'after-retries',
        commitSha: String((r.body as { commit_sha: string }).commit_sha),
        ref: 'refs/heads/main',
        sarif: null,
        toolName: undefined,
        checkoutUri: undefined,
        polls: 0,
      })
      return { status: 202, body: { id: 'after-retries', url: `${self.url}/x` } }
    })
    const outcome = await uploadSarif(client, ctx, { sarif: SARIF, ...fast })
    expect(outcome).toMatchObject({
      status: 'uploaded',
      sarifId: 'after-retries',
      processing: 'complete',
    })
    expect(api.requestsFor('code-scanning/upload-sarif').map((r) => r.status)).toEqual([
      503, 403, 202,
    ])
  })

  it('gives up after the retries with a notice, never an exception', async () => {
    const { ctx, client, api } = await setup(pushEvent(), 'push')
    api.handle('code-scanning/upload-sarif', () => errorResponse(502, 'Bad gateway'))
    const outcome = await uploadSarif(client, ctx, { sarif: SARIF, ...fast })
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'api-error' })
    expect(api.requestsFor('code-scanning/upload-sarif')).toHaveLength(4)
  })

  it('talks to GitHub Enterprise Server at GITHUB_API_URL', async () => {
    api = await startGitHubApi({ basePath: '/api/v3' })
    const ctx: GitHubContext = {
      ...readGitHubContext({
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: sha('g'),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_API_URL: api.url,
        GITHUB_EVENT_NAME: 'push',
      }),
    }
    const client = createGitHubClient('t', { apiUrl: ctx.apiUrl, retryBaseMs: 1 })
    expect(await uploadSarif(client, ctx, { sarif: SARIF, ...fast })).toMatchObject({
      status: 'uploaded',
    })
    expect(api.requests.map((r) => r.operationId)).toEqual([
      'code-scanning/upload-sarif',
      'code-scanning/get-sarif',
    ])
  })
})

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const { ctx, client, api } = await setup(pullRequestEvent({ number: 5 }), 'pull_request')
    const first = await upsertStickyComment(client, ctx, {
      key: 'quality-gate',
      head: '## Gate: failed',
    })
    expect(first).toMatchObject({ status: 'created' })
    const second = await upsertStickyComment(client, ctx, {
      key: 'quality-gate',
      head: '## Gate: passed',
      details: [{ title: 'Findings', body: '| a | b |\n|---|---|' }],
    })
    expect(second).toMatchObject({ status: 'updated' })
    expect(first.status !== 'skipped' && second.status !== 'skipped' && second.commentId).toBe(
      first.status !== 'skipped' && first.commentId,
    )
    expect(api.state.comments).toHaveLength(1)
    const body = api.state.comments[0]?.body ?? ''
    expect(body.startsWith(stickyMarker('quality-gate'))).toBe(true)
    expect(body).toContain('## Gate: passed')
    expect(body).toContain('<details><summary>Findings</summary>')
    // Each run asks who the token is (GraphQL viewer) so only its own comment is ever edited.
    expect(api.requests.map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'graphql',
      'issues/create-comment',
      'issues/list-comments',
      'graphql',
      'issues/update-comment',
    ])
  })

  it('finds its comment among more than a page of others and leaves other keys alone', async () => {
    const { ctx, client, api } = await setup(pullRequestEvent({ number: 6 }), 'pull_request')
    for (let i = 0; i < 105; i += 1) {
      api.state.comments.push({
        id: i + 1,
        issueNumber: 6,
        body: `chatter ${i}`,
        user: { login: 'someone', type: 'User' },
      })
    }
    api.state.comments.push({
      id: 500,
      issueNumber: 6,
      body: `${stickyMarker('scan-deps')}\nold`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    })
    api.state.comments.push({
      id: 501,
      issueNumber: 6,
      body: `${stickyMarker('quality-gate')}\nold`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    })
    const outcome = await upsertStickyComment(client, ctx, { key: 'quality-gate', head: 'new' })
    expect(outcome).toMatchObject({ status: 'updated', commentId: 501 })
    expect(api.state.comments.find((c) => c.id === 500)?.body).toContain('old')
    expect(api.requestsFor('issues/list-comments')).toHaveLength(2)
  })

  it('stays within 65,536 characters with details collapsed and cut', async () => {
    const { ctx, client, api } = await setup(pullRequestEvent(), 'pull_request')
    const row = '| finding | somewhere/in/the/tree.ts:12 | high |\n'
    await upsertStickyComment(client, ctx, {
      key: 'quality-gate',
      head: '## Gate: failed',
      details: [{ title: 'All findings', body: row.repeat(5000) }],
    })
    const body = api.state.comments[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body.length).toBeGreaterThan(60_000)
    expect(body).toContain('</details>')
    expect(body).toContain('cut to fit')
  })

  it('is skipped outside a pull request and on a read-only token', async () => {
    const push = await setup(pushEvent(), 'push')
    expect(await upsertStickyComment(push.client, push.ctx, { key: 'k', head: 'x' })).toMatchObject(
      {
        status: 'skipped',
        reason: 'not-a-pull-request',
      },
    )
    await api?.close()
    const pr = await setup(pullRequestEvent(), 'pull_request')
    pr.api.handle('issues/create-comment', () =>
      errorResponse(403, 'Resource not accessible by integration'),
    )
    expect(await upsertStickyComment(pr.client, pr.ctx, { key: 'k', head: 'x' })).toMatchObject({
      status: 'skipped',
      reason: 'read-only-token',
    })
  })
})

describe('publishCheckRun', () => {
  const annotations = (n: number): CheckAnnotation[] =>
    Array.from({ length: n }, (_, i) => ({
      path: `src/f${i}.ts`,
      startLine: i + 1,
      startColumn: 2,
      endColumn: 9,
      level: i % 2 === 0 ? ('failure' as const) : ('warning' as const),
      message: `finding ${i}`,
      title: `rule-${i % 7}`,
    }))

  it('sends every annotation in batches of 50 and completes the run with the last one', async () => {
    const event = pullRequestEvent({ headSha: sha('head-of-pr') })
    const { ctx, client, api } = await setup(event, 'pull_request')
    const outcome = await publishCheckRun(client, ctx, {
      name: 'Portcullis',
      conclusion: 'failure',
      title: '3 critical findings',
      summary: 'summary',
      annotations: annotations(120),
    })
    expect(outcome).toMatchObject({ status: 'published', annotations: 120, batches: 3 })
    const sent = api.requests.filter((r) => r.operationId?.startsWith('checks/'))
    expect(sent.map((r) => r.operationId)).toEqual([
      'checks/create',
      'checks/update',
      'checks/update',
    ])
    const counts = sent.map(
      (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
    )
    expect(counts).toEqual([50, 50, 20])
    expect(sent[0]?.body).toMatchObject({ head_sha: sha('head-of-pr'), status: 'in_progress' })
    expect(sent[2]?.body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    const run = api.state.checkRuns[0]
    expect(run?.annotations).toHaveLength(120)
    expect(run?.conclusion).toBe('failure')
    expect(run?.annotations[119]).toMatchObject({
      path: 'src/f119.ts',
      start_line: 120,
      annotation_level: 'warning',
    })
  })

  it('creates a completed run in one request when 50 or fewer', async () => {
    const { ctx, client, api } = await setup(pushEvent(), 'push')
    await publishCheckRun(client, ctx, {
      name: 'p',
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: annotations(50),
    })
    expect(api.requests.map((r) => r.operationId)).toEqual(['checks/create'])
  })

  it('is skipped with a notice when the token cannot write checks', async () => {
    const { ctx, client, api } = await setup(pushEvent(), 'push')
    api.handle('checks/create', () => errorResponse(403, 'Resource not accessible by integration'))
    const outcome = await publishCheckRun(client, ctx, {
      name: 'p',
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    })
    expect(outcome).toMatchObject({ status: 'skipped', reason: 'read-only-token' })
    expect(outcome.status === 'skipped' && outcome.message).toContain('checks: write')
  })
})

describe('changedLines', () => {
  const patch =
    '@@ -1,3 +1,4 @@\n line one\n-old two\n+new two\n+added three\n line four\n@@ -20,2 +21,2 @@\n ctx\n+tail'
  it('reads added lines of a pull request from pulls/list-files', async () => {
    const { ctx, client } = await setup(pullRequestEvent({ number: 3 }), 'pull_request', {
      changedFiles: [
        { filename: 'src/a.ts', patch },
        { filename: 'img.png' },
        { filename: 'gone.ts', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      ],
    })
    const changed = await changedLines(client, ctx)
    expect([...(changed?.get('src/a.ts') ?? [])]).toEqual([2, 3, 22])
    expect(changed?.has('gone.ts')).toBe(false)
    expect(onChangedLine(changed, 'src/a.ts', 3)).toBe(true)
    expect(onChangedLine(changed, 'src/a.ts', 4)).toBe(false)
    expect(onChangedLine(changed, 'img.png', 1)).toBe(true)
  })

  it('reads a push range from repos/compare-commits', async () => {
    const { ctx, client, api } = await setup(
      pushEvent({ before: sha('b'), after: sha('a') }),
      'push',
      {
        changedFiles: [{ filename: 'src/b.ts', patch }],
      },
    )
    const changed = await changedLines(client, ctx)
    expect([...(changed?.get('src/b.ts') ?? [])]).toEqual([2, 3, 22])
    expect(api.requests[0]?.params).toMatchObject({ base: sha('b'), head: sha('a') })
  })
})
