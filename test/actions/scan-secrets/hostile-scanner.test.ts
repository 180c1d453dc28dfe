import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReport } from '@portcullis/core'
import { runAction, type RunResult } from '../../support/runner.js'
import { commit, fakeGitleaks, initRepo } from './helpers.js'

/**
 * A stand-in gitleaks (a shell script given as gitleaks-path) that misbehaves: prints workflow
 * commands, fails, dies or writes garbage. None of it may reach the runner as a command, and every
 * failure must be a failed report and a failed step, never "0 findings".
 */
const COMMANDS = [
  "echo '::error::x'",
  "echo '::add-mask::y'",
  "echo '::stop-commands::z'",
  "echo '::error::x' >&2",
  "echo '::add-mask::y' >&2",
  "echo '::stop-commands::z' >&2",
].join('\n')

async function runFake(body: string): Promise<RunResult> {
  const repo = initRepo()
  commit(repo, 'x', { 'README.md': 'x\n' })
  return runAction('scan-secrets', {
    workspace: repo,
    eventName: 'workflow_dispatch',
    event: {},
    inputs: { 'gitleaks-path': fakeGitleaks(body), 'upload-sarif': 'false' },
  })
}

function report(result: RunResult) {
  return parseReport(readFileSync(result.outputs.report!, 'utf8'), 'report')
}

describe('scan-secrets with a hostile gitleaks', () => {
  it('workflow commands it prints are neutralised: no annotation, no mask, no stop-commands', async () => {
    const result = await runFake(`${COMMANDS}\necho '[]' > "$REPORT"\nexit 0`)
    expect(result.exitCode, result.stdout).toBe(0)
    expect(report(result).status).toBe('complete')
    expect(result.annotations).toEqual([])
    expect(result.masks).toEqual([])
    // Nothing the child printed starts a line with `::`; it is relayed behind a `[gitleaks] ` prefix.
    const childLines = result.stdout
      .split('\n')
      .filter((l) => /::(error|add-mask|stop-commands)::/.test(l))
    expect(childLines.length).toBe(6)
    for (const line of childLines) expect(line.startsWith('[gitleaks] ::')).toBe(true)
    // stop-commands did not pause command processing: the group's end after it is still a command.
    expect(result.commands.map((c) => c.command)).toEqual(['group', 'endgroup'])
  })

  it.each([
    ['exit code 2', `${COMMANDS}\necho '[]' > "$REPORT"\nexit 2`, 'gitleaks exited with code 2'],
    [
      "exit code 1 (gitleaks' own error exit: a partial scan)",
      `echo '[]' > "$REPORT"\necho 'git error encountered, see logs' >&2\nexit 1`,
      'gitleaks exited with code 1: git error encountered, see logs',
    ],
    ['a kill', `echo '[]' > "$REPORT"\nkill -9 $$`, 'gitleaks was killed by signal SIGKILL'],
    ['garbage JSON', `echo 'not json {' > "$REPORT"\nexit 0`, "gitleaks' report is not valid JSON"],
    ['no report', 'exit 0', 'gitleaks exited with code 0 but wrote no report'],
    [
      'leaks exit with an empty report',
      `echo '[]' > "$REPORT"\nexit 3`,
      'gitleaks exited with code 3 (leaks found) but its report lists none',
    ],
  ])('%s: a failed report and a failed step', async (_, body, reason) => {
    const result = await runFake(body)
    expect(result.exitCode).toBe(1)
    const r = report(result)
    expect(r.status).toBe('failed')
    expect(r.reason).toContain(reason)
    expect(r.findings).toEqual([])
    expect(result.outputs.status).toBe('failed')
    expect(result.outputs.sarif).toBe('')
    expect(result.masks).toEqual([])
    const errors = result.annotations.filter((a) => a.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain('the gitleaks scan failed')
  })
})
