/**
 * runEntry with `heap`: the inputs are read on the main thread, the work runs in a worker thread
 * with those heap limits, and the step's outcome, output and signals behave as if it ran in one
 * thread. The entry (fixtures/isolated-entry.ts) runs under Node 24 as a bundle would, through tsx.
 */
import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBundle } from '@portcullis/devtools'
import { hostileTemp } from '../support/hostile.js'
import { NODE24, REPO_ROOT } from '../support/runner.js'

const ENTRY = join(REPO_ROOT, 'test/action-kit/fixtures/isolated-entry.ts')
const TSX_NODE = (() => {
  // Node 24 with tsx's loader, which the worker inherits with the rest of execArgv.
  const dir = hostileTemp('isolate-node-')
  const path = join(dir, 'node')
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')
  writeFileSync(path, `#!/bin/sh\nexec '${NODE24}' --import '${tsx}' "$@"\n`)
  chmodSync(path, 0o755)
  return path
})()

function step(
  inputs: Record<string, string>,
  onStart?: Parameters<typeof runBundle>[1]['onStart'],
  env: Record<string, string> = {},
) {
  return runBundle(ENTRY, {
    root: hostileTemp('isolate-step-'),
    node: TSX_NODE,
    inputs,
    env,
    timeoutMs: 60_000,
    ...(onStart ? { onStart } : {}),
  })
}

describe('runEntry with a heap: the work runs in an isolate', () => {
  it('runs the work there, within the heap limits, and the step succeeds', async () => {
    const result = await step({ mode: 'report', token: 'isolate-test-token-value' }, undefined, {
      RUNNER_DEBUG: '1',
    })
    expect(result.stdout).toContain(
      'The work runs in an isolate: a 48 MB old space and a 8 MB young generation.',
    )
    expect(result.exitCode, result.stdout + result.stderr).toBe(0)
    expect(result.outputs.isolated).toBe('true')
    // V8's limit is the old space plus the young generation's share: far below an unlimited heap.
    expect(Number(result.outputs['heap-limit-mb'])).toBeLessThanOrEqual(48 + 8 * 3)
    expect(result.stdout).toContain('the work ran')
    // The main thread masks the secret input once; the isolate does not say it again.
    const masks = result.commands.filter((c) => c.command === 'add-mask')
    expect(masks.map((c) => c.message)).toEqual(['isolate-test-token-value'])
  })

  it('a rejected input fails on the main thread: no isolate starts', async () => {
    const result = await step({}, undefined, { RUNNER_DEBUG: '1' })
    expect(result.stdout).not.toContain('runs in an isolate')
    expect(result.exitCode).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(/mode/)
    expect(result.stdout).not.toContain('the work ran')
  })

  it("the work's failure is the step's: one error, exit code 1", async () => {
    const result = await step({ mode: 'fail' })
    expect(result.exitCode).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error')
    expect(errors.map((c) => c.message)).toEqual(['the work says no'])
  })

  it('work that outgrows its heap fails the step with a clear error, not a crash', async () => {
    const result = await step({ mode: 'oom' })
    expect(result.signal).toBeNull()
    expect(result.exitCode).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(/ran out of memory.*48 MB/)
  })

  for (const [signal, status] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal}: the main thread removes the folder the isolate made and ends with ${status}`, async () => {
      let folder: string | undefined
      const result = await step({ mode: 'folder' }, (child) => {
        let out = ''
        child.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8')
          const m = /folder (\S+)/.exec(out)
          if (m && folder === undefined) {
            folder = m[1]
            expect(existsSync(folder!), 'the folder exists while the work runs').toBe(true)
            child.kill(signal)
          }
        })
      })
      expect(folder, result.stdout + result.stderr).toBeDefined()
      expect(result.exitCode).toBe(status)
      expect(existsSync(folder!)).toBe(false)
    })
  }
})
