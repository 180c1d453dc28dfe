import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  boltTopLevelBuckets,
  inspectTrivyDb,
  parseTrivyVersionOutput,
  resolveTrivyVersion,
  trivyCacheDir,
  trivyDialect,
} from '@portcullis/scanners/trivy'
import { ADVISORY_FIXTURE, buildTrivyDb } from '../../support/trivy-db.js'
import { describeWithTools } from '../../support/scanners.js'

describe('trivy version and flag dialect', () => {
  it('reads the version word from `trivy --version`', () => {
    expect(parseTrivyVersionOutput('Version: 0.58.1\nVulnerability DB:\n  Version: 2\n')).toBe(
      '0.58.1',
    )
    expect(parseTrivyVersionOutput('Version: dev\n')).toBe('dev')
    expect(parseTrivyVersionOutput('nonsense')).toBeUndefined()
  })

  it.each([
    [
      '0.36.1',
      '--security-checks',
      'config',
      '--skip-update',
      '--skip-policy-update',
      '--config-policy',
    ],
    [
      '0.44.1',
      '--scanners',
      'config',
      '--skip-db-update',
      '--skip-policy-update',
      '--config-policy',
    ],
    [
      '0.48.0',
      '--scanners',
      'misconfig',
      '--skip-db-update',
      '--skip-policy-update',
      '--config-policy',
    ],
    [
      '0.69.3',
      '--scanners',
      'misconfig',
      '--skip-db-update',
      '--skip-check-update',
      '--config-check',
    ],
  ])('trivy %s speaks %s %s', (version, scanners, misconfig, skipDb, skipChecks, configCheck) => {
    const v = resolveTrivyVersion({ version })
    expect(v.note).toBeUndefined()
    expect(trivyDialect(v)).toEqual({
      scannersFlag: scanners,
      misconfigScanner: misconfig,
      skipDbUpdate: skipDb,
      skipCheckUpdate: skipChecks,
      configCheck,
      checkNamespaces:
        configCheck === '--config-check' ? '--check-namespaces' : '--policy-namespaces',
    })
  })

  it('a "dev" build of unknown origin gets current flags and a note saying so', () => {
    const v = resolveTrivyVersion({ version: 'dev', sha256: '0'.repeat(64) })
    expect(v.version).toBe('dev')
    expect(v.release).toBeUndefined()
    expect(v.note).toContain("reports its version as 'dev'")
    expect(trivyDialect(v).misconfigScanner).toBe('misconfig')
  })

  it('the cache folder is stable under the tool cache only with cache-db', () => {
    expect(trivyCacheDir({ toolCache: '/opt/hostedtoolcache' }, true, '/tmp/w')).toBe(
      '/opt/hostedtoolcache/portcullis/trivy-db',
    )
    expect(trivyCacheDir({ toolCache: '/opt/hostedtoolcache' }, false, '/tmp/w')).toBe(
      '/tmp/w/trivy-cache',
    )
  })
})

describeWithTools(['go', 'bbolt'], 'trivy DB inspection on test-built DBs', () => {
  const dirs: string[] = []
  let good = ''
  let empty = ''
  beforeAll(async () => {
    good = await buildTrivyDb()
    // A valid bbolt file with the shared vulnerability bucket but no advisory source in it.
    const fixture = join(mkdtempSync(join(tmpdir(), 'empty-fixture-')), 'empty.json')
    writeFileSync(
      fixture,
      JSON.stringify({
        description: 'no advisory source',
        entries: [{ bucket: ['vulnerability'], key: 'CVE-2000-0001', value: { Title: 'x' } }],
      }),
    )
    empty = await buildTrivyDb(fixture)
    dirs.push(good, empty)
  }, 120_000)
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  })

  it('reads the top-level buckets of the bbolt file', () => {
    const fixture = JSON.parse(readFileSync(ADVISORY_FIXTURE, 'utf8')) as {
      entries: { bucket: string[] }[]
    }
    const expected = [...new Set(fixture.entries.map((e) => e.bucket[0]!))].sort()
    expect(boltTopLevelBuckets(join(good, 'db/trivy.db')).sort()).toEqual(expected)
  })

  it('a fresh DB is ready; a past NextUpdate is stale', () => {
    const state = inspectTrivyDb(good)
    expect(state.status).toBe('ready')
    expect(state.sources).toBe(3)
    expect(inspectTrivyDb(good, new Date('2100-01-01T00:00:00Z')).status).toBe('stale')
  })

  it('a DB without sources, garbage, a missing metadata.json or another schema are broken; nothing is missing', () => {
    expect(inspectTrivyDb(empty)).toMatchObject({
      status: 'broken',
      reason: 'trivy.db holds no advisories (1 bucket(s), 0 advisory source(s))',
    })
    const garbage = mkdtempSync(join(tmpdir(), 'garbage-db-'))
    dirs.push(garbage)
    expect(inspectTrivyDb(garbage).status).toBe('missing')
    const db = join(garbage, 'db')
    mkdirSync(db)
    // The good metadata next to bytes that are no bbolt file.
    writeFileSync(join(db, 'metadata.json'), readFileSync(join(good, 'db/metadata.json')))
    writeFileSync(join(db, 'trivy.db'), Buffer.alloc(8192, 7))
    expect(inspectTrivyDb(garbage)).toMatchObject({
      status: 'broken',
      reason: 'trivy.db is not a readable bbolt file (no valid meta page)',
    })
    writeFileSync(join(db, 'metadata.json'), JSON.stringify({ Version: 1 }))
    expect(inspectTrivyDb(garbage).reason).toBe(
      'the DB has schema version 1; trivy reads version 2',
    )
    rmSync(join(db, 'metadata.json'))
    expect(inspectTrivyDb(garbage).status).toBe('broken')
  })
})
