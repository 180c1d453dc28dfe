import { describe, expect, it } from 'vitest'
import { loadGitHubDescription } from '../support/github-api.js'
import { pullRequestEvent, pushEvent, runnerRefs, sha } from '../support/events.js'

/**
 * The payloads are minimal, so GitHub's webhook schemas are applied with one allowance: a property
 * the schema requires may be absent below the top level. Everything present must have the schema's
 * type, format and enum, and every top-level required property must be there.
 */
function schemaProblems(component: string, payload: unknown): string[] {
  const desc = loadGitHubDescription()
  const errors = desc.validateErrors(desc.componentSchema(component), payload)
  return errors
    .filter((e) => !(e.keyword === 'required' && e.instancePath !== ''))
    .map((e) => `${e.instancePath} ${e.message ?? e.keyword}`)
}

describe('webhook payloads', () => {
  it('push follows webhook-push', () => {
    const event = pushEvent({ before: sha('b'), after: sha('a'), commits: ['one', 'two'] })
    expect(schemaProblems('webhook-push', event)).toEqual([])
    expect(event.head_commit?.id).toBe(sha('a'))
    expect(event.commits).toHaveLength(2)
  })

  it.each(['opened', 'synchronize'] as const)('pull_request %s follows its schema', (action) => {
    const event = pullRequestEvent({ action, number: 12, baseSha: sha('b'), headSha: sha('h') })
    expect(schemaProblems(`webhook-pull-request-${action}`, event)).toEqual([])
    expect(event.pull_request.base.sha).toBe(sha('b'))
    expect(event.pull_request.head.sha).toBe(sha('h'))
    expect(event.pull_request.number).toBe(12)
    if (action === 'synchronize') expect(event.after).toBe(sha('h'))
    else expect(event).not.toHaveProperty('after')
  })

  it('a fork pull request has a head repository other than the base', () => {
    const event = pullRequestEvent({ headRepo: { owner: 'outsider', name: 'hello-world' } })
    expect(schemaProblems('webhook-pull-request-opened', event)).toEqual([])
    expect(event.pull_request.head.repo.full_name).toBe('outsider/hello-world')
    expect(event.pull_request.head.repo.fork).toBe(true)
    expect(event.pull_request.base.repo.full_name).toBe(event.repository.full_name)
    expect(event.pull_request.author_association).toBe('CONTRIBUTOR')
  })

  it('the schema check catches a wrongly shaped payload', () => {
    const event = pullRequestEvent()
    const broken = {
      ...event,
      number: 'forty-two',
      pull_request: { ...event.pull_request, state: 'weird' },
    }
    const problems = schemaProblems('webhook-pull-request-opened', broken)
    expect(problems.some((p) => p.startsWith('/number'))).toBe(true)
    expect(problems.some((p) => p.startsWith('/pull_request/state'))).toBe(true)
  })

  it('gives the runner refs GitHub documents for each event', () => {
    const pr = pullRequestEvent({ number: 9, mergeSha: sha('m'), headRef: 'topic' })
    expect(runnerRefs('pull_request', pr)).toEqual({
      ref: 'refs/pull/9/merge',
      sha: sha('m'),
      headRef: 'topic',
      baseRef: 'main',
    })
    expect(runnerRefs('push', pushEvent({ branch: 'dev', after: sha('x') }))).toEqual({
      ref: 'refs/heads/dev',
      sha: sha('x'),
    })
  })
})
