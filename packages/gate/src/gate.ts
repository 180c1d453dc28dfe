import { isAbsolute, join } from 'node:path'
import { InputError } from '@portcullis/core'
import { DEFAULT_WAIVERS_FILE, GATE_INPUTS, checkGateConfig, type GateConfig } from './config.js'
import { GateEvaluation, type GateResult } from './evaluate.js'
import { loadImports, parseImportSpecs, type ImportSpec } from './imports.js'
import { applyFailOn } from './matrix.js'
import {
  displayPath,
  nodeFileSystem,
  readReports,
  rereadFindings,
  type GateFileSystem,
} from './load.js'
import { DEFAULT_POLICY, parsePolicy, type GatePolicy } from './policy.js'
import {
  BaseReader,
  baseFileSystem,
  nodeGit,
  workspacePath,
  type GitPort,
  type InputChange,
} from './trusted.js'
import { EMPTY_WAIVERS, parseWaivers, type WaiverSet } from './waivers.js'

/** What the gate needs from its host: files, git, the working folder and the time. */
export interface GatePorts {
  readonly fs?: GateFileSystem
  /** Folder relative inputs are resolved against (the workspace). Default: process.cwd(). */
  readonly cwd?: string
  /** Injectable clock: waiver expiry and report age depend on it. */
  readonly now?: () => Date
  /** git in the workspace, for the base commit's policy, waivers and baselines. Default: git on PATH. */
  readonly git?: GitPort
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

/** Reads the gate's own input files: from the base commit on a change under review. */
class InputFiles {
  readonly changes: InputChange[] = []
  readonly notices: string[] = []
  readonly fs: GateFileSystem
  readonly cwd: string
  readonly git: GitPort
  readonly reader?: BaseReader
  /** The view of the files the gate trusts: the base commit's tree inside the workspace. */
  readonly trustedFs: GateFileSystem

  constructor(config: GateConfig, ports: GatePorts) {
    this.fs = ports.fs ?? nodeFileSystem
    this.cwd = ports.cwd ?? process.cwd()
    this.git = ports.git ?? nodeGit(this.cwd)
    if (config.base !== undefined) {
      this.reader = new BaseReader(config.base, this.git, GATE_INPUTS.base)
      this.trustedFs = baseFileSystem(this.reader, this.git, this.cwd, this.fs)
    } else this.trustedFs = this.fs
  }

  /** Whether the workspace holds a file at this path. */
  exists(file: string): boolean {
    return this.fs.kind(isAbsolute(file) ? file : join(this.cwd, file)) === 'file'
  }

  /**
   * The text the gate uses for an input file: the base commit's for a workspace file on a change
   * under review (undefined when the base has none), else the file itself (missing: InputError).
   */
  read(input: string, file: string): string | undefined {
    const path = isAbsolute(file) ? file : join(this.cwd, file)
    const rel = workspacePath(path, this.cwd)
    if (this.reader === undefined || rel === undefined) {
      return readUserFile(this.fs, this.cwd, input, file)
    }
    const head = this.fs.kind(path) === 'file' ? this.fs.readFile(path) : undefined
    const base = this.reader.read(rel, head)
    if (base.text === undefined && head === undefined) {
      throw new InputError(
        input,
        `${file} does not exist (neither at the base commit nor in the workspace)`,
      )
    }
    if (base.changed) {
      const change = base.text === undefined ? 'added' : head === undefined ? 'removed' : 'changed'
      const what = this.reader.base.what
      const message =
        base.text === undefined
          ? `${input} (${rel}) is added in this ${what}; the base commit has none, so none applies until merge`
          : `${input} (${rel}) changed in this ${what}; the base version applies until merge`
      this.changes.push({
        input,
        file: rel,
        change,
        ...(base.diff !== undefined ? { diff: base.diff } : {}),
        message,
      })
    }
    return base.text
  }
}

function loadPolicyFrom(config: GateConfig, files: InputFiles): GatePolicy {
  if (config.policy === undefined || config.policy.trim() === '') return DEFAULT_POLICY
  const text = files.read(GATE_INPUTS.policy, config.policy)
  if (text === undefined) return DEFAULT_POLICY
  return parsePolicy(text, config.policy)
}

export function loadPolicy(config: GateConfig, ports: GatePorts = {}): GatePolicy {
  return loadPolicyFrom(config, new InputFiles(config, ports))
}

function loadWaiversFrom(
  config: GateConfig,
  policy: GatePolicy,
  now: Date,
  files: InputFiles,
): WaiverSet {
  let file = config.waivers?.trim()
  if (file === undefined || file === '') {
    // The default file is looked for in the workspace; on a change under review it is then read
    // from the base. A change that deletes it only makes the verdict stricter.
    if (!files.exists(DEFAULT_WAIVERS_FILE)) return EMPTY_WAIVERS
    file = DEFAULT_WAIVERS_FILE
  }
  const text = files.read(GATE_INPUTS.waivers, file)
  if (text === undefined) return EMPTY_WAIVERS
  const source = displayPath(isAbsolute(file) ? file : join(files.cwd, file), files.cwd)
  return parseWaivers(text, source, {
    now,
    maxSpanDays: policy.maxWaiverDays,
    warnDays: policy.waiverWarnDays,
  })
}

export function loadWaivers(
  config: GateConfig,
  policy: GatePolicy,
  now: Date,
  ports: GatePorts = {},
): WaiverSet {
  return loadWaiversFrom(config, policy, now, new InputFiles(config, ports))
}

/**
 * Runs the gate over files: reads the policy and waivers (bad ones throw InputError: bad input, not a
 * verdict), loads the findings and baseline reports (bad ones become fail-closed reasons) and
 * evaluates. The same function backs the action and the CLI. On a change under review (`base`), the
 * policy, the waivers and repository-held baselines are the base commit's (docs/trust-model.md).
 */
export function runGate(config: GateConfig, ports: GatePorts = {}): GateResult {
  checkGateConfig(config)
  const files = new InputFiles(config, ports)
  const now = (ports.now ?? (() => new Date()))()
  const loadedPolicy = loadPolicyFrom(config, files)
  const policy =
    config.failOn !== undefined
      ? { ...loadedPolicy, matrix: applyFailOn(loadedPolicy.matrix, config.failOn) }
      : loadedPolicy
  const waivers = loadWaiversFrom(config, policy, now, files)
  const specs = parseImportSpecs(config.imports ?? [])
  const baselineCommits: readonly string[] =
    config.mode !== 'new'
      ? []
      : files.reader !== undefined
        ? files.reader.baselineCommits()
        : config.previousCommit !== undefined
          ? [config.previousCommit]
          : []
  const evaluation = new GateEvaluation({
    systemLevel: config.systemLevel,
    stage: config.stage,
    policy,
    waivers,
    fail: config.fail,
    mode: config.mode,
    now,
    baselineCommits,
    ...(config.riskThreshold !== undefined ? { riskThreshold: config.riskThreshold } : {}),
    ...(config.commitSha !== undefined ? { commitSha: config.commitSha } : {}),
    ...(config.image !== undefined ? { image: config.image } : {}),
  })
  // Reports are handed over a finding at a time: the evaluation keeps what it needs of each.
  const fs = files.fs
  const found = readReports(
    config.findings,
    evaluation.findingsSink((path, file) => (indexes) => rereadFindings(fs, path, file, indexes)),
    fs,
    files.cwd,
    GATE_INPUTS.findings,
  )
  evaluation.addProblems(found)
  // Imported files are this run's outputs, read like the findings reports.
  if (specs.length > 0) addImports(evaluation, specs, config, { fs, cwd: files.cwd, now })
  if (config.mode === 'new') {
    const baseline = readReports(
      config.baseline,
      evaluation.baselineSink(),
      files.trustedFs,
      files.cwd,
      GATE_INPUTS.baseline,
    )
    evaluation.addBaselineProblems(baseline)
  }
  const result = evaluation.finish()
  const readFrom =
    files.reader !== undefined
      ? [
          `Policy, waivers and baselines in the repository are read from the base commit ${files.reader.base.sha.slice(0, 12)} of the ${files.reader.base.what}, never from the change itself.`,
        ]
      : []
  return {
    ...result,
    inputChanges: files.changes,
    notices: [...readFrom, ...files.changes.map((c) => c.message), ...result.notices],
  }
}

/**
 * Adds the imports' reports to the evaluation. An imported file names no commit: it stands for the
 * gated commit, or the one every findings report names; with neither there is nothing to bind it to.
 */
function addImports(
  evaluation: GateEvaluation,
  specs: readonly ImportSpec[],
  config: GateConfig,
  ports: { fs: GateFileSystem; cwd: string; now: Date },
): void {
  const commits = evaluation.commits()
  const commitSha = config.commitSha ?? (commits.length === 1 ? commits[0] : undefined)
  if (commitSha === undefined) {
    throw new InputError(
      'sha',
      'imported files carry no commit; name the commit being gated (on a runner GITHUB_SHA is used)',
    )
  }
  const imported = loadImports(specs, { commitSha, ...ports })
  for (const r of imported.reports) evaluation.addReport(r)
  evaluation.addProblems(imported)
}

/** The `counts` output: counted findings by severity, after waivers, as JSON. */
export function countsOutput(result: GateResult): string {
  return JSON.stringify(result.counts)
}

/** The `reasons` output: `[{code, message}]` as JSON. */
export function reasonsOutput(result: GateResult): string {
  return JSON.stringify(result.reasons.map((r) => ({ code: r.code, message: r.message })))
}
