import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, parseCliArgs, runCli } from '@portcullis/gate/cli'
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

  it('exits 2 on bad input, naming the input', async () => {
    const cases: [string[], string][] = [
      [
        ['--findings', 'clean', '--stage', 'deploy'],
        "Input 'stage': must be one of code, container, final",
      ],
      [['--findings', 'clean', '--stage', 'code', '--system-level', '5'], "Input 'system-level'"],
      [
        ['--findings', 'clean', '--stage', 'code', '--risk-threshold', '101'],
        "Input 'risk-threshold'",
      ],
      [['--findings', 'clean', '--stage', 'code', '--mode', 'new'], "Input 'baseline'"],
      [
        ['--findings', 'clean', '--stage', 'code', '--waivers', 'bad-waivers.yml'],
        "Input 'waivers'",
      ],
      [
        ['--findings', 'clean', '--stage', 'code', '--policy', 'nope.yml'],
        "Input 'policy': nope.yml does not exist",
      ],
      [['--stage', 'code'], "Input 'findings'"],
      [['--findings', 'clean'], "Input 'stage': is required"],
      [['--findings', 'clean', '--stage', 'code', '--colour'], "Input 'colour': is not an option"],
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
    expect(args.lists).toEqual({ findings: ['a', 'b'], baseline: ['c'], import: [] })
    expect(args.values).toEqual({ stage: 'code' })
  })

  it('prints usage on --help', async () => {
    const r = await cli(['gate', '--help'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Exit codes: 0 pass (or report only), 1 fail, 2 bad input.')
  })
})
