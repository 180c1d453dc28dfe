import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_USAGE, EXIT, parseCliArgs, readCliInputs, runCli } from '@portcullis/gate/cli'
import { CLI_INPUT_SPECS } from '@portcullis/gate/inputs'
import { NOW, SHA, many, report, tempTree } from './helpers.js'

async function cli(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd,
    now: () => NOW,
  })
  return { code, stdout, stderr }
}

describe('portcullis gate (CLI)', () => {
  const dir = tempTree({
    'clean/secrets.json': report('scan-secrets'),
    'clean/deps.json': report('scan-deps'),
    'clean/iac.json': report('scan-iac', many('low', 2)),
    'dirty/iac.json': report('scan-iac', many('critical', 1)),
    'bad-waivers.yml': 'waivers:\n  - rule: x\n    expires: 2026-04-01\n',
  })

  it('exits 0 on pass and prints the summary', async () => {
    const r = await cli(['gate', '--findings', 'clean', '--stage', 'code', '--sha', SHA], dir)
    expect(r.code).toBe(EXIT.pass)
    expect(r.stdout.split('\n')[0]).toBe('## ✅ Quality gate: PASS')
    expect(r.stdout).toContain('| low | 3 | 2 | ✅ |')
    expect(r.stderr).toBe('')
  })

  it('exits 1 on fail, and 0 with --fail false while still printing the failing verdict', async () => {
    const args = [
      '--findings',
      'clean/secrets.json',
      'clean/deps.json',
      'dirty/iac.json',
      '--stage=code',
    ]
    const r = await cli(args, dir, { GITHUB_SHA: SHA })
    expect(r.code).toBe(EXIT.fail)
    expect(r.stdout).toContain('- `matrix-exceeded` — 1 critical finding; system level 3 allows 0')
    const reportOnly = await cli([...args, '--fail', 'false'], dir, { GITHUB_SHA: SHA })
    expect(reportOnly.code).toBe(EXIT.pass)
    expect(reportOnly.stdout.split('\n')[0]).toBe('## ❌ Quality gate: FAIL')
  })

  it('exits 1 when a required scan is missing (fail closed)', async () => {
    const r = await cli(['--findings', 'clean', '--stage', 'final', '--sha', SHA], dir)
    expect(r.code).toBe(EXIT.fail)
    expect(r.stdout).toContain("stage 'final' requires the compliance scan")
  })

  it('names GITHUB_SHA, not --sha, when the commit from the environment is malformed', async () => {
    const r = await cli(['--findings', 'clean', '--stage', 'code'], dir, { GITHUB_SHA: 'abc123' })
    expect(r.code).toBe(EXIT.badInput)
    expect(r.stderr).toContain("GITHUB_SHA is not a full commit SHA (got 'abc123')")
    expect(r.stderr).not.toContain("Input '--sha'")
    const typed = await cli(['--findings', 'clean', '--stage', 'code', '--sha', 'abc123'], dir, {
      GITHUB_SHA: SHA,
    })
    expect(typed.code).toBe(EXIT.badInput)
    expect(typed.stderr).toContain("Input '--sha': must be a full commit SHA (got 'abc123')")
  })

  it('exits 2 on bad input, naming the input', async () => {
    const cases: [string[], string][] = [
      [
        ['--findings', 'clean', '--stage', 'deploy'],
        `Input '--stage': must be one of code, container, final; got "deploy"`,
      ],
      [
        ['--findings', 'clean', '--stage', 'code', '--system-level', '5'],
        "Input '--system-level': must be between 1 and 4, got 5",
      ],
      [
        ['--findings', 'clean', '--stage', 'code', '--risk-threshold', '101'],
        "Input '--risk-threshold': must be between 0 and 100, got 101",
      ],
      [
        ['--findings', 'clean', '--stage', 'code', '--fail', 'yes'],
        `Input '--fail': must be true or false, got "yes"`,
      ],
      [
        ['--findings', 'clean', '--stage', 'code', '--fail-on', 'severe'],
        "Input '--fail-on': must be one of critical, high, medium, low, info, or empty (got 'severe')",
      ],
      [['--findings', 'clean', '--stage', 'code', '--mode', 'new'], "Input '--baseline'"],
      [
        ['--findings', 'clean', '--stage', 'code', '--waivers', 'bad-waivers.yml'],
        "Input '--waivers'",
      ],
      [
        ['--findings', 'clean', '--stage', 'code', '--policy', 'nope.yml'],
        "Input '--policy': nope.yml does not exist",
      ],
      [['--stage', 'code'], "Input '--findings'"],
      [
        ['--findings', 'clean'],
        "Input '--stage': is required (one of code, container, final); see --help",
      ],
      [['--findings', 'clean', '--stage', 'code', '--head', 'abc'], "Input '--head'"],
      [['--findings', 'clean', '--stage', 'code', '--stage'], "Input '--stage': needs a value"],
      [
        ['--findings', 'clean', '--stage', 'code', '--colour'],
        "Input '--colour': is not an option",
      ],
    ]
    for (const [argv, message] of cases) {
      const r = await cli(argv, dir)
      expect(r.code, argv.join(' ')).toBe(EXIT.badInput)
      expect(r.stderr).toContain(message)
      expect(r.stdout).toBe('')
    }
  })

  it('writes --summary-file', async () => {
    const r = await cli(
      ['--findings', 'clean', '--stage', 'code', '--sha', SHA, '--summary-file', 'out.md'],
      dir,
    )
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe(r.stdout)
  })

  it('takes lists until the next option', async () => {
    const args = parseCliArgs([
      'gate',
      '--findings',
      'a',
      'b',
      '--baseline',
      'c',
      '--stage',
      'code',
    ])
    expect(args.options).toEqual({ findings: ['a', 'b'], baseline: ['c'], stage: 'code' })
  })

  it('reads the options through the gate spec: whole list values, repeats add, defaults apply', () => {
    const inputs = readCliInputs(
      parseCliArgs(['--findings', 'a,b.json', '--findings=c', '--stage', 'final', '--fail=false']),
    )
    expect(inputs.findings).toEqual(['a,b.json', 'c'])
    expect(inputs.stage).toBe('final')
    expect(inputs.fail).toBe(false)
    expect(inputs.mode).toBe('all')
    expect(inputs.systemLevel).toBe(3)
    // The policy's threshold applies unless the option is given.
    expect(inputs.riskThreshold).toBeUndefined()
  })

  it('documents exactly the options the spec reads', () => {
    const documented = new Set([...CLI_USAGE.matchAll(/^ {2}--([a-z-]+)/gm)].map((m) => m[1]))
    expect([...documented].sort()).toEqual(Object.keys(CLI_INPUT_SPECS).sort())
  })

  it('prints usage on --help', async () => {
    const r = await cli(['gate', '--help'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Exit codes: 0 pass (or report only), 1 fail, 2 bad input.')
  })
})
