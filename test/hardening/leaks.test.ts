import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { debian11TestCopy } from '../actions/compliance/ssg.js'
import { readCorpus } from '../support/corpus.js'
import { pullRequestEvent } from '../support/events.js'
import { startGitHubApi, type GitHubApi } from '../support/github-api.js'
import {
  expectNoLeak,
  expectOnlyOwnCommands,
  fakeTool,
  GITLEAKS_FAKE,
  hostileTemp,
  markdownTable,
  OSV_SCANNER_FAKE,
  oscapFake,
  placesOf,
  reportOf,
  syncDocSection,
  TRIVY_FAKE,
  type FakeToolSpec,
} from '../support/hostile.js'
import { REPO_ROOT, runAction, type RunResult } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'

/**
 * The leak test across the suite: each built action runs on a pull request with a distinct
 * github-token and uploads to the API stand-in; the stand-in scanner records the environment it was
 * given. The token must appear nowhere — log (bar the runner-consumed `::add-mask::` line),
 * summary, report, SARIF, outputs, API requests, uploaded SARIF, nor the scanner's environment.
 */

const TOKEN = (action: string) =>
  `ghs_${Buffer.from(`portcullis-leak-${action}`).toString('hex').slice(0, 36)}`

/** Actions whose secrets (registry and key passwords) this suite does not run yet. */
/** Covered with real registries, trivy and cosign in leaks-image.test.ts (its own section). */
const ELSEWHERE = [
  ['scan-image', 'registry-password, github-token', 'see "Secrets in inputs: image actions" below'],
  ['sign-image', 'key-password, registry-password', 'see "Secrets in inputs: image actions" below'],
] as const

interface Case {
  readonly action: string
  readonly tool: FakeToolSpec
  readonly toolInput: string
  readonly inputs: Readonly<Record<string, string>>
  readonly sample?: string
}

const rows: string[][] = []

describeWithTools(['oscap'], 'no secret leaves a step (every built action)', (tools) => {
  let api: GitHubApi
  let ds: ReturnType<typeof debian11TestCopy>
  let dir: string
  const reports: string[] = []
  beforeAll(async () => {
    api = await startGitHubApi()
    ds = debian11TestCopy()
    dir = hostileTemp('leak-samples-')
  })
  afterAll(async () => {
    await api.close()
    ds.remove()
  })

  const event = pullRequestEvent({ number: 7 })

  async function runCase(c: Case): Promise<RunResult> {
    const envDump = join(hostileTemp('leak-env-'), 'env.txt')
    let produce = c.tool.produce
    if (c.sample !== undefined) {
      const sample = join(dir, `${c.action}.sample`)
      if (!existsSync(sample)) copyFileSync(c.sample, sample)
      produce = `cat '${sample}' > "$OUT"; RC=${c.tool.foundExitCode}`
    }
    // The stand-in records its environment and prints it to stderr (which the action relays).
    const fake = fakeTool(c.tool, `env > '${envDump}'\nenv >&2\n${produce ?? ''}\nexit $RC`)
    const token = TOKEN(c.action)
    const ws = hostileTemp(`leak-ws-${c.action}-`)
    const result = await runAction(c.action, {
      workspace: ws,
      eventName: 'pull_request',
      event,
      apiUrl: api.url,
      timeoutMs: 180_000,
      inputs: { ...c.inputs, [c.toolInput]: fake, 'github-token': token, 'upload-sarif': 'true' },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(reportOf(result).status).toBe('complete')
    expect(existsSync(envDump), 'the scanner ran').toBe(true)
    expect(result.masks, 'the token is masked before anything is printed').toContain(token)
    expectOnlyOwnCommands(result, [token])
    expectNoLeak(
      placesOf(result, {
        'scanner environment': readFileSync(envDump, 'utf8'),
        'API requests': JSON.stringify(api.requests),
        'uploaded SARIF': JSON.stringify(api.state.sarifs),
      }),
      { 'github-token': token },
    )
    reports.push(result.outputs.report!)
    return result
  }

  const cases = (): Case[] => [
    {
      action: 'scan-secrets',
      tool: GITLEAKS_FAKE,
      toolInput: 'gitleaks-path',
      inputs: { mode: 'dir' },
      sample: join(REPO_ROOT, 'test/scanners/gitleaks/recorded/gitleaks-8.16.0-no-git-redact.json'),
    },
    {
      action: 'scan-iac',
      tool: TRIVY_FAKE,
      toolInput: 'trivy-path',
      inputs: { engine: 'trivy' },
      sample: join(REPO_ROOT, 'test/scanners/trivy/recorded/trivy-0.44.1-fs-secret-config.json'),
    },
    {
      action: 'scan-deps',
      tool: OSV_SCANNER_FAKE,
      toolInput: 'osv-scanner-path',
      inputs: { engine: 'osv-scanner' },
      sample: (() => {
        const p = join(hostileTemp('osv-sample-'), 'osv.json')
        writeFileSync(p, readCorpus('osv-scanner/json/dd-osv-some_findings.json'))
        return p
      })(),
    },
    {
      action: 'compliance',
      tool: oscapFake(tools.oscap),
      toolInput: 'oscap-path',
      inputs: {
        engine: 'openscap',
        datastream: ds.path,
        'rules-include': 'file_permissions_systemmap',
      },
    },
  ]

  for (const name of ['scan-secrets', 'scan-iac', 'scan-deps', 'compliance']) {
    it(`${name}: the github-token appears nowhere`, async () => {
      const c = cases().find((x) => x.action === name)!
      const before = api.state.sarifs.length
      await runCase(c)
      expect(api.state.sarifs.length, 'the SARIF was uploaded with the token').toBe(before + 1)
      rows.push([
        name,
        'github-token',
        'masked; absent from log, summary, report, SARIF, outputs, RUNNER_TEMP, tool cache, API, scanner env',
      ])
    })
  }

  it('quality-gate: the github-token appears nowhere, its pull request comment included', async () => {
    expect(reports).toHaveLength(4)
    const token = TOKEN('quality-gate')
    const before = api.requests.length
    const result = await runAction('quality-gate', {
      eventName: 'pull_request',
      event,
      apiUrl: api.url,
      inputs: {
        findings: reports.join('\n'),
        'github-token': token,
        comment: 'true',
        fail: 'false',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.masks).toContain(token)
    expectOnlyOwnCommands(result, [token])
    // The gate talked to the API (its sticky comment), so the requests are worth searching.
    expect(api.requests.length).toBeGreaterThan(before)
    expect(api.state.comments.length).toBeGreaterThan(0)
    expectNoLeak(
      placesOf(result, {
        'API requests': JSON.stringify(api.requests),
        comments: JSON.stringify(api.state.comments),
      }),
      { 'github-token': token },
    )
    rows.push([
      'quality-gate',
      'github-token',
      'masked; absent from log, summary, outputs, comment, RUNNER_TEMP, tool cache, API',
    ])
  })

  it('docs/hardening.md lists the leak checks', () => {
    expect(rows).toHaveLength(5)
    const pending = ELSEWHERE.map(([a, secrets, where]) => [a, secrets, where])
    syncDocSection(
      'leaks',
      `## Secrets in inputs\n\n${markdownTable(['action', 'secret', 'result'], [...rows, ...pending])}`,
    )
  })
})
