import type { Exec, Logger } from '@portcullis/core/ports'
import { ScanFailedError, UserError } from '@portcullis/core'

/**
 * Which commits an event asks a history scan to cover, read from the webhook payload, and the git
 * work to make sure the checkout holds them. Commit ranges come from the payload, never from
 * GitHub's commit lists (the push payload lists at most 20 commits and the pull request commits API
 * at most 250), so every commit of a pull request or push is covered however many there are.
 */

/** What an event asks to scan. */
export type GitScope =
  /** Exactly the commits in `head` that are not in `base` (`git log base..head`). */
  | {
      readonly kind: 'range'
      readonly base: string
      readonly head: string
      /** For messages: "pull request #42", "push to main", "merge group". */
      readonly what: string
      /** A push to the repository's default branch (the branch whose tree is the product). */
      readonly toDefaultBranch?: boolean
    }
  /** A push that created a branch: its commits are those not on the default branch. */
  | {
      readonly kind: 'new-branch'
      readonly head: string
      readonly ref: string
      readonly defaultBranch: string | undefined
      /** The created branch is the default branch (a repository's first push). */
      readonly toDefaultBranch?: boolean
    }
  /** A push that deleted a branch or tag: there is nothing to scan. */
  | { readonly kind: 'deleted'; readonly ref: string }
  /** Any other event (schedule, workflow_dispatch, …): the working tree. */
  | { readonly kind: 'tree'; readonly eventName: string }

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/
const ZERO = /^0+$/

type Json = Readonly<Record<string, unknown>>

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined
}

function sha(value: unknown, field: string, eventName: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value
  throw new UserError(
    'bad-event',
    `The ${eventName} event payload has no commit SHA at ${field} (found ${JSON.stringify(value ?? null)}), so the commits to scan are unknown. Use mode: dir to scan the working tree, or mode: git with log-opts.`,
  )
}

/** Reads the commit range an event covers from its payload (GITHUB_EVENT_PATH). */
export function eventGitScope(eventName: string, event: Json): GitScope {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = record(event.pull_request)
      const base = sha(record(pr?.base)?.sha, 'pull_request.base.sha', eventName)
      const head = sha(record(pr?.head)?.sha, 'pull_request.head.sha', eventName)
      const number = typeof pr?.number === 'number' ? ` #${pr.number}` : ''
      return { kind: 'range', base, head, what: `pull request${number}` }
    }
    case 'merge_group': {
      const group = record(event.merge_group)
      const base = sha(group?.base_sha, 'merge_group.base_sha', eventName)
      const head = sha(group?.head_sha, 'merge_group.head_sha', eventName)
      return { kind: 'range', base, head, what: 'merge group' }
    }
    case 'push': {
      const ref = typeof event.ref === 'string' ? event.ref : 'the pushed ref'
      const after = typeof event.after === 'string' ? event.after : ''
      if (event.deleted === true || (after !== '' && ZERO.test(after))) {
        return { kind: 'deleted', ref }
      }
      const head = sha(event.after, 'after', eventName)
      const before = typeof event.before === 'string' ? event.before : ''
      const repo = record(event.repository)
      const defaultBranch =
        typeof repo?.default_branch === 'string' && repo.default_branch !== ''
          ? repo.default_branch
          : undefined
      const toDefaultBranch = defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`
      if (event.created === true || before === '' || ZERO.test(before)) {
        return { kind: 'new-branch', head, ref, defaultBranch, toDefaultBranch }
      }
      return {
        kind: 'range',
        base: sha(before, 'before', eventName),
        head,
        what: `push to ${ref.replace(/^refs\/(heads|tags)\//, '')}`,
        toDefaultBranch,
      }
    }
    default:
      return { kind: 'tree', eventName: eventName === '' ? 'unknown' : eventName }
  }
}

export interface GitResult {
  readonly exitCode: number | null
  readonly stdout: string
}

/** Runs git in one repository; stdout stays in memory, stderr goes to the log through the exec port. */
export type Git = (args: readonly string[]) => Promise<GitResult>

/** A {@link Git} over the action kit's safe exec (no shell, filtered environment, timeout). */
export function gitIn(exec: Exec, cwd: string, timeoutMs: number): Git {
  return async (args) => {
    const result = await exec({
      tool: 'git',
      file: 'git',
      args,
      cwd,
      timeoutMs,
      relayStdout: false,
    })
    if (result.timedOut) {
      throw new ScanFailedError(`git ${args[0] ?? ''} did not finish in time and was stopped`)
    }
    return { exitCode: result.exitCode, stdout: result.stdout }
  }
}

/** The top folder of the repository `git` runs in, or undefined when it is not in one. */
export async function gitTopLevel(git: Git): Promise<string | undefined> {
  const result = await git(['rev-parse', '--show-toplevel'])
  const top = result.stdout.trim()
  return result.exitCode === 0 && top !== '' ? top : undefined
}

export async function hasCommit(git: Git, commit: string): Promise<boolean> {
  const result = await git(['rev-parse', '--quiet', '--verify', `${commit}^{commit}`])
  return result.exitCode === 0
}

export async function isShallow(git: Git): Promise<boolean> {
  const result = await git(['rev-parse', '--is-shallow-repository'])
  return result.stdout.trim() === 'true'
}

export async function mergeBase(git: Git, a: string, b: string): Promise<string | undefined> {
  const result = await git(['merge-base', a, b])
  const found = result.stdout.trim()
  return result.exitCode === 0 && SHA.test(found) ? found : undefined
}

/** How many commits `git log base..head` lists (merges included). */
export async function countRange(
  git: Git,
  base: string,
  head: string,
): Promise<number | undefined> {
  const result = await git(['rev-list', '--count', `${base}..${head}`])
  const n = Number(result.stdout.trim())
  return result.exitCode === 0 && Number.isInteger(n) ? n : undefined
}

/** What every "the history is not there" message tells the user to do. */
export const FETCH_DEPTH_HINT =
  'Set `fetch-depth: 0` on actions/checkout (`with: { fetch-depth: 0 }`) so the whole history is available.'

export interface EnsureRangeOptions {
  readonly log: Logger
  /** The remote to fetch from; actions/checkout names it origin. */
  readonly remote?: string
  /** Commits to deepen by in successive fetches of a shallow checkout. */
  readonly steps?: readonly number[]
  /** For messages: "pull request #42". */
  readonly what: string
}

export interface EnsureRangeResult {
  readonly mergeBase: string
  /** Fetches it took (0 when the checkout already held the range). */
  readonly fetches: number
}

/**
 * Makes sure `base`, `head` and their merge base are in the checkout, so `base..head` is exactly the
 * range's commits: in a shallow clone without the merge base, `base..head` runs into the shallow
 * boundary and silently lists too few or too many commits. A shallow checkout is deepened step by
 * step (missing tips are fetched by SHA, as GitHub serves reachable commits); when that fails the
 * error says how to set fetch-depth.
 */
export async function ensureRange(
  git: Git,
  base: string,
  head: string,
  options: EnsureRangeOptions,
): Promise<EnsureRangeResult> {
  const remote = options.remote ?? 'origin'
  const steps = options.steps ?? [50, 250, 1000, 5000]
  const range = `${options.what} (${base.slice(0, 12)}..${head.slice(0, 12)})`

  const complete = async (): Promise<string | undefined> => {
    if (!(await hasCommit(git, base)) || !(await hasCommit(git, head))) return undefined
    return mergeBase(git, base, head)
  }

  let found = await complete()
  if (found !== undefined) return { mergeBase: found, fetches: 0 }

  let fetches = 0
  for (const step of steps) {
    const shallow = await isShallow(git)
    const missing: string[] = []
    for (const commit of [base, head]) if (!(await hasCommit(git, commit))) missing.push(commit)
    if (missing.length === 0 && !shallow) break
    const args =
      missing.length > 0
        ? [
            'fetch',
            '--quiet',
            '--no-tags',
            ...(shallow ? [`--depth=${step}`] : []),
            remote,
            ...missing,
          ]
        : ['fetch', '--quiet', '--no-tags', `--deepen=${step}`, remote, base, head]
    options.log.info(
      missing.length > 0
        ? `Fetching ${missing.length} commit(s) of the ${range} missing from the checkout${shallow ? ` (depth ${step})` : ''}.`
        : `The checkout is shallow and the merge base of the ${range} is not in it; deepening by ${step} commits.`,
    )
    const result = await git(args)
    fetches += 1
    if (result.exitCode !== 0) {
      throw new UserError(
        'shallow-checkout',
        `The commits of the ${range} are not all in the checkout and fetching them from '${remote}' failed (git exited with ${result.exitCode}). ${FETCH_DEPTH_HINT}`,
      )
    }
    found = await complete()
    if (found !== undefined) return { mergeBase: found, fetches }
  }

  const shallow = await isShallow(git)
  throw new UserError(
    'shallow-checkout',
    shallow
      ? `The checkout is shallow and the merge base of the ${range} is still missing after ${fetches} fetch(es). ${FETCH_DEPTH_HINT}`
      : `The ${range} has no merge base in the repository's history (base and head share no commit), so the range's commits cannot be told apart. Use mode: git with log-opts naming the commits to scan.`,
  )
}

/**
 * For a push that created a branch: the merge base of the new tip with the default branch, so the
 * scan covers the commits not on the default branch. The default branch is fetched (deepened like a
 * range) when the checkout lacks it. The merge base equals `head` when the branch has no commits of
 * its own; undefined when it cannot be found (the caller then scans the tip).
 */
export async function newBranchBase(
  git: Git,
  head: string,
  defaultBranch: string | undefined,
  options: Omit<EnsureRangeOptions, 'what'>,
): Promise<string | undefined> {
  if (defaultBranch === undefined) return undefined
  const remote = options.remote ?? 'origin'
  const tracking = `refs/remotes/${remote}/${defaultBranch}`
  let tip = (await git(['rev-parse', '--quiet', '--verify', `${tracking}^{commit}`])).stdout.trim()
  if (!SHA.test(tip)) {
    const fetched = await git([
      'fetch',
      '--quiet',
      '--no-tags',
      ...((await isShallow(git)) ? ['--depth=50'] : []),
      remote,
      `+refs/heads/${defaultBranch}:${tracking}`,
    ])
    if (fetched.exitCode !== 0) return undefined
    tip = (await git(['rev-parse', '--quiet', '--verify', `${tracking}^{commit}`])).stdout.trim()
    if (!SHA.test(tip)) return undefined
  }
  try {
    const { mergeBase: base } = await ensureRange(git, tip, head, {
      ...options,
      what: `new branch against ${defaultBranch}`,
    })
    return base
  } catch (error) {
    if (error instanceof UserError) return undefined
    throw error
  }
}
