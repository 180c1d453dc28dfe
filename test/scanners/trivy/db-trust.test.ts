import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError, ScanFailedError } from '@portcullis/core'
import {
  checkDbDates,
  extractDbArchive,
  JAVA_DB_ARCHIVE,
  parseDbDigest,
  parseDbMaxAge,
  sha256File,
  VULN_DB_ARCHIVE,
} from '@portcullis/scanners/trivy'

const HOUR = 60 * 60 * 1000
const NOW = new Date('2026-12-03T12:00:00Z')
const at = (offsetHours: number) => new Date(NOW.getTime() + offsetHours * HOUR).toISOString()
const policy = { maxAge: '3d', maxAgeMs: 72 * HOUR }

describe('db-max-age', () => {
  it.each([
    ['72h', 72],
    ['3d', 72],
    ['1h', 1],
    [' 10D ', 240],
    ['365d', 8760],
  ])('%j is %i hours', (value, hours) => {
    expect(parseDbMaxAge(value)).toBe(hours * HOUR)
  })

  it.each(['', '0h', '3', '3 days', '1.5d', '-1d', '366d', '30m'])(
    '%j is refused, naming the input',
    (value) => {
      expect(() => parseDbMaxAge(value)).toThrow(InputError)
      expect(() => parseDbMaxAge(value)).toThrow(/db-max-age.*e\.g\. 72h or 3d/)
    },
  )
})

describe('the DB dates', () => {
  it('accepts a DB updated within db-max-age whose next update lies a day ahead', () => {
    expect(checkDbDates({ Version: 2, UpdatedAt: at(-71), NextUpdate: at(24) }, policy, NOW)).toBe(
      undefined,
    )
  })

  it('accepts an old archive whose NextUpdate has passed while it is younger than db-max-age', () => {
    expect(checkDbDates({ Version: 2, UpdatedAt: at(-48), NextUpdate: at(-24) }, policy, NOW)).toBe(
      undefined,
    )
  })

  it('refuses a DB older than db-max-age, naming the input, the age and the limit', () => {
    const check = checkDbDates({ Version: 2, UpdatedAt: at(-74), NextUpdate: at(-50) }, policy, NOW)
    expect(check?.code).toBe('db-too-old')
    expect(check?.reason).toBe(
      `db-too-old: the trivy vulnerability DB was updated at ${at(-74)}, 3d 2h ago, longer ago than db-max-age (3d) allows; give a fresher DB (refresh the cache, the mirror or the db-archive) or raise db-max-age`,
    )
  })

  it('allows one hour of clock skew and refuses an UpdatedAt beyond it', () => {
    expect(checkDbDates({ Version: 2, UpdatedAt: at(0.9) }, policy, NOW)).toBe(undefined)
    const check = checkDbDates({ Version: 2, UpdatedAt: at(2) }, policy, NOW)
    expect(check?.code).toBe('db-dated-in-the-future')
    expect(check?.reason).toMatch(/updated at .*, 2h from now/)
  })

  it('refuses a planted DB whose NextUpdate lies far ahead, even with a fresh UpdatedAt', () => {
    const check = checkDbDates(
      { Version: 2, UpdatedAt: at(0), NextUpdate: '2099-12-31T00:00:00Z' },
      policy,
      NOW,
    )
    expect(check?.code).toBe('db-dated-in-the-future')
    expect(check?.reason).toContain('asks not to be refreshed before 2099-12-31T00:00:00Z')
    // A week ahead (plus the skew) is the most any genuine DB asks for.
    expect(checkDbDates({ Version: 2, UpdatedAt: at(0), NextUpdate: at(168) }, policy, NOW)).toBe(
      undefined,
    )
    expect(
      checkDbDates({ Version: 2, UpdatedAt: at(0), NextUpdate: at(170) }, policy, NOW)?.code,
    ).toBe('db-dated-in-the-future')
  })

  it('refuses a DB without a readable UpdatedAt', () => {
    expect(checkDbDates({ Version: 2 }, policy, NOW)?.code).toBe('db-undated')
    expect(checkDbDates({ Version: 2, UpdatedAt: 'yesterday' }, policy, NOW)?.code).toBe(
      'db-undated',
    )
  })
})

describe('db-digest', () => {
  const hex = 'a'.repeat(64)
  it('takes 64 hex digits, with or without sha256:, in any case', () => {
    expect(parseDbDigest(hex)).toBe(hex)
    expect(parseDbDigest(`sha256:${hex.toUpperCase()}`)).toBe(hex)
  })
  it.each(['sha256:abc', 'sha512:' + hex, hex + 'a', 'md5'])('%j is refused', (value) => {
    expect(() => parseDbDigest(value)).toThrow(/db-digest.*64 hex digits/)
  })
})

describe('DB archives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'db-archive-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // Big enough to span many tar blocks and gzip chunks.
  const db = Buffer.alloc(300_000 + 123, 7)
  db.write('bbolt-like', 0)
  const meta = JSON.stringify({ Version: 2, UpdatedAt: NOW.toISOString() })

  function source(files: Record<string, string | Buffer>): string {
    const src = mkdtempSync(join(dir, 'src-'))
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(src, name, '..'), { recursive: true })
      writeFileSync(join(src, name), content)
    }
    return src
  }

  /** GNU tar, as a user packs the archive (`tar -czf … -C <dir> …`). */
  function tarGz(src: string, entries: string[], extra: string[] = []): string {
    const out = join(dir, `${Math.random().toString(36).slice(2)}.tar.gz`)
    execFileSync('tar', ['-czf', out, ...extra, '-C', src, ...entries])
    return out
  }

  it('unpacks trivy.db and metadata.json from the root, byte for byte', async () => {
    const src = source({ 'trivy.db': db, 'metadata.json': meta, README: 'skipped' })
    const cache = mkdtempSync(join(dir, 'cache-'))
    mkdirSync(join(cache, 'db'))
    writeFileSync(join(cache, 'db', 'stale'), 'replaced')
    await extractDbArchive(
      tarGz(src, ['trivy.db', 'metadata.json', 'README']),
      cache,
      VULN_DB_ARCHIVE,
    )
    expect(readFileSync(join(cache, 'db', 'trivy.db')).equals(db)).toBe(true)
    expect(readFileSync(join(cache, 'db', 'metadata.json'), 'utf8')).toBe(meta)
    expect(await sha256File(join(cache, 'db', 'trivy.db'))).toBe(
      createHash('sha256').update(db).digest('hex'),
    )
    expect(() => readFileSync(join(cache, 'db', 'stale'))).toThrow()
    expect(() => readFileSync(join(cache, 'db', 'README'))).toThrow()
  })

  it('takes ./-prefixed names (tar -C dir .) and a pax archive', async () => {
    const src = source({ 'trivy-java.db': db, 'metadata.json': meta })
    const cache = mkdtempSync(join(dir, 'cache-'))
    await extractDbArchive(tarGz(src, ['.'], ['--format=pax']), cache, JAVA_DB_ARCHIVE)
    expect(readFileSync(join(cache, 'java-db', 'trivy-java.db')).equals(db)).toBe(true)
  })

  it('refuses an archive without trivy.db, naming what is missing and how to pack it', async () => {
    const src = source({ 'metadata.json': meta })
    const cache = mkdtempSync(join(dir, 'cache-'))
    const run = extractDbArchive(tarGz(src, ['metadata.json']), cache, VULN_DB_ARCHIVE)
    await expect(run).rejects.toThrow(ScanFailedError)
    await expect(run).rejects.toThrow(
      /holds no trivy\.db at its root; pack it as `tar -czf <archive> -C <cache-dir>\/db trivy\.db metadata\.json`/,
    )
  })

  it('refuses a symlink named trivy.db instead of following it', async () => {
    const src = source({ 'metadata.json': meta })
    symlinkSync('/etc/passwd', join(src, 'trivy.db'))
    const cache = mkdtempSync(join(dir, 'cache-'))
    await expect(
      extractDbArchive(tarGz(src, ['trivy.db', 'metadata.json']), cache, VULN_DB_ARCHIVE),
    ).rejects.toThrow(/trivy\.db in the archive is not a regular file/)
  })

  it('refuses a file that is not a gzip tar, and a path that is not a file (an input error)', async () => {
    const notGz = join(dir, 'plain.txt')
    writeFileSync(notGz, 'not an archive')
    const cache = mkdtempSync(join(dir, 'cache-'))
    await expect(extractDbArchive(notGz, cache, VULN_DB_ARCHIVE)).rejects.toThrow(
      /db-archive '.*plain\.txt' is not a gzip-compressed tar of a trivy DB/,
    )
    await expect(
      extractDbArchive(join(dir, 'missing.tar.gz'), cache, VULN_DB_ARCHIVE),
    ).rejects.toThrow(InputError)
  })

  it('refuses a truncated archive', async () => {
    const src = source({ 'trivy.db': db, 'metadata.json': meta })
    const full = readFileSync(tarGz(src, ['trivy.db', 'metadata.json']))
    const cut = join(dir, 'cut.tar.gz')
    writeFileSync(cut, full.subarray(0, Math.floor(full.length / 2)))
    const cache = mkdtempSync(join(dir, 'cache-'))
    await expect(extractDbArchive(cut, cache, VULN_DB_ARCHIVE)).rejects.toThrow(ScanFailedError)
  })
})
