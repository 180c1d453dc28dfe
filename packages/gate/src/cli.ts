import { writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { FULL_COMMIT_SHA, InputError, UserError } from '@portcullis/core/essentials'
import { nonEmpty, readInputs, type Inputs } from '@portcullis/core/inputs'
import { configFromInputs, GATE_INPUTS, type GateConfig } from './config.js'
import { CLI_INPUT_SPECS } from './inputs.js'
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

export type CliInputs = Inputs<typeof CLI_INPUT_SPECS>

export interface CliArgs {
  /** Each option as given: a list option's values one by one, any other option's last value. */
  readonly options: Readonly<Record<string, string | readonly string[]>>
  readonly help: boolean
}

const isOption = (name: string): name is keyof typeof CLI_INPUT_SPECS =>
  Object.hasOwn(CLI_INPUT_SPECS, name)

/** An option as the user typed it, for messages. */
const optionName = (name: string): string => `--${name}`

/**
 * `--findings a b c` takes every following argument up to the next option (so shell globs that the
 * shell expanded work), as does every list option of the spec, and repeating one adds to it; other
 * options take one value; `--name=value` works for all.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args = argv[0] === 'gate' ? argv.slice(1) : [...argv]
  const options: Record<string, string | string[]> = {}
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
    if (!isOption(name)) {
      throw new InputError(optionName(name), 'is not an option of portcullis gate; see --help')
    }
    if (CLI_INPUT_SPECS[name].kind === 'list') {
      const given = options[name]
      const list = Array.isArray(given) ? given : []
      if (inline !== undefined) list.push(inline)
      while (i + 1 < args.length && !args[i + 1]!.startsWith('--')) list.push(args[++i]!)
      if (list.length === 0) throw new InputError(optionName(name), 'needs at least one path')
      options[name] = list
    } else {
      const value = inline ?? args[++i]
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new InputError(optionName(name), 'needs a value')
      }
      options[name] = value
    }
  }
  return { options, help }
}

/** Reads the options through the gate's input spec, as the action reads its inputs. */
export function readCliInputs(args: CliArgs): CliInputs {
  return readInputs(CLI_INPUT_SPECS, (name) => args.options[name], {
    requiredHint: 'see --help',
  })
}

export function configFromCli(
  inputs: CliInputs,
  env: Readonly<Record<string, string | undefined>>,
): GateConfig {
  const typed = nonEmpty(inputs.sha)
  const fromEnv = typed === undefined ? nonEmpty(env.GITHUB_SHA) : undefined
  // A commit from the environment is named as such: the user typed no --sha.
  if (fromEnv !== undefined && !FULL_COMMIT_SHA.test(fromEnv)) {
    throw new UserError(
      'bad-github-sha',
      `GITHUB_SHA is not a full commit SHA (got '${fromEnv}'); unset it or give --sha <commit>`,
    )
  }
  const sha = typed ?? fromEnv
  const base = nonEmpty(inputs.base)
  const head = nonEmpty(inputs.head)
  if (head !== undefined && base === undefined)
    throw new InputError(GATE_INPUTS.head, 'only means something with --base (the base commit)')
  return {
    ...configFromInputs(inputs),
    ...(sha !== undefined ? { commitSha: sha } : {}),
    ...(base !== undefined
      ? { base: { sha: base, ...(head !== undefined ? { head } : {}), what: 'change' } }
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
    const inputs = readCliInputs(args)
    const config = configFromCli(inputs, io.env)
    const cwd = nonEmpty(inputs.cwd) ?? io.cwd ?? process.cwd()
    const [{ runGate }, { renderGateSummary }] = await Promise.all([
      import('./gate.js'),
      import('./summary.js'),
    ])
    const result = runGate(config, { ...io, cwd })
    const summary = renderGateSummary(result)
    io.stdout(`${summary}\n`)
    const file = nonEmpty(inputs.summaryFile)
    if (file !== undefined) {
      const write = io.writeFile ?? ((p: string, t: string) => writeFileSync(p, t))
      write(isAbsolute(file) ? file : join(cwd, file), `${summary}\n`)
    }
    return result.failStep ? EXIT.fail : EXIT.pass
  } catch (error) {
    // The gate names its inputs as the action has them; here the user typed them as options.
    if (error instanceof InputError && isOption(error.input)) {
      io.stderr(
        `portcullis gate: ${new InputError(optionName(error.input), error.detail).message}\n`,
      )
      return EXIT.badInput
    }
    if (error instanceof UserError) {
      io.stderr(`portcullis gate: ${error.message}\n`)
      return EXIT.badInput
    }
    // A bug: never a verdict, and never a pass.
    io.stderr(`portcullis gate: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return EXIT.badInput
  }
}
