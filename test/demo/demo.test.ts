import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoResult } from '../../packages/demo/src/run.js'
import { describeWithTools } from '../support/scanners.js'
import { REPO_ROOT } from '../support/runner.js'

interface DemoRun {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
  readonly out: string
  readonly result: DemoResult
  /** Findings reports in the out folder, by action. */
  readonly reports: ReadonlyMap<string, { file: string; report: Report }>
}

interface Report {
  readonly action: string
  readonly status: string
  readonly commitSha: string
  readonly target: { kind: string; name: string; digest?: string }
  readonly findings: readonly {
    ruleId: string
    severity: string
    location?: { path?: string; startLine?: number }
    advisories?: readonly string[]
  }[]
}

const work = mkdtempSync(join(tmpdir(), 'portcullis-demo-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function runDemo(flags: readonly string[], out: string): Promise<DemoRun> {
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx')
  const child = spawn(tsx, ['packages/demo/src/demo.ts', '--out', out, ...flags], {
    cwd: REPO_ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => stdout.push(c))
  child.stderr.on('data', (c: Buffer) => stderr.push(c))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode) => {
      const text = Buffer.concat(stdout).toString('utf8')
      const err = Buffer.concat(stderr).toString('utf8')
      if (!existsSync(join(out, 'demo.json'))) {
        reject(new Error(`the demo wrote no demo.json (exit ${exitCode}):\n${text}\n${err}`))
        return
      }
      const result = JSON.parse(readFileSync(join(out, 'demo.json'), 'utf8')) as DemoResult
      const reports = new Map<string, { file: string; report: Report }>()
      for (const file of readdirSync(out).filter((f) => f.endsWith('.findings.json'))) {
        const report = JSON.parse(readFileSync(join(out, file), 'utf8')) as Report
        reports.set(report.action, { file, report })
      }
      resolve({ exitCode, stdout: text, stderr: err, out, result, reports })
    })
  })
}

/** The rule ids of an action's report; the report must be there. */
function rules(run: DemoRun, action: string): string[] {
  const entry = run.reports.get(action)
  expect(entry, `${action} wrote a findings report`).toBeDefined()
  return entry!.report.findings.map((f) => f.ruleId)
}

/** What every run must show: each step's report (a skipped step has none). */
function expectHonestSteps(run: DemoRun): void {
  const reasons = run.result.reasons
  for (const step of run.result.steps) {
    if (step.action === 'quality-gate') continue
    expect(run.stdout).toContain(step.step)
    if (step.status === 'skipped') {
      expect(run.reports.has(step.action)).toBe(false)
      continue
    }
    expect(step.status, `${step.step}: ${step.note ?? ''}`).toMatch(/^(complete|signed|verified)$/)
    const entry = run.reports.get(step.action)
    expect(entry, `${step.action} wrote a findings report`).toBeDefined()
    // Every report is for the pull request's head commit (GITHUB_SHA), so the gate can trust it.
    expect(entry!.report.commitSha).toBe(run.result.pullRequest.headSha)
    if (step.findings !== undefined && step.action !== 'sign-image') {
      expect(entry!.report.findings.length).toBe(step.findings)
    }
    if (step.action !== 'sign-image') {
      expect(existsSync(join(run.out, entry!.file.replace(/\.findings\.json$/, '.sarif')))).toBe(
        true,
      )
    }
  }
  expect(existsSync(join(run.out, 'quality-gate.summary.md'))).toBe(true)
  expect(readFileSync(join(run.out, 'quality-gate.summary.md'), 'utf8')).toContain(
    run.result.verdict,
  )
  expect(run.result.files).toContain('quality-gate.summary.md')
  for (const file of run.result.files) expect(existsSync(join(run.out, file)), file).toBe(true)
  expect(run.stdout).toContain(`Verdict: ${run.result.verdict.toUpperCase()}`)
  for (const reason of reasons) expect(run.stdout).toContain(`${reason.code}: ${reason.message}`)
}

describeWithTools(
  ['gitleaks', 'trivy', 'cosign', 'skopeo', 'oras', 'docker-registry', 'go', 'bbolt'],
  'npm run demo',
  () => {
    let example: DemoRun
    let fixed: DemoRun

    beforeAll(async () => {
      // Sequential: two cores, and each run starts its own registry and scanners.
      example = await runDemo([], join(work, 'example'))
      fixed = await runDemo(['--fixed'], join(work, 'fixed'))
    }, 600_000)

    describe('the example project', () => {
      it('runs to a fail verdict with its reasons and exits 0', () => {
        expect(example.exitCode, example.stderr).toBe(0)
        expect(example.result.verdict).toBe('fail')
        expect(example.result.reasons.length).toBeGreaterThan(0)
        expectHonestSteps(example)
      })

      it('finds the credential in the history the pull request brings in, never showing it', () => {
        const { baseSha, headSha, commits } = example.result.pullRequest
        expect(commits).toBe(2)
        const secrets = example.reports.get('scan-secrets')
        expect(secrets, 'scan-secrets wrote a findings report').toBeDefined()
        expect(secrets!.report.target).toMatchObject({
          kind: 'git-range',
          name: `${baseSha}..${headSha}`,
        })
        const leak = secrets!.report.findings.find((f) => f.ruleId === 'aws-access-token')
        expect(leak?.location).toMatchObject({ path: 'config/production.env', startLine: 3 })
        // The key is made at run time and never committed; no output file may carry one.
        for (const file of example.result.files) {
          expect(readFileSync(join(example.out, file), 'utf8'), file).not.toMatch(
            /AKIA[A-Z2-7]{16}/,
          )
        }
      })

      it('reports the vulnerable lockfile and the risky Terraform, Dockerfile and deployment', () => {
        expect(new Set(rules(example, 'scan-deps'))).toEqual(
          new Set(['CVE-2021-23337', 'CVE-2021-44906']),
        )
        const iac = rules(example, 'scan-iac')
        for (const id of ['AVD-AWS-0107', 'AVD-AWS-0086', 'DS002', 'KSV017']) {
          expect(iac).toContain(id)
        }
        expect(rules(example, 'scan-image')).toContain('CVE-2023-4911')
        const matrix = example.result.reasons.filter((r) => r.code === 'matrix-exceeded')
        expect(matrix.map((r) => r.message)).toContainEqual(
          expect.stringMatching(/critical findings?; system level 3 allows 0/),
        )
        expect(example.result.reasons.map((r) => r.code)).toContain('score-below-threshold')
      })
    })

    describe('the fixed example (--fixed)', () => {
      it('passes, with every scan, the compliance check and the signature behind it', () => {
        expect(fixed.exitCode, fixed.stderr).toBe(0)
        expect(fixed.result.pullRequest.commits).toBe(1)
        expectHonestSteps(fixed)
        expect(fixed.result.reasons).toEqual([])
        expect(fixed.result.verdict).toBe('pass')
      })

      it('has no secret, no vulnerable dependency and no misconfiguration above low', () => {
        for (const action of ['scan-secrets', 'scan-deps']) {
          expect(rules(fixed, action), action).toEqual([])
        }
        const iac = fixed.reports.get('scan-iac')?.report.findings
        expect(iac, 'scan-iac wrote a findings report').toBeDefined()
        expect(iac!.filter((f) => f.severity !== 'low' && f.severity !== 'info')).toEqual([])
        const image = fixed.reports.get('scan-image')?.report.findings
        expect(image, 'scan-image wrote a findings report').toBeDefined()
        expect(image!.map((f) => f.ruleId)).not.toContain('CVE-2023-4911')
      })
    })
  },
)
