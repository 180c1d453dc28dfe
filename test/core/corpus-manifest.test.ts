import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CORPUS_DIR, readManifest } from '../support/corpus.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  )
}

describe('corpus manifest reader', () => {
  it('reads every listed file with its counting tag and numbers', () => {
    const entries = readManifest()
    const stated = /^(\d+) files,/m.exec(readFileSync(join(CORPUS_DIR, 'MANIFEST.md'), 'utf8'))
    expect(entries.length).toBe(Number(stated?.[1]))
    for (const e of entries) expect(existsSync(join(CORPUS_DIR, e.file)), e.file).toBe(true)
    const noRuns = entries.find((e) => e.file === 'generic-sarif/sarif/dd-no_runs.sarif')
    expect(noRuns?.tag).toBe('sarif')
    expect(noRuns?.counted).toMatchObject({ runs: 0, results: 0 })
  })

  it('lives inside the repository, next to the tests', () => {
    expect(relative(join(import.meta.dirname, '..'), CORPUS_DIR)).toBe('corpus')
  })

  it('every file is byte-for-byte the copy its row describes, and every file has a row', () => {
    const entries = readManifest()
    const text = readFileSync(join(CORPUS_DIR, 'MANIFEST.md'), 'utf8')
    let total = 0
    for (const e of entries) {
      const data = readFileSync(join(CORPUS_DIR, e.file))
      total += data.length
      expect(data.length, e.file).toBe(e.bytes)
      expect(createHash('sha256').update(data).digest('hex').slice(0, 12), e.file).toBe(
        e.sha256Prefix,
      )
    }
    const statedBytes = /^\d+ files, ([\d,]+) bytes in total/m.exec(text)
    expect(Number(statedBytes?.[1]?.replaceAll(',', ''))).toBe(total)
    const onDisk = filesUnder(CORPUS_DIR)
      .map((f) => relative(CORPUS_DIR, f))
      .filter((f) => f !== 'MANIFEST.md')
      .sort()
    expect(onDisk).toEqual(entries.map((e) => e.file).sort())
    for (const f of onDisk) expect(statSync(join(CORPUS_DIR, f)).size).toBeGreaterThan(0)
  })

  it('names the licence of every source repository it copies from', () => {
    const text = readFileSync(join(CORPUS_DIR, 'MANIFEST.md'), 'utf8')
    const licences = new Map<string, { licence: string; files: number }>()
    for (const m of text.matchAll(/^\| ([\w.-]+\/[\w.-]+) \| ([A-Za-z0-9.-]+) \| (\d+) \|$/gm))
      licences.set(m[1]!, { licence: m[2]!, files: Number(m[3]) })
    const bySource = new Map<string, number>()
    for (const line of text.split('\n')) {
      const row = /^\| \d+ \| `[^`]+` \|(?: [^|]* \|){3} ([\w.-]+\/[\w.-]+) \|/.exec(line)
      if (row) bySource.set(row[1]!, (bySource.get(row[1]!) ?? 0) + 1)
    }
    expect(bySource.size).toBeGreaterThan(0)
    for (const [repo, files] of bySource) {
      expect(licences.get(repo)?.licence, repo).toMatch(/^[A-Z]/)
      expect(licences.get(repo)?.files, repo).toBe(files)
    }
  })
})
