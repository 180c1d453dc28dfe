import { appendFileSync, readFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UserError } from '@portcullis/core/essentials'
import type { RunnerContext } from '@portcullis/core/ports'
import type { Annotation } from './annotations.js'
import { commandWriter, type CommandWriter } from './commands.js'
import { createExec, type Exec } from './exec.js'
import { envInputSource, readInputs, type Inputs, type InputSpecs } from './inputs.js'
import { createLogger, type Logger } from './log.js'
import { maskRefusal, MIN_MASK_LENGTH } from './mask.js'
import { SUMMARY_LIMIT_BYTES } from './summary.js'
import { inIsolate, runIsolated, type HeapLimits } from './isolate.js'
import { stopBeforeRemoval, trackPrivateDir } from './temp.js'

export type { RunnerContext } from '@portcullis/core/ports'

/** Reads the {@link RunnerContext} from the runner's environment. */
export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  let event: Record<string, unknown> = {}
  const eventPath = env.GITHUB_EVENT_PATH
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
      if (parsed && typeof parsed === 'object') event = parsed as Record<string, unknown>
    } catch (error) {
      throw new UserError(
        'bad-event',
        `The event payload at GITHUB_EVENT_PATH (${eventPath}) cannot be read: ${(error as Error).message}`,
      )
    }
  }
  // Outside a runner (local runs), the OS temp folder. Never a path built from the working
  // directory: ncc's asset relocator rewrites such joins at build time when the folder exists,
  // which would make the bundle depend on the build machine.
  const runnerTemp = env.RUNNER_TEMP ?? join(tmpdir(), 'portcullis-runner')
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    repository: env.GITHUB_REPOSITORY ?? '',
    repositoryId: env.GITHUB_REPOSITORY_ID?.trim() ?? '',
    runnerTemp,
    toolCache: env.RUNNER_TOOL_CACHE ?? join(runnerTemp, 'tool-cache'),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    os: env.RUNNER_OS ?? process.platform,
    arch: env.RUNNER_ARCH ?? process.arch,
  }
}

/** Where this job's scan actions write findings reports and where the gate looks by default. */
export function findingsDir(context: Pick<RunnerContext, 'runnerTemp'>): string {
  return join(context.runnerTemp, 'portcullis', 'findings')
}

/** The IO an action's `run` gets: everything real lives behind these members. */
export interface ActionIO {
  readonly log: Logger
  readonly exec: Exec
  readonly context: RunnerContext
  readonly env: NodeJS.ProcessEnv
  setOutput(name: string, value: string | number | boolean | object): void
  /** Appends markdown to the job summary; the caller keeps it under 1 MiB (SummaryBuilder does). */
  writeSummary(markdown: string): void
  annotate(annotation: Annotation): void
  /** Masks a value in the rest of the log. */
  mask(value: string): void
}

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: string }

function runnerIO(env: NodeJS.ProcessEnv, core: CommandWriter): ActionIO {
  const log = createLogger({
    write: (line) => process.stdout.write(line + EOL),
    isDebug: () => core.isDebug(),
  })
  return {
    log,
    exec: createExec(log, env),
    context: readRunnerContext(env),
    env,
    setOutput: (name, value) =>
      core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value)),
    writeSummary: (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY
      if (!file) {
        log.info(markdown)
        return
      }
      const text =
        Buffer.byteLength(markdown, 'utf8') > SUMMARY_LIMIT_BYTES
          ? markdown.slice(0, SUMMARY_LIMIT_BYTES / 4)
          : markdown
      appendFileSync(file, text.endsWith('\n') ? text : `${text}\n`)
    },
    annotate: (a) => {
      // `%`, CR, LF are escaped in the message and `:`/`,` in properties too, so finding text
      // cannot end the command early or add properties.
      core.command(
        a.level,
        { title: a.title, file: a.file, line: a.startLine, endLine: a.endLine },
        a.message,
      )
    },
    mask: (value) => {
      // Values a scanner located: one that is too short or one of the suite's own words is a false
      // positive of a (custom) rule, and masking it would blank the rest of the job's log.
      if (maskRefusal(value) === undefined) core.mask(value)
    },
  }
}

/** An action's `run`: gets the typed inputs and the runner's IO, returns the step's outcome. */
export type ActionMain<T extends InputSpecs> = (inputs: Inputs<T>, io: ActionIO) => Promise<Outcome>

/**
 * Loads an action's `run` on demand, e.g. `() => import('./run.js').then((m) => m.run)`: the bundle
 * then compiles and loads the run module (scanners, SARIF, the gate) only after the inputs are read
 * and valid, so a step that fails on its inputs starts almost as fast as Node itself.
 */
export type ActionLoader<T extends InputSpecs> = () => Promise<ActionMain<T>>

export interface EntryOptions<T extends InputSpecs> {
  /**
   * Runs the action's work in a worker thread with these heap limits, or the limits chosen for the
   * inputs (see isolate.ts): the inputs are read first, here, so one the input reader rejects never
   * starts it. Only for an entry that is the bundle node runs (`process.argv[1]`), which the worker
   * loads again.
   */
  readonly heap?: HeapLimits | ((inputs: Inputs<T>) => HeapLimits)
}

/**
 * The one entry point shape: read inputs once, run, and fail the step exactly once. A UserError is
 * shown as its short message; anything else is a bug, shown with its stack at debug level.
 *
 * `main` is either the action's `run` or an {@link ActionLoader} of it; a function that declares
 * no parameters is taken for a loader (every `run` declares `inputs` and `io`).
 */
export async function runEntry<T extends InputSpecs>(
  specs: T,
  main: ActionMain<T> | ActionLoader<T>,
  env: NodeJS.ProcessEnv = process.env,
  options: EntryOptions<T> = {},
): Promise<void> {
  let io: ActionIO | undefined
  const core = commandWriter(env)
  // Known once needed (a secret input, or the work to start): a rejected input never asks.
  let isolated: boolean | undefined
  const inWorker = (): boolean => (isolated ??= inIsolate())
  try {
    io = runnerIO(env, core)
    const inputs = readInputs(specs, envInputSource(env), {
      onSecret: (value, name) => {
        // The main thread registered the masks before it started the isolate.
        if (inWorker()) return
        const refusal = maskRefusal(value)
        if (refusal === undefined) core.mask(value)
        else
          io?.log.warning(
            `The secret input '${name}' is not masked in the log: it is ${refusal === 'too-short' ? `shorter than ${MIN_MASK_LENGTH} characters` : "one of Portcullis's own words"} (the runner still masks it when it comes from the secrets context).`,
          )
      },
    })
    const bundle = process.argv[1]
    if (options.heap && bundle && !inWorker()) {
      const heap = typeof options.heap === 'function' ? options.heap(inputs) : options.heap
      io.log.debug(
        `The work runs in an isolate: a ${heap.oldSpaceMb} MB old space and a ${heap.youngSpaceMb} MB young generation.`,
      )
      const outcome = await runIsolated(pathToFileURL(bundle), heap, env, {
        onPrivateDir: trackPrivateDir,
        // A signal stops the isolate before the folders are removed: it could make one again.
        onStarted: stopBeforeRemoval,
      })
      if (outcome.error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        core.fail(
          `The step ran out of memory: its work runs with a heap of ${heap.oldSpaceMb} MB, which it outgrew. Nothing it wrote can be taken for a result; please report this with the debug log.`,
        )
      } else if (outcome.error) {
        throw outcome.error
      } else if (outcome.exitCode !== 0) {
        // The isolate has said why on the shared stdout already.
        process.exitCode = outcome.exitCode
      }
      return
    }
    const run = main.length === 0 ? await (main as ActionLoader<T>)() : (main as ActionMain<T>)
    const outcome = await run(inputs, io)
    if (!outcome.ok) core.fail(outcome.message)
  } catch (error) {
    if (error instanceof UserError) {
      core.fail(error.message)
      return
    }
    const e = error instanceof Error ? error : new Error(String(error))
    io?.log.debug(e.stack ?? e.message)
    core.fail(
      `Internal error: ${e.message}. This is a bug in Portcullis; please report it with the debug log (re-run with debug logging enabled).`,
    )
  }
}
