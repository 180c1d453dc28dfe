/**
 * Heap limits of the V8 isolate a step's work runs in. A runner starts an action's bundle with no
 * heap limits, and V8 then sizes the young generation (where objects are made, and most die) for a
 * large heap: a scan making passes over hundreds of thousands of findings, with ~100 MB live, kept
 * 600–700 MB resident. With a small young generation the garbage of each pass is collected while
 * it is small, and a scan that is bounded by design (findings spilled to a file, rules gathered in
 * passes of bounded size, the code-scanning upload bounded by GitHub's limits) stays bounded in
 * memory too.
 */
export interface HeapLimits {
  /** The old generation: everything that lives longer than a few collections. */
  readonly oldSpaceMb: number
  /** The young generation: where new objects are made and most die. */
  readonly youngSpaceMb: number
}

/**
 * The isolate of a scan whose engine reads its scanner's report as a stream (every trivy engine):
 * the whole scan of a 600 MB trivy report runs in it in about 450 MB (docs/benchmarks.md). The
 * young generation bounds the passes over the findings; the old space bounds the end, where the
 * code-scanning upload (up to 25,000 results and their rules) is sized and gzipped.
 */
export const STREAMING_SCAN_HEAP: HeapLimits = { oldSpaceMb: 256, youngSpaceMb: 16 }

/**
 * The isolate of a scan whose engine reads its scanner's report whole (gitleaks, osv-scanner,
 * grype, checkov, OpenSCAP, nmap): that takes memory in proportion to the report, so the old space
 * is left as large as V8's own default on a runner, and only the young generation is bounded.
 */
export const SCAN_HEAP: HeapLimits = { oldSpaceMb: 2048, youngSpaceMb: 16 }

/** The heap a scan with this tool runs in: bounded where every engine of the tool streams its report. */
export function scanHeap(tool: {
  readonly name: string
  readonly streamsReport?: boolean
}): HeapLimits {
  return tool.streamsReport ? STREAMING_SCAN_HEAP : SCAN_HEAP
}

const MARK = 'portcullis/isolate'

/** node:worker_threads, loaded when first needed: a step that fails on its inputs never loads it. */
function threads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads')
}

interface IsolateData {
  /** Counts the private folders the main thread has taken on (see {@link announcePrivateDir}). */
  readonly tracked: SharedArrayBuffer
}

interface PrivateDirMessage {
  readonly [MARK]: { readonly privateDir: string; readonly taken: boolean }
}

function isolateData(): IsolateData | undefined {
  const { isMainThread, workerData } = threads()
  if (isMainThread) return undefined
  const data = (workerData as Record<string, unknown> | null)?.[MARK]
  return data && typeof data === 'object' ? (data as IsolateData) : undefined
}

/** True inside the isolate {@link runIsolated} started. */
export function inIsolate(): boolean {
  return isolateData() !== undefined
}

let announced = 0

/**
 * Inside the isolate: hands a private folder's path to the main thread and waits until it has taken
 * it on, before the folder exists. Signals reach only the main thread, so it is the one that removes
 * the folders when the runner stops the step; a folder it does not know of could outlive the step.
 * With `taken: false` the main thread lets go of a path that turned out not to be the step's (and
 * nothing waits). Returns false outside the isolate (the folder is the caller's own to track).
 */
export function announcePrivateDir(path: string, taken = true): boolean {
  const data = isolateData()
  const parentPort = threads().parentPort
  if (!data || !parentPort) return false
  const message: PrivateDirMessage = { [MARK]: { privateDir: path, taken } }
  parentPort.postMessage(message)
  if (!taken) return true
  announced += 1
  const tracked = new Int32Array(data.tracked)
  for (;;) {
    const now = Atomics.load(tracked, 0)
    if (now >= announced) return true
    Atomics.wait(tracked, 0, now)
  }
}

export interface IsolateHooks {
  /** Each private folder the isolate is about to create (`taken`), or lets go of. */
  readonly onPrivateDir: (path: string, taken: boolean) => void
  /** Called with a way to stop the isolate once it runs; returns what to call when it has ended. */
  readonly onStarted?: (stop: () => Promise<unknown>) => () => void
}

export interface IsolateOutcome {
  /** The isolate's exit code: its `process.exitCode`, or 1 when it failed. */
  readonly exitCode: number
  /** Why the isolate failed, when it did: it ran out of heap, or threw where nothing caught it. */
  readonly error?: Error & { code?: string }
}

/**
 * Runs `entry` (the action's own bundle) again in a worker thread with `heap` limits and waits for
 * it: the bundle sees {@link inIsolate} and runs the step's work there. The worker shares the
 * process's stdout and `env`; `hooks.onPrivateDir` receives each private folder the isolate is
 * about to create (and any it lets go of), on this thread, which the runner's signals reach.
 */
export function runIsolated(
  entry: URL,
  heap: HeapLimits,
  env: NodeJS.ProcessEnv,
  hooks: IsolateHooks,
): Promise<IsolateOutcome> {
  const tracked = new SharedArrayBuffer(4)
  const counter = new Int32Array(tracked)
  const data: IsolateData = { tracked }
  const worker = new (threads().Worker)(entry, {
    argv: process.argv.slice(2),
    env,
    workerData: { [MARK]: data },
    resourceLimits: {
      maxOldGenerationSizeMb: heap.oldSpaceMb,
      maxYoungGenerationSizeMb: heap.youngSpaceMb,
    },
  })
  const ended = hooks.onStarted?.(() => worker.terminate())
  return new Promise((resolve) => {
    let error: IsolateOutcome['error']
    worker.on('message', (message: Partial<PrivateDirMessage> | null) => {
      const about = message?.[MARK]
      if (typeof about?.privateDir !== 'string') return
      hooks.onPrivateDir(about.privateDir, about.taken)
      if (!about.taken) return
      Atomics.add(counter, 0, 1)
      Atomics.notify(counter, 0)
    })
    worker.on('error', (e) => {
      error = e
    })
    worker.on('exit', (code) => {
      ended?.()
      resolve({ exitCode: error && code === 0 ? 1 : code, ...(error ? { error } : {}) })
    })
  })
}
