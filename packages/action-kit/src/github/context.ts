import { readFileSync } from 'node:fs'

/** A pull request as the event payload describes it: what reporting needs and nothing else. */
export interface PullRequestInfo {
  readonly number: number
  readonly headSha: string
  readonly baseSha: string
  /** `owner/name` of the head and base repositories; they differ for a pull request from a fork. */
  readonly headRepo: string
  readonly baseRepo: string
  readonly isFork: boolean
}

/** The run's GitHub context, read once from the runner's environment and event payload. */
export interface GitHubContext {
  /** REST API root: GITHUB_API_URL (GitHub Enterprise Server sets it to `<host>/api/v3`). */
  readonly apiUrl: string
  readonly serverUrl: string
  readonly owner: string
  readonly repo: string
  readonly eventName: string
  /** GITHUB_SHA: on pull_request events, the test merge commit. */
  readonly sha: string
  /** GITHUB_REF, e.g. `refs/heads/main` or `refs/pull/42/merge`. */
  readonly ref: string
  readonly actor: string
  readonly workspace: string
  /** The event payload, unvalidated beyond what {@link PullRequestInfo} reads. */
  readonly payload: unknown
  readonly pullRequest?: PullRequestInfo
  /** `before`/`after` of a push, for the compare API. */
  readonly push?: { readonly before: string; readonly after: string }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function repoName(repo: unknown): string | undefined {
  return text(record(repo)?.full_name)
}

function pullRequestOf(payload: unknown): PullRequestInfo | undefined {
  const pr = record(record(payload)?.pull_request)
  if (!pr || typeof pr.number !== 'number') return undefined
  const head = record(pr.head)
  const base = record(pr.base)
  const headSha = text(head?.sha)
  const baseSha = text(base?.sha)
  const baseRepo = repoName(base?.repo)
  if (!headSha || !baseSha || !baseRepo) return undefined
  // A deleted fork has `head.repo: null`; it is still not the base repository.
  const headRepo = repoName(head?.repo) ?? '(deleted fork)'
  return { number: pr.number, headSha, baseSha, headRepo, baseRepo, isFork: headRepo !== baseRepo }
}

const ZERO_SHA = /^0{40}$/

function pushOf(eventName: string, payload: unknown): GitHubContext['push'] {
  if (eventName !== 'push') return undefined
  const p = record(payload)
  const before = text(p?.before)
  const after = text(p?.after)
  if (!before || !after || ZERO_SHA.test(before)) return undefined
  return { before, after }
}

/**
 * Reads the context from the runner's variables. A missing or unreadable event file is an empty
 * payload (workflow_dispatch from the API can have none); a missing GITHUB_REPOSITORY is an error
 * because nothing can be reported without it.
 */
export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new Error(
      `GITHUB_REPOSITORY is '${repository}'; expected owner/name (is this a GitHub Actions runner?)`,
    )
  }
  let payload: unknown = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown
    } catch {
      payload = {}
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const pullRequest = pullRequestOf(payload)
  const push = pushOf(eventName, payload)
  return {
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    owner,
    repo,
    eventName,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    payload,
    ...(pullRequest ? { pullRequest } : {}),
    ...(push ? { push } : {}),
  }
}

/** True when GitHub gives this run a read-only token whatever the workflow asks for. */
export function hasReadOnlyToken(ctx: GitHubContext): boolean {
  // https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication
  return ctx.eventName === 'pull_request' && ctx.pullRequest?.isFork === true
}
