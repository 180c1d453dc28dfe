/**
 * The runner contract for tests: `runAction(name)` runs `dist/<name>/index.js` as the GitHub
 * Actions runner would (see packages/devtools/src/runner.ts, which the demo shares), in a fresh
 * temporary job folder removed when the test process exits, with a push to main as the default event.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NODE24_PATH, runBundle, type RunBundleOptions, type RunResult } from '@portcullis/devtools'
import { DEFAULT_REPO, pushEvent, runnerRefs } from './events.js'

export {
  inputVariable,
  parseFileCommands,
  parseWorkflowCommands,
  type RunResult,
  type WorkflowCommand,
} from '@portcullis/devtools'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** Node 24, as `runs.using: node24` gets on a hosted runner. */
export const NODE24 = NODE24_PATH

export interface RunActionOptions {
  /** Inputs by their action.yml name (kebab-case); values are strings as the runner passes them. */
  readonly inputs?: Readonly<Record<string, string>>
  /** Webhook payload written to GITHUB_EVENT_PATH. Default: a push to main. */
  readonly event?: unknown
  /** Default: `push`. */
  readonly eventName?: string
  /** Extra environment (wins over the defaults, e.g. ACTIONS_STEP_DEBUG or RUNNER_DEBUG). */
  readonly env?: Readonly<Record<string, string>>
  /** GITHUB_WORKSPACE and the working directory. Default: a fresh empty folder. */
  readonly workspace?: string
  /** GITHUB_SHA; default derived from the event as the runner does. */
  readonly sha?: string
  /** GITHUB_REF; default derived from the event. */
  readonly ref?: string
  /** `owner/name`; default from the event's repository. */
  readonly repository?: string
  /** GITHUB_API_URL, e.g. a loopback stand-in's url. Default: an unroutable loopback port. */
  readonly apiUrl?: string
  readonly serverUrl?: string
  /** Kills the step after this long (default 60 s); the result says it timed out. */
  readonly timeoutMs?: number
  /** Path of the bundle to run instead of `dist/<name>/index.js`. */
  readonly bundle?: string
  /** Text written to the step's stdin (none by default; the runner gives none). */
  readonly stdin?: string
  /** The node binary (or a wrapper that runs it). Default: Node 24. */
  readonly node?: string
  /** RUNNER_TEMP; share it between steps of one job. Default: a fresh folder. */
  readonly runnerTemp?: string
  /** RUNNER_TOOL_CACHE; a persistent runner's cache outlives jobs. Default: a fresh folder. */
  readonly toolCache?: string
  /** Called once the step's process is started (to send it a signal, as the runner does on cancel). */
  readonly onStart?: RunBundleOptions['onStart']
}

function repositoryOf(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined
  const repo = (event as { repository?: { full_name?: unknown } }).repository
  return typeof repo?.full_name === 'string' ? repo.full_name : undefined
}

const created: string[] = []
process.once('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

/** Runs `dist/<name>/index.js` (or `options.bundle`) as the runner would and collects what it wrote. */
export async function runAction(name: string, options: RunActionOptions = {}): Promise<RunResult> {
  const bundle = options.bundle ?? join(REPO_ROOT, 'dist', name, 'index.js')
  const root = mkdtempSync(join(tmpdir(), `runner-${name}-`))
  created.push(root)
  const eventName = options.eventName ?? 'push'
  const event = options.event ?? pushEvent()
  const refs = runnerRefs(eventName, event)
  const sha = options.sha ?? refs?.sha
  const ref = options.ref ?? refs?.ref
  const result = await runBundle(bundle, {
    root,
    actionName: name,
    eventName,
    event,
    // The event's repository, else the payloads' default one.
    repository:
      options.repository ?? repositoryOf(event) ?? `${DEFAULT_REPO.owner}/${DEFAULT_REPO.name}`,
    ...(options.inputs !== undefined ? { inputs: options.inputs } : {}),
    ...(options.env !== undefined ? { env: options.env } : {}),
    ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
    ...(sha !== undefined ? { sha } : {}),
    ...(ref !== undefined ? { ref } : {}),
    ...(refs?.headRef !== undefined ? { headRef: refs.headRef } : {}),
    ...(refs?.baseRef !== undefined ? { baseRef: refs.baseRef } : {}),
    ...(options.apiUrl !== undefined ? { apiUrl: options.apiUrl } : {}),
    ...(options.serverUrl !== undefined ? { serverUrl: options.serverUrl } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    ...(options.node !== undefined ? { node: options.node } : {}),
    ...(options.runnerTemp !== undefined ? { runnerTemp: options.runnerTemp } : {}),
    ...(options.toolCache !== undefined ? { toolCache: options.toolCache } : {}),
    ...(options.onStart !== undefined ? { onStart: options.onStart } : {}),
  })
  // The verified copies of the scanners (up to 300 MB a step) are no output of the step: a job's
  // RUNNER_TEMP is gone after it on a real runner. A RUNNER_TEMP the test shares between steps keeps them.
  if (options.runnerTemp === undefined) {
    rmSync(join(result.dirs.runnerTemp, 'portcullis-bin'), { recursive: true, force: true })
  }
  return result
}
