import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { describeWithTools } from '../support/scanners.js'
import {
  ADVISORY_FIXTURE,
  buildTrivyDb,
  debian12RootFiles,
  npmLockfile,
  pushTrivyDb,
  writeTree,
} from '../support/trivy-db.js'
import { resultFor, runTrivyJson, type TrivyResult } from './trivy-report.js'

function ids(result: TrivyResult): string[] {
  return (result.Vulnerabilities ?? []).map((v) => v.VulnerabilityID).sort()
}

describeWithTools(['trivy', 'go', 'bbolt'], 'trivy on the test-built vulnerability DB', (tools) => {
  let work: string
  let cacheDir: string

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'portcullis-trivy-db-test-'))
    cacheDir = await buildTrivyDb()
  })
  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
    await rm(cacheDir, { recursive: true, force: true })
  })

  it('writes trivy.db and a schema-2 metadata.json dated as upstream dates its DB (updated now, next update in a day)', async () => {
    expect((await stat(join(cacheDir, 'db/trivy.db'))).size).toBeGreaterThan(0)
    const metadata: unknown = JSON.parse(await readFile(join(cacheDir, 'db/metadata.json'), 'utf8'))
    expect(metadata).toMatchObject({ Version: 2 })
    const { NextUpdate, UpdatedAt } = metadata as { NextUpdate: string; UpdatedAt: string }
    expect(Math.abs(Date.parse(UpdatedAt) - Date.now())).toBeLessThan(10 * 60 * 1000)
    expect(Date.parse(NextUpdate) - Date.parse(UpdatedAt)).toBe(24 * 3600 * 1000)
  })

  it('finds the npm and pip advisories in affected lockfiles and none in patched ones', async () => {
    const project = join(work, 'project')
    await mkdir(join(project, 'vulnerable'), { recursive: true })
    await mkdir(join(project, 'patched'), { recursive: true })
    await mkdir(join(project, 'python'), { recursive: true })
    await writeFile(
      join(project, 'vulnerable/package-lock.json'),
      npmLockfile({ lodash: '4.17.20', minimist: '1.2.5' }, 3),
    )
    // 0.2.4 is the patched release of minimist's older line: outside both affected ranges.
    await writeFile(
      join(project, 'patched/package-lock.json'),
      npmLockfile({ lodash: '4.17.21', minimist: '0.2.4' }, 1),
    )
    await writeFile(join(project, 'python/requirements.txt'), 'requests==2.30.0\n')

    const { report } = await runTrivyJson(tools.trivy, [
      'fs',
      '--scanners',
      'vuln',
      '--skip-db-update',
      '--cache-dir',
      cacheDir,
      '--list-all-pkgs',
      project,
    ])

    const vulnerable = resultFor(report, 'vulnerable/package-lock.json')
    expect(vulnerable.Type).toBe('npm')
    expect(ids(vulnerable)).toEqual(['CVE-2021-23337', 'CVE-2021-44906'])
    const lodash = vulnerable.Vulnerabilities?.find((v) => v.VulnerabilityID === 'CVE-2021-23337')
    expect(lodash).toMatchObject({
      PkgName: 'lodash',
      InstalledVersion: '4.17.20',
      FixedVersion: '4.17.21',
      Severity: 'HIGH',
      SeveritySource: 'ghsa',
      DataSource: { ID: 'ghsa', Name: 'GitHub Security Advisory Npm' },
    })
    expect(lodash?.CVSS?.ghsa?.V3Score).toBe(7.2)
    const minimist = vulnerable.Vulnerabilities?.find((v) => v.VulnerabilityID === 'CVE-2021-44906')
    expect(minimist).toMatchObject({
      PkgName: 'minimist',
      InstalledVersion: '1.2.5',
      FixedVersion: '0.2.4, 1.2.6',
      Severity: 'CRITICAL',
    })

    // No finding omits the result unless --list-all-pkgs is set: the package list proves it was read.
    const patched = resultFor(report, 'patched/package-lock.json')
    expect(patched.Packages?.map((p) => `${p.Name}@${p.Version}`).sort()).toEqual([
      'lodash@4.17.21',
      'minimist@0.2.4',
    ])
    expect(patched.Vulnerabilities ?? []).toEqual([])

    const python = resultFor(report, 'python/requirements.txt')
    expect(python.Type).toBe('pip')
    expect(python.Vulnerabilities).toHaveLength(1)
    expect(python.Vulnerabilities?.[0]).toMatchObject({
      VulnerabilityID: 'CVE-2023-32681',
      PkgName: 'requests',
      InstalledVersion: '2.30.0',
      FixedVersion: '2.31.0',
      Severity: 'MEDIUM',
    })
  })

  it('finds CVE-2023-4911 in a Debian 12 root with glibc 2.36-9+deb12u1', async () => {
    const root = join(work, 'debian-root')
    await writeTree(root, debian12RootFiles('2.36-9+deb12u1'))
    const { report } = await runTrivyJson(tools.trivy, [
      'rootfs',
      '--scanners',
      'vuln',
      '--skip-db-update',
      '--cache-dir',
      cacheDir,
      root,
    ])
    expect(report.Metadata.OS).toEqual({ Family: 'debian', Name: '12.1' })
    const os = resultFor(report, `${root} (debian 12.1)`)
    expect(os.Vulnerabilities).toHaveLength(1)
    expect(os.Vulnerabilities?.[0]).toMatchObject({
      VulnerabilityID: 'CVE-2023-4911',
      PkgName: 'libc6',
      InstalledVersion: '2.36-9+deb12u1',
      FixedVersion: '2.36-9+deb12u3',
      Severity: 'HIGH',
      DataSource: { ID: 'debian', Name: 'Debian Security Tracker' },
    })
  })

  it('reports nothing for the fixed glibc 2.36-9+deb12u3', async () => {
    const root = join(work, 'debian-root-fixed')
    await writeTree(root, debian12RootFiles('2.36-9+deb12u3'))
    const { report } = await runTrivyJson(tools.trivy, [
      'rootfs',
      '--scanners',
      'vuln',
      '--skip-db-update',
      '--cache-dir',
      cacheDir,
      '--list-all-pkgs',
      root,
    ])
    const os = resultFor(report, `${root} (debian 12.1)`)
    expect(os.Packages?.map((p) => [p.Name, p.SrcName, `${p.Version}-${p.Release}`])).toEqual([
      ['libc6', 'glibc', '2.36-9+deb12u3'],
    ])
    expect(os.Vulnerabilities ?? []).toEqual([])
  })

  it('keeps its advisories as data the generator stays ignorant of', async () => {
    const fixture: unknown = JSON.parse(await readFile(ADVISORY_FIXTURE, 'utf8'))
    const entries = (fixture as { entries: { bucket: string[]; key: string }[] }).entries
    const advisories = entries.filter((e) => e.bucket[0] === 'vulnerability').map((e) => e.key)
    expect(advisories.sort()).toEqual([
      'CVE-2021-23337',
      'CVE-2021-44906',
      'CVE-2023-32681',
      'CVE-2023-4911',
    ])
    const source = await readFile(join(ADVISORY_FIXTURE, '../main.go'), 'utf8')
    for (const id of advisories) expect(source).not.toContain(id)
  })
})

describeWithTools(
  ['trivy', 'go', 'bbolt', 'oras', 'docker-registry'],
  'trivy pulling the test DB from a local registry (--db-repository)',
  (tools) => {
    let registry: TestRegistry
    let work: string

    beforeAll(async () => {
      registry = await startRegistry()
      work = await mkdtemp(join(tmpdir(), 'portcullis-trivy-dbrepo-test-'))
    })
    afterAll(async () => {
      await registry?.stop()
      await rm(work, { recursive: true, force: true })
    })

    it('downloads the DB into an empty cache and finds CVE-2021-23337', async () => {
      const dbRepository = await pushTrivyDb(registry)
      expect(dbRepository).toBe(`${registry.host}/trivy-db`)

      const cacheDir = join(work, 'cache')
      await mkdir(cacheDir)
      const project = join(work, 'project')
      await mkdir(project)
      await writeFile(join(project, 'package-lock.json'), npmLockfile({ lodash: '4.17.20' }, 2))

      const { report } = await runTrivyJson(tools.trivy, [
        'fs',
        '--scanners',
        'vuln',
        '--db-repository',
        dbRepository,
        '--cache-dir',
        cacheDir,
        project,
      ])
      expect(ids(resultFor(report, 'package-lock.json'))).toEqual(['CVE-2021-23337'])
      // The DB came from the registry: trivy unpacked the pushed artifact into the empty cache.
      expect((await stat(join(cacheDir, 'db/trivy.db'))).size).toBeGreaterThan(0)
      const metadata: unknown = JSON.parse(
        await readFile(join(cacheDir, 'db/metadata.json'), 'utf8'),
      )
      expect(metadata).toMatchObject({ Version: 2 })
    })
  },
)
