import {
  FULL_COMMIT_SHA,
  InputError,
  SEVERITIES,
  isSeverity,
  type Severity,
} from '@portcullis/core/essentials'
import { nonEmpty, type Inputs } from '@portcullis/core/inputs'
import type { CLI_INPUT_SPECS, GATE_INPUT_SPECS } from './inputs.js'
import type { GateMode, Stage } from './stages.js'
import { SYSTEM_LEVELS, isSystemLevel, type SystemLevel } from './matrix.js'
import type { TrustedBase } from './trusted.js'

/**
 * The gate's input names for its own messages, each one of the spec's (actions/quality-gate and the
 * CLI's `--<name>` options read the same spec; the CLI words them as options).
 */
export const GATE_INPUTS = {
  findings: 'findings',
  systemLevel: 'system-level',
  stage: 'stage',
  policy: 'policy',
  waivers: 'waivers',
  riskThreshold: 'risk-threshold',
  failOn: 'fail-on',
  fail: 'fail',
  mode: 'mode',
  baseline: 'baseline',
  base: 'base',
  head: 'head',
  sha: 'sha',
  import: 'import',
} as const satisfies Readonly<Record<string, keyof typeof CLI_INPUT_SPECS>>

/** The waivers file read when the `waivers` input is not set and this file exists. */
export const DEFAULT_WAIVERS_FILE = '.portcullis/waivers.yml'
export const DEFAULT_SYSTEM_LEVEL: SystemLevel = 3

/** The gate's configuration, read once from action inputs or CLI options. */
export interface GateConfig {
  readonly findings: readonly string[]
  readonly systemLevel: SystemLevel
  readonly stage: Stage
  /** Policy file; default: built-in policy. */
  readonly policy?: string
  /** Waivers file; default: {@link DEFAULT_WAIVERS_FILE} when it exists. */
  readonly waivers?: string
  /** Overrides the policy's threshold. */
  readonly riskThreshold?: number
  /** The `fail-on` preset over the policy's matrix: any finding this severe or worse fails. */
  readonly failOn?: Severity
  readonly fail: boolean
  readonly mode: GateMode
  readonly baseline: readonly string[]
  /** Other tools' outputs to gate as scans: lines `FORMAT:PATH-OR-GLOB` (see imports.ts). */
  readonly imports?: readonly string[]
  /** The commit being gated (GITHUB_SHA on a runner). */
  readonly commitSha?: string
  /** The image being promoted, for the final stage's signature check. */
  readonly image?: string
  /**
   * A change under review (pull request, merge group): policy, waivers and repository-held baselines
   * are read from this base commit, and `mode: new` baselines must be scans of it.
   */
  readonly base?: TrustedBase
  /** Mode new on a push: the commit before it, which baselines must be scans of. */
  readonly previousCommit?: string
}

/** The spec reads `system-level` as an integer; this holds it to the matrix's levels. */
function systemLevel(value: number | undefined): SystemLevel {
  const n = value ?? DEFAULT_SYSTEM_LEVEL
  if (!isSystemLevel(n)) {
    throw new InputError(
      GATE_INPUTS.systemLevel,
      `must be one of ${SYSTEM_LEVELS.join(', ')} (got '${n}')`,
    )
  }
  return n
}

/** '' means "not set" (the policy's matrix as it is). */
function parseFailOn(value: string): Severity | undefined {
  const v = value.trim()
  if (v === '') return undefined
  if (!isSeverity(v)) {
    throw new InputError(
      GATE_INPUTS.failOn,
      `must be one of ${SEVERITIES.join(', ')}, or empty (got '${value}'); e.g. 'high' fails on any critical or high finding`,
    )
  }
  return v
}

/** Checks the combination of inputs: `new` needs a baseline, and something must be gated. */
export function checkGateConfig(config: GateConfig): void {
  if (config.findings.length === 0 && (config.imports ?? []).length === 0) {
    throw new InputError(
      GATE_INPUTS.findings,
      'name at least one findings report, folder or glob (or an import)',
    )
  }
  if (config.mode === 'new' && config.baseline.length === 0) {
    throw new InputError(
      GATE_INPUTS.baseline,
      "mode 'new' compares against the base branch's findings reports; set baseline to them (or use mode 'all')",
    )
  }
  if (config.commitSha !== undefined && !FULL_COMMIT_SHA.test(config.commitSha)) {
    throw new InputError(GATE_INPUTS.sha, `must be a full commit SHA (got '${config.commitSha}')`)
  }
}

/** What both surfaces read through the gate's input spec. */
export type GateSpecInputs = Inputs<typeof GATE_INPUT_SPECS>

/**
 * The part of the configuration both surfaces read the same way from the spec's inputs; each adds
 * what only it knows (the runner's findings folder and event, or the CLI's commits).
 */
export function configFromInputs(
  inputs: Omit<GateSpecInputs, 'stage' | 'riskThreshold'> & {
    readonly stage: Stage
    readonly riskThreshold: number | undefined
  },
): GateConfig {
  const failOn = parseFailOn(inputs.failOn ?? '')
  const policy = nonEmpty(inputs.policy)
  const waivers = nonEmpty(inputs.waivers)
  const image = nonEmpty(inputs.image)
  return {
    findings: inputs.findings,
    systemLevel: systemLevel(inputs.systemLevel),
    stage: inputs.stage,
    fail: inputs.fail,
    mode: inputs.mode,
    baseline: inputs.baseline,
    ...(inputs.import.length > 0 ? { imports: inputs.import } : {}),
    ...(inputs.riskThreshold !== undefined ? { riskThreshold: inputs.riskThreshold } : {}),
    ...(failOn !== undefined ? { failOn } : {}),
    ...(policy !== undefined ? { policy } : {}),
    ...(waivers !== undefined ? { waivers } : {}),
    ...(image !== undefined ? { image } : {}),
  }
}
