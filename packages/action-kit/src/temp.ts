import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A step's private working folder: scanner caches (trivy's `fanal/fanal.db` holds the code around
 * every secret it saw, flagged or not), temporary reports and key files live here, and nowhere a
 * later step, another job on a self-hosted runner or an uploaded artifact could read them.
 * `mkdtemp` makes it mode 0700 under RUNNER_TEMP; it is removed when the step's work ends, when
 * the process exits, and when the runner stops the step (SIGINT/SIGTERM on cancellation or
 * `timeout-minutes`), so neither a failure nor a timeout leaves it behind.
 */
export interface PrivateDir {
  readonly path: string
  /** Removes the folder and everything in it (idempotent). */
  remove(): void
}

const live = new Set<string>()
let hooked = false

function removeAll(): void {
  for (const path of live) rmSync(path, { recursive: true, force: true })
  live.clear()
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const

function hook(): void {
  if (hooked) return
  hooked = true
  process.once('exit', removeAll)
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      removeAll()
      // The conventional status of a process ended by that signal, as if it had not been caught.
      process.exit(128 + number)
    })
  }
}

/** Creates a private folder `<parent>/<prefix>XXXXXX` that is removed however the step ends. */
export function privateDir(parent: string, prefix: string): PrivateDir {
  mkdirSync(parent, { recursive: true })
  const path = mkdtempSync(join(parent, prefix))
  live.add(path)
  hook()
  return {
    path,
    remove() {
      rmSync(path, { recursive: true, force: true })
      live.delete(path)
    },
  }
}
