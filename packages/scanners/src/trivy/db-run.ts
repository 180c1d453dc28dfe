import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { ScanFailedError } from '@portcullis/core'
import { stderrSummary } from './common.js'
import { inspectTrivyDb, type TrivyDbState } from './db.js'

interface DbLog {
  info(message: string): void
  warning(message: string): void
}

/**
 * Readies the cached vulnerability DB for one trivy run and says which it will be: `offline` (a
 * ready cache, so `--skip-db-update`) or a download. A broken cache is removed first — trivy 0.44
 * would otherwise report zero findings from it.
 */
export function prepareTrivyDb(
  cacheDir: string,
  repository: string | undefined,
  log: DbLog,
): { readonly before: TrivyDbState; readonly offline: boolean } {
  let before = inspectTrivyDb(cacheDir)
  if (before.status === 'broken') {
    log.warning(
      `The cached trivy DB is unusable (${before.reason}); it is removed and downloaded again.`,
    )
    rmSync(join(cacheDir, 'db'), { recursive: true, force: true })
    before = inspectTrivyDb(cacheDir)
  }
  const offline = before.status === 'ready'
  log.info(
    offline
      ? `trivy DB: using the cached DB in ${cacheDir} (${before.reason}).`
      : `trivy DB: ${before.reason}; downloading it ${repository ? `from ${repository}` : "from trivy's default repository"}.`,
  )
  return { before, offline }
}

const usable = (state: TrivyDbState) => state.status === 'ready' || state.status === 'stale'

/**
 * For a failed trivy run: the reason when the DB is what failed (trivy 0.44 exits 1 and says nothing
 * about why), else undefined so the generic exit-code reason stands.
 */
export function dbRunFailure(
  cacheDir: string,
  repository: string | undefined,
  offline: boolean,
  stderr: string,
): string | undefined {
  const after = inspectTrivyDb(cacheDir)
  if (usable(after)) return undefined
  if (offline) {
    return `trivy could not use the cached vulnerability DB (${after.reason}); the scan fails rather than report zero findings`
  }
  const from = repository
    ? `from '${repository}' (db-repository)`
    : "from trivy's default repository"
  const detail = stderrSummary(stderr)
  return (
    `no trivy vulnerability DB could be had: downloading it ${from} failed` +
    `${detail ? ` (${detail})` : ''} and ${after.reason}. ` +
    'Set db-repository to a reachable mirror of the trivy DB, or restore a cached DB before the step; ' +
    'without a DB nothing is reported, so the scan fails.'
  )
}

/** After a run that exited cleanly: an unusable DB means its empty result is not a clean result. */
export function assertTrivyDbUsable(cacheDir: string): TrivyDbState {
  const after = inspectTrivyDb(cacheDir)
  if (!usable(after)) {
    throw new ScanFailedError(
      `trivy finished, but its vulnerability DB is unusable (${after.reason}), so its empty result is not a clean result`,
    )
  }
  return after
}
