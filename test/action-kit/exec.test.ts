import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createExec, describeExit, memoryLogger, scannerEnv } from '@portcullis/action-kit'

function script(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'exec-'))
  const file = join(dir, 'fake-scanner')
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}

describe('safe exec', () => {
  it('relays a hostile scanner output without letting a line start with a workflow command', async () => {
    const log = memoryLogger()
    const file = script(
      "printf '::error::x\\n::add-mask::y\\n::stop-commands::z\\n' >&2; printf '::warning::out\\n'; exit 0",
    )
    const result = await createExec(log)({ tool: 'fake', file, args: [], relayStdout: true })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('::warning::out\n')
    expect(log.lines).toEqual(
      expect.arrayContaining([
        '[fake] ::error::x',
        '[fake] ::add-mask::y',
        '[fake] ::stop-commands::z',
        '[fake] ::warning::out',
      ]),
    )
    for (const line of log.lines) expect(line).not.toMatch(/^\s*::/)
  })

  it('says a long run is still running at every interval, inside its log, and a short one never', async () => {
    const log = memoryLogger()
    const exec = createExec(log, process.env, { heartbeatMs: 100 })
    const slow = await exec({ tool: 'trivy', file: script('sleep 0.5'), args: [] })
    expect(slow.exitCode).toBe(0)
    const beats = log.lines.filter((l) => /^trivy: still running, \d+ s$/.test(l))
    expect(beats.length).toBeGreaterThanOrEqual(2)
    const quiet = memoryLogger()
    await createExec(quiet, process.env, { heartbeatMs: 10_000 })({
      tool: 'trivy',
      file: script('exit 0'),
      args: [],
    })
    expect(quiet.lines.filter((l) => l.includes('still running'))).toEqual([])
    // Once the process has ended, no more lines come.
    const after = log.lines.length
    await new Promise((r) => setTimeout(r, 300))
    expect(log.lines.length).toBe(after)
  })

  it('reports exit codes, signals and timeouts', async () => {
    const exec = createExec(memoryLogger())
    const exited = await exec({ tool: 't', file: script('exit 3'), args: [] })
    expect(describeExit('t', exited)).toBe('t exited with code 3')
    const killed = await exec({ tool: 't', file: script('kill -9 $$'), args: [] })
    expect(killed.signal).toBe('SIGKILL')
    expect(describeExit('t', killed)).toBe('t was killed by signal SIGKILL')
    const slow = await exec({ tool: 't', file: script('sleep 30'), args: [], timeoutMs: 300 })
    expect(slow.timedOut).toBe(true)
    expect(describeExit('t', slow, 300)).toMatch(/did not finish within 0 s/)
  })

  it('withholds the runner tokens from the scanner environment', async () => {
    const env = scannerEnv({
      PATH: '/bin',
      GITHUB_TOKEN: 'ghs_x',
      ACTIONS_RUNTIME_TOKEN: 'y',
      'INPUT_GITHUB-TOKEN': 'z',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'w',
    })
    expect(env).toEqual({ PATH: '/bin' })
    const exec = createExec(memoryLogger(), { PATH: '/usr/bin:/bin', GITHUB_TOKEN: 'ghs_secret' })
    const r = await exec({ tool: 't', file: script('env'), args: [] })
    expect(r.stdout).not.toContain('ghs_secret')
  })

  it('passes scanners an allow-listed environment: no scanner settings from the job', () => {
    const env = scannerEnv(
      {
        PATH: '/bin',
        HOME: '/home/runner',
        LC_ALL: 'C.UTF-8',
        HTTPS_PROXY: 'http://proxy:3128',
        no_proxy: 'localhost',
        DOCKER_CONFIG: '/home/runner/.docker',
        AWS_REGION: 'eu-west-1',
        TRIVY_SEVERITY: 'UNKNOWN',
        TRIVY_IGNOREFILE: '/tmp/x',
        GITLEAKS_CONFIG: '/tmp/allow.toml',
        GRYPE_CONFIG: '/tmp/g.yaml',
        GIT_CONFIG_COUNT: '1',
        GIT_DIR: '/elsewhere',
        CHECKOV_CONFIG_FILE: 'x',
        OSV_SCANNER_CONFIG: 'x',
        LD_PRELOAD: '/tmp/evil.so',
        NODE_OPTIONS: '--require x',
        GITHUB_WORKSPACE: '/w',
      },
      { GIT_DIR: '/repo/.git' },
    )
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/home/runner',
      LC_ALL: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      no_proxy: 'localhost',
      DOCKER_CONFIG: '/home/runner/.docker',
      AWS_REGION: 'eu-west-1',
      GIT_DIR: '/repo/.git',
    })
  })

  it('caps stdout kept in memory', async () => {
    const r = await createExec(memoryLogger())({
      tool: 't',
      file: script('head -c 5000 /dev/zero'),
      args: [],
      maxStdoutBytes: 1000,
    })
    expect(r.stdout.length).toBe(1000)
    expect(r.stdoutTruncated).toBe(true)
  })
})

describe('relay of a line that never ends', () => {
  it('relays in bounded pieces, each prefixed', async () => {
    const log = memoryLogger()
    const r = await createExec(log)({
      tool: 't',
      file: script("yes a | head -c 400000 | tr -d '\\n' >&2"),
      args: [],
    })
    expect(r.exitCode).toBe(0)
    const pieces = log.lines.filter((l) => l.startsWith('[t] '))
    expect(pieces.length).toBeGreaterThanOrEqual(2)
    for (const l of pieces) expect(l.length).toBeLessThanOrEqual(64 * 1024 * 2 + 4)
    expect(pieces.join('').replace(/\[t\] /g, '').length).toBe(200000)
  })
})
