import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildTrivyDb, npmLockfile, writeTree } from '../support/trivy-db.js'
import { TRIVY_DB_CACHE_SUBDIR } from '@portcullis/scanners/trivy'
import { plantedSecrets } from '../actions/scan-secrets/helpers.js'
import { report as gateReport, many } from '../gate/helpers.js'
import { pullRequestEvent } from '../support/events.js'
import { startGitHubApi, type GitHubApi } from '../support/github-api.js'
import { elementsOf, hasCmarkGfm, renderGfm } from '../support/gfm.js'
import { hostileTemp, markdownTable, reportOf, syncDocSection } from '../support/hostile.js'
import { REPO_ROOT, runAction, type RunResult } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'

/**
 * Output channels against a hostile repository, through the built bundles with real gitleaks and
 * trivy: nothing a scanned file says may steer the runner (workflow commands in the log, read with
 * the runner's own rules), mislead the reviewer (links, images or HTML in summaries and comments)
 * or stay behind (scanner caches in RUNNER_TEMP). Each case of the issue is one test here, and the
 * table in docs/hardening.md is written from what they saw.
 */

const rows: string[][] = []
const row = (input: string, channel: string, result: string) => rows.push([input, channel, result])

const LINK_NAME = '[Security team - rotate the leaked key here](https:evil.example).env'
const STOP_DIR = 'a ##[stop-commands]x'
const NOTICE_DIR = 'b ##[notice title=Portcullis]All scans passed'

/** Elements a link, an image or raw HTML would add to rendered markdown. */
function injected(html: string): string[] {
  return elementsOf(html).filter((t) => ['a', 'img', 'h1', 'script', 'iframe', 'span'].includes(t))
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const s = statSync(path)
    if (s.isDirectory()) out.push(...filesBelow(path))
    else out.push(path)
  }
  return out
}

function expectCleanLog(run: RunResult): void {
  const foreign = run.commands.filter(
    (c) =>
      c.form === 'legacy' ||
      !['group', 'endgroup', 'error', 'warning', 'notice', 'add-mask'].includes(c.command),
  )
  expect(foreign, run.stdout).toEqual([])
}

const [aws, awsSecret] = (() => {
  const s = plantedSecrets(16)
  return [
    s.find((x) => x.rule === 'aws-access-token')!,
    s.find((x) => x.kind === 'AWS secret access key')!,
  ]
})()

describeWithTools(['gitleaks', 'trivy', 'go', 'bbolt'], 'output channels (issue 16)', (tools) => {
  let api: GitHubApi
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(async () => {
    await api.close()
  })

  it('trivy lockfile paths with ##[stop-commands] and ##[notice] in folder names issue no command', async () => {
    const built = await buildTrivyDb()
    const toolCache = hostileTemp('oc-tool-cache-')
    cpSync(join(built, 'db'), join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db'), { recursive: true })
    rmSync(built, { recursive: true, force: true })
    const ws = hostileTemp('oc-deps-')
    await writeTree(ws, {
      [`${STOP_DIR}/package-lock.json`]: npmLockfile({ lodash: '4.17.20' }),
      [`${NOTICE_DIR}/package-lock.json`]: npmLockfile({ lodash: '4.17.20' }),
      [`<img src=x onerror=alert(1)>/package-lock.json`]: npmLockfile({ lodash: '4.17.20' }),
    })
    const run = await runAction('scan-deps', {
      workspace: ws,
      timeoutMs: 180_000,
      env: { RUNNER_TOOL_CACHE: toolCache },
      inputs: { 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    // trivy did print the folder names: the log holds them, neutralised.
    expect(run.stdout).toContain('a ## [stop-commands]x')
    expect(run.commands.filter((c) => c.form === 'legacy')).toEqual([])
    expect(run.commands.some((c) => c.command === 'stop-commands')).toBe(false)
    // Every finding still reaches the runner as an annotation (none dropped by a stop).
    const annotations = run.annotations.filter((a) => a.command === 'error')
    expect(annotations.length).toBe(3)
    expect(
      run.annotations.some((a) => a.message.includes('All scans passed') && a.command === 'notice'),
    ).toBe(false)
    expectCleanLog(run)
    if (hasCmarkGfm()) {
      const html = renderGfm(run.summary)
      expect(injected(html), html).toEqual([])
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    }
    row(
      'folders `a ##[stop-commands]x`, `b ##[notice …]All scans passed`, `<img …>` holding lockfiles (scan-deps, real trivy)',
      'log, annotations, summary',
      'no command read by the runner\'s rules; 3 annotations; the "files with packages" line renders as text',
    )
  }, 240_000)

  it('a file named as a markdown link renders as text in the scan and gate summaries and the gate comment', async () => {
    const ws = hostileTemp('oc-link-')
    writeFileSync(join(ws, LINK_NAME), `${aws.text}\n`)
    const scan = await runAction('scan-secrets', {
      workspace: ws,
      inputs: { mode: 'dir', 'gitleaks-path': tools.gitleaks, 'upload-sarif': 'false' },
    })
    expect(scan.exitCode, scan.stdout).toBe(0)
    expect(reportOf(scan).findings.map((f) => f.location?.path)).toContain(LINK_NAME)
    const event = pullRequestEvent({ number: 16 })
    const gate = await runAction('quality-gate', {
      event,
      eventName: 'pull_request',
      apiUrl: api.url,
      inputs: {
        findings: scan.outputs.report!,
        stage: 'code',
        'github-token': 'ghs_output_channels_token_0001',
      },
    })
    expect(gate.outputs.verdict).toBe('fail')
    const comment = api.state.comments.find((c) => c.issueNumber === 16)
    expect(comment).toBeDefined()
    for (const [what, text] of [
      ['scan summary', scan.summary],
      ['gate summary', gate.summary],
      ['gate comment', comment!.body],
    ] as const) {
      expect(text, what).toContain('Security team')
      if (!hasCmarkGfm()) continue
      const html = renderGfm(text)
      expect(injected(html), `${what}:\n${html}`).toEqual([])
      expect(html, what).not.toContain('evil.example"')
    }
    row(
      `file \`${LINK_NAME}\` (scan-secrets, real gitleaks; quality-gate)`,
      'scan summary, gate summary, gate comment (cmark-gfm)',
      'no link, image or HTML element',
    )
  }, 120_000)

  it("a custom gitleaks rule matching the suite's own words registers no mask for them", async () => {
    const ws = hostileTemp('oc-mask-')
    writeFileSync(join(ws, 'notes.txt'), 'status: critical\nreason: matrix-exceeded\n')
    writeFileSync(
      join(ws, 'gitleaks.toml'),
      [
        '[extend]',
        'useDefault = true',
        '[[rules]]',
        'id = "suite-words"',
        'description = "matches words of the suite"',
        "regex = '''(critical|matrix-exceeded)'''",
        '',
      ].join('\n'),
    )
    writeFileSync(join(ws, 'real.env'), `${aws.text}\n`)
    const run = await runAction('scan-secrets', {
      workspace: ws,
      inputs: {
        mode: 'dir',
        'gitleaks-path': tools.gitleaks,
        config: 'gitleaks.toml',
        'upload-sarif': 'false',
      },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const rules = reportOf(run).findings.map((f) => f.ruleId)
    expect(rules).toContain('suite-words')
    expect(run.masks).not.toContain('critical')
    expect(run.masks).not.toContain('matrix-exceeded')
    // A real secret is still masked.
    expect(run.masks).toContain(aws.value)
    row(
      'custom gitleaks rule matching `critical`, `matrix-exceeded` (real gitleaks)',
      'log masks',
      'no mask for either word; the AWS key found beside them is masked',
    )
  }, 120_000)

  it('the trivy secret engine leaves no cache (fanal.db) and no secret in RUNNER_TEMP or the tool cache', async () => {
    const ws = hostileTemp('oc-fanal-')
    // An AWS secret key trivy does not flag on its own (no key id beside it) still sits in its cache.
    writeFileSync(join(ws, 'config.ini'), `[default]\n${awsSecret.text}\n${aws.text}\n`)
    const run = await runAction('scan-secrets', {
      workspace: ws,
      inputs: { engine: 'trivy', 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(reportOf(run).status).toBe('complete')
    const left = [...filesBelow(run.dirs.runnerTemp), ...filesBelow(run.dirs.toolCache)]
    expect(left.filter((f) => f.includes('fanal'))).toEqual([])
    const outputs = new Set([run.outputs.report, run.outputs.sarif])
    expect(
      left.filter(
        (f) =>
          !outputs.has(f) &&
          !f.includes(join('portcullis', 'findings')) &&
          // The private copies binaries run from, and their records (digest by inode, size and times).
          !f.startsWith(join(run.dirs.runnerTemp, 'portcullis-bin') + '/'),
      ),
    ).toEqual([])
    for (const file of left) {
      const text = readFileSync(file, 'latin1')
      expect(text.includes(awsSecret.value), file).toBe(false)
      expect(text.includes(aws.value), file).toBe(false)
    }
    row(
      'AWS keys in `config.ini` (scan-secrets, engine trivy)',
      'RUNNER_TEMP, tool cache',
      'no `trivy-cache/fanal/fanal.db`, no working folder, no secret left',
    )
  }, 120_000)

  it("a terragoat-like EKS cluster: AVD-AWS-0038 annotations carry trivy's distinct messages", async () => {
    const ws = hostileTemp('oc-eks-')
    mkdirSync(join(ws, 'terraform/aws'), { recursive: true })
    writeFileSync(
      join(ws, 'terraform/aws/eks.tf'),
      [
        'resource "aws_eks_cluster" "eks_cluster" {',
        '  name     = "terragoat-eks"',
        '  role_arn = "arn:aws:iam::123456789012:role/eks"',
        '  vpc_config {',
        '    endpoint_public_access = true',
        '    subnet_ids             = ["subnet-1", "subnet-2"]',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
    const run = await runAction('scan-iac', {
      workspace: ws,
      timeoutMs: 120_000,
      inputs: { 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const eks = run.annotations.filter((a) => a.properties.title === 'MEDIUM AVD-AWS-0038')
    expect(eks).toHaveLength(5)
    expect(new Set(eks.map((a) => a.message)).size).toBe(5)
    for (const kind of ['API', 'audit', 'authenticator', 'controller manager', 'scheduler'])
      expect(
        eks.some((a) => a.message.includes(`Control plane ${kind} logging is not enabled`)),
      ).toBe(true)
    row(
      '`aws_eks_cluster` without control plane logging (scan-iac, real trivy)',
      'annotations',
      '5 AVD-AWS-0038 annotations, each with its own message',
    )
  }, 150_000)

  it('a failed scan outputs an empty total and empty counts, never zero', async () => {
    const run = await runAction('scan-iac', {
      inputs: {
        'trivy-path': join(hostileTemp('oc-missing-'), 'no-trivy'),
        'upload-sarif': 'false',
      },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs.total).toBe('')
    expect(run.outputs.counts).toBe('')
    row(
      '`trivy-path` to a missing file (scan-iac)',
      'outputs',
      '`status=failed`, `total` and `counts` empty',
    )
  }, 60_000)

  it("the gate edits only its own sticky comment, never the pull request author's", async () => {
    const own = await startGitHubApi()
    try {
      const marker = '<!-- portcullis:sticky:quality-gate/code -->'
      own.state.comments.push({
        id: 77,
        issueNumber: 5,
        body: `${marker}\nI quote the gate's marker in my own comment.`,
        user: { login: 'pr-author', type: 'User' },
      })
      const dir = hostileTemp('oc-comment-')
      writeFileSync(join(dir, 'iac.findings.json'), JSON.stringify(gateReport('scan-iac')))
      const gate = (n: number) =>
        runAction('quality-gate', {
          event: pullRequestEvent({ number: 5 }),
          eventName: 'pull_request',
          apiUrl: own.url,
          inputs: {
            findings: dir,
            stage: 'code',
            'github-token': `ghs_output_channels_token_00${n}`,
          },
        })
      await gate(1)
      await gate(2)
      expect(own.state.comments.find((c) => c.id === 77)?.body).toContain('I quote the gate')
      expect(
        own.requestsFor('issues/update-comment').map((r) => r.params.comment_id),
      ).not.toContain('77')
      const mine = own.state.comments.filter((c) => c.user.login === 'github-actions[bot]')
      expect(mine).toHaveLength(1)
      // The second run found the first run's comment (by its author) and edited it in place.
      expect(own.requestsFor('issues/update-comment')).toHaveLength(1)
      expect(own.requestsFor('graphql').length).toBeGreaterThanOrEqual(2)
      expect(own.violations).toEqual([])
    } finally {
      await own.close()
    }
    row(
      "the PR author's comment carrying the gate's marker (quality-gate, API stand-in)",
      'pull request comment',
      'left alone; the gate creates its own and edits only that (author from GraphQL `viewer`)',
    )
  }, 120_000)

  it('two symbolic links to . in a findings folder are a named error, not a hang', async () => {
    const dir = hostileTemp('oc-loop-')
    writeFileSync(join(dir, 'iac.findings.json'), JSON.stringify(gateReport('scan-iac')))
    symlinkSync('.', join(dir, 'a'))
    symlinkSync('.', join(dir, 'b'))
    const started = Date.now()
    const gate = await runAction('quality-gate', {
      timeoutMs: 30_000,
      inputs: { findings: dir, stage: 'code', comment: 'false' },
    })
    expect(gate.timedOut).toBe(false)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(gate.outputs.verdict).toBe('fail')
    const reasons = JSON.parse(gate.outputs.reasons ?? '[]') as { code: string; message: string }[]
    expect(reasons.find((r) => /link loop/.test(r.message))?.code).toBe('unreadable-report')
    row(
      'two symlinks to `.` in the findings folder (quality-gate)',
      'report discovery',
      'fails at once: `unreadable-report` naming the link loop',
    )
  }, 60_000)

  it('portcullis gate runs once, survives `| head`, and keeps exit codes 0, 1 and 2', () => {
    const cli = join(REPO_ROOT, 'dist/cli/index.js')
    const dir = hostileTemp('oc-cli-')
    const at = { startedAt: new Date(), finishedAt: new Date() }
    writeFileSync(join(dir, 's.findings.json'), JSON.stringify(gateReport('scan-secrets', [], at)))
    writeFileSync(join(dir, 'd.findings.json'), JSON.stringify(gateReport('scan-deps', [], at)))
    writeFileSync(join(dir, 'i.findings.json'), JSON.stringify(gateReport('scan-iac', [], at)))
    // Enough reports that the summary is larger than a pipe's buffer: `head` closes it early.
    for (let i = 0; i < 1500; i++)
      writeFileSync(
        join(dir, `extra-${i}.findings.json`),
        JSON.stringify(gateReport('scan-iac', [], at)),
      )
    const failing = hostileTemp('oc-cli-fail-')
    for (const f of ['s', 'd'])
      writeFileSync(
        join(failing, `${f}.findings.json`),
        readFileSync(join(dir, `${f}.findings.json`)),
      )
    writeFileSync(
      join(failing, 'i.findings.json'),
      JSON.stringify(gateReport('scan-iac', many('critical', 1), at)),
    )

    const once = spawnSync(
      process.execPath,
      [cli, 'gate', '--findings', failing, '--stage', 'code'],
      { encoding: 'utf8' },
    )
    expect(once.status).toBe(1)
    expect(once.stdout.match(/^## .* Quality gate: /gm)).toHaveLength(1)
    const bad = spawnSync(process.execPath, [cli, 'gate', '--findings', dir, '--stage', 'deploy'], {
      encoding: 'utf8',
    })
    expect(bad.status).toBe(2)
    expect(bad.stderr.match(/portcullis gate:/g)).toHaveLength(1)

    for (const findings of [dir, failing]) {
      const direct = spawnSync(
        process.execPath,
        [cli, 'gate', '--findings', findings, '--stage', 'code'],
        {
          encoding: 'utf8',
        },
      )
      expect([0, 1]).toContain(direct.status)
      expect(direct.stdout.length).toBeGreaterThan(findings === dir ? 128 * 1024 : 0)
      const piped = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${cli}" gate --findings "${findings}" --stage code | head -1; echo "status=\${PIPESTATUS[0]}"`,
        ],
        { encoding: 'utf8' },
      )
      expect(piped.stderr).not.toMatch(/EPIPE|Unhandled|Error/)
      expect(piped.stdout).toContain(`status=${direct.status}`)
      expect(piped.stdout.split('\n')[0]).toMatch(/Quality gate: (PASS|FAIL)/)
    }
    row(
      '`node dist/cli/index.js gate … | head -1`',
      'CLI',
      'one gate run; no EPIPE crash; exit codes 0, 1, 2 kept',
    )
  }, 120_000)

  it('docs/hardening.md lists the output-channel cases', () => {
    expect(rows).toHaveLength(9)
    syncDocSection(
      'output-channels',
      [
        '## Output channels (issue 16)',
        '',
        "Workflow commands are read from the log with the runner's own rules (V2 `::cmd` at a line",
        'start, legacy `##[cmd` anywhere; actions/runner ActionCommand.TryParseV2 / TryParse); markdown',
        'is rendered with `cmark-gfm -e table -e autolink -e strikethrough --unsafe`.',
        '',
        markdownTable(['input', 'channel', 'result'], rows),
      ].join('\n'),
    )
  })
})
