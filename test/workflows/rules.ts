import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, parse, parseDocument } from 'yaml'
import {
  REPO,
  actionlint,
  classifyUses,
  isDict,
  isSelfReferenceFalsePositive,
  levelRank,
  loadWorkflow,
  permissionsOf as permissionsOfNode,
  steps,
  usesSites,
  workflowFiles,
  type Dict,
  type PermissionLevel,
  type Workflow,
} from './workflows.js'

/*
 * The rules every workflow a user may copy holds to: the repository's workflows, the examples, and
 * every ```yaml block of the README and the docs that is a workflow, a job or a list of steps. Each
 * rule is a function from one workflow to the problems it has, so a test can hand it a broken copy
 * and see the problem named.
 */

/** Markdown files whose YAML blocks are checked: README.md, the catalog, docs/*.md, packages/<name>/README.md. */
export function markdownFiles(root: string = REPO): string[] {
  const out = ['README.md', 'action-catalog.md']
  const docs = join(root, 'docs')
  if (existsSync(docs)) {
    for (const f of readdirSync(docs).sort()) if (f.endsWith('.md')) out.push(`docs/${f}`)
  }
  const packages = join(root, 'packages')
  for (const p of readdirSync(packages).sort()) {
    if (existsSync(join(packages, p, 'README.md'))) out.push(`packages/${p}/README.md`)
  }
  return out.filter((f) => existsSync(join(root, f)))
}

export interface Snippet {
  /** `file:line` of the opening fence. */
  readonly where: string
  /** Line of the opening fence (1-based). */
  readonly line: number
  readonly text: string
}

/** The ```yaml / ```yml blocks of a markdown text (indented fences in lists included). */
export function yamlSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n')
  const out: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*ya?ml\s*$/.exec(lines[i] ?? '')
    if (!open) continue
    const indent = open[1]?.length ?? 0
    const fence = open[2] ?? '```'
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const l = lines[j] ?? ''
      if (l.trim() === fence) break
      body.push(l.slice(Math.min(indent, l.length - l.trimStart().length)))
    }
    out.push({ where: `${file}:${i + 1}`, line: i + 1, text: body.join('\n') + '\n' })
    i = j
  }
  return out
}

export type SnippetKind = 'workflow' | 'steps' | 'permissions' | 'gate-file'

/**
 * What a YAML block is: a workflow or part of one (`on:` or `jobs:`), a list of steps, a caller's
 * `permissions:` block, or a gate policy or waivers file. Undefined: a block no rule knows, which the
 * tests refuse so that no snippet goes unchecked.
 */
export function snippetKind(doc: unknown): SnippetKind | undefined {
  if (Array.isArray(doc)) {
    const isStep = (s: unknown): boolean => isDict(s) && ('uses' in s || 'run' in s)
    return doc.length > 0 && doc.every(isStep) ? 'steps' : undefined
  }
  if (!isDict(doc)) return undefined
  if ('jobs' in doc || 'on' in doc) return 'workflow'
  const keys = Object.keys(doc)
  if (keys.length === 1 && keys[0] === 'permissions') return 'permissions'
  const gateKeys = [
    'version',
    'fail-on',
    'waivers',
    'levels',
    'score',
    'stages',
    'reports',
    'repo-suppressions',
    'baseline-max-age',
    'imports',
  ]
  if (doc.version === 1 && keys.every((k) => gateKeys.includes(k))) return 'gate-file'
  return undefined
}

/** Lines put before a `jobs:` block. */
const JOBS_WRAPPER = ['on: workflow_dispatch', 'permissions: {}']

/** Lines of the wrapper put around a list of steps. */
const STEPS_WRAPPER = [
  'on: workflow_dispatch',
  'permissions: {}',
  'jobs:',
  '  snippet:',
  '    runs-on: ubuntu-latest',
  '    permissions: {}',
  '    steps:',
]

/**
 * A snippet as a workflow the rules can check: a workflow or jobs block as it stands, a list of
 * steps inside one job. Undefined for blocks that are not workflow YAML.
 */
export function snippetWorkflow(snippet: Snippet): Workflow | undefined {
  const doc: unknown = parse(snippet.text)
  const kind = snippetKind(doc)
  let text: string
  let lineShift: number
  if (kind === 'workflow' && isDict(doc) && 'on' in doc) {
    text = snippet.text
    lineShift = snippet.line
  } else if (kind === 'workflow') {
    // A `jobs:` block alone: the caller's file has the trigger and the empty top-level grant.
    text = `${JOBS_WRAPPER.join('\n')}\n${snippet.text}`
    lineShift = snippet.line - JOBS_WRAPPER.length
  } else if (kind === 'steps') {
    const body = snippet.text
      .split('\n')
      .map((l) => (l === '' ? l : `      ${l}`))
      .join('\n')
    text = `${STEPS_WRAPPER.join('\n')}\n${body}`
    lineShift = snippet.line - STEPS_WRAPPER.length
  } else {
    return undefined
  }
  return workflowFromText(text, snippet.where, lineShift)
}

/** A workflow from its text; `lineShift` maps its lines to the file it came from. */
export function workflowFromText(text: string, file: string, lineShift = 0): Workflow {
  const doc: unknown = parse(text)
  if (!isDict(doc)) throw new Error(`${file} is not a YAML mapping`)
  const jobs: Record<string, Dict> = {}
  for (const [id, job] of Object.entries(isDict(doc.jobs) ? doc.jobs : {})) {
    jobs[id] = isDict(job) ? job : {}
  }
  return { file, text, doc, jobs, lineShift }
}

/** Where a problem is: the file (or `file:line` of a snippet) and the job. */
const at = (wf: Workflow, job?: string): string => (job ? `${wf.file} job ${job}` : wf.file)

/** actionlint's findings, with lines of the source file, less the `$/` false positive. */
export async function lintProblems(wf: Workflow): Promise<string[]> {
  const errors = await actionlint(wf.text, wf.file)
  const shift = wf.lineShift ?? 0
  const base = wf.file.replace(/:\d+$/, '')
  return errors
    .filter((e) => !isSelfReferenceFalsePositive(e))
    .map((e) => `${base}:${e.line + shift}:${e.column}: ${e.message} [${e.kind}]`)
}

const FULL_SHA = /^[0-9a-f]{40}$/
const VERSION = /^v\d+\.\d+\.\d+$/
/**
 * The placeholder the examples and docs write for the suite's own release: `@<sha> # v1.x.y`.
 * actionlint accepts it, and GitHub refuses to run it (`<` cannot be in a git ref), so a copy whose
 * placeholder was not replaced fails at once instead of running something unpinned.
 */
export const SUITE_PIN_PLACEHOLDER = { ref: '<sha>', comment: 'v1.x.y' } as const
const IMAGE_DIGEST = /^[^@\s]+:[^@\s/]+@sha256:[0-9a-f]{64}$/

/**
 * Everything a workflow runs is named immutably: third-party actions by full commit SHA with the
 * version in a comment; the suite, when referenced from outside, by a SHA with its version (or the
 * documented placeholder), never by a tag or branch; container images (`docker://`,
 * `container.image`, `services.*.image`) by `name:tag@sha256:<digest>`.
 */
export function pinProblems(wf: Workflow): string[] {
  const problems: string[] = []
  for (const site of usesSites(wf)) {
    const where = `${at(wf, site.job)}: ${site.uses}`
    const ref = classifyUses(site.uses)
    if (ref.kind === 'third-party') {
      if (!FULL_SHA.test(ref.ref ?? '') || !VERSION.test(site.comment)) {
        problems.push(
          `${where}: pin by full commit SHA with '# vX.Y.Z' (comment: '${site.comment}')`,
        )
      }
    } else if (ref.kind === 'docker') {
      if (!IMAGE_DIGEST.test(ref.image)) problems.push(`${where}: pin the image by digest`)
    } else if (ref.kind === 'suite-action' || ref.kind === 'suite-workflow') {
      if (ref.via === './' || ref.via === '$/') {
        if (site.uses.includes('@')) problems.push(`${where}: './' and '$/' take no @ref`)
        continue
      }
      const pinned = FULL_SHA.test(ref.ref ?? '') && VERSION.test(site.comment)
      const placeholder =
        ref.ref === SUITE_PIN_PLACEHOLDER.ref && site.comment === SUITE_PIN_PLACEHOLDER.comment
      if (!pinned && !placeholder) {
        problems.push(
          `${where} # ${site.comment}: pin the suite by commit SHA ('@<40-hex sha> # vX.Y.Z', or '@<sha> # v1.x.y' in examples)`,
        )
      }
    }
  }
  for (const [id, job] of Object.entries(wf.jobs)) {
    const images: [string, unknown][] = []
    if (typeof job.container === 'string') images.push(['container', job.container])
    else if (isDict(job.container)) images.push(['container.image', job.container.image])
    if (isDict(job.services)) {
      for (const [name, svc] of Object.entries(job.services)) {
        images.push([`services.${name}.image`, isDict(svc) ? svc.image : svc])
      }
    }
    for (const [key, image] of images) {
      if (typeof image !== 'string' || !IMAGE_DIGEST.test(image)) {
        problems.push(
          `${at(wf, id)}: ${key} '${String(image)}' is not pinned as name:tag@sha256:<digest>`,
        )
      }
    }
  }
  return problems
}

/**
 * Every checkout leaves no token behind (`persist-credentials: false`): the scanners and the
 * scripts after it read the repository, and a token in .git/config is one file read away.
 */
export function checkoutProblems(wf: Workflow): string[] {
  const problems: string[] = []
  for (const [id, job] of Object.entries(wf.jobs)) {
    steps(job).forEach((step, index) => {
      if (typeof step.uses !== 'string') return
      const ref = classifyUses(step.uses)
      if (ref.kind !== 'third-party' || ref.action !== 'actions/checkout') return
      const w = isDict(step.with) ? step.with : {}
      const value = w['persist-credentials']
      if (value !== false && value !== 'false') {
        problems.push(
          `${at(wf, id)} step ${index}: actions/checkout without persist-credentials: false`,
        )
      }
    })
  }
  return problems
}

const SARIF_ACTIONS = new Set(['scan-secrets', 'scan-deps', 'scan-iac', 'scan-image', 'compliance'])

/** False only for an input set to false; an expression may be true. */
const mayBeTrue = (value: unknown, absent: boolean): boolean =>
  value === undefined ? absent : value !== false && value !== 'false'

/**
 * Write scopes a job's suite steps use, derived from the inputs they are given (docs/permissions.md):
 * SARIF upload, the gate's comment, the scans' opt-in check run and comment, keyless signing and the
 * signature push.
 */
export function derivedWrites(job: Dict): Set<string> {
  const writes = new Set<string>()
  for (const step of steps(job)) {
    if (typeof step.uses !== 'string') continue
    const ref = classifyUses(step.uses)
    if (ref.kind !== 'suite-action') continue
    const w = isDict(step.with) ? step.with : {}
    if (SARIF_ACTIONS.has(ref.name)) {
      if (mayBeTrue(w['upload-sarif'], true)) writes.add('security-events')
      if (mayBeTrue(w.comment, false)) writes.add('pull-requests')
      if (mayBeTrue(w['check-run'], false)) writes.add('checks')
    }
    if (ref.name === 'quality-gate' && mayBeTrue(w.comment, true)) writes.add('pull-requests')
    if (ref.name === 'sign-image' && w.mode !== 'verify') {
      writes.add('packages')
      if (w.key === undefined || w.key === '') writes.add('id-token')
    }
  }
  return writes
}

/** Scopes whose write the rules derive from suite steps; any other write needs a stated reason. */
const DERIVED_SCOPES = new Set(['security-events', 'pull-requests', 'checks', 'id-token'])

/** The union of what the jobs of a reusable workflow in this repository ask for. */
export function reusableWorkflowNeeds(
  path: string,
  root: string = REPO,
): Record<string, PermissionLevel> | undefined {
  if (!existsSync(join(root, path))) return undefined
  const doc: unknown = parse(readFileSync(join(root, path), 'utf8'))
  if (!isDict(doc) || !isDict(doc.jobs)) return undefined
  const needed: Record<string, PermissionLevel> = {}
  for (const job of Object.values(doc.jobs)) {
    for (const [scope, level] of Object.entries(permissionsOfNode(isDict(job) ? job : {}) ?? {})) {
      if (levelRank(level) > levelRank(needed[scope])) needed[scope] = level
    }
  }
  return needed
}

/** The trailing `# comment` of each scope in a job's block-style `permissions:` mapping. */
function scopeComments(wf: Workflow, job: string): Map<string, string> {
  const out = new Map<string, string>()
  const node: unknown = parseDocument(wf.text).getIn(['jobs', job, 'permissions'], true)
  if (!isMap(node)) return out
  for (const pair of node.items) {
    if (isScalar(pair.key) && isScalar(pair.value) && pair.value.comment) {
      out.set(String(pair.key.value), pair.value.comment.trim())
    }
  }
  return out
}

/**
 * Minimal permissions: nothing at the top of a workflow (`permissions: {}`), a `permissions:` block on
 * every job, each write scope used by what the job runs (derived from its suite steps, or for a
 * script's write — a release, a package push — stated in a comment on the scope's line), and a call
 * of the reusable workflow granting exactly what its jobs ask for: GitHub refuses less, and more
 * reaches no job.
 */
export function permissionProblems(wf: Workflow, root: string = REPO): string[] {
  const problems: string[] = []
  const permissionsOf = (node: Dict, where: string): ReturnType<typeof permissionsOfNode> => {
    try {
      return permissionsOfNode(node)
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`)
      return {}
    }
  }
  if ('on' in wf.doc) {
    const top = permissionsOf(wf.doc, wf.file)
    if (top === undefined) problems.push(`${wf.file}: no top-level 'permissions: {}'`)
    else if (Object.keys(top).length > 0) {
      problems.push(
        `${wf.file}: grants ${Object.entries(top)
          .map(([s, l]) => `${s}: ${l}`)
          .join(', ')} at the top level; set 'permissions: {}' and grant per job`,
      )
    }
  }
  for (const [id, job] of Object.entries(wf.jobs)) {
    const granted = permissionsOf(job, at(wf, id))
    if (granted === undefined) {
      problems.push(`${at(wf, id)}: no permissions block`)
      continue
    }
    const ref = typeof job.uses === 'string' ? classifyUses(job.uses) : undefined
    if (ref?.kind === 'suite-workflow') {
      const needed = reusableWorkflowNeeds(ref.path, root)
      if (!needed) {
        problems.push(`${at(wf, id)}: ${ref.path} is not a workflow here`)
        continue
      }
      for (const scope of new Set([...Object.keys(needed), ...Object.keys(granted)])) {
        const g = granted[scope] ?? 'none'
        const n = needed[scope] ?? 'none'
        if (levelRank(g) < levelRank(n)) {
          problems.push(`${at(wf, id)}: grants ${scope}: ${g}, ${ref.path} asks for ${n}`)
        } else if (levelRank(g) > levelRank(n)) {
          problems.push(
            `${at(wf, id)}: grants ${scope}: ${g}, which no job of ${ref.path} asks for`,
          )
        }
      }
      continue
    }
    const derived = derivedWrites(job)
    const comments = scopeComments(wf, id)
    for (const [scope, level] of Object.entries(granted)) {
      if (level !== 'write' || derived.has(scope)) continue
      if (DERIVED_SCOPES.has(scope)) {
        problems.push(`${at(wf, id)}: ${scope}: write, but no step of the job uses it`)
      } else if (!comments.has(scope)) {
        problems.push(`${at(wf, id)}: ${scope}: write with no reason in a comment on its line`)
      }
    }
  }
  return problems
}

/**
 * A caller's `permissions:` block shown on its own (docs/permissions.md) grants exactly what the
 * reusable workflow's jobs ask for.
 */
export function callerGrantProblems(snippet: Snippet, root: string = REPO): string[] {
  const doc: unknown = parse(snippet.text)
  if (snippetKind(doc) !== 'permissions' || !isDict(doc)) return []
  const wf = workflowFromText(
    `on: workflow_dispatch\npermissions: {}\njobs:\n  call:\n    uses: ./.github/workflows/portcullis.yml\n    permissions: ${JSON.stringify(doc.permissions ?? {})}\n`,
    snippet.where,
  )
  return permissionProblems(wf, root)
}

/**
 * In a job that runs several suite actions, each one after the first runs `if: always()`: a failed
 * scan must not skip the scans after it, or the gate sees fewer reports than there were findings.
 */
export function scanOrderProblems(wf: Workflow): string[] {
  const problems: string[] = []
  for (const [id, job] of Object.entries(wf.jobs)) {
    let seen = false
    steps(job).forEach((step, index) => {
      if (typeof step.uses !== 'string' || classifyUses(step.uses).kind !== 'suite-action') return
      if (seen && !/\balways\(\)/.test(String(step.if ?? ''))) {
        problems.push(
          `${at(wf, id)} step ${index}: ${step.uses} after another scan without if: always()`,
        )
      }
      seen = true
    })
  }
  return problems
}

/** Every rule but actionlint, for one workflow. */
export function staticProblems(wf: Workflow, root: string = REPO): string[] {
  return [
    ...pinProblems(wf),
    ...checkoutProblems(wf),
    ...permissionProblems(wf, root),
    ...scanOrderProblems(wf),
  ]
}

/** Every ```yaml block of the README, the docs and the package READMEs. */
export function allSnippets(root: string = REPO): Snippet[] {
  return markdownFiles(root).flatMap((f) => yamlSnippets(readFileSync(join(root, f), 'utf8'), f))
}

/** The workflows, the examples and the workflow snippets: everything a user may copy. */
export function allWorkflows(root: string = REPO): Workflow[] {
  return [
    ...workflowFiles(root).map((f) => loadWorkflow(f, root)),
    ...allSnippets(root).flatMap((s) => snippetWorkflow(s) ?? []),
  ]
}
