import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { commit, git, initRepo, plantedSecrets } from '../actions/scan-secrets/helpers.js'
import { runAction, type RunActionOptions, type RunResult } from '../support/runner.js'
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

const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

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
