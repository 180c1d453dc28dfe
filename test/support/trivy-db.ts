import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  buildVulnDb,
  buildVulnDbGenerator,
  pushVulnDb,
  TRIVY_DB_SCHEMA_VERSION,
  VULN_DB_ADVISORIES,
  type VulnDbDates,
} from '@portcullis/demo'
import { scannerPaths } from './scanners.js'

// The generator build, the DB and its push are the demo's (one implementation); this module keeps
// what the tests need on top: a memoised generator, a throw-away cache folder, a registry object.
export { TRIVY_DB_MEDIA_TYPES, TRIVY_DB_SCHEMA_VERSION } from '@portcullis/demo'

/** The real advisories the test DB holds (bucket path / key / value entries). */
export const ADVISORY_FIXTURE = VULN_DB_ADVISORIES

let generator: Promise<string> | undefined

async function buildGenerator(): Promise<string> {
  const tools = scannerPaths()
  if (tools.go === undefined || tools.bbolt === undefined) {
    throw new Error('go and golang-github-coreos-bbolt-dev are needed: run test/provision.sh')
  }
  return buildVulnDbGenerator(tools.go)
}

/**
 * A fresh, writable trivy cache folder holding `db/trivy.db` (built from the advisory fixture) and
 * `db/metadata.json` (schema 2, updated now, NextUpdate in a day; `dates` overrides them). Pass it
 * as `--cache-dir`, always with `--skip-db-update`. The caller removes it.
 */
export async function buildTrivyDb(
  fixture: string = ADVISORY_FIXTURE,
  dates: VulnDbDates = {},
): Promise<string> {
  generator ??= buildGenerator()
  let binary: string
  try {
    binary = await generator
  } catch (error) {
    generator = undefined
    throw error
  }
  const cacheDir = await mkdtemp(join(tmpdir(), 'portcullis-trivy-cache-'))
  try {
    await buildVulnDb(binary, join(cacheDir, 'db'), fixture, dates)
  } catch (error) {
    await rm(cacheDir, { recursive: true, force: true })
    throw error
  }
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
  dates: VulnDbDates = {},
): Promise<string> {
  const oras = scannerPaths().oras
  if (oras === undefined) throw new Error('oras is not installed: run test/provision.sh')
  const cacheDir = await buildTrivyDb(ADVISORY_FIXTURE, dates)
  try {
    const ref = `${registry.host}/${repository}:${TRIVY_DB_SCHEMA_VERSION}`
    await pushVulnDb(oras, join(cacheDir, 'db'), ref)
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
