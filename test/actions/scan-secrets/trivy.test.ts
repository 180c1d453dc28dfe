import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { parseReport } from '@portcullis/core'
import { pullRequestEvent } from '../../support/events.js'
import { runAction } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { commit, git, initRepo, randomText } from './helpers.js'

describeWithTools(['trivy'], 'scan-secrets bundle with trivy 0.44 (engine: trivy)', (tools) => {
  it('scans the working tree for secrets, applies secret-severity, masks and deletes the raw report', async () => {
    const repo = initRepo()
    const keyId = `AKIA${randomText(21, 'ABCDEFGHJKLMNPQRSTUVWXYZ234567', 16)}`
    const base = commit(repo, 'base', { 'README.md': '# app\n' })
    git(repo, 'checkout', '-q', '-b', 'feature')
    const head = commit(repo, 'deploy', {
      'deploy.sh': `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${keyId}\n`,
    })
    const result = await runAction('scan-secrets', {
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent({ baseSha: base, headSha: head }),
      timeoutMs: 120_000,
      inputs: {
        engine: 'trivy',
        'trivy-path': tools.trivy,
        'secret-severity': 'medium',
        'upload-sarif': 'false',
      },
    })
    expect(result.exitCode, result.stdout).toBe(0)
    const report = parseReport(readFileSync(result.outputs.report!, 'utf8'), 'report')
    expect(report.status).toBe('complete')
    expect(report.scanner.name).toBe('trivy')
    expect(report.target).toEqual({ kind: 'path', name: '.' })
    expect(
      report.findings.map((f) => [f.ruleId, f.location?.path, f.location?.startLine, f.severity]),
    ).toEqual([['aws-access-key-id', 'deploy.sh', 2, 'medium']])
    expect(report.notices?.some((n) => n.includes('not commit history'))).toBe(true)
    expect(result.masks).toContain(keyId)
    const stdout = result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(stdout).not.toContain(keyId)
    expect(readFileSync(result.outputs.sarif!, 'utf8')).not.toContain(keyId)
    // The raw trivy report (its Code lines are not masked) is gone from the runner's temp folder.
    const leftovers = readdirSync(result.dirs.runnerTemp, { recursive: true }).map(String)
    expect(leftovers.filter((f) => f.endsWith('trivy-secret-report.json'))).toEqual([])
    expect(existsSync(result.outputs.report!)).toBe(true)
  })

  it('mode git is refused with trivy', async () => {
    const repo = initRepo()
    commit(repo, 'x', { 'README.md': 'x\n' })
    const result = await runAction('scan-secrets', {
      workspace: repo,
      eventName: 'workflow_dispatch',
      event: {},
      inputs: { engine: 'trivy', mode: 'git', 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
    })
    expect(result.exitCode).toBe(1)
    const report = parseReport(readFileSync(result.outputs.report!, 'utf8'), 'report')
    expect(report.status).toBe('failed')
    expect(report.reason).toContain("Input 'mode'")
    expect(report.reason).toContain('engine: gitleaks')
  })

  it('deletes the raw report when it cannot be parsed, and fails the scan', async () => {
    const repo = initRepo()
    const keyId = `AKIA${randomText(21, 'ABCDEFGHJKLMNPQRSTUVWXYZ234567', 16)}`
    commit(repo, 'deploy', { 'deploy.sh': `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${keyId}\n` })
    // The real trivy, whose report is then cut after two thirds (an interrupted write).
    const wrapper = join(mkdtempSync(join(tmpdir(), 'trivy-cut-')), 'trivy')
    writeFileSync(
      wrapper,
      [
        '#!/bin/sh',
        `'${tools.trivy}' "$@"`,
        'rc=$?',
        'prev=',
        'for a in "$@"; do [ "$prev" = --output ] && out=$a; prev=$a; done',
        'if [ -n "$out" ] && [ -f "$out" ]; then',
        '  head -c $(( $(wc -c < "$out") * 2 / 3 )) "$out" > "$out.cut" && mv "$out.cut" "$out"',
        'fi',
        'exit $rc',
        '',
      ].join('\n'),
    )
    chmodSync(wrapper, 0o755)
    const result = await runAction('scan-secrets', {
      workspace: repo,
      eventName: 'workflow_dispatch',
      event: {},
      timeoutMs: 120_000,
      inputs: { engine: 'trivy', mode: 'dir', 'trivy-path': wrapper, 'upload-sarif': 'false' },
    })
    expect(result.exitCode).toBe(1)
    const report = parseReport(readFileSync(result.outputs.report!, 'utf8'), 'report')
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^trivy report is not valid JSON \(it ends at byte \d+ before the JSON document is complete\)/,
    )
    expect(result.stdout).not.toContain(keyId)
    const leftovers = readdirSync(result.dirs.runnerTemp, { recursive: true }).map(String)
    expect(leftovers.filter((f) => f.endsWith('trivy-secret-report.json'))).toEqual([])
  })
})
