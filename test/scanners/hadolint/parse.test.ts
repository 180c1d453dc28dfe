import { describe, expect, it } from 'vitest'
import { ScanFailedError } from '@portcullis/core'
import { parseHadolint } from '@portcullis/scanners/hadolint'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const context = { workspace: '/src' }
const entries = corpusEntries((e) => e.tool === 'hadolint')

describe('hadolint JSON parser on the corpus', () => {
  it.each(
    entries.map(
      (e) =>
        [
          e.file,
          e.counted as {
            findings: number
            level: Record<string, number>
            codes: Record<string, number>
          },
        ] as const,
    ),
  )('%s: one finding per violation, levels and rules as counted', (file, counted) => {
    const result = parseHadolint(readCorpus(file), context)
    expect(result.findings).toHaveLength(counted.findings)
    const levels: Record<string, number> = {}
    const codes: Record<string, number> = {}
    for (const f of result.findings) {
      levels[f.scannerSeverity!] = (levels[f.scannerSeverity!] ?? 0) + 1
      codes[f.ruleId] = (codes[f.ruleId] ?? 0) + 1
    }
    expect(levels).toEqual(counted.level)
    expect(codes).toEqual(counted.codes)
    expect(new Set(result.findings.map((f) => f.fingerprint)).size).toBe(result.findings.length)
  })

  it('warning is medium, info is info; Windows paths become workspace paths', () => {
    const result = parseHadolint(readCorpus('hadolint/json/dd-hadolint-many.json'), context)
    expect(result.findings[0]).toMatchObject({
      ruleId: 'DL3008',
      severity: 'medium',
      location: { path: 'django-DefectDojo/Dockerfile.django', startLine: 9 },
      helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3008',
    })
    expect(result.findings[1]).toMatchObject({ ruleId: 'DL3015', severity: 'info' })
  })

  it('output that is not hadolint JSON is a failed scan', () => {
    for (const bad of ['', '{}', '[1]', '[{"line":1}]']) {
      expect(() => parseHadolint(bad, context)).toThrow(ScanFailedError)
    }
  })
})
