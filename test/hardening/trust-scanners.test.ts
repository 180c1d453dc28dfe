import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { commit, git, initRepo, plantedSecrets, tempDir } from '../actions/scan-secrets/helpers.js'
import { REPO_ROOT, runAction, type RunActionOptions, type RunResult } from '../support/runner.js'
import { markdownTable, syncDocSection } from '../support/hostile.js'
import { describeWithTools } from '../support/scanners.js'
import { readAsText } from '../support/markdown.js'

/**
 * Issue 14, the scanner side: nothing in the scanned tree or in the job environment configures a
 * scanner. Each settings file and variable that trivy 0.44 and gitleaks 8.16 would pick up by
 * themselves is planted alone, and the real scanners run through the built bundles: the findings
 * must be exactly those of the clean run, and the summary must name the file that was not used.
 */

/** Writes (or checks) one section of docs/hardening.md from the rows a suite collected. */
function syncSection(id: string, title: string, rows: readonly string[][]): void {
  syncDocSection(
    id,
    [`## ${title}`, '', markdownTable(['planted', 'action / engine', 'reported'], rows)].join('\n'),
  )
}

function reportOf(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, run.stdout).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

/** Severity, rule and path of every counted (unsuppressed) finding, sorted. */
function counted(report: FindingsReport): string[] {
  return report.findings
    .filter((f) => !f.suppression)
    .map((f) => `${f.severity} ${f.ruleId} ${f.location?.path ?? ''}`)
    .sort()
}

/** Rule and path of every counted finding, sorted (for scans whose severity is an input). */
function secrets(report: FindingsReport): string[] {
  return counted(report).map((f) => f.replace(/^\w+ /, ''))
}

const [aws, ghp] = (() => {
  const s = plantedSecrets(14)
  return [s.find((x) => x.rule === 'aws-access-token')!, s.find((x) => x.rule === 'github-pat')!]
})()

/** A gitleaks config that allows everything, as a hostile change would add it. */
const ALLOW_ALL_TOML = "[extend]\nuseDefault = true\n\n[allowlist]\npaths = ['''.*''']\n"

describeWithTools(
  ['trivy'],
  'scan-iac (trivy 0.44) reads no settings from the workspace',
  (tools) => {
    const rows: string[][] = []
    const FIXTURES = join(REPO_ROOT, 'test/fixtures/iac')
    function workspace(files: Record<string, string> = {}): string {
      const ws = tempDir('trust-iac-')
      cpSync(join(FIXTURES, 'docker'), join(ws, 'docker'), { recursive: true })
      cpSync(join(FIXTURES, 'terraform'), join(ws, 'terraform'), { recursive: true })
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(ws, path, '..'), { recursive: true })
        writeFileSync(join(ws, path), text)
      }
      return ws
    }
    const scan = (ws: string, options: Partial<RunActionOptions> = {}) =>
      runAction('scan-iac', {
        workspace: ws,
        timeoutMs: 240_000,
        ...options,
        inputs: { 'trivy-path': tools.trivy, 'upload-sarif': 'false', ...options.inputs },
      })

    let clean: string[] = []
    let ruleIds: string[] = []
    beforeAll(async () => {
      const run = await scan(workspace())
      expect(run.exitCode, run.stdout).toBe(0)
      const report = reportOf(run)
      clean = counted(report)
      ruleIds = [...new Set(report.findings.map((f) => f.ruleId))]
    }, 300_000)

    it('the clean run finds the Dockerfile and Terraform misconfigurations', () => {
      expect(clean.length).toBeGreaterThan(5)
      expect(clean.some((f) => / DS002 docker\/Dockerfile$/.test(f))).toBe(true)
      expect(clean.some((f) => /terraform\//.test(f))).toBe(true)
    })

    const planted: [
      string,
      () => { files?: Record<string, string>; env?: Record<string, string> },
    ][] = [
      [
        'a root trivy.yaml with severity: [UNKNOWN]',
        () => ({ files: { 'trivy.yaml': 'severity:\n  - UNKNOWN\n' } }),
      ],
      [
        'a trivy.yaml that turns misconfiguration scanning off',
        () => ({ files: { 'trivy.yaml': 'scan:\n  scanners:\n    - secret\n' } }),
      ],
      [
        'a .trivyignore listing every rule found',
        () => ({ files: { '.trivyignore': `${ruleIds.join('\n')}\n` } }),
      ],
      [
        'a .trivyignore.yaml listing every rule found',
        () => ({
          files: {
            '.trivyignore.yaml': `misconfigurations:\n${ruleIds.map((id) => `  - id: ${id}\n`).join('')}`,
          },
        }),
      ],
      [
        'TRIVY_SEVERITY=UNKNOWN in the job environment',
        () => ({ env: { TRIVY_SEVERITY: 'UNKNOWN' } }),
      ],
      [
        'TRIVY_SKIP_DIRS and TRIVY_IGNOREFILE in the job environment',
        () => ({ env: { TRIVY_SKIP_DIRS: 'docker,terraform', TRIVY_IGNOREFILE: '/dev/null' } }),
      ],
      [
        'TRIVY_CONFIG naming a settings file',
        () => ({
          files: { 'ci/t.yaml': 'severity:\n  - UNKNOWN\n' },
          env: { TRIVY_CONFIG: 'ci/t.yaml' },
        }),
      ],
    ]
    for (const [name, setup] of planted) {
      it(`${name} changes nothing`, async () => {
        const { files = {}, env } = setup()
        const ws = workspace(files)
        const run = await scan(ws, env ? { env } : {})
        expect(run.exitCode, run.stdout).toBe(0)
        const report = reportOf(run)
        expect(report.status).toBe('complete')
        expect(counted(report)).toEqual(clean)
        const rootFiles = Object.keys(files).filter((f) => !f.includes('/'))
        for (const file of rootFiles) {
          expect(report.notices?.join('\n')).toContain(`Not used: ${file}`)
          expect(run.summary).toContain(file)
        }
        rows.push([
          name,
          'scan-iac / trivy',
          "the clean run's findings; the file is named as not used",
        ])
      }, 300_000)
    }

    it('inline trivy:ignore and tfsec:ignore comments hide nothing: each finding they cover is suppressed, naming the comment', async () => {
      const ws = workspace()
      const tf = join(ws, 'terraform/main.tf')
      const original = readFileSync(tf, 'utf8')
      writeFileSync(
        tf,
        original
          .replace(
            'resource "aws_s3_bucket" "public" {',
            '#trivy:ignore:AVD-AWS-0088\n#tfsec:ignore:aws-s3-enable-bucket-logging\nresource "aws_s3_bucket" "public" {',
          )
          .replace('acl    = "public-read"', 'acl    = "public-read" #trivy:ignore:AVD-AWS-0092'),
      )
      const run = await scan(ws)
      expect(run.exitCode, run.stdout).toBe(0)
      const report = reportOf(run)
      expect(report.status).toBe('complete')
      const suppressed = report.findings.filter((f) => f.suppression)
      // Every finding of the clean run is there (two lines lower), counted or suppressed.
      expect(
        report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.location?.path ?? ''}`).sort(),
      ).toEqual(clean)
      expect(suppressed.map((f) => [f.ruleId, f.suppression?.source]).sort()).toEqual([
        ['AVD-AWS-0088', 'trivy:ignore at terraform/main.tf:6'],
        ['AVD-AWS-0089', 'tfsec:ignore at terraform/main.tf:7'],
        ['AVD-AWS-0092', 'trivy:ignore at terraform/main.tf:22'],
      ])
      expect(suppressed.every((f) => f.suppression?.kind === 'in-source')).toBe(true)
      const summary = readAsText(run.summary)
      expect(summary).toContain('by trivy:ignore: 2')
      expect(summary).toContain('by tfsec:ignore: 1')
      // The workspace itself is left as it was (the comments are defused in a private copy).
      expect(readFileSync(tf, 'utf8')).toContain('#trivy:ignore:AVD-AWS-0092')
      rows.push([
        '`#trivy:ignore:` and `#tfsec:ignore:` comments in a Terraform file',
        'scan-iac / trivy',
        "the clean run's findings, those the comments cover suppressed and naming the comment and line",
      ])
    }, 300_000)

    it('a .trivyignore the ignore-file input names hides nothing: what it lists is suppressed, naming its line', async () => {
      const ws = workspace({ '.trivyignore': '# reviewed\nAVD-AWS-0086\nDS002 exp:2099-01-01\n' })
      const run = await scan(ws, { inputs: { 'ignore-file': '.trivyignore' } })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = reportOf(run)
      expect(report.status).toBe('complete')
      expect(
        report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.location?.path ?? ''}`).sort(),
      ).toEqual(clean)
      const suppressed = report.findings.filter((f) => f.suppression)
      expect(suppressed.map((f) => [f.ruleId, f.suppression?.source]).sort()).toEqual([
        ['AVD-AWS-0086', '.trivyignore:2'],
        ['DS002', '.trivyignore:3'],
      ])
      expect(report.notices?.join('\n')).not.toContain('Not used: .trivyignore')
      expect(readAsText(run.summary)).toContain('by .trivyignore: 2')
      rows.push([
        'a `.trivyignore` named by the `ignore-file` input',
        'scan-iac / trivy',
        "the clean run's findings, those it lists suppressed and naming the file and line",
      ])
    }, 300_000)

    it('docs/hardening.md lists what was planted', () => {
      syncSection(
        'trust-settings-scan-iac',
        'Scanner settings planted for scan-iac (real trivy 0.44.1; each alone, compared with the clean run)',
        rows,
      )
    })
  },
)

describeWithTools(
  ['gitleaks'],
  'scan-secrets (gitleaks 8.16) reads no settings from the workspace',
  (tools) => {
    const rows: string[][] = []
    function repo(files: Record<string, string> = {}): string {
      const dir = initRepo()
      commit(dir, 'secrets', { 'app/.env': `${aws.text}\n${ghp.text}\n`, ...files })
      return dir
    }
    const scan = (ws: string, mode: 'dir' | 'git', options: Partial<RunActionOptions> = {}) =>
      runAction('scan-secrets', {
        workspace: ws,
        timeoutMs: 120_000,
        eventName: 'workflow_dispatch',
        event: {},
        ...options,
        inputs: {
          'gitleaks-path': tools.gitleaks,
          'upload-sarif': 'false',
          mode,
          ...options.inputs,
        },
      })
    const expected = [`aws-access-token app/.env`, `github-pat app/.env`]

    for (const mode of ['dir', 'git'] as const) {
      describe(`mode ${mode}`, () => {
        it('finds both secrets in a clean repository', async () => {
          const run = await scan(repo(), mode)
          expect(run.exitCode, run.stdout).toBe(0)
          expect(secrets(reportOf(run))).toEqual(expected)
        }, 150_000)

        it('a .gitleaks.toml allowing every path changes nothing unless config names it', async () => {
          const run = await scan(repo({ '.gitleaks.toml': ALLOW_ALL_TOML }), mode)
          expect(run.exitCode, run.stdout).toBe(0)
          const report = reportOf(run)
          expect(secrets(report)).toEqual(expected)
          expect(report.notices?.join('\n')).toContain('Not used: .gitleaks.toml')
          rows.push([
            `a .gitleaks.toml allowing every path (mode ${mode})`,
            'scan-secrets / gitleaks',
            'both secrets found',
          ])
        }, 150_000)

        it('a .gitleaksignore holding both fingerprints changes nothing', async () => {
          // gitleaks' own fingerprints: file:rule:line (working tree) or commit:file:rule:line.
          const dir = initRepo()
          const sha = commit(dir, 'secrets', { 'app/.env': `${aws.text}\n${ghp.text}\n` })
          const prefix = mode === 'dir' ? `${dir}/` : `${sha}:`
          commit(dir, 'ignore', {
            '.gitleaksignore': [
              `${prefix}app/.env:aws-access-token:1`,
              `${prefix}app/.env:github-pat:2`,
              `app/.env:aws-access-token:1`,
              `app/.env:github-pat:2`,
              '',
            ].join('\n'),
          })
          const run = await scan(dir, mode)
          expect(run.exitCode, run.stdout).toBe(0)
          const report = reportOf(run)
          expect(secrets(report)).toEqual(expected)
          expect(report.notices?.join('\n')).toContain('Not used: .gitleaksignore')
          rows.push([
            `a .gitleaksignore holding both fingerprints (mode ${mode})`,
            'scan-secrets / gitleaks',
            'both secrets found',
          ])
        }, 150_000)

        it('GITLEAKS_CONFIG in the job environment changes nothing', async () => {
          const dir = repo()
          const outside = join(tempDir('trust-gl-env-'), 'allow.toml')
          writeFileSync(outside, ALLOW_ALL_TOML)
          const run = await scan(dir, mode, { env: { GITLEAKS_CONFIG: outside } })
          expect(run.exitCode, run.stdout).toBe(0)
          expect(secrets(reportOf(run))).toEqual(expected)
          rows.push([
            `GITLEAKS_CONFIG naming an allow-all config (mode ${mode})`,
            'scan-secrets / gitleaks',
            'both secrets found',
          ])
        }, 150_000)
      })
    }

    it('docs/hardening.md lists what was planted', () => {
      syncSection(
        'trust-settings-gitleaks',
        'Scanner settings planted for scan-secrets (real gitleaks 8.16; each alone)',
        rows,
      )
    })
  },
)

describeWithTools(
  ['trivy'],
  'scan-secrets (engine trivy) reads no settings from the workspace',
  (tools) => {
    const rows: string[][] = []
    const scan = (ws: string, options: Partial<RunActionOptions> = {}) =>
      runAction('scan-secrets', {
        workspace: ws,
        timeoutMs: 240_000,
        eventName: 'workflow_dispatch',
        event: {},
        ...options,
        inputs: {
          engine: 'trivy',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
          ...options.inputs,
        },
      })
    const files = { 'app/.env': `${aws.text}\n${ghp.text}\n` }
    let clean: string[] = []
    beforeAll(async () => {
      const ws = tempDir('trust-trivy-secret-')
      for (const [p, t] of Object.entries(files)) {
        mkdirSync(join(ws, p, '..'), { recursive: true })
        writeFileSync(join(ws, p), t)
      }
      const run = await scan(ws)
      expect(run.exitCode, run.stdout).toBe(0)
      clean = counted(reportOf(run))
    }, 300_000)

    it('finds the planted secrets', () => {
      expect(clean.length).toBeGreaterThanOrEqual(2)
    })

    const planted: [string, Record<string, string>, Record<string, string>?][] = [
      [
        'a trivy-secret.yaml disabling the rules',
        { 'trivy-secret.yaml': 'disable-rules:\n  - aws-access-key-id\n  - github-pat\n' },
      ],
      ['a .trivyignore listing the rules', { '.trivyignore': 'aws-access-key-id\ngithub-pat\n' }],
      [
        'a trivy.yaml turning the secret scanner off',
        { 'trivy.yaml': 'scan:\n  scanners:\n    - vuln\n' },
      ],
      [
        'TRIVY_SECRET_CONFIG naming a settings file',
        { 'ci/s.yaml': 'disable-rules:\n  - aws-access-key-id\n  - github-pat\n' },
        { TRIVY_SECRET_CONFIG: 'ci/s.yaml' },
      ],
    ]
    for (const [name, extra, env] of planted) {
      it(`${name} changes nothing`, async () => {
        const ws = tempDir('trust-trivy-secret-')
        for (const [p, t] of Object.entries({ ...files, ...extra })) {
          mkdirSync(join(ws, p, '..'), { recursive: true })
          writeFileSync(join(ws, p), t)
        }
        const run = await scan(ws, env ? { env } : {})
        expect(run.exitCode, run.stdout).toBe(0)
        expect(counted(reportOf(run))).toEqual(clean)
        rows.push([name, 'scan-secrets / trivy', "the clean run's findings"])
      }, 300_000)
    }

    it('docs/hardening.md lists what was planted', () => {
      syncSection(
        'trust-settings-trivy-secret',
        'Scanner settings planted for scan-secrets with engine trivy (real trivy 0.44.1; each alone, compared with the clean run)',
        rows,
      )
    })
  },
)

describeWithTools(
  ['gitleaks'],
  'scan-secrets (gitleaks 8.16): what hides a secret is shown',
  (tools) => {
    const rows: string[][] = []
    const scan = (ws: string, inputs: Record<string, string>) =>
      runAction('scan-secrets', {
        workspace: ws,
        timeoutMs: 120_000,
        eventName: 'workflow_dispatch',
        event: {},
        inputs: { 'gitleaks-path': tools.gitleaks, 'upload-sarif': 'false', ...inputs },
      })
    const suppressed = (report: FindingsReport) =>
      report.findings
        .filter((f) => f.suppression)
        .map((f) => [f.ruleId, f.location?.path, f.suppression!.kind, f.suppression!.source])

    it('secret-severity defaults to critical', async () => {
      const dir = initRepo()
      commit(dir, 'secret', { 'app/.env': `${aws.text}\n` })
      const run = await scan(dir, { mode: 'dir' })
      expect(run.exitCode, run.stdout).toBe(0)
      expect(counted(reportOf(run))).toEqual(['critical aws-access-token app/.env'])
      rows.push(['a secret, no secret-severity input', 'scan-secrets / gitleaks', 'critical'])
    }, 150_000)

    for (const mode of ['dir', 'git'] as const) {
      it(`a gitleaks:allow comment on the secret line becomes a suppressed finding (mode ${mode})`, async () => {
        const dir = initRepo()
        commit(dir, 'secrets', { 'app/.env': `${aws.text} # gitleaks:allow\n${ghp.text}\n` })
        const run = await scan(dir, { mode })
        expect(run.exitCode, run.stdout).toBe(0)
        const report = reportOf(run)
        expect(secrets(report)).toEqual(['github-pat app/.env'])
        expect(suppressed(report)).toEqual([
          ['aws-access-token', 'app/.env', 'in-source', 'gitleaks:allow at app/.env:1'],
        ])
        expect(run.summary).toContain('suppressed 1 (by gitleaks:allow: 1)')
        rows.push([
          `gitleaks:allow on the secret's line (mode ${mode})`,
          'scan-secrets / gitleaks',
          'suppressed 1 (by gitleaks:allow: 1), shown',
        ])
      }, 150_000)

      it(`a .gitleaks.toml the config input names: what it hides is suppressed, naming it (mode ${mode})`, async () => {
        const dir = initRepo()
        commit(dir, 'secrets', {
          'app/.env': `${aws.text}\n${ghp.text}\n`,
          '.gitleaks.toml': "[extend]\nuseDefault = true\n\n[allowlist]\npaths = ['''app/.*''']\n",
        })
        const run = await scan(dir, { mode, config: '.gitleaks.toml' })
        expect(run.exitCode, run.stdout).toBe(0)
        const report = reportOf(run)
        expect(secrets(report)).toEqual([])
        expect(suppressed(report).sort()).toEqual([
          ['aws-access-token', 'app/.env', 'external', '.gitleaks.toml (input config)'],
          ['github-pat', 'app/.env', 'external', '.gitleaks.toml (input config)'],
        ])
        expect(run.summary).toContain('suppressed 2 (by .gitleaks.toml: 2)')
        rows.push([
          `config: .gitleaks.toml allowing app/ (mode ${mode})`,
          'scan-secrets / gitleaks',
          'suppressed 2 (by .gitleaks.toml: 2), shown',
        ])
      }, 150_000)
    }

    it('a secret added only in a merge commit is found, in that commit', async () => {
      const dir = initRepo()
      const base = commit(dir, 'base', { 'README.md': 'base\n' })
      git(dir, 'checkout', '-q', '-b', 'feature')
      commit(dir, 'feature', { 'feature.txt': 'feature\n' })
      git(dir, 'checkout', '-q', 'main')
      commit(dir, 'main moves on', { 'main.txt': 'main\n' })
      git(dir, 'merge', '-q', '--no-ff', '--no-commit', 'feature')
      writeFileSync(join(dir, 'merged.env'), `${ghp.text}\n`)
      git(dir, 'add', 'merged.env')
      git(dir, 'commit', '-q', '-m', 'merge feature')
      const merge = git(dir, 'rev-parse', 'HEAD')
      const run = await scan(dir, { mode: 'git', 'log-opts': `${base}..${merge}` })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = reportOf(run)
      expect(secrets(report)).toEqual(['github-pat merged.env'])
      expect(report.findings[0]!.git?.commit).toBe(merge)
      rows.push([
        'a secret added only in a merge commit',
        'scan-secrets / gitleaks',
        'found, in the merge commit',
      ])
    }, 150_000)

    it('docs/hardening.md lists what was planted', () => {
      syncSection(
        'trust-suppressions-gitleaks',
        'Suppressions, merges and severity in scan-secrets (real gitleaks 8.16)',
        rows,
      )
    })
  },
)
