/**
 * The ports every adapter and the pipeline take instead of the runner: a logger, a process runner
 * and what the runner tells an action about where it runs. The action kit implements them for the
 * runner; a CLI and a test give their own. Nothing here imports a runner library, so scanner
 * adapters depend on core and these ports only.
 */
export * from './neutralize.js'

/** The logging port every package takes: a runner, a CLI and a test each give their own. */
export interface Logger {
  info(message: string): void
  debug(message: string): void
  /** A plain warning line (not an annotation; annotations go through the Annotator). */
  warning(message: string): void
  /** Relays a tool's own output, every line prefixed with `[tool] ` so none can be read as a command. */
  relay(tool: string, text: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

/**
 * One process to run, argv only (never a shell). The runner's exec adds an allow-listed environment,
 * a timeout that kills the whole process, bounded memory for what it prints, and relays every line
 * through the neutralising logger, never raw.
 */
export interface ExecRequest {
  readonly tool: string
  readonly file: string
  readonly args: readonly string[]
  readonly cwd?: string
  /** Added to the filtered environment (e.g. TRIVY_DB_REPOSITORY, COSIGN_PASSWORD). */
  readonly env?: Readonly<Record<string, string>>
  readonly timeoutMs?: number
  /** Keep this much of stdout in memory (scanners should write reports to a file instead). */
  readonly maxStdoutBytes?: number
  /** Relay stdout to the log (off for JSON written to stdout). */
  readonly relayStdout?: boolean
  readonly stdin?: string
}

export interface ExecResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly timedOut: boolean
  readonly stdout: string
  readonly stdoutTruncated: boolean
  /** The last part of stderr, for failure reasons (already free of terminal escapes when logged). */
  readonly stderrTail: string
  readonly durationMs: number
}

export type Exec = (request: ExecRequest) => Promise<ExecResult>

/** What the runner tells an action about where and why it runs (read once from the environment). */
export interface RunnerContext {
  readonly workspace: string
  readonly sha: string
  readonly ref: string
  readonly eventName: string
  /** The webhook payload from GITHUB_EVENT_PATH; `{}` when absent (local runs). */
  readonly event: Readonly<Record<string, unknown>>
  readonly repository: string
  /** GITHUB_REPOSITORY_ID: survives renames and transfers; '' when the runner does not set it. */
  readonly repositoryId: string
  readonly runnerTemp: string
  readonly toolCache: string
  readonly apiUrl: string
  readonly serverUrl: string
  readonly runId: string
  readonly os: string
  readonly arch: string
}
