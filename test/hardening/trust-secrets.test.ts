import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Log as SarifLog } from 'sarif'
import { expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { commit, git, initRepo, plantedSecrets } from '../actions/scan-secrets/helpers.js'
import { runAction, type RunActionOptions, type RunResult } from '../support/runner.js'
import { pushEvent } from '../support/events.js'
import { markdownTable, syncDocSection } from '../support/hostile.js'
import { describeWithTools } from '../support/scanners.js'

/**
 * Issue 14, scan-secrets: what a change can do to hide a committed secret from the history scan,
 * and what a report says about the secrets it found. Real gitleaks 8.16 through the built bundle.
 */

function reportOf(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, run.stdout).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

/** Rule, path and commit of every counted finding, sorted. */
function found(report: FindingsReport): string[] {
  return report.findings
    .filter((f) => !f.suppression)
    .map((f) => `${f.ruleId} ${f.location?.path ?? ''}${f.git?.commit ? ` @${f.git.commit}` : ''}`)
    .sort()
}

const awsKey = (seed: number) => plantedSecrets(seed).find((x) => x.rule === 'aws-access-token')!
const aws = awsKey(15)
/** Another AWS key id, as a rotation or a second credential would bring. */
const aws2 = awsKey(16)

describeWithTools(['gitleaks'], 'scan-secrets (gitleaks 8.16): history scans', (tools) => {
  const rows: string[][] = []
  const scan = (ws: string, options: Partial<RunActionOptions> = {}) =>
    runAction('scan-secrets', {
      workspace: ws,
      timeoutMs: 120_000,
      eventName: 'workflow_dispatch',
      event: {},
      ...options,
      inputs: { 'gitleaks-path': tools.gitleaks, 'upload-sarif': 'false', ...options.inputs },
    })

  // git reads attributes from the work tree, `.git/info/attributes` and `core.attributesFile`: the
  // first is the change's own, the others any earlier step of the job can write.
  const hiders: [string, (dir: string) => Record<string, string>][] = [
    ['a committed `.gitattributes`: `*.env -diff`', () => ({ '.gitattributes': '*.env -diff\n' })],
    [
      'a committed `.gitattributes`: `*.env binary`',
      () => ({ '.gitattributes': '*.env binary\n' }),
    ],
    [
      '`.git/info/attributes` written by an earlier step: `*.env -diff`',
      (dir) => {
        writeFileSync(join(dir, '.git/info/attributes'), '*.env -diff\n')
        return {}
      },
    ],
    [
      'an earlier step sets a textconv that prints nothing for `*.env`',
      (dir) => {
        writeFileSync(join(dir, '.git/info/attributes'), '*.env diff=hide\n')
        git(dir, 'config', 'diff.hide.textconv', 'true')
        return {}
      },
    ],
  ]
  for (const [name, plant] of hiders) {
    it(`${name} does not hide a secret from the commit scan`, async () => {
      const dir = initRepo()
      const base = commit(dir, 'base', { 'README.md': 'base\n' })
      mkdirSync(join(dir, '.git/info'), { recursive: true })
      const head = commit(dir, 'secret', { ...plant(dir), 'app/.env': `${aws.text}\n` })
      const run = await scan(dir, { inputs: { mode: 'git', 'log-opts': `${base}..${head}` } })
      expect(run.exitCode, run.stdout).toBe(0)
      expect(found(reportOf(run))).toEqual([`aws-access-token app/.env @${head}`])
      rows.push([`${name} (\`git log -p\` prints "Binary files differ")`, 'found, in its commit'])
    }, 150_000)
  }

  const fingerprints = (report: FindingsReport) =>
    report.findings.filter((f) => !f.suppression).map((f) => f.fingerprint)

  for (const mode of ['dir', 'git'] as const) {
    it(`two secrets on one line are two findings with two fingerprints (mode ${mode})`, async () => {
      const dir = initRepo()
      commit(dir, 'two keys', { 'app/.env': `keys = ${aws.value},${aws2.value}\n` })
      const run = await scan(dir, { inputs: { mode } })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = reportOf(run)
      expect(found(report).map((f) => f.replace(/ @.*/, ''))).toEqual([
        'aws-access-token app/.env',
        'aws-access-token app/.env',
      ])
      expect(new Set(fingerprints(report)).size).toBe(2)
      rows.push([`two AWS keys on one line (mode ${mode})`, 'two findings, two fingerprints'])
    }, 150_000)
  }

  it('a rotated secret on the same line gets a new fingerprint, so an old waiver does not cover it', async () => {
    const dir = initRepo()
    commit(dir, 'key', { 'app/.env': `${aws.text}\n` })
    const before = reportOf(await scan(dir, { inputs: { mode: 'dir' } }))
    commit(dir, 'rotated', { 'app/.env': `${aws2.text}\n` })
    const after = reportOf(await scan(dir, { inputs: { mode: 'dir' } }))
    expect(found(before)).toEqual(['aws-access-token app/.env'])
    expect(found(after)).toEqual(['aws-access-token app/.env'])
    expect(fingerprints(after)[0]).not.toBe(fingerprints(before)[0])
    // The same secret in the same place keeps its fingerprint (waivers and baselines need that).
    const again = reportOf(await scan(dir, { inputs: { mode: 'dir' } }))
    expect(fingerprints(again)).toEqual(fingerprints(after))
    rows.push([
      'the secret on a line replaced by another (same rule, same place)',
      'a new fingerprint: a waiver of the old secret does not cover it',
    ])
  }, 150_000)

  it('the fingerprint hashes the secret with a key: another key, another fingerprint; no plain hash in the report', async () => {
    const dir = initRepo()
    commit(dir, 'key', { 'app/.env': `${aws.text}\n` })
    const keyed = async (key: string) => {
      const run = await scan(dir, { inputs: { mode: 'dir', 'fingerprint-key': key } })
      expect(run.exitCode, run.stdout).toBe(0)
      // The runner masks it (::add-mask::); nothing else prints it.
      expect(run.stdout).toContain(`::add-mask::${key}`)
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(key)
      return run
    }
    const one = await keyed('first-fingerprint-key')
    const two = await keyed('second-fingerprint-key')
    const oneAgain = await keyed('first-fingerprint-key')
    expect(fingerprints(reportOf(one))).toHaveLength(1)
    expect(fingerprints(reportOf(two))).not.toEqual(fingerprints(reportOf(one)))
    expect(fingerprints(reportOf(oneAgain))).toEqual(fingerprints(reportOf(one)))
    const text =
      readFileSync(one.outputs.report!, 'utf8') + readFileSync(one.outputs.sarif!, 'utf8')
    for (const algorithm of ['sha1', 'sha256', 'sha512', 'md5']) {
      const plain = createHash(algorithm).update(aws.value).digest('hex')
      expect(text).not.toContain(plain.slice(0, 12))
    }
    expect(text).not.toContain(aws.value)
    rows.push([
      'a report read to test a guessed secret',
      'no plain hash of the value: fingerprints take an HMAC of it under `fingerprint-key`',
    ])
  }, 150_000)

  /** A repository whose tree already holds a secret, and a push of three commits adding another. */
  function pushedRepo(): { dir: string; before: string; after: string; added: string } {
    const dir = initRepo()
    const before = commit(dir, 'old secret', { 'old/.env': `${aws.text}\n` })
    commit(dir, 'one', { 'a.txt': 'a\n' })
    const added = commit(dir, 'two', { 'new/.env': `${aws2.text}\n` })
    const after = commit(dir, 'three', { 'b.txt': 'b\n' })
    return { dir, before, after, added }
  }
  const range = (before: string, after: string) =>
    `3 commits (${before.slice(0, 12)}..${after.slice(0, 12)})`
  const categories = (run: RunResult) =>
    (JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')) as SarifLog).runs.map((r) => [
      r.automationDetails?.id,
      r.results?.length,
    ])

  it('a push to another branch scans its commits and says so; the gate says the tree was not scanned', async () => {
    const { dir, before, after, added } = pushedRepo()
    const run = await scan(dir, {
      eventName: 'push',
      event: pushEvent({ before, after, branch: 'feature' }),
      sha: after,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const report = reportOf(run)
    expect(found(report)).toEqual([`aws-access-token new/.env @${added}`])
    expect(report.scopes).toEqual([{ kind: 'commits', description: range(before, after) }])
    expect(run.summary).toContain(`1 finding(s) in ${range(before, after)}`)
    expect(categories(run)).toEqual([['portcullis/scan-secrets/gitleaks/default/commits/', 1]])
    const gate = await runAction('quality-gate', {
      eventName: 'push',
      event: pushEvent({ before, after, branch: 'feature' }),
      sha: after,
      workspace: dir,
      timeoutMs: 120_000,
      inputs: { findings: dirname(run.outputs.report!), comment: 'false' },
    })
    expect(gate.summary).toContain(`secrets ✅ (${range(before, after)}; working tree not scanned)`)
    rows.push([
      'a push of 3 commits to a branch other than the default',
      'the commits\' secret only; summary "3 commits (<before>..<after>)", gate "secrets ✅ (3 commits (…); working tree not scanned)"; SARIF category …/commits/',
    ])
  }, 150_000)

  it('a push to the default branch scans the working tree as well: the secret already there is found', async () => {
    const { dir, before, after, added } = pushedRepo()
    const run = await scan(dir, {
      eventName: 'push',
      event: pushEvent({ before, after, branch: 'main' }),
      sha: after,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const report = reportOf(run)
    expect(found(report)).toEqual([
      'aws-access-token new/.env',
      `aws-access-token new/.env @${added}`,
      'aws-access-token old/.env',
    ])
    const tree = 'working tree, 4 files'
    expect(report.scopes).toEqual([
      { kind: 'commits', description: range(before, after) },
      { kind: 'tree', description: tree },
    ])
    expect(run.summary).toContain(`3 finding(s) in ${range(before, after)} and ${tree}`)
    expect(categories(run)).toEqual([
      ['portcullis/scan-secrets/gitleaks/default/commits/', 1],
      ['portcullis/scan-secrets/gitleaks/default/tree/', 2],
    ])
    const gate = await runAction('quality-gate', {
      eventName: 'push',
      event: pushEvent({ before, after, branch: 'main' }),
      sha: after,
      workspace: dir,
      timeoutMs: 120_000,
      inputs: { findings: dirname(run.outputs.report!), comment: 'false' },
    })
    expect(gate.summary).toContain(`secrets ✅ (${range(before, after)}; ${tree})`)
    rows.push([
      'a push of 3 commits to the default branch, whose tree already holds a secret',
      'both secrets; scope "3 commits (…) and working tree, 4 files"; SARIF categories …/commits/ and …/tree/',
    ])
  }, 150_000)

  it('a scheduled run scans the working tree and says so', async () => {
    const { dir } = pushedRepo()
    const run = await scan(dir, { eventName: 'schedule', event: { schedule: '0 3 * * *' } })
    expect(run.exitCode, run.stdout).toBe(0)
    const report = reportOf(run)
    expect(found(report)).toEqual(['aws-access-token new/.env', 'aws-access-token old/.env'])
    expect(report.scopes).toEqual([{ kind: 'tree', description: 'working tree, 4 files' }])
    expect(run.summary).toContain('2 finding(s) in working tree, 4 files')
    expect(categories(run)).toEqual([['portcullis/scan-secrets/gitleaks/default/tree/', 2]])
    rows.push([
      'a scheduled run',
      'the working tree; scope "working tree, 4 files"; SARIF category …/tree/',
    ])
  }, 150_000)

  it('docs/hardening.md lists what was tried', () => {
    syncDocSection(
      'trust-secrets-history',
      [
        '## Hiding a secret from scan-secrets (real gitleaks 8.16)',
        '',
        markdownTable(['tried', 'reported'], rows),
      ].join('\n'),
    )
  })
})

describeWithTools(['trivy'], 'scan-secrets (engine trivy 0.44): secret fingerprints', (tools) => {
  it('a rotated secret on the same line gets a new fingerprint; the same secret keeps its own', async () => {
    const dir = initRepo()
    const scan = async () => {
      const run = await runAction('scan-secrets', {
        workspace: dir,
        timeoutMs: 240_000,
        eventName: 'workflow_dispatch',
        event: {},
        inputs: { engine: 'trivy', 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const findings = reportOf(run).findings.filter((f) => !f.suppression)
      expect(findings.map((f) => `${f.ruleId} ${f.location?.path}`)).toEqual([
        'aws-access-key-id app/.env',
      ])
      return findings[0]!.fingerprint
    }
    commit(dir, 'key', { 'app/.env': `${aws.text}\n` })
    const before = await scan()
    expect(await scan()).toBe(before)
    commit(dir, 'rotated', { 'app/.env': `${aws2.text}\n` })
    expect(await scan()).not.toBe(before)
  }, 300_000)
})
