import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { announcePrivateDir } from './isolate.js'

/**
 * A step's private working folder: scanner caches (trivy's `fanal/fanal.db` holds the code around
 * every secret it saw, flagged or not), temporary reports and key files live here, and nowhere a
 * later step, another job on a self-hosted runner or an uploaded artifact could read them. It is
 * made mode 0700 under RUNNER_TEMP with a random name, as `mkdtemp` makes one, and removed when the
 * step's work ends, when the process exits, and when the runner stops the step (SIGINT/SIGTERM on
 * cancellation or `timeout-minutes`), so neither a failure nor a timeout leaves it behind. Inside a
 * step's isolate (isolate.ts), where signals never arrive, the main thread takes the folder on
 * before it exists.
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

/** What must stop before the folders are removed on a signal (a running isolate). */
const stoppers = new Set<() => Promise<unknown>>()
/** How long a signal waits for them before it removes the folders anyway. */
const STOP_WAIT_MS = 2000

/**
 * Registers work to stop before the folders are removed on a signal, so it cannot make one again
 * while they are removed; returns what unregisters it.
 */
export function stopBeforeRemoval(stop: () => Promise<unknown>): () => void {
  stoppers.add(stop)
  return () => stoppers.delete(stop)
}

function hook(): void {
  if (hooked) return
  hooked = true
  process.once('exit', removeAll)
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      const stopped = Promise.allSettled([...stoppers].map((stop) => stop()))
      const waited = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())
      void Promise.race([stopped, waited]).then(() => {
        removeAll()
        // The conventional status of a process ended by that signal, as if it had not been caught.
        process.exit(128 + number)
      })
    })
  }
}

/**
 * Takes on a folder to remove however the step ends, or lets go of it (`taken: false`): the main
 * thread does this for its isolate's folders.
 */
export function trackPrivateDir(path: string, taken = true): void {
  if (!taken) {
    live.delete(path)
    return
  }
  live.add(path)
  hook()
}

/** Holds a path for removal, or lets go of it, here and (inside an isolate) on the main thread. */
function hold(path: string, taken: boolean): void {
  announcePrivateDir(path, taken)
  trackPrivateDir(path, taken)
}

/** Creates a private folder `<parent>/<prefix>XXXXXX` that is removed however the step ends. */
export function privateDir(parent: string, prefix: string): PrivateDir {
  mkdirSync(parent, { recursive: true })
  let path: string
  for (;;) {
    // As mkdtemp, with the name known first: the isolate announces it before the folder exists.
    path = join(parent, `${prefix}${randomBytes(12).toString('base64url')}`)
    hold(path, true)
    try {
      mkdirSync(path, { mode: 0o700 })
      break
    } catch (error) {
      // Not the step's folder: someone else's (EEXIST, then another name) or none at all.
      hold(path, false)
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  return {
    path,
    remove() {
      rmSync(path, { recursive: true, force: true })
      hold(path, false)
    },
  }
}
