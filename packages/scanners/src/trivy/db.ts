import { createHash } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import { InputError } from '@portcullis/core'
import { TRIVY_DB_INPUTS } from './inputs.js'

/**
 * trivy's vulnerability DB, as trivy keeps it: `<cache-dir>/db/trivy.db` (a bbolt file) and
 * `<cache-dir>/db/metadata.json`. trivy itself does not notice every broken DB — given an empty
 * trivy.db next to a valid metadata.json and `--skip-db-update`, trivy 0.44 creates an empty bbolt
 * file and reports no vulnerabilities with exit code 0 — so the suite checks the DB before and after
 * each run and fails the scan instead of reporting "0 findings".
 *
 * Nor does trivy judge a DB's dates: it trusts a DB while its NextUpdate lies ahead, so a DB planted
 * with a NextUpdate in 2099 would be used for ever. {@link checkDbDates} holds every DB to a maximum
 * age (`db-max-age`) and refuses dates from the future; docs/vulnerability-db.md has the recipes
 * (cache keyed on the DB's digest, mirrors, archives for air-gapped runners).
 */

export const TRIVY_DB_CACHE_SUBDIR = join('portcullis', 'trivy-db')

export interface TrivyDbMetadata {
  readonly Version: number
  readonly NextUpdate?: string
  readonly UpdatedAt?: string
  readonly DownloadedAt?: string
}

export type TrivyDbStatus = 'ready' | 'stale' | 'missing' | 'broken'

export interface TrivyDbState {
  readonly status: TrivyDbStatus
  /** One sentence for logs and failure reasons. */
  readonly reason: string
  readonly metadata?: TrivyDbMetadata
  /** Advisory sources (top-level buckets other than the shared ones). */
  readonly sources?: number
}

/** The `--cache-dir` for a run: stable under the tool cache when caching, else inside the run's work folder. */
export function trivyCacheDir(
  runner: { readonly toolCache: string },
  cacheDb: boolean,
  workDir: string,
): string {
  return cacheDb ? join(runner.toolCache, TRIVY_DB_CACHE_SUBDIR) : join(workDir, 'trivy-cache')
}

/** The only DB schema trivy releases since 0.23 read. */
const SCHEMA_VERSION = 2
/** Buckets every trivy DB has beside the per-source advisory buckets. */
const SHARED_BUCKETS = new Set(['vulnerability', 'data-source', 'vulnerability-id'])

export function readMetadata(path: string): TrivyDbMetadata | string {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return `metadata.json cannot be read (${(error as Error).message})`
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return 'metadata.json is not a JSON object'
  }
  const record = data as Record<string, unknown>
  if (typeof record.Version !== 'number') return 'metadata.json has no schema Version'
  const text = (key: string) =>
    typeof record[key] === 'string' ? (record[key] as string) : undefined
  return {
    Version: record.Version,
    ...(text('NextUpdate') ? { NextUpdate: text('NextUpdate') } : {}),
    ...(text('UpdatedAt') ? { UpdatedAt: text('UpdatedAt') } : {}),
    ...(text('DownloadedAt') ? { DownloadedAt: text('DownloadedAt') } : {}),
  }
}

/** Looks at `<cacheDir>/db` without running trivy. */
export function inspectTrivyDb(cacheDir: string, now: Date = new Date()): TrivyDbState {
  const dir = join(cacheDir, 'db')
  const dbFile = join(dir, 'trivy.db')
  const metaFile = join(dir, 'metadata.json')
  const hasDb = existsSync(dbFile)
  const hasMeta = existsSync(metaFile)
  if (!hasDb && !hasMeta) return { status: 'missing', reason: `no trivy DB in ${dir}` }
  if (!hasMeta) return { status: 'broken', reason: `${metaFile} is missing` }
  const metadata = readMetadata(metaFile)
  if (typeof metadata === 'string') return { status: 'broken', reason: metadata }
  if (metadata.Version !== SCHEMA_VERSION) {
    return {
      status: 'broken',
      reason: `the DB has schema version ${metadata.Version}; trivy reads version ${SCHEMA_VERSION}`,
      metadata,
    }
  }
  if (!hasDb) return { status: 'broken', reason: `${dbFile} is missing`, metadata }
  let buckets: string[]
  try {
    buckets = boltTopLevelBuckets(dbFile)
  } catch (error) {
    return {
      status: 'broken',
      reason: `trivy.db is not a readable bbolt file (${(error as Error).message})`,
      metadata,
    }
  }
  const sources = buckets.filter((b) => !SHARED_BUCKETS.has(b)).length
  if (!buckets.includes('vulnerability') || sources === 0) {
    return {
      status: 'broken',
      reason: `trivy.db holds no advisories (${buckets.length} bucket(s), ${sources} advisory source(s))`,
      metadata,
      sources,
    }
  }
  const next = metadata.NextUpdate ? Date.parse(metadata.NextUpdate) : Number.NaN
  if (!Number.isFinite(next) || next <= now.getTime()) {
    return {
      status: 'stale',
      reason: `the DB was due for an update at ${metadata.NextUpdate ?? '(no date)'}`,
      metadata,
      sources,
    }
  }
  return {
    status: 'ready',
    reason: `DB updated ${metadata.UpdatedAt ?? '(unknown)'}, ${sources} advisory source(s)`,
    metadata,
    sources,
  }
}

// --- trust: age, dates from the future, digest ------------------------------------------------

/** Clock skew allowed between the machine that built a DB and the runner. */
export const DB_CLOCK_SKEW_MS = 60 * 60 * 1000
/**
 * How far ahead a NextUpdate may lie. Upstream rebuilds the DBs daily or more often, so no genuine DB
 * asks not to be refreshed for a week; a later NextUpdate is a DB made to be kept.
 */
export const DB_MAX_NEXT_UPDATE_MS = 7 * 24 * 60 * 60 * 1000
/** `db-max-age`'s default. */
export const DEFAULT_DB_MAX_AGE = TRIVY_DB_INPUTS['db-max-age'].default

const HOUR = 60 * 60 * 1000

/** A `db-max-age` value: `72h`, `3d` (whole hours or days, 1 h to 365 d). */
export function parseDbMaxAge(value: string, input = 'db-max-age'): number {
  const m = /^(\d{1,5})\s*(h|d)$/i.exec(value.trim())
  const ms = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'd' ? 24 : 1) * HOUR : Number.NaN
  if (!(ms >= HOUR && ms <= 365 * 24 * HOUR)) {
    throw new InputError(
      input,
      `must be a duration in whole hours or days between 1h and 365d, e.g. 72h or 3d; got ${JSON.stringify(value)}`,
    )
  }
  return ms
}

/** `3d 4h`, `5h`, `12 min`: how long ago, for messages. */
export function formatAge(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`
  if (hours > 0) return `${hours}h`
  return `${minutes} min`
}

/** Why a DB is refused; the code leads the reason so a log or report names it. */
export type DbRefusal =
  'db-undated' | 'db-too-old' | 'db-dated-in-the-future' | 'db-digest-mismatch'

export interface DbDateCheck {
  readonly code: DbRefusal
  readonly reason: string
}

/**
 * Refuses a DB that cannot say when it was built, was built longer than `maxAgeMs` ago, or carries
 * dates from the future: an UpdatedAt beyond the clock skew, or a NextUpdate further ahead than any
 * genuine DB asks for ({@link DB_MAX_NEXT_UPDATE_MS}). `what` names the DB in the message.
 */
export function checkDbDates(
  metadata: TrivyDbMetadata,
  policy: { readonly maxAgeMs: number; readonly maxAge: string },
  now: Date = new Date(),
  what = 'the trivy vulnerability DB',
  /** Where a fresher one comes from, for the db-too-old advice. */
  refresh = 'the cache, the mirror or the db-archive',
): DbDateCheck | undefined {
  const updated = metadata.UpdatedAt ? Date.parse(metadata.UpdatedAt) : Number.NaN
  if (!Number.isFinite(updated)) {
    return {
      code: 'db-undated',
      reason: `db-undated: ${what} has no readable UpdatedAt in its metadata.json (${JSON.stringify(metadata.UpdatedAt ?? null)}), so its age cannot be checked against db-max-age; use a DB as trivy publishes it`,
    }
  }
  const age = now.getTime() - updated
  if (age < -DB_CLOCK_SKEW_MS) {
    return {
      code: 'db-dated-in-the-future',
      reason: `db-dated-in-the-future: ${what} says it was updated at ${metadata.UpdatedAt}, ${formatAge(age)} from now (more than the ${formatAge(DB_CLOCK_SKEW_MS)} of clock skew allowed); a DB from the future is not trusted. Replace it with one as trivy publishes it, and check the runner's clock`,
    }
  }
  const next = metadata.NextUpdate ? Date.parse(metadata.NextUpdate) : Number.NaN
  if (Number.isFinite(next) && next - now.getTime() > DB_MAX_NEXT_UPDATE_MS + DB_CLOCK_SKEW_MS) {
    return {
      code: 'db-dated-in-the-future',
      reason: `db-dated-in-the-future: ${what} asks not to be refreshed before ${metadata.NextUpdate}, ${formatAge(next - now.getTime())} from now; upstream DBs are rebuilt at least daily and no genuine one asks for more than ${formatAge(DB_MAX_NEXT_UPDATE_MS)}, so this one is not trusted. Replace it with one as trivy publishes it`,
    }
  }
  if (age > policy.maxAgeMs) {
    return {
      code: 'db-too-old',
      reason: `db-too-old: ${what} was updated at ${metadata.UpdatedAt}, ${formatAge(age)} ago, longer ago than db-max-age (${policy.maxAge}) allows; give a fresher DB (refresh ${refresh}) or raise db-max-age`,
    }
  }
  return undefined
}

/** The SHA-256 of a file, streamed (trivy.db is hundreds of megabytes), as 64 lower-case hex digits. */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/** A `db-digest` value: `sha256:<64 hex>` or the 64 hex digits alone; returns the hex digits. */
export function parseDbDigest(value: string, input = 'db-digest'): string {
  const m = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(value.trim())
  if (!m) {
    throw new InputError(
      input,
      `must be the SHA-256 of trivy.db, 64 hex digits (optionally prefixed sha256:), e.g. the output of \`sha256sum db/trivy.db\`; got ${JSON.stringify(value)}`,
    )
  }
  return m[1]!.toLowerCase()
}

// --- a minimal read-only bbolt reader: meta page → root bucket → top-level keys ------------------
// Layout from go.etcd.io/bbolt (page.go, db.go): a 16-byte page header {id u64, flags u16, count u16,
// overflow u32}; meta pages 0 and 1 hold {magic, version, pageSize, flags, root {pgid, seq},
// freelist, pgid, txid, checksum}; leaf elements {flags, pos, ksize, vsize} u32 each, branch
// elements {pos u32, ksize u32, pgid u64}. bbolt writes native byte order; runners are little-endian.

const MAGIC = 0xed0cdaed
const BRANCH = 0x01
const LEAF = 0x02
const META = 0x04
const HEADER = 16
const MAX_PAGES = 100_000

interface Meta {
  readonly pageSize: number
  readonly root: bigint
  readonly txid: bigint
}

function fnv64a(bytes: Buffer): bigint {
  let hash = 0xcbf29ce484222325n
  for (const b of bytes) {
    hash ^= BigInt(b)
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash
}

function readMeta(page: Buffer): Meta | undefined {
  if (page.length < HEADER + 64) return undefined
  if ((page.readUInt16LE(8) & META) === 0) return undefined
  if (page.readUInt32LE(HEADER) !== MAGIC) return undefined
  if (page.readBigUInt64LE(HEADER + 56) !== fnv64a(page.subarray(HEADER, HEADER + 56))) {
    return undefined
  }
  return {
    pageSize: page.readUInt32LE(HEADER + 8),
    root: page.readBigUInt64LE(HEADER + 16),
    txid: page.readBigUInt64LE(HEADER + 48),
  }
}

/** The names of the top-level buckets of a bbolt file. Throws when the file is not one. */
export function boltTopLevelBuckets(file: string): string[] {
  const size = statSync(file).size
  const fd = openSync(file, 'r')
  try {
    const read = (offset: number, length: number): Buffer => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
      if (buf.length > 0) readSync(fd, buf, 0, buf.length, offset)
      return buf
    }
    const first = read(0, 4096)
    const meta0 = readMeta(first)
    const pageSize = meta0?.pageSize ?? 4096
    const metas = [meta0, readMeta(read(pageSize, pageSize))].filter(
      (m): m is Meta => m !== undefined,
    )
    if (metas.length === 0) throw new Error('no valid meta page')
    const meta = metas.reduce((a, b) => (b.txid > a.txid ? b : a))
    if (meta.pageSize < 512 || meta.pageSize > 65536) throw new Error('implausible page size')

    const keys: string[] = []
    let visited = 0
    const walk = (pgid: bigint, depth: number): void => {
      if (depth > 32 || ++visited > MAX_PAGES) throw new Error('page tree too deep')
      const offset = Number(pgid) * meta.pageSize
      if (pgid < 2n || offset + HEADER > size) throw new Error(`page ${pgid} outside the file`)
      const header = read(offset, HEADER)
      const overflow = header.readUInt32LE(12)
      const page = read(offset, (overflow + 1) * meta.pageSize)
      const flags = page.readUInt16LE(8)
      const count = page.readUInt16LE(10)
      for (let i = 0; i < count; i++) {
        const at = HEADER + i * 16
        if (at + 16 > page.length) throw new Error(`page ${pgid} is truncated`)
        if (flags & LEAF) {
          const pos = page.readUInt32LE(at + 4)
          const ksize = page.readUInt32LE(at + 8)
          keys.push(page.subarray(at + pos, at + pos + ksize).toString('utf8'))
        } else if (flags & BRANCH) {
          walk(page.readBigUInt64LE(at + 8), depth + 1)
        } else {
          throw new Error(`page ${pgid} is neither a branch nor a leaf`)
        }
      }
    }
    walk(meta.root, 0)
    return keys
  } finally {
    closeSync(fd)
  }
}
