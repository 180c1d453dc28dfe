import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * trivy's vulnerability DB, as trivy keeps it: `<cache-dir>/db/trivy.db` (a bbolt file) and
 * `<cache-dir>/db/metadata.json`. trivy itself does not notice every broken DB — given an empty
 * trivy.db next to a valid metadata.json and `--skip-db-update`, trivy 0.44 creates an empty bbolt
 * file and reports no vulnerabilities with exit code 0 — so the suite checks the DB before and after
 * each run and fails the scan instead of reporting "0 findings".
 *
 * Cache across runs: with `cache-db: true` the cache folder is stable,
 * `$RUNNER_TOOL_CACHE/portcullis/trivy-db`; a workflow keeps the DB between jobs with
 *
 * ```yaml
 * - uses: actions/cache@v4
 *   with:
 *     path: ${{ runner.tool_cache }}/portcullis/trivy-db/db
 *     key: trivy-db-${{ github.run_id }}
 *     restore-keys: trivy-db-
 * ```
 *
 * before the scan step. A restored DB whose NextUpdate has not passed is used offline
 * (`--skip-db-update`); an older one is refreshed from `db-repository` (or trivy's default).
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

function readMetadata(path: string): TrivyDbMetadata | string {
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
