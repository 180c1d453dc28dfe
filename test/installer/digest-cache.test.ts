import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  utimesSync,
  statSync,
  renameSync,
  chmodSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DigestCache, sha256File } from '@portcullis/installer'
import { it } from 'vitest'

/** The installer's digest cache must never vouch for a file that changed. */
it('remembers a digest only while the file is the same file, unchanged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-'))
  const cacheDir = join(dir, 'cache')
  const file = join(dir, 'bin')
  const sha = (s: string) => createHash('sha256').update(s).digest('hex')
  writeFileSync(file, 'one')
  const cache = new DigestCache(cacheDir)
  assert.equal(await cache.sha256(file), sha('one'))
  assert.equal(readdirSync(cacheDir).length, 1)
  // a hit: poison the entry's digest while identity matches -> returned (proves it was read from cache)
  const entry = join(cacheDir, readdirSync(cacheDir)[0]!)
  const rec = JSON.parse(readFileSync(entry, 'utf8'))
  writeFileSync(entry, JSON.stringify({ ...rec, sha256: sha('cached') }))
  assert.equal(await cache.sha256(file), sha('cached'), 'unchanged file answered from the cache')
  // same size content change, mtime restored: ctime changes -> re-hash
  const st = statSync(file)
  writeFileSync(file, 'two')
  utimesSync(file, st.atime, st.mtime)
  assert.equal(
    await cache.sha256(file),
    sha('two'),
    'rewritten file with restored mtime is hashed again',
  )
  // replaced by rename (new inode)
  writeFileSync(
    entry,
    JSON.stringify({ ...JSON.parse(readFileSync(entry, 'utf8')), sha256: sha('cached') }),
  )
  assert.equal(await cache.sha256(file), sha('cached'))
  writeFileSync(join(dir, 'new'), 'thr')
  renameSync(join(dir, 'new'), file)
  assert.equal(await cache.sha256(file), sha('thr'), 'replaced file is hashed again')
  // chmod (metadata) changes ctime -> re-hash
  writeFileSync(
    entry,
    JSON.stringify({ ...JSON.parse(readFileSync(entry, 'utf8')), sha256: sha('cached') }),
  )
  chmodSync(file, 0o755)
  assert.equal(await cache.sha256(file), sha('thr'))
  // garbage entry
  writeFileSync(entry, '{not json')
  assert.equal(await cache.sha256(file), sha('thr'))
  // abort
  const ac = new AbortController()
  ac.abort()
  await assert.rejects(sha256File(file, ac.signal))
  console.log('digest cache checks passed')
})
