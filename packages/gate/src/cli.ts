import { writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { InputError, UserError } from '@portcullis/core/essentials'
import {
  DEFAULT_SYSTEM_LEVEL,
  GATE_INPUTS,
  parseBoolean,
  parseMode,
  parseRiskThreshold,
  parseFailOn,
  parseStage,
  parseSystemLevel,
  type GateConfig,
} from './config.js'
import type { GatePorts } from './gate.js'

/** Exit codes of `portcullis gate`. */
export const EXIT = { pass: 0, fail: 1, badInput: 2 } as const

export const CLI_USAGE = `Usage: portcullis gate --findings <file|folder|glob>... [--import <FORMAT:PATH>...] --stage <code|container|final> [options]

Runs the quality gate over findings reports and prints the summary (markdown).

  --findings <paths...>     findings reports: files, folders (every *.json below) or globs
  --import <FORMAT:PATH...> other tools' outputs gated as scans, FORMAT one of sarif, trivy-json,
                            grype-json, gitleaks-json, checkov-json, osv-json, semgrep-json,
                            hadolint-json, kics-json, tfsec-json or auto (PATH may be a glob)
  --stage <stage>           code | container | final
  --system-level <1-4>      severity matrix level (default 3)
  --policy <file>           policy YAML (default: built-in policy)
  --waivers <file>          waivers YAML (default: .portcullis/waivers.yml when present)
  --risk-threshold <0-100>  minimum risk score (default: the policy's, else 75)
  --fail-on <severity>      preset: any finding this severe or worse fails (e.g. high)
  --fail <true|false>       false: report only, exit 0 whatever the verdict (default true)
  --mode <all|new>          new: count only findings absent from --baseline (default all)
  --baseline <paths...>     the base branch's findings reports (for --mode new)
  --sha <commit>            the commit being gated (default: $GITHUB_SHA, else the reports' own)
  --base <commit>           a change under review: read policy, waivers and baselines in the
                            repository from this base commit (git in --cwd); --mode new baselines
                            must be scans of it or of its merge base with --head
  --head <commit>           the change's head, for the merge base (default: HEAD)
  --image <digest|ref>      the image being promoted (final stage; default: the scanned images)
  --summary-file <file>     also write the summary to this file
  --cwd <folder>            resolve relative paths here (default: the current folder)

Exit codes: 0 pass (or report only), 1 fail, 2 bad input.`

const LIST_OPTIONS = ['findings', 'baseline', 'import'] as const
const VALUE_OPTIONS = [
  'stage',
  'system-level',
  'policy',
  'waivers',
  'risk-threshold',
  'fail-on',
  'fail',
  'mode',
  'sha',
  'base',
  'head',
  'image',
  'summary-file',
  'cwd',
] as const

export interface CliArgs {
  readonly lists: Readonly<Record<(typeof LIST_OPTIONS)[number], readonly string[]>>
  readonly values: Readonly<Partial<Record<(typeof VALUE_OPTIONS)[number], string>>>
  readonly help: boolean
}

/**
 * `--findings a b c` takes every following argument up to the next option (so shell globs that the
 * shell expanded work); other options take one value; `--name=value` works for all.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args = argv[0] === 'gate' ? argv.slice(1) : [...argv]
  const lists: Record<(typeof LIST_OPTIONS)[number], string[]> = {
    findings: [],
    baseline: [],
    import: [],
  }
  const values: Record<string, string> = {}
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (!arg.startsWith('--')) {
      throw new InputError('arguments', `unexpected '${arg}'; see --help`)
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    const inline = eq === -1 ? undefined : arg.slice(eq + 1)
    if ((LIST_OPTIONS as readonly string[]).includes(name)) {
      const list = lists[name as (typeof LIST_OPTIONS)[number]]
      if (inline !== undefined) list.push(inline)
      while (i + 1 < args.length && !args[i + 1]!.startsWith('--')) list.push(args[++i]!)
      if (list.length === 0) throw new InputError(name, 'needs at least one path')
    } else if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? args[++i]
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new InputError(name, 'needs a value')
      }
      values[name] = value
    } else {
      throw new InputError(name, 'is not an option of portcullis gate; see --help')
    }
  }
  return { lists, values, help }
}

export function configFromCli(
  args: CliArgs,
  env: Readonly<Record<string, string | undefined>>,
): GateConfig {
  const v = args.values
  if (v.stage === undefined)
    throw new InputError(GATE_INPUTS.stage, 'is required (code, container or final)')
  const threshold =
    v['risk-threshold'] !== undefined ? parseRiskThreshold(v['risk-threshold']) : undefined
  const failOn = v['fail-on'] !== undefined ? parseFailOn(v['fail-on']) : undefined
  const sha = v.sha ?? (env.GITHUB_SHA && env.GITHUB_SHA !== '' ? env.GITHUB_SHA : undefined)
  if (v.head !== undefined && v.base === undefined)
    throw new InputError('head', 'only means something with --base (the base commit)')
  return {
    findings: args.lists.findings,
    stage: parseStage(v.stage),
    systemLevel:
      v['system-level'] !== undefined ? parseSystemLevel(v['system-level']) : DEFAULT_SYSTEM_LEVEL,
    mode: v.mode !== undefined ? parseMode(v.mode) : 'all',
    fail: v.fail !== undefined ? parseBoolean(GATE_INPUTS.fail, v.fail) : true,
    baseline: args.lists.baseline,
    ...(args.lists.import.length > 0 ? { imports: args.lists.import } : {}),
    ...(v.policy !== undefined ? { policy: v.policy } : {}),
    ...(v.waivers !== undefined ? { waivers: v.waivers } : {}),
    ...(threshold !== undefined ? { riskThreshold: threshold } : {}),
    ...(failOn !== undefined ? { failOn } : {}),
    ...(sha !== undefined ? { commitSha: sha } : {}),
    ...(v.image !== undefined ? { image: v.image } : {}),
    ...(v.base !== undefined
      ? {
          base: {
            sha: v.base.trim(),
            ...(v.head !== undefined ? { head: v.head.trim() } : {}),
            what: 'change',
          },
        }
      : {}),
  }
}

export interface CliIo extends GatePorts {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  readonly writeFile?: (path: string, text: string) => void
}

/**
 * Runs `portcullis gate …` and returns the exit code; all IO goes through `io`. The gate, its
 * policy and report loading load only once the arguments are read and valid.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv)
    if (args.help) {
      io.stdout(`${CLI_USAGE}\n`)
      return EXIT.pass
    }
    const config = configFromCli(args, io.env)
    const cwd = args.values.cwd ?? io.cwd ?? process.cwd()
    const [{ runGate }, { renderGateSummary }] = await Promise.all([
      import('./gate.js'),
      import('./summary.js'),
    ])
    const result = runGate(config, { ...io, cwd })
    const summary = renderGateSummary(result)
    io.stdout(`${summary}\n`)
    const file = args.values['summary-file']
    if (file !== undefined) {
      const write = io.writeFile ?? ((p: string, t: string) => writeFileSync(p, t))
      write(isAbsolute(file) ? file : join(cwd, file), `${summary}\n`)
    }
    return result.failStep ? EXIT.fail : EXIT.pass
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`portcullis gate: ${error.message}\n`)
      return EXIT.badInput
    }
    // A bug: never a verdict, and never a pass.
    io.stderr(`portcullis gate: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return EXIT.badInput
  }
}
