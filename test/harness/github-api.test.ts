import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  errorResponse,
  loadGitHubDescription,
  startGitHubApi,
  type GitHubApi,
} from '../support/github-api.js'

let api: GitHubApi
beforeEach(async () => {
  api = await startGitHubApi()
})
afterEach(async () => {
  await api.close()
})

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      authorization: 'token ghs_secretvalue',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await res.text()
  return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

describe('the OpenAPI description', () => {
  it('is loaded once per process and indexes every operation', () => {
    const first = loadGitHubDescription()
    expect(loadGitHubDescription()).toBe(first)
    expect(first.operations.length).toBeGreaterThan(1000)
    expect(first.byId.get('code-scanning/upload-sarif')?.template).toBe(
      '/repos/{owner}/{repo}/code-scanning/sarifs',
    )
    // The load time is reported, not asserted: speed goals live in `npm run bench`.
    expect(first.loadMs).toBeGreaterThan(0)
    console.info(`GitHub OpenAPI description loaded in ${Math.round(first.loadMs)} ms`)
  })
})

describe('startGitHubApi', () => {
  it('records a valid request with its operation, parsed body and no token value', async () => {
    const res = await call('POST', '/repos/octo-org/hello-world/issues/5/comments', { body: 'hi' })
    expect(res.status).toBe(201)
    expect(api.violations).toEqual([])
    const [recorded] = api.requests
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/hello-world/issues/5/comments',
      operationId: 'issues/create-comment',
      params: { owner: 'octo-org', repo: 'hello-world', issue_number: '5' },
      body: { body: 'hi' },
      status: 201,
    })
    expect(recorded?.headers.authorization).toBe('token [redacted]')
    expect(JSON.stringify(api.requests)).not.toContain('ghs_secretvalue')
  })

  it('flags an invalid body with a 422 naming the problem, and records it', async () => {
    const res = await call('POST', '/repos/o/r/check-runs', { name: 'gate', status: 'finished' })
    expect(res.status).toBe(422)
    expect(JSON.stringify(res.body)).toContain("must have required property 'head_sha'")
    expect(api.violations).toHaveLength(1)
    expect(api.violations[0]).toMatchObject({ kind: 'request', operationId: 'checks/create' })
    expect(api.violations[0]?.message).toContain('body/status must be one of')
  })

  it('flags an unknown path, a wrong method and an undocumented query parameter', async () => {
    expect((await call('GET', '/repos/o/r/not-an-endpoint')).status).toBe(404)
    expect((await call('DELETE', '/repos/o/r/code-scanning/sarifs')).status).toBe(404)
    expect((await call('GET', '/repos/o/r/issues/1/comments?per_page=abc&colour=red')).status).toBe(
      422,
    )
    expect(api.violations.map((v) => v.message)).toEqual([
      "no path of GitHub's OpenAPI description matches /repos/o/r/not-an-endpoint",
      "DELETE is not an operation of /repos/o/r/code-scanning/sarifs in GitHub's OpenAPI description",
      "query parameter 'per_page' must be integer; query parameter 'colour' is not defined for issues/list-comments",
    ])
  })

  it('checks OpenAPI patterns such as the SARIF commit SHA and ref', async () => {
    const sarif = gzipSync('{"version":"2.1.0","runs":[]}').toString('base64')
    const bad = await call('POST', '/repos/o/r/code-scanning/sarifs', {
      commit_sha: 'abc',
      ref: 'main',
      sarif,
    })
    expect(bad.status).toBe(422)
    expect(api.violations[0]?.message).toMatch(/body\/commit_sha .*body\/ref must match pattern/s)
    const good = await call('POST', '/repos/o/r/code-scanning/sarifs', {
      commit_sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      sarif,
    })
    expect(good.status).toBe(202)
    expect(api.state.sarifs[0]?.sarif).toEqual({ version: '2.1.0', runs: [] })
  })

  it('answers from registered handlers and validates their bodies against the responses', async () => {
    api.handle('issues/create-comment', () =>
      errorResponse(403, 'Resource not accessible by integration'),
    )
    expect((await call('POST', '/repos/o/r/issues/1/comments', { body: 'x' })).status).toBe(403)
    api.handle('checks/get', () => ({ status: 200, body: { id: 'not-a-number' } }))
    await call('GET', '/repos/o/r/check-runs/4')
    expect(api.violations.map((v) => v.kind)).toEqual(['response'])
    expect(api.violations[0]?.message).toContain('200 response body')
  })

  it('keeps comments so a list after a create sees them, page by page', async () => {
    for (let i = 0; i < 3; i += 1)
      await call('POST', '/repos/o/r/issues/2/comments', { body: `c${i}` })
    const page1 = await fetch(`${api.url}/repos/o/r/issues/2/comments?per_page=2`)
    expect(page1.headers.get('link')).toContain('page=2')
    const page2 = await call('GET', '/repos/o/r/issues/2/comments?per_page=2&page=2')
    expect(page2.body).toMatchObject([{ body: 'c2' }])
    expect(api.violations).toEqual([])
  })

  it('serves GitHub Enterprise Server under /api/v3', async () => {
    const ghes = await startGitHubApi({ basePath: '/api/v3' })
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/)
      const res = await fetch(`${ghes.url}/repos/o/r/pulls/1/files`)
      expect(res.status).toBe(200)
      expect(ghes.requests[0]?.operationId).toBe('pulls/list-files')
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})
