import { spawnSync } from 'node:child_process'
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusEntries } from '../support/corpus.js'
import { rewriteCorpusFile } from './rewrite.js'

/*
 * Microsoft's SARIF Multitool validates our output against the SARIF 2.1.0 schema and rules
 * (`Sarif` rule kind) and against GitHub code scanning's ingestion rules (`Gh`, the GH1xxx/GH2xxx
 * rules: locations, message text, rule descriptions …). Its exit code is 0 even when it reports
 * errors, so the test reads the SARIF it writes and counts results whose level is `error`.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const MULTITOOL = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
const AVAILABLE = existsSync(MULTITOOL)
const IN_CI = process.env.CI === 'true'

if (!AVAILABLE && !IN_CI) {
  console.warn(
    `SKIPPED: SARIF Multitool validation: ${MULTITOOL} is missing (npm package ` +
      '@microsoft/sarif-multitool-linux). This test fails in CI when the binary is absent.',
  )
}

function ensureExecutable(path: string): void {
  try {
    accessSync(path, constants.X_OK)
  } catch {
    // npm may skip the package's postinstall `chmod u+x`.
    chmodSync(path, statSync(path).mode | 0o100)
  }
}

interface ValidationResult {
  ruleId?: string
  level?: string
  message?: { text?: string }
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[]
}
interface ValidationLog {
  runs: {
    tool: { driver: { rules?: { id: string; defaultConfiguration?: { level?: string } }[] } }
    results?: ValidationResult[]
  }[]
}

/** Multitool errors per validated file name. */
function validate(files: readonly string[], dir: string): Map<string, string[]> {
  ensureExecutable(MULTITOOL)
  const out = join(dir, 'validation.sarif')
  const run = spawnSync(
    MULTITOOL,
    ['validate', ...files, '-o', out, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'],
    {
      encoding: 'utf8',
      timeout: 280_000,
      // No ICU on slim runners; the tool otherwise stops before it starts.
      env: {
        ...process.env,
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      },
    },
  )
  if (run.error) throw run.error
  if (!existsSync(out)) {
    throw new Error(`Multitool wrote no output (exit ${run.status}): ${run.stdout}${run.stderr}`)
  }
  const log = JSON.parse(readFileSync(out, 'utf8')) as ValidationLog
  const errors = new Map<string, string[]>()
  for (const r of log.runs) {
    const defaults = new Map(
      (r.tool.driver.rules ?? []).map((x) => [x.id, x.defaultConfiguration?.level]),
    )
    for (const result of r.results ?? []) {
      const level = result.level ?? defaults.get(result.ruleId ?? '') ?? 'warning'
      if (level !== 'error') continue
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'
      const name = basename(decodeURIComponent(uri))
      const list = errors.get(name) ?? []
      list.push(`${result.ruleId}: ${result.message?.text ?? ''}`)
      errors.set(name, list)
    }
  }
  return errors
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

      const errors = validate([...written, control], dir)

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
