import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { many, report, tempTree } from '../../gate/helpers.js'
import { REPO_ROOT, runAction } from '../../support/runner.js'

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js')

function findings(highs: number): string {
  const dir = join(tempTree({}), 'findings')
  mkdirSync(dir)
  const at = { startedAt: new Date(), finishedAt: new Date() }
  writeFileSync(join(dir, 's.findings.json'), JSON.stringify(report('scan-secrets', [], at)))
  writeFileSync(join(dir, 'd.findings.json'), JSON.stringify(report('scan-deps', [], at)))
  writeFileSync(
    join(dir, 'i.findings.json'),
    JSON.stringify(report('scan-iac', many('high', highs), at)),
  )
  return dir
}

describe('the portcullis command (dist/cli, package.json bin)', () => {
  it('is the bundle package.json names as its bin, with a node shebang', () => {
    const pkg = JSON.parse(
      execFileSync('cat', [join(REPO_ROOT, 'package.json')], { encoding: 'utf8' }),
    )
    expect(pkg.bin).toEqual({ portcullis: 'dist/cli/index.js' })
    expect(execFileSync('head', ['-1', CLI], { encoding: 'utf8' })).toBe('#!/usr/bin/env node\n')
  })

  it.each([
    [1, 0, /pass/],
    [2, 1, /fail/],
  ])('level 1 with %i high finding(s) exits %i', (highs, code, verdict) => {
    const r = spawnSync(
      process.execPath,
      [CLI, 'gate', '--findings', findings(highs), '--stage', 'code', '--system-level', '1'],
      {
        encoding: 'utf8',
      },
    )
    expect(r.status).toBe(code)
    expect(r.stdout).toMatch(verdict)
  })

  it('exits 2 on bad input, naming the option', () => {
    const r = spawnSync(
      process.execPath,
      [CLI, 'gate', '--findings', findings(0), '--stage', 'deploy'],
      { encoding: 'utf8' },
    )
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/stage/)
  })

  it.each([
    ['system-level', '7', 'must be between 1 and 4, got 7'],
    ['fail', 'yes', 'must be true or false, got "yes"'],
    ['mode', 'some', 'must be one of all, new; got "some"'],
  ])(
    'a bad %s (%s) is named as each surface has it, in the same words: %s',
    async (name, value, words) => {
      const cli = spawnSync(
        process.execPath,
        [CLI, 'gate', '--findings', findings(0), '--stage', 'code', `--${name}`, value],
        { encoding: 'utf8' },
      )
      expect(cli.status).toBe(2)
      expect(cli.stderr).toBe(`portcullis gate: Input '--${name}': ${words}\n`)
      const action = await runAction('quality-gate', { inputs: { [name]: value } })
      expect(action.exitCode).toBe(1)
      expect(action.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
        `Input '${name}': ${words}`,
      ])
    },
  )

  describe('fail-on: high, without a policy file (and as a policy key)', () => {
    const gate = (args: string[]) =>
      spawnSync(
        process.execPath,
        [CLI, 'gate', '--stage', 'code', '--system-level', '3', ...args],
        {
          encoding: 'utf8',
        },
      )

    it('one high finding passes level 3 as it is, and fails with --fail-on high', () => {
      const dir = findings(1)
      const plain = gate(['--findings', dir])
      expect(plain.status, plain.stdout).toBe(0)
      const strict = gate(['--findings', dir, '--fail-on', 'high'])
      expect(strict.status, strict.stdout).toBe(1)
      expect(strict.stdout).toMatch(/fail/)
    })

    it('the policy key does the same, and a bad value names the key or option', () => {
      const dir = findings(1)
      const policy = join(tempTree({}), 'policy.yml')
      writeFileSync(policy, 'version: 1\nfail-on: high\n')
      expect(gate(['--findings', dir, '--policy', policy]).status).toBe(1)
      writeFileSync(policy, 'fail-on: severe\n')
      const badKey = gate(['--findings', dir, '--policy', policy])
      expect(badKey.status).toBe(2)
      expect(badKey.stderr).toMatch(/fail-on must be one of critical, high, medium, low, info/)
      const badOption = gate(['--findings', dir, '--fail-on', 'severe'])
      expect(badOption.status).toBe(2)
      expect(badOption.stderr).toMatch(/fail-on/)
    })
  })
})
