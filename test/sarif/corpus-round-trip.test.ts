import { describe, expect, it } from 'vitest'
import { parseSarif } from '@portcullis/sarif'
import { corpusEntries } from '../support/corpus.js'
import { WORKFLOW, WORKSPACE, rewriteCorpusFile } from './rewrite.js'

describe('corpus SARIF -> findings -> SARIF -> findings', () => {
  for (const entry of corpusEntries((e) => e.tag === 'sarif')) {
    it(`${entry.file} keeps every finding's rule, severity, category, place and fingerprint`, () => {
      const { imported, log } = rewriteCorpusFile(entry.file)
      expect(log.runs).toHaveLength(imported.runs.length)
      for (const run of log.runs) {
        for (const result of run.results ?? []) {
          const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
          expect(uri).not.toBe('')
          expect(uri).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i)
          expect(decodeURIComponent(uri).split('/')).not.toContain('..')
          expect(result.message.text).toBeTruthy()
        }
      }
      const again = parseSarif(JSON.stringify(log), { workspace: WORKSPACE })
      expect(again.findings).toHaveLength(imported.findings.length)
      imported.findings.forEach((f, i) => {
        const g = again.findings[i]!
        expect({ ruleId: g.ruleId, severity: g.severity, category: g.category }).toEqual({
          ruleId: f.ruleId,
          severity: f.severity,
          category: f.category,
        })
        expect(g.fingerprint).toBe(f.fingerprint)
        expect(g.suppression?.kind).toBe(f.suppression?.kind)
        expect(g.location?.path).toBe(f.location?.path ?? WORKFLOW)
        expect(g.location?.startLine).toBe(f.location?.startLine ?? 1)
      })
    })
  }
})
