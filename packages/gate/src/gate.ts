import { isAbsolute, join } from 'node:path'
import { InputError } from '@portcullis/core'
import { DEFAULT_WAIVERS_FILE, GATE_INPUTS, checkGateConfig, type GateConfig } from './config.js'
import { evaluateGate, type GateResult } from './evaluate.js'
import { applyFailOn } from './matrix.js'
import { displayPath, loadReports, nodeFileSystem, type GateFileSystem } from './load.js'
import { DEFAULT_POLICY, parsePolicy, type GatePolicy } from './policy.js'
import { EMPTY_WAIVERS, parseWaivers, type WaiverSet } from './waivers.js'

/** What the gate needs from its host: files, the working folder and the time. */
export interface GatePorts {
  readonly fs?: GateFileSystem
  /** Folder relative inputs are resolved against (the workspace). Default: process.cwd(). */
  readonly cwd?: string
  /** Injectable clock: waiver expiry and report age depend on it. */
  readonly now?: () => Date
}

function readUserFile(fs: GateFileSystem, cwd: string, input: string, file: string): string {
  const path = isAbsolute(file) ? file : join(cwd, file)
  if (fs.kind(path) !== 'file')
    throw new InputError(input, `${file} does not exist or is not a file`)
  try {
    return fs.readFile(path)
  } catch (error) {
    throw new InputError(input, `${file} cannot be read (${(error as Error).message})`)
  }
}

export function loadPolicy(config: GateConfig, ports: GatePorts = {}): GatePolicy {
  if (config.policy === undefined || config.policy.trim() === '') return DEFAULT_POLICY
  const fs = ports.fs ?? nodeFileSystem
  const cwd = ports.cwd ?? process.cwd()
  return parsePolicy(readUserFile(fs, cwd, GATE_INPUTS.policy, config.policy), config.policy)
}

export function loadWaivers(
  config: GateConfig,
  policy: GatePolicy,
  now: Date,
  ports: GatePorts = {},
): WaiverSet {
  const fs = ports.fs ?? nodeFileSystem
  const cwd = ports.cwd ?? process.cwd()
  let file = config.waivers?.trim()
  if (file === undefined || file === '') {
    if (fs.kind(join(cwd, DEFAULT_WAIVERS_FILE)) !== 'file') return EMPTY_WAIVERS
    file = DEFAULT_WAIVERS_FILE
  }
  const text = readUserFile(fs, cwd, GATE_INPUTS.waivers, file)
  const source = displayPath(isAbsolute(file) ? file : join(cwd, file), cwd)
  return parseWaivers(text, source, {
    now,
    maxSpanDays: policy.maxWaiverDays,
    warnDays: policy.waiverWarnDays,
  })
}

/**
 * Runs the gate over files: reads the policy and waivers (bad ones throw InputError: bad input, not a
 * verdict), loads the findings and baseline reports (bad ones become fail-closed reasons) and
 * evaluates. The same function backs the action and the CLI.
 */
export function runGate(config: GateConfig, ports: GatePorts = {}): GateResult {
  checkGateConfig(config)
  const fs = ports.fs ?? nodeFileSystem
  const cwd = ports.cwd ?? process.cwd()
  const now = (ports.now ?? (() => new Date()))()
  const loadedPolicy = loadPolicy(config, ports)
  const policy =
    config.failOn !== undefined
      ? { ...loadedPolicy, matrix: applyFailOn(loadedPolicy.matrix, config.failOn) }
      : loadedPolicy
  const waivers = loadWaivers(config, policy, now, ports)
  const loaded = loadReports(config.findings, fs, cwd, GATE_INPUTS.findings)
  const baseline =
    config.mode === 'new' ? loadReports(config.baseline, fs, cwd, GATE_INPUTS.baseline) : undefined
  return evaluateGate(
    loaded,
    {
      systemLevel: config.systemLevel,
      stage: config.stage,
      policy,
      waivers,
      fail: config.fail,
      mode: config.mode,
      now,
      ...(config.riskThreshold !== undefined ? { riskThreshold: config.riskThreshold } : {}),
      ...(config.commitSha !== undefined ? { commitSha: config.commitSha } : {}),
      ...(config.image !== undefined ? { image: config.image } : {}),
    },
    baseline,
  )
}

/** The `counts` output: counted findings by severity, after waivers, as JSON. */
export function countsOutput(result: GateResult): string {
  return JSON.stringify(result.counts)
}

/** The `reasons` output: `[{code, message}]` as JSON. */
export function reasonsOutput(result: GateResult): string {
  return JSON.stringify(result.reasons.map((r) => ({ code: r.code, message: r.message })))
}
