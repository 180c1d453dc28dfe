import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { REPO_ROOT } from '@portcullis/devtools'
import { DemoStepError, mustRun } from './exec.js'
import { tarGz } from './oci.js'
import { GOPATH_DEBIAN, TOOL_CACHE_DIR } from './tools.js'

/**
 * The generator (Go, built offline against Debian's bbolt sources) and the advisory fixture it
 * turns into a trivy.db: real GitHub and Debian advisories for lodash, minimist, requests and glibc.
 * The integration tests build their DB from the same two files.
 */
export const VULN_DB_SOURCES = join(REPO_ROOT, 'test/support/trivy-db')
/** The real advisories the DB holds (bucket path / key / value entries). */
export const VULN_DB_ADVISORIES = join(VULN_DB_SOURCES, 'advisories.json')

/** Media types trivy expects on the DB artifact it pulls with `--db-repository`. */
export const TRIVY_DB_MEDIA_TYPES = {
  layer: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
  artifact: 'application/vnd.aquasec.trivy.config.v1+json',
} as const
/** The only DB schema trivy 0.44 reads; trivy also appends it as the tag of `--db-repository`. */
export const TRIVY_DB_SCHEMA_VERSION = 2

/**
 * Builds the generator with `go` (GOPATH mode on Debian's bbolt sources, nothing downloaded) once
 * per source version into the tool cache; concurrent builds race to an atomic rename.
 */
export async function buildVulnDbGenerator(go: string): Promise<string> {
  const source = await readFile(join(VULN_DB_SOURCES, 'main.go'))
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16)
  const outDir = join(TOOL_CACHE_DIR, 'trivy-db-gen', hash)
  const binary = join(outDir, 'trivy-db-gen')
  try {
    if ((await stat(binary)).isFile()) return binary
  } catch {
    // not built yet
  }
  await mkdir(outDir, { recursive: true })
  const partial = `${binary}.${process.pid}.tmp`
  await mustRun('go build of the vulnerability DB generator', go, ['build', '-o', partial, '.'], {
    cwd: VULN_DB_SOURCES,
    env: {
      ...process.env,
      GO111MODULE: 'off',
      GOPATH: GOPATH_DEBIAN,
      GOFLAGS: '',
      GOCACHE: join(TOOL_CACHE_DIR, 'go-build'),
      CGO_ENABLED: '0',
    },
    timeoutMs: 300_000,
  })
  await rename(partial, binary)
  return binary
}

/** The dates of a DB's metadata.json (RFC 3339). */
export interface VulnDbDates {
  readonly UpdatedAt?: string
  readonly NextUpdate?: string
  readonly DownloadedAt?: string
}

/**
 * Writes `trivy.db` (built by `generator` from `advisories`) and `metadata.json` (schema 2, updated
 * now, next update in a day as upstream publishes it; `dates` overrides any of them) into `dbDir`, as
 * trivy keeps them under `<cache-dir>/db`.
 */
export async function buildVulnDb(
  generator: string,
  dbDir: string,
  advisories: string = VULN_DB_ADVISORIES,
  dates: VulnDbDates = {},
): Promise<void> {
  await mkdir(dbDir, { recursive: true })
  const dbFile = join(dbDir, 'trivy.db')
  await mustRun('the vulnerability DB generator', generator, [advisories, dbFile])
  if ((await stat(dbFile)).size === 0) {
    throw new DemoStepError('the vulnerability DB generator wrote an empty DB')
  }
  const now = Date.now()
  await writeFile(
    join(dbDir, 'metadata.json'),
    JSON.stringify({
      Version: TRIVY_DB_SCHEMA_VERSION,
      // A past NextUpdate makes trivy delete metadata.json and look for a newer DB upstream; one more
      // than a week ahead is refused by the scans (db-dated-in-the-future).
      NextUpdate: new Date(now + 24 * 60 * 60 * 1000).toISOString(),
      UpdatedAt: new Date(now).toISOString(),
      DownloadedAt: new Date(now).toISOString(),
      ...dates,
    }),
  )
}

/**
 * Packs the DB in `dbDir` the way trivy's DB artifact is packed (db.tar.gz with trivy.db and
 * metadata.json at the root) and pushes it with oras to `ref` (`<host>/<repository>:2`) over
 * plain HTTP.
 */
export async function pushVulnDb(oras: string, dbDir: string, ref: string): Promise<void> {
  const archive = tarGz({
    'trivy.db': await readFile(join(dbDir, 'trivy.db')),
    'metadata.json': await readFile(join(dbDir, 'metadata.json')),
  })
  await writeFile(join(dbDir, 'db.tar.gz'), archive)
  // oras records file names relative to cwd; an absolute path would need path validation off.
  await mustRun(
    `oras push ${ref}`,
    oras,
    [
      'push',
      '--plain-http',
      '--no-tty',
      '--artifact-type',
      TRIVY_DB_MEDIA_TYPES.artifact,
      ref,
      `db.tar.gz:${TRIVY_DB_MEDIA_TYPES.layer}`,
    ],
    { cwd: dbDir },
  )
}

/**
 * Builds the vulnerability DB offline in `workDir` and pushes it with oras to `<host>/trivy-db:2`
 * as trivy's DB artifact is published. Returns the `db-repository` value (`<host>/trivy-db`).
 */
export async function publishVulnDb(
  tools: { readonly go: string; readonly oras: string },
  registryHost: string,
  workDir: string,
): Promise<string> {
  const generator = await buildVulnDbGenerator(tools.go)
  await buildVulnDb(generator, workDir)
  await pushVulnDb(tools.oras, workDir, `${registryHost}/trivy-db:${TRIVY_DB_SCHEMA_VERSION}`)
  return `${registryHost}/trivy-db`
}
