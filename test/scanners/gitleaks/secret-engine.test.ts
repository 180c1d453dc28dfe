import { describe, expect, it } from 'vitest'
import { eventGitScope } from '@portcullis/engine'
import { secretValues } from '../../../packages/scanners/src/gitleaks/secret-values.js'
import { pullRequestEvent, pushEvent, sha } from '../../support/events.js'

describe('secretValues: the raw secret behind a redacted gitleaks match', () => {
  const line = 'aws_secret_access_key = "Zq8Lm9Np2Rt5Vx7Bc4Hd6Jf1Gs0WyEuKoPaXnM3"'
  const secret = 'Zq8Lm9Np2Rt5Vx7Bc4Hd6Jf1Gs0WyEuKoPaXnM3'
  const redacted = { match: 'secret_access_key = "REDACTED"', startLine: 5, endLine: 5 }

  it('reads columns from a fragment start on a first line (offset + 1)', () => {
    const start = line.indexOf('secret_access') + 1
    const leak = { ...redacted, startColumn: start, endColumn: line.length }
    expect(secretValues(leak, line, true)).toEqual([secret])
  })

  it('reads columns from the previous newline on later lines (offset + 2)', () => {
    const start = line.indexOf('secret_access') + 2
    const leak = { ...redacted, startColumn: start, endColumn: line.length + 1 }
    expect(secretValues(leak, line, false)).toEqual([secret])
    // Unknown (history scans): both readings are tried, the wrong one does not line up.
    expect(secretValues(leak, line, undefined)).toEqual([secret])
  })

  it('returns nothing when the file no longer holds the match', () => {
    const leak = { ...redacted, startColumn: 2, endColumn: 40 }
    expect(secretValues(leak, 'nothing to see here at all, really', true)).toEqual([])
  })

  it('splits a multi-line key into lines and drops the armour', () => {
    const pem = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIBOgIBAAJBAKj34GkxFhD9',
      'Ab3dE5fG7hJ9kL1m',
      '-----END RSA PRIVATE KEY-----',
    ]
    const leak = {
      match: 'REDACTED',
      startLine: 1,
      endLine: 4,
      startColumn: 1,
      endColumn: pem[3]!.length + 1,
    }
    expect(secretValues(leak, pem.join('\n'), true)).toEqual([pem[1], pem[2]])
  })

  it('never returns values shorter than six characters', () => {
    const leak = { match: 'k=REDACTED', startLine: 1, endLine: 1, startColumn: 1, endColumn: 7 }
    expect(secretValues(leak, 'k=abcd', true)).toEqual([])
  })
})

describe('eventGitScope', () => {
  it('pull_request: base.sha..head.sha from the payload', () => {
    const event = pullRequestEvent({ baseSha: sha('b'), headSha: sha('h'), number: 7 })
    expect(eventGitScope('pull_request', event)).toEqual({
      kind: 'range',
      base: sha('b'),
      head: sha('h'),
      what: 'pull request #7',
    })
    expect(eventGitScope('pull_request_target', event)).toMatchObject({
      base: sha('b'),
      head: sha('h'),
    })
  })

  it('push: before..after, a new branch, a deleted branch', () => {
    expect(
      eventGitScope('push', pushEvent({ before: sha('1'), after: sha('2'), branch: 'dev' })),
    ).toEqual({
      kind: 'range',
      base: sha('1'),
      head: sha('2'),
      what: 'push to dev',
      toDefaultBranch: false,
    })
    expect(
      eventGitScope('push', pushEvent({ before: sha('1'), after: sha('2'), branch: 'main' })),
    ).toMatchObject({ kind: 'range', what: 'push to main', toDefaultBranch: true })
    expect(eventGitScope('push', pushEvent({ before: '0'.repeat(40), after: sha('2') }))).toEqual({
      kind: 'new-branch',
      head: sha('2'),
      ref: 'refs/heads/main',
      defaultBranch: 'main',
      toDefaultBranch: true,
    })
    expect(
      eventGitScope('push', { ...pushEvent({ after: '0'.repeat(40) }), deleted: true }),
    ).toEqual({
      kind: 'deleted',
      ref: 'refs/heads/main',
    })
  })

  it('merge_group and the working-tree events', () => {
    expect(
      eventGitScope('merge_group', { merge_group: { base_sha: sha('b'), head_sha: sha('h') } }),
    ).toEqual({ kind: 'range', base: sha('b'), head: sha('h'), what: 'merge group' })
    expect(eventGitScope('schedule', {})).toEqual({ kind: 'tree', eventName: 'schedule' })
    expect(eventGitScope('workflow_dispatch', {})).toEqual({
      kind: 'tree',
      eventName: 'workflow_dispatch',
    })
  })

  it('a payload without the SHAs is a user error naming the field', () => {
    expect(() => eventGitScope('pull_request', { pull_request: { base: {} } })).toThrow(
      /pull_request\.base\.sha/,
    )
    expect(() => eventGitScope('merge_group', {})).toThrow(/merge_group\.base_sha/)
  })
})
