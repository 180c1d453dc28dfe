import { spawnSync } from 'node:child_process'
import { accessSync, chmodSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { REPO_ROOT } from './scanners.js'

/*
 * Microsoft's SARIF Multitool validates our output against the SARIF 2.1.0 schema and rules
 * (`Sarif` rule kind) and against GitHub code scanning's ingestion rules (`Gh`, the GH1xxx/GH2xxx
 * rules: locations, message text, rule descriptions …). Its exit code is 0 even when it reports
 * errors, so this reads the SARIF it writes and counts results whose level is `error`.
 */
export const MULTITOOL = join(
  REPO_ROOT,
  'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool',
)
export const MULTITOOL_AVAILABLE = existsSync(MULTITOOL)
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

/** Multitool errors (level error, `Sarif` and `Gh` rules) per validated file name; writes into `dir`. */
export function validateSarif(files: readonly string[], dir: string): Map<string, string[]> {
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
