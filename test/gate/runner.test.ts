import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  completeReport,
  SEVERITIES,
  type ActionName,
  type FindingsReport,
  type SeverityCounts,
} from '@portcullis/core'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { corpusEntries, readCorpus } from '../support/corpus.js'
import { REPO_ROOT, runAction, type RunResult } from '../support/runner.js'
import { verifiedTool } from './helpers.js'

// The bundle is built with ncc as the real build does, into .tmp so dist/ stays the build's.
let bundle = ''
beforeAll(() => {
  const out = join(REPO_ROOT, '.tmp', 'gate-bundle')
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(REPO_ROOT, 'actions/quality-gate/src/index.ts'),
      '-o',
      out,
      '--quiet',
      '--transpile-only',
      '--target',
      'es2022',
    ],
    { cwd: REPO_ROOT, stdio: 'pipe' },
  )
  bundle = join(out, 'index.js')
}, 180_000)

const SHA = '1'.repeat(40)

const CORPUS: readonly (readonly [ActionName, string])[] = [
  ['scan-secrets', 'trivy/json/trivy-golden-secrets.json'],
  ['scan-deps', 'trivy/json/trivy-golden-test-repo.json'],
  ['scan-iac', 'trivy/json/trivy-0.72.0-terraform-misconfig.json'],
]

/** Counts by severity straight from MANIFEST.md's `[trivy]` counts (UNKNOWN is medium, as in core). */
function manifestCounts(files: readonly string[]): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  for (const file of files) {
    const [entry] = corpusEntries((e) => e.file === file)
    const bySeverity = (entry!.counted as { severity: Record<string, number> }).severity
    for (const [word, n] of Object.entries(bySeverity)) {
      const s = word.toLowerCase() === 'unknown' ? 'medium' : word.toLowerCase()
      counts[s as keyof SeverityCounts] += n
    }
  }
  return counts
}

/** A runner layout whose job findings folder holds reports made by the trivy parser from corpus files. */
function runnerTemp(entries: readonly (readonly [ActionName, string])[]): string {
  const temp = mkdtempSync(join(REPO_ROOT, '.tmp', 'gate-runner-'))
  const findings = join(temp, 'portcullis', 'findings')
  mkdirSync(findings, { recursive: true })
  for (const [action, file] of entries) {
    const parsed = parseTrivy(readCorpus(file), { workspace: '/github/workspace' })
    const report: FindingsReport = completeReport(
      {
        action,
        scanner: { name: 'trivy', version: '0.44.1' },
        target: { kind: 'repository', name: '.' },
        commitSha: SHA,
        startedAt: new Date(Date.now() - 10_000),
        finishedAt: new Date(),
        tool: verifiedTool('trivy'),
      },
      parsed.findings,
    )
    writeFileSync(join(findings, `${action}-trivy.findings.json`), JSON.stringify(report))
  }
  return temp
}

function errors(result: RunResult) {
  return result.commands.filter((c) => c.command === 'error')
}

describe('quality-gate bundle under the runner contract', () => {
  it('gates corpus-derived reports: counts and summary match the manifest, the step fails once', async () => {
    const temp = runnerTemp(CORPUS)
    const result = await runAction('quality-gate', {
      bundle,
      sha: SHA,
      env: { RUNNER_TEMP: temp },
      inputs: { 'system-level': '3', stage: 'code' },
    })
    const expected = manifestCounts(CORPUS.map(([, f]) => f))
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    expect(JSON.parse(result.outputs.counts!)).toEqual(expected)
    const deducted =
      40 * expected.critical + 10 * expected.high + 4 * expected.medium + expected.low
    expect(result.outputs['risk-score']).toBe(String(Math.max(0, 100 - deducted)))
    const allowed = { critical: 0, high: 1, medium: 2, low: 3 } as const
    for (const s of SEVERITIES) {
      const a = s === 'info' ? '–' : String(allowed[s])
      expect(result.summary).toContain(`| ${s} | ${a} | ${expected[s]} |`)
    }
    expect(result.summary.startsWith('## ❌ Quality gate: FAIL')).toBe(true)
    const reasons = JSON.parse(result.outputs.reasons!) as { code: string }[]
    expect(reasons.map((r) => r.code)).toContain('matrix-exceeded')
    expect(errors(result)).toHaveLength(1)
    expect(errors(result)[0]!.message).toMatch(/^Quality gate failed: matrix-exceeded: /)
    expect(result.outputs['summary-file']).toBe(
      join(temp, 'portcullis', 'quality-gate', 'summary.md'),
    )
  })

  it('fail: false keeps the step green and still outputs the fail verdict', async () => {
    const result = await runAction('quality-gate', {
      bundle,
      sha: SHA,
      env: { RUNNER_TEMP: runnerTemp(CORPUS) },
      inputs: { fail: 'false' },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.verdict).toBe('fail')
    expect(errors(result)).toEqual([])
  })

  it('passes over clean corpus reports', async () => {
    const clean = [
      ['scan-secrets', 'trivy/json/dd-trivy-no-vulns.json'],
      ['scan-deps', 'trivy/json/dd-trivy-no-vulns.json'],
      ['scan-iac', 'trivy/json/dd-trivy-no-vulns.json'],
    ] as const
    const result = await runAction('quality-gate', {
      bundle,
      sha: SHA,
      env: { RUNNER_TEMP: runnerTemp(clean) },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.verdict).toBe('pass')
    expect(result.outputs['risk-score']).toBe('100')
    expect(errors(result)).toEqual([])
  })

  it('fails closed when the reports are for another commit', async () => {
    const result = await runAction('quality-gate', {
      bundle,
      sha: '2'.repeat(40),
      env: { RUNNER_TEMP: runnerTemp(CORPUS) },
      inputs: { fail: 'true' },
    })
    expect(result.exitCode).toBe(1)
    const reasons = JSON.parse(result.outputs.reasons!) as { code: string }[]
    expect(reasons.filter((r) => r.code === 'commit-mismatch')).toHaveLength(3)
  })

  it('bad input fails the step once, naming the input, with no verdict', async () => {
    const result = await runAction('quality-gate', {
      bundle,
      sha: SHA,
      env: { RUNNER_TEMP: runnerTemp(CORPUS) },
      inputs: { 'system-level': '7' },
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).map((e) => e.message)).toEqual([
      "Input 'system-level': must be between 1 and 4, got 7",
    ])
    expect(result.outputs.verdict).toBeUndefined()
  })
})
