import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { REPO_ROOT } from '@portcullis/devtools'
import { DemoStepError, mustRun } from './exec.js'
import { tar } from './oci.js'
import { GOPATH_DEBIAN, TOOL_CACHE_DIR } from './tools.js'

/**
 * The generator (Go, built offline against Debian's bbolt sources) and the advisory fixture it
 * turns into a trivy.db: real GitHub and Debian advisories for lodash, minimist, requests and glibc.
 * The integration tests build their DB from the same two files.
 */
export const VULN_DB_SOURCES = join(REPO_ROOT, 'test/support/trivy-db')

/** Media types trivy expects on the DB artifact it pulls with `--db-repository`. */
const MEDIA_TYPES = {
  layer: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
  artifact: 'application/vnd.aquasec.trivy.config.v1+json',
} as const
/** The DB schema trivy 0.44 reads; trivy appends it as the tag of `--db-repository`. */
const SCHEMA_VERSION = 2

/** Builds the generator once per source version into the tool cache (the tests share the same key). */
async function buildGenerator(go: string): Promise<string> {
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

/**
 * Builds the vulnerability DB offline in `workDir` and pushes it with oras to `<host>/trivy-db:2`
 * as trivy's DB artifact is published. Returns the `db-repository` value (`<host>/trivy-db`).
 */
export async function publishVulnDb(
  tools: { readonly go: string; readonly oras: string },
  registryHost: string,
  workDir: string,
): Promise<string> {
  const generator = await buildGenerator(tools.go)
  await mkdir(workDir, { recursive: true })
  const dbFile = join(workDir, 'trivy.db')
  await mustRun('the vulnerability DB generator', generator, [
    join(VULN_DB_SOURCES, 'advisories.json'),
    dbFile,
  ])
  const now = new Date().toISOString()
  // A NextUpdate in the past would make trivy look for a newer DB upstream.
  const metadata = JSON.stringify({
    Version: SCHEMA_VERSION,
    NextUpdate: '2099-12-31T00:00:00Z',
    UpdatedAt: now,
    DownloadedAt: now,
  })
  const db = await readFile(dbFile)
  if (db.length === 0) throw new DemoStepError('the vulnerability DB generator wrote an empty DB')
  await writeFile(
    join(workDir, 'db.tar.gz'),
    gzipSync(tar({ 'trivy.db': db, 'metadata.json': metadata })),
  )
  const ref = `${registryHost}/trivy-db:${SCHEMA_VERSION}`
  // oras records file names relative to cwd; an absolute path would need path validation off.
  await mustRun(
    `oras push ${ref}`,
    tools.oras,
    [
      'push',
      '--plain-http',
      '--no-tty',
      '--artifact-type',
      MEDIA_TYPES.artifact,
      ref,
      `db.tar.gz:${MEDIA_TYPES.layer}`,
    ],
    { cwd: workDir },
  )
  return `${registryHost}/trivy-db`
}
