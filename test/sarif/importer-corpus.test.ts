import { describe, expect, it } from 'vitest'
import { parseSarif, readSarif, sarifToFindings } from '@portcullis/sarif'
import { ScanFailedError } from '@portcullis/core'
import { corpusEntries, readCorpus } from '../support/corpus.js'

const WORKSPACE = '/home/runner/work/repo/repo'
const entries = corpusEntries((e) => e.tag === 'sarif')

interface Counted {
  runs: number
  results: number
  level: Record<string, number>
  suppressed: number
  first_ruleId: string | null
}

describe('SARIF importer on every corpus SARIF file', () => {
  it('finds the SARIF files the manifest lists', () => {
    expect(entries.length).toBeGreaterThanOrEqual(27)
  })

  for (const entry of entries) {
    it(`${entry.file} matches the manifest counts`, () => {
      const expected = entry.counted as unknown as Counted
      const imported = parseSarif(readCorpus(entry.file), { workspace: WORKSPACE })
      expect(imported.runs.length).toBe(expected.runs)
      expect(imported.results.length).toBe(expected.results)
      expect(imported.runs.reduce((n, r) => n + r.results, 0)).toBe(expected.results)
      // Every result is a finding except those whose kind says "no problem".
      const problems = imported.results.filter(
        (r) => r.kind !== 'pass' && r.kind !== 'notApplicable',
      )
      expect(imported.findings).toEqual(problems.map((r) => r.finding))
      const levels: Record<string, number> = {}
      for (const r of imported.results) {
        const key = `${r.level}${r.levelInherited ? '*' : ''}`
        levels[key] = (levels[key] ?? 0) + 1
      }
      expect(levels).toEqual(expected.level)
      expect(imported.findings.filter((f) => f.suppression).length).toBe(expected.suppressed)
      expect(imported.results.filter((r) => r.finding?.suppression).length).toBe(
        expected.suppressed,
      )
      const firstRuleId = imported.results.find((r) => r.sarifRuleId !== undefined)?.sarifRuleId
      expect(firstRuleId ?? null).toBe(expected.first_ruleId)
      if (expected.first_ruleId !== null) {
        const idx = imported.results.findIndex((r) => r.sarifRuleId !== undefined)
        expect(imported.results[idx]?.finding?.ruleId).toBe(expected.first_ruleId)
      }
      for (const f of imported.findings) {
        expect(f.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
        if (f.location) {
          expect(f.location.path.startsWith('/')).toBe(false)
          expect(f.location.path.split('/')).not.toContain('..')
        }
      }
    })
  }
})
