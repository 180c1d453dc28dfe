import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CORPUS_DIR, readManifest } from '../support/corpus.js'

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
})
