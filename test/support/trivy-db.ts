import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { tarGz } from './oci.js'
import { GOPATH_DEBIAN, scannerPaths, TOOL_CACHE_DIR } from './scanners.js'

const execFileAsync = promisify(execFile)

const GENERATOR_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'trivy-db')
/** The real advisories the test DB holds (bucket path / key / value entries). */
export const ADVISORY_FIXTURE = join(GENERATOR_DIR, 'advisories.json')

/** Media types trivy expects on the DB artifact it pulls with `--db-repository`. */
export const TRIVY_DB_MEDIA_TYPES = {
  layer: 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip',
  artifact: 'application/vnd.aquasec.trivy.config.v1+json',
} as const

/** The only DB schema trivy 0.44 reads; it also appends this as the tag of `--db-repository`. */
export const TRIVY_DB_SCHEMA_VERSION = 2

function failure(what: string, error: unknown): Error {
  const stderr = (error as { stderr?: unknown }).stderr
  const detail = typeof stderr === 'string' && stderr.trim() !== '' ? `: ${stderr.trim()}` : ''
  return new Error(`${what} failed${detail}`, { cause: error })
}

let generator: Promise<string> | undefined

/**
 * Builds the generator once per source version with Debian's Go and bbolt sources (GOPATH mode,
 * nothing downloaded) into node_modules/.cache; concurrent workers race to an atomic rename.
 */
async function buildGenerator(): Promise<string> {
  const tools = scannerPaths()
  if (tools.go === undefined || tools.bbolt === undefined) {
    throw new Error('go and golang-github-coreos-bbolt-dev are needed: run test/provision.sh')
  }
  const source = await readFile(join(GENERATOR_DIR, 'main.go'))
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
  try {
    await execFileAsync(tools.go, ['build', '-o', partial, '.'], {
      cwd: GENERATOR_DIR,
      env: {
        ...process.env,
        GO111MODULE: 'off',
        GOPATH: GOPATH_DEBIAN,
        GOFLAGS: '',
        GOCACHE: join(TOOL_CACHE_DIR, 'go-build'),
        CGO_ENABLED: '0',
      },
    })
  } catch (error) {
    throw failure('go build of the trivy DB generator', error)
  }
  await rename(partial, binary)
  return binary
}

/**
 * A fresh, writable trivy cache folder holding `db/trivy.db` (built from the advisory fixture) and
 * `db/metadata.json` (schema 2, NextUpdate far in the future). Pass it as `--cache-dir`, always with
 * `--skip-db-update`. The caller removes it.
 */
export async function buildTrivyDb(fixture: string = ADVISORY_FIXTURE): Promise<string> {
  generator ??= buildGenerator()
  let binary: string
  try {
    binary = await generator
  } catch (error) {
    generator = undefined
    throw error
  }
  const cacheDir = await mkdtemp(join(tmpdir(), 'portcullis-trivy-cache-'))
  const dbDir = join(cacheDir, 'db')
  await mkdir(dbDir)
  try {
    await execFileAsync(binary, [fixture, join(dbDir, 'trivy.db')])
  } catch (error) {
    await rm(cacheDir, { recursive: true, force: true })
    throw failure(`trivy-db-gen ${fixture}`, error)
  }
  const now = new Date().toISOString()
  await writeFile(
    join(dbDir, 'metadata.json'),
    JSON.stringify({
      Version: TRIVY_DB_SCHEMA_VERSION,
      // A past NextUpdate makes trivy delete metadata.json and try to download a new DB.
      NextUpdate: '2099-12-31T00:00:00Z',
      UpdatedAt: now,
      DownloadedAt: now,
    }),
  )
  return cacheDir
}

/**
 * Packs a freshly built DB the way trivy's DB artifact is packed (tar.gz with trivy.db and
 * metadata.json at the root) and pushes it with oras to `<host>/trivy-db:2` over plain HTTP.
 * Returns the value for trivy's `--db-repository` (`<host>/trivy-db`; trivy adds `:2` itself).
 */
export async function pushTrivyDb(
  registry: { readonly host: string },
  repository = 'trivy-db',
): Promise<string> {
  const oras = scannerPaths().oras
  if (oras === undefined) throw new Error('oras is not installed: run test/provision.sh')
  const cacheDir = await buildTrivyDb()
  try {
    const db = join(cacheDir, 'db')
    const archive = tarGz({
      'trivy.db': await readFile(join(db, 'trivy.db')),
      'metadata.json': await readFile(join(db, 'metadata.json')),
    })
    await writeFile(join(cacheDir, 'db.tar.gz'), archive)
    const ref = `${registry.host}/${repository}:${TRIVY_DB_SCHEMA_VERSION}`
    try {
      // oras records file names relative to cwd; an absolute path would need path validation off.
      await execFileAsync(
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
        { cwd: cacheDir },
      )
    } catch (error) {
      throw failure(`oras push ${ref}`, error)
    }
    return `${registry.host}/${repository}`
  } finally {
    await rm(cacheDir, { recursive: true, force: true })
  }
}

/**
 * The files of a Debian 12 root whose dpkg database holds libc6 built from source glibc at
 * `glibcVersion` (2.36-9+deb12u1 is affected by CVE-2023-4911, 2.36-9+deb12u3 fixes it).
 */
export function debian12RootFiles(glibcVersion: string): Record<string, string> {
  return {
    'etc/os-release':
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\n' +
      'VERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n',
    'etc/debian_version': '12.1\n',
    'var/lib/dpkg/status':
      'Package: libc6\nStatus: install ok installed\nPriority: optional\nSection: libs\n' +
      'Architecture: amd64\nMulti-Arch: same\nSource: glibc\n' +
      `Version: ${glibcVersion}\nDescription: GNU C Library: Shared libraries\n\n`,
  }
}

/** A package-lock.json (lockfileVersion 1, 2 or 3) pinning the given top-level dependencies. */
export function npmLockfile(
  deps: Readonly<Record<string, string>>,
  lockfileVersion: 1 | 2 | 3 = 3,
): string {
  const root = { name: 'app', version: '1.0.0', lockfileVersion, requires: true }
  const packages: Record<string, unknown> = {
    '': { name: 'app', version: '1.0.0', dependencies: deps },
  }
  for (const [name, version] of Object.entries(deps)) packages[`node_modules/${name}`] = { version }
  const dependencies = Object.fromEntries(
    Object.entries(deps).map(([n, version]) => [n, { version }]),
  )
  const body =
    lockfileVersion === 1
      ? { dependencies }
      : lockfileVersion === 2
        ? { packages, dependencies }
        : { packages }
  return `${JSON.stringify({ ...root, ...body }, null, 2)}\n`
}

/** Writes a map of relative paths to contents under `dir`. */
export async function writeTree(
  dir: string,
  files: Readonly<Record<string, string | Buffer>>,
): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
}
