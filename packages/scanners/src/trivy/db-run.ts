import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { escapeMarkdown, ScanFailedError } from '@portcullis/core'
import type { EngineContext } from '@portcullis/engine'
import { runTrivy, stderrSummary } from './common.js'
import {
  checkDbDates,
  formatAge,
  inspectTrivyDb,
  parseDbDigest,
  parseDbMaxAge,
  readMetadata,
  sha256File,
  type TrivyDbMetadata,
  type TrivyDbState,
} from './db.js'
import { extractDbArchive, JAVA_DB_ARCHIVE, VULN_DB_ARCHIVE } from './db-archive.js'
import type { TrivyDbInputs } from './inputs.js'

/** What a scan asks of its vulnerability DB (the `db-*` inputs, validated). */
export interface TrivyDbPolicy {
  /** `db-repository`: where trivy downloads from; undefined for trivy's default. */
  readonly repository: string | undefined
  /** `db-max-age` as given (for messages) and in milliseconds. */
  readonly maxAge: string
  readonly maxAgeMs: number
  /** `db-digest`: the SHA-256 (hex) trivy.db must have. */
  readonly digest: string | undefined
  /** `db-archive`: an absolute path; the DB comes from it and nothing is downloaded. */
  readonly archive: string | undefined
  /**
   * `java-db-archive`: an absolute path; the Java DB (what trivy reads to identify JAR files) comes
   * from it, held to the same age and date checks, and trivy never downloads one.
   */
  readonly javaArchive: string | undefined
}

export type TrivyDbSource = 'cache' | 'download' | 'archive'

/** A DB that passed every check; the scan then runs with `--skip-db-update`. */
export interface ReadyTrivyDb {
  readonly source: TrivyDbSource
  readonly state: TrivyDbState
  readonly metadata: TrivyDbMetadata
  /** SHA-256 of the trivy.db the scan reads. */
  readonly digest: string
  /** The Java DB from `java-db-archive`, checked; the scan then runs with --skip-java-db-update. */
  readonly java?: { readonly metadata: TrivyDbMetadata; readonly digest: string }
}

const usable = (state: TrivyDbState) => state.status === 'ready' || state.status === 'stale'

/**
 * Gets the DB a scan may use, and proves it: from `db-archive` (unpacked, never downloaded), from
 * the cache (only while trivy's NextUpdate has not passed and it is younger than db-max-age), or
 * downloaded by trivy (`--download-db-only`) into a cleared folder. Whatever the source, the DB is
 * then held to db-max-age, refused when dated in the future, and its trivy.db hashed and compared
 * with db-digest before any scan reads it; the scan itself always runs offline.
 */
export async function readyTrivyDb<I>(
  context: EngineContext<I>,
  cacheDir: string,
  policy: TrivyDbPolicy,
): Promise<ReadyTrivyDb> {
  const { log } = context
  const dbDir = join(cacheDir, 'db')
  let source: TrivyDbSource
  let refusedCache: string | undefined
  if (policy.archive) {
    await extractDbArchive(policy.archive, cacheDir, VULN_DB_ARCHIVE)
    source = 'archive'
    log.info(
      `trivy DB: unpacked ${policy.archive} (db-archive) into ${dbDir}; nothing is downloaded.`,
    )
  } else {
    const cached = inspectTrivyDb(cacheDir)
    const refusal =
      cached.status === 'ready' && cached.metadata
        ? checkDbDates(cached.metadata, policy, new Date(), 'the cached trivy DB')
        : undefined
    if (cached.status === 'ready' && !refusal) {
      source = 'cache'
      log.info(`trivy DB: using the cached DB in ${cacheDir} (${cached.reason}).`)
    } else {
      if (cached.status === 'broken' || refusal?.code === 'db-dated-in-the-future') {
        refusedCache = refusal?.reason ?? cached.reason
        log.warning(
          `The cached trivy DB is not used (${refusedCache}); it is removed and downloaded again.`,
        )
      } else if (cached.status !== 'missing') {
        log.info(`trivy DB: ${refusal?.reason ?? cached.reason}; a fresh one is downloaded.`)
      }
      // trivy would keep a DB whose NextUpdate lies ahead however old it is: clear it first.
      rmSync(dbDir, { recursive: true, force: true })
      log.info(
        `trivy DB: downloading it ${policy.repository ? `from ${policy.repository}` : "from trivy's default repository"}.`,
      )
      await runTrivy(
        context,
        {
          args: [
            'image',
            '--download-db-only',
            '--cache-dir',
            cacheDir,
            '--timeout',
            `${context.timeoutMs > 0 ? Math.ceil(context.timeoutMs / 60_000) : 30}m`,
            ...(policy.repository ? ['--db-repository', policy.repository] : []),
          ],
        },
        (stderr) => downloadFailure(cacheDir, policy.repository, stderr, refusedCache),
      )
      source = 'download'
    }
  }

  const state = inspectTrivyDb(cacheDir)
  // An archive's NextUpdate has usually passed (that is what offline means); its age is what counts.
  if (!usable(state) || !state.metadata) {
    throw new ScanFailedError(
      source === 'download'
        ? `trivy reported the vulnerability DB downloaded, but it is unusable (${state.reason}); the scan fails rather than report zero findings`
        : `the trivy vulnerability DB from ${source === 'archive' ? `db-archive '${policy.archive}'` : 'the cache'} is unusable (${state.reason}); the scan fails rather than report zero findings`,
    )
  }
  const what =
    source === 'archive'
      ? `the trivy vulnerability DB in db-archive '${policy.archive}'`
      : source === 'download'
        ? `the trivy vulnerability DB downloaded ${policy.repository ? `from '${policy.repository}' (db-repository)` : "from trivy's default repository"}`
        : 'the cached trivy vulnerability DB'
  const dates = checkDbDates(state.metadata, policy, new Date(), what)
  if (dates) throw new ScanFailedError(dates.reason)
  const digest = await sha256File(join(dbDir, 'trivy.db'))
  if (policy.digest && digest !== policy.digest) {
    throw new ScanFailedError(
      `db-digest-mismatch: ${what} has trivy.db sha256:${digest}, but db-digest pins sha256:${policy.digest}; the scan does not use a DB other than the one pinned`,
    )
  }
  log.info(`trivy DB: trivy.db sha256:${digest}, updated ${state.metadata.UpdatedAt}.`)
  const java = policy.javaArchive ? await readyJavaDb(context, cacheDir, policy) : undefined
  return { source, state, metadata: state.metadata, digest, ...(java ? { java } : {}) }
}

/** Unpacks `java-db-archive` and holds it to db-max-age and the date checks; a bad one fails the scan. */
async function readyJavaDb<I>(
  context: EngineContext<I>,
  cacheDir: string,
  policy: TrivyDbPolicy,
): Promise<{ metadata: TrivyDbMetadata; digest: string }> {
  const archive = policy.javaArchive!
  await extractDbArchive(archive, cacheDir, JAVA_DB_ARCHIVE)
  const dir = join(cacheDir, JAVA_DB_ARCHIVE.subdir)
  const what = `the trivy Java DB in java-db-archive '${archive}'`
  const metadata = readMetadata(join(dir, 'metadata.json'))
  if (typeof metadata === 'string') {
    throw new ScanFailedError(
      `${what} is unusable (${metadata}); the scan fails rather than miss the JAR files it identifies`,
    )
  }
  const dates = checkDbDates(metadata, policy, new Date(), what, 'the java-db-archive')
  if (dates) throw new ScanFailedError(dates.reason)
  const digest = await sha256File(join(dir, JAVA_DB_ARCHIVE.dbFile))
  context.log.info(
    `trivy Java DB: unpacked ${archive} (java-db-archive); ${JAVA_DB_ARCHIVE.dbFile} sha256:${digest}, updated ${metadata.UpdatedAt}; nothing is downloaded.`,
  )
  return { metadata, digest }
}

/** `--skip-java-db-update` when the Java DB came from java-db-archive (trivy then never fetches one). */
export function javaDbArgs(db: ReadyTrivyDb | undefined): string[] {
  return db?.java ? ['--skip-java-db-update'] : []
}

/** Why the download run failed, when the DB is what failed (trivy 0.44 exits 1 and says little). */
function downloadFailure(
  cacheDir: string,
  repository: string | undefined,
  stderr: string,
  refusedCache: string | undefined,
): string | undefined {
  const after = inspectTrivyDb(cacheDir)
  if (usable(after)) return undefined
  const from = repository
    ? `from '${repository}' (db-repository)`
    : "from trivy's default repository"
  const detail = stderrSummary(stderr)
  return (
    `no trivy vulnerability DB could be had: downloading it ${from} failed` +
    `${detail ? ` (${detail})` : ''} and ${after.reason}` +
    `${refusedCache ? `; the cached DB was not used (${refusedCache})` : ''}. ` +
    'Set db-repository to a reachable mirror of the trivy DB, or give a db-archive; ' +
    'without a DB nothing is reported, so the scan fails'
  )
}

/** For a failed scan run (always offline): the reason when the DB is what failed, else undefined. */
export function dbRunFailure(cacheDir: string): string | undefined {
  const after = inspectTrivyDb(cacheDir)
  if (usable(after)) return undefined
  return `trivy could not use the vulnerability DB (${after.reason}); the scan fails rather than report zero findings`
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

/** The summary line: where the DB came from, its digest and dates, and the age it was held to. */
export function dbSummaryLine(
  db: ReadyTrivyDb,
  policy: TrivyDbPolicy,
  now: Date = new Date(),
): string {
  // Paths and references are escaped as text: an entity inside a code span would show as typed.
  const from =
    db.source === 'archive'
      ? `from ${escapeMarkdown(policy.archive ?? '', 200)} (db-archive)`
      : db.source === 'download'
        ? `downloaded from ${policy.repository ? escapeMarkdown(policy.repository, 200) : "trivy's default repository"}`
        : 'cached'
  const updated = db.metadata.UpdatedAt ?? 'unknown'
  const age = Date.parse(updated)
  return [
    `- vulnerability DB: ${from}; trivy.db \`sha256:${db.digest}\`${policy.digest ? ' (matches db-digest)' : ''}`,
    `  - updated ${updated}${Number.isFinite(age) ? ` (${formatAge(now.getTime() - age)} ago; db-max-age ${policy.maxAge})` : ''}, next update ${db.metadata.NextUpdate ?? 'unknown'}, downloaded ${db.metadata.DownloadedAt ?? 'unknown'}; ${db.state.sources ?? 0} advisory source(s)`,
    ...(db.java
      ? [
          `- Java DB: from ${escapeMarkdown(policy.javaArchive ?? '', 200)} (java-db-archive); trivy-java.db \`sha256:${db.java.digest}\`, updated ${db.java.metadata.UpdatedAt ?? 'unknown'}`,
        ]
      : []),
  ].join('\n')
}

/** Validates the `db-*` inputs into a policy; a bad value is an InputError naming its input. */
export function trivyDbPolicy(inputs: TrivyDbInputs, workspace: string): TrivyDbPolicy {
  const archive = inputs.dbArchive?.trim()
  const javaArchive = inputs.javaDbArchive?.trim()
  return {
    repository: inputs.dbRepository?.trim() || undefined,
    maxAge: inputs.dbMaxAge.trim(),
    maxAgeMs: parseDbMaxAge(inputs.dbMaxAge),
    digest: inputs.dbDigest?.trim() ? parseDbDigest(inputs.dbDigest) : undefined,
    archive: archive ? resolve(workspace, archive) : undefined,
    javaArchive: javaArchive ? resolve(workspace, javaArchive) : undefined,
  }
}

export { TRIVY_DB_INPUTS, type TrivyDbInputs } from './inputs.js'
