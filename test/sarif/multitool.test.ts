import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusEntries } from '../support/corpus.js'
import { MULTITOOL, MULTITOOL_AVAILABLE, validateSarif } from '../support/sarif-multitool.js'
import { rewriteCorpusFile } from './rewrite.js'

const AVAILABLE = MULTITOOL_AVAILABLE
const IN_CI = process.env.CI === 'true'

if (!AVAILABLE && !IN_CI) {
  console.warn(
    `SKIPPED: SARIF Multitool validation: ${MULTITOOL} is missing (npm package ` +
      '@microsoft/sarif-multitool-linux). This test fails in CI when the binary is absent.',
  )
}

describe('SARIF Multitool validation of what the writer produces', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-sarif-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.skipIf(!AVAILABLE && !IN_CI)(
    'every corpus SARIF file, imported and written again, has zero SARIF and GitHub errors',
    () => {
      if (!AVAILABLE) throw new Error(`SARIF Multitool is missing at ${MULTITOOL}`)
      const entries = corpusEntries((e) => e.tag === 'sarif')
      const written: string[] = []
      for (const entry of entries) {
        const { log } = rewriteCorpusFile(entry.file)
        const path = join(dir, `${entry.file.replace(/[^A-Za-z0-9.-]+/g, '_')}`)
        writeFileSync(path, JSON.stringify(log, null, 2))
        written.push(path)
      }
      // A control the validator must reject: no locations, no message text, a bare rule.
      const control = join(dir, 'control-invalid.sarif')
      writeFileSync(
        control,
        JSON.stringify({
          version: '2.1.0',
          runs: [
            {
              tool: { driver: { name: 'control', rules: [{ id: 'R1' }] } },
              results: [{ ruleId: 'R1', message: { id: 'missing' } }],
            },
          ],
        }),
      )

      const errors = validateSarif([...written, control], dir)

      const controlErrors = errors.get(basename(control)) ?? []
      expect(controlErrors.some((e) => e.startsWith('GH'))).toBe(true)
      expect(controlErrors.some((e) => e.startsWith('SARIF'))).toBe(true)
      const ours = Object.fromEntries(
        written.map((p) => [basename(p), errors.get(basename(p)) ?? []]),
      )
      expect(ours).toEqual(Object.fromEntries(written.map((p) => [basename(p), []])))
      expect(written).toHaveLength(entries.length)
    },
    300_000,
  )
})
