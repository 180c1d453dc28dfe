/**
 * A cancelled or timed-out step: the runner sends SIGINT, then SIGTERM, to the action's process.
 * A scan's private folders (the findings it spilled, scanner caches with the code around every
 * secret) are removed, and the step ends with the status of that signal. The scan runs in an
 * isolate (a worker thread with a bounded heap) that signals never reach, so this is the main
 * thread removing folders the isolate made: run through the built bundle, as the runner runs it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SCAN_HEAP, STREAMING_SCAN_HEAP, type HeapLimits } from '@portcullis/action-kit'
import { fakeTool, GITLEAKS_FAKE, hostileTemp } from '../support/hostile.js'
import { runAction } from '../support/runner.js'

const SIGNALS = [
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const

describe('a scan stopped by the runner leaves no private folder behind', () => {
  for (const [signal, status] of SIGNALS) {
    it(`${signal} while the scanner runs: every private folder removed, status ${status}`, async () => {
      const marks = hostileTemp('signal-marks-')
      const started = `${marks}/started`
      // The stand-in says it is running (its pid), then keeps running until it is stopped.
      const gitleaks = fakeTool(GITLEAKS_FAKE, `echo $$ > '${started}'\nsleep 30\n`)
      const workspace = hostileTemp('signal-ws-')
      const runnerTemp = hostileTemp('signal-temp-')
      let seen: string[] = []
      let scanner: number | undefined
      const result = await runAction('scan-secrets', {
        workspace,
        runnerTemp,
        inputs: { mode: 'dir', 'gitleaks-path': gitleaks, 'upload-sarif': 'false' },
        timeoutMs: 30_000,
        onStart: (step) => {
          const poll = setInterval(() => {
            if (!existsSync(started) || readFileSync(started, 'utf8').trim() === '') return
            clearInterval(poll)
            scanner = Number(readFileSync(started, 'utf8').trim())
            seen = ownFolders(runnerTemp)
            step.kill(signal)
          }, 50)
          step.once('exit', () => clearInterval(poll))
        },
      })
      if (scanner !== undefined) {
        try {
          process.kill(scanner, 'SIGKILL')
        } catch {
          // Already gone.
        }
      }
      expect(result.timedOut, result.stdout).toBe(false)
      expect(result.exitCode, result.stdout + result.stderr).toBe(status)
      // The scan had made its folders (the findings store's and the scanner's) when it was stopped…
      expect(seen.length, 'private folders while the scanner ran').toBeGreaterThanOrEqual(2)
      // …and none is left.
      expect(ownFolders(runnerTemp)).toEqual([])
    })
  }
})

/** The scan's private folders in RUNNER_TEMP (`portcullis-bin`, the verified binaries, is not one). */
function ownFolders(runnerTemp: string): string[] {
  if (!existsSync(runnerTemp)) return []
  return readdirSync(runnerTemp).filter((name) => name.startsWith('portcullis-scan-secrets-'))
}

describe('every scan action runs its work in an isolate, bounded where its engine streams', () => {
  // A `<tool>-path` that names no file: the work starts, in the isolate, and fails at once.
  const missing = '/nonexistent/portcullis-test/tool'
  const cases: [string, Record<string, string>, HeapLimits][] = [
    ['scan-secrets', { 'gitleaks-path': missing }, SCAN_HEAP],
    ['scan-secrets', { engine: 'trivy', 'trivy-path': missing }, STREAMING_SCAN_HEAP],
    ['scan-deps', { 'trivy-path': missing }, STREAMING_SCAN_HEAP],
    ['scan-deps', { engine: 'osv-scanner', 'osv-scanner-path': missing }, SCAN_HEAP],
    ['scan-iac', { 'trivy-path': missing }, STREAMING_SCAN_HEAP],
    ['scan-image', { 'trivy-path': missing, image: 'registry.example/app:1' }, STREAMING_SCAN_HEAP],
    ['compliance', { 'oscap-path': missing }, SCAN_HEAP],
  ]
  for (const [action, inputs, heap] of cases) {
    it(`${action} ${inputs.engine ?? '(default engine)'}: ${heap.oldSpaceMb} MB old space`, async () => {
      const result = await runAction(action, {
        inputs: { ...inputs, 'upload-sarif': 'false' },
        env: { RUNNER_DEBUG: '1' },
      })
      expect(result.stdout).toContain(
        `The work runs in an isolate: a ${heap.oldSpaceMb} MB old space and a ${heap.youngSpaceMb} MB young generation.`,
      )
      // …where the step's work failed, once, as it says.
      expect(result.exitCode).toBe(1)
      expect(result.commands.filter((c) => c.command === 'error')).toHaveLength(1)
    })
  }
})
