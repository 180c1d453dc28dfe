import {
  ScanFailedError,
  type Finding,
  type ScannerInfo,
  type ScanScope,
  type Target,
  type ToolProvenance,
} from '@portcullis/core'
import {
  neutralize,
  type Exec,
  type ExecResult,
  type Logger,
  type RunnerContext,
} from '@portcullis/core/ports'
import type { FindingStore } from './findings.js'

/** The installer request the pipeline makes; backed by @portcullis/installer on a runner. */
export interface ToolRequest {
  readonly tool: string
  readonly version?: string
  readonly sha256?: string
  readonly toolPath?: string
  readonly mirror?: string
}

/** What an engine's own installer gets from the runner. */
export interface InstallPorts {
  readonly exec: Exec
  readonly log: Logger
  /** The step's PATH. */
  readonly pathEnv: string
  /** RUNNER_TOOL_CACHE */
  readonly toolCache: string
  /** The text of /etc/os-release, undefined when missing. */
  readonly osRelease: () => string | undefined
  /** Root runs a package manager itself; anyone else through `sudo -n`. */
  readonly isRoot: boolean
  /**
   * Holds a binary that did not come from the release installer against the manifest's builds: a
   * private copy runs, marked verified only when the manifest knows its digest.
   */
  readonly secure: (tool: ToolProvenance) => Promise<ToolProvenance>
}

/** How an engine installs a tool that is no release binary of the manifest (a pip or OS package). */
export type EngineInstaller = (request: ToolRequest, ports: InstallPorts) => Promise<ToolProvenance>

/**
 * A scanner tool as the actions offer it. Each tool's folder in @portcullis/scanners exports its spec
 * from a `tool.ts` that loads nothing, so an action's input spec can name it without the adapter.
 */
export interface ToolSpec {
  /** The installer's tool name (its manifest key). */
  readonly name: string
  /** The input that names a binary of the user's own, used instead of installing one. */
  readonly pathInput: `${string}-path`
  /**
   * Where the binary comes from when no path is given: the manifest's pinned release (downloaded and
   * checked by digest), an OS package at a pinned version, or pip (checkov: never verified).
   */
  readonly source: 'release' | 'os-package' | 'pip'
  /**
   * Every engine of this tool reads the tool's report as a stream, a finding at a time, so its scan
   * is bounded by design and runs with the streaming scan heap (action-kit isolate.ts scanHeap).
   */
  readonly streamsReport?: true
}

/**
 * One engine of a scan action (gitleaks for scan-secrets, trivy for scan-iac, …). It gets a verified
 * binary and returns findings, or throws ScanFailedError — never an empty list for a failed run.
 * An action declares its engines by `engine` value; the `engine` input, the `<tool>-path` inputs and
 * the catalog's engine rows derive from that declaration.
 */
export interface ScanEngine<I, P = unknown> {
  /** The `engine` input value. */
  readonly name: string
  readonly tool: ToolSpec
  /** Outputs this engine sets besides the pipeline's own (`sbom`, `nmap-xml`); any other is refused. */
  readonly outputs?: readonly string[]
  /** Its own install strategy (a tool whose source is not `release`); else the release installer. */
  readonly install?: EngineInstaller
  /**
   * What the inputs say this engine will scan, where the action's engines scan different kinds of
   * target (compliance: the host, hosts over the network, an image); else the action says it.
   */
  plannedTarget?(inputs: I): Target
  run(context: EngineContext<I, P>): Promise<EngineResult>
}

export interface EngineContext<I, P = unknown> {
  readonly inputs: I
  /**
   * What the action resolved before the scan started, for its engines (scan-image: the image
   * target, so that even a failed report names the digest); undefined where the action resolves nothing.
   */
  readonly prepared: P
  readonly binary: ToolProvenance
  readonly exec: Exec
  readonly log: Logger
  readonly runner: RunnerContext
  /** Registers a value with the log masker (the runner's `::add-mask::`): a found secret's raw value. */
  readonly mask: (value: string) => void
  /** Absolute workspace root. */
  readonly workspace: string
  /** A fresh folder for this run's raw outputs. */
  readonly workDir: string
  /** Where user-facing files (SBOM, HTML reports) go: the action's output folder. */
  readonly outputDir: string
  readonly timeoutMs: number
  readonly readLines: (path: string, start: number, end: number) => string | undefined
  /**
   * A store for this scan's findings, for an engine that adds them as its parser yields them (a
   * report of any size in bounded memory); the pipeline reads it and removes its file.
   */
  readonly store: () => FindingStore
  /**
   * Records what the run learned about the target before it finished (a tag's digest), so that a
   * failed report still names it.
   */
  readonly resolvedTarget?: (target: Target) => void
}

export interface EngineResult {
  readonly scanner: ScannerInfo
  readonly target: Target
  /**
   * What the scan covered, where the target does not say it all (commits, working tree, or both).
   * With scopes, each gets a SARIF run of its own category, so analyses of one scope never close
   * another's alerts.
   */
  readonly scopes?: readonly ScanScope[]
  /**
   * An array, or the context's store the engine added each finding to: read once per pass, so
   * never a one-time iterable (the SARIF pass would see none and close every alert).
   */
  readonly findings: readonly Finding[] | FindingStore
  readonly notices: string[]
  /** Workspace-relative file standing for the target in SARIF (lockfile, Dockerfile, workflow). */
  readonly fallbackPath?: string
  /** Extra outputs the action sets (e.g. `sbom`, `digest`, `pass-rate`), already stringified. */
  readonly outputs?: Readonly<Record<string, string>>
  /** Extra summary sections (markdown) this engine wants shown after the findings. */
  readonly summary?: string
}

export interface ToolRun {
  readonly args: readonly string[]
  /** Exit codes that mean "ran to the end" (e.g. gitleaks 0 clean, 1 leaks found). Others fail the scan. */
  readonly okExitCodes: readonly number[]
  readonly env?: Readonly<Record<string, string>>
  readonly cwd?: string
  readonly relayStdout?: boolean
  readonly maxStdoutBytes?: number
}

/** Runs the engine's binary and turns a crash, signal, timeout or unexpected exit into ScanFailedError. */
export async function runTool<I, P>(
  context: EngineContext<I, P>,
  run: ToolRun,
): Promise<ExecResult> {
  let result: ExecResult
  try {
    result = await context.exec({
      tool: context.binary.name,
      file: context.binary.path,
      args: run.args,
      cwd: run.cwd ?? context.workspace,
      ...(run.env ? { env: run.env } : {}),
      timeoutMs: context.timeoutMs,
      ...(run.relayStdout !== undefined ? { relayStdout: run.relayStdout } : {}),
      ...(run.maxStdoutBytes !== undefined ? { maxStdoutBytes: run.maxStdoutBytes } : {}),
    })
  } catch (error) {
    throw new ScanFailedError(
      `${context.binary.name} could not be started (${(error as Error).message})`,
      { cause: error },
    )
  }
  const tool = context.binary.name
  if (result.timedOut) {
    throw new ScanFailedError(
      `${tool} did not finish within ${formatDuration(context.timeoutMs)} and was stopped; raise timeout-minutes or narrow the scan`,
    )
  }
  if (result.signal) throw new ScanFailedError(`${tool} was killed by signal ${result.signal}`)
  if (result.exitCode === null || !run.okExitCodes.includes(result.exitCode)) {
    throw new ScanFailedError(
      `${tool} exited with code ${result.exitCode}${lastLines(result.stderrTail)}`,
    )
  }
  return result
}

function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute(s)`
  return `${Math.round(ms / 100) / 10} s`
}

/** The last few stderr lines, cleaned, for a failure reason (scanners print their error last). */
function lastLines(stderr: string): string {
  const lines = neutralize(stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-3)
  return lines.length === 0 ? '' : `: ${lines.join(' / ').slice(0, 600)}`
}
