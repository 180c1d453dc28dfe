/**
 * Webhook payloads shaped as GitHub delivers them to GITHUB_EVENT_PATH, following the
 * `webhook-push` and `webhook-pull-request-{opened,synchronize}` schemas of GitHub's OpenAPI
 * description (test/harness/events.test.ts holds them against those schemas). They carry the
 * fields actions read — before/after, base/head SHAs and repositories, number, commits — and the
 * required fields around them, not every optional property a real delivery has.
 */

export interface RepoSpec {
  readonly owner: string
  readonly name: string
  readonly id?: number
  readonly defaultBranch?: string
  readonly fork?: boolean
}

export const DEFAULT_REPO: RepoSpec = { owner: 'octo-org', name: 'hello-world', id: 1296269 }

const SERVER = 'https://github.com'
const API = 'https://api.github.com'

/** Deterministic 40-hex SHA from a label, so tests read `sha('head')` instead of magic strings. */
export function sha(label: string): string {
  let h = 0x811c9dc5
  let out = ''
  for (let round = 0; out.length < 40; round += 1) {
    for (const ch of `${label}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
    out += h.toString(16).padStart(8, '0')
  }
  return out.slice(0, 40)
}

function user(login: string, id: number, type: 'User' | 'Bot' | 'Organization' = 'User') {
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${API}/users/${login}`,
    html_url: `${SERVER}/${login}`,
    followers_url: `${API}/users/${login}/followers`,
    following_url: `${API}/users/${login}/following{/other_user}`,
    gists_url: `${API}/users/${login}/gists{/gist_id}`,
    starred_url: `${API}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${API}/users/${login}/subscriptions`,
    organizations_url: `${API}/users/${login}/orgs`,
    repos_url: `${API}/users/${login}/repos`,
    events_url: `${API}/users/${login}/events{/privacy}`,
    received_events_url: `${API}/users/${login}/received_events`,
    type,
    site_admin: false,
  }
}

/** The repository object of webhook payloads (the subset actions and the runner read). */
export function repository(spec: RepoSpec = DEFAULT_REPO) {
  const fullName = `${spec.owner}/${spec.name}`
  const id = spec.id ?? 1000
  return {
    id,
    node_id: `MDEwOlJlcG9zaXRvcnk${id}`,
    name: spec.name,
    full_name: fullName,
    private: false,
    owner: user(spec.owner, id + 1, 'Organization'),
    html_url: `${SERVER}/${fullName}`,
    description: null,
    fork: spec.fork ?? false,
    url: `${API}/repos/${fullName}`,
    clone_url: `${SERVER}/${fullName}.git`,
    default_branch: spec.defaultBranch ?? 'main',
    visibility: 'public' as const,
  }
}

export interface PushOptions {
  readonly repo?: RepoSpec
  /** Branch name (not the full ref). */
  readonly branch?: string
  readonly before?: string
  readonly after?: string
  /** Commit messages, oldest first; the last one is `after`. */
  readonly commits?: readonly string[]
  readonly pusher?: string
}

/** A `push` event to a branch. */
export function pushEvent(options: PushOptions = {}) {
  const repo = repository(options.repo)
  const before = options.before ?? sha('before')
  const after = options.after ?? sha('after')
  const messages = options.commits ?? ['Update code']
  const pusher = options.pusher ?? 'octocat'
  const commits = messages.map((message, i) => {
    const id = i === messages.length - 1 ? after : sha(`${after}:${i}`)
    return {
      id,
      tree_id: sha(`tree:${id}`),
      distinct: true,
      message,
      timestamp: '2026-11-23T10:00:00Z',
      url: `${repo.html_url}/commit/${id}`,
      author: { name: pusher, email: `${pusher}@users.noreply.github.com`, username: pusher },
      committer: { name: pusher, email: `${pusher}@users.noreply.github.com`, username: pusher },
      added: [] as string[],
      removed: [] as string[],
      modified: ['README.md'],
    }
  })
  return {
    ref: `refs/heads/${options.branch ?? 'main'}`,
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${repo.html_url}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits[commits.length - 1] ?? null,
    repository: repo,
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    sender: user(pusher, 583231),
  }
}

export interface PullRequestOptions {
  readonly action?: 'opened' | 'synchronize'
  readonly number?: number
  readonly repo?: RepoSpec
  /** The head repository; give a different owner for a pull request from a fork. */
  readonly headRepo?: RepoSpec
  readonly baseRef?: string
  readonly headRef?: string
  readonly baseSha?: string
  readonly headSha?: string
  /** The test merge commit GitHub creates (what GITHUB_SHA is on pull_request events). */
  readonly mergeSha?: string
  /** For `synchronize`: the previous head. */
  readonly before?: string
  readonly commits?: number
  readonly author?: string
  readonly authorType?: 'User' | 'Bot'
}

/** A `pull_request` event (opened or synchronize), from the same repository or a fork. */
export function pullRequestEvent(options: PullRequestOptions = {}) {
  const action = options.action ?? 'opened'
  const number = options.number ?? 42
  const base = repository(options.repo)
  const headSpec = options.headRepo ?? options.repo ?? DEFAULT_REPO
  const isFork = headSpec.owner !== base.owner.login || headSpec.name !== base.name
  const head = repository({
    ...headSpec,
    id: headSpec.id ?? (isFork ? 9999 : base.id),
    fork: isFork,
  })
  const headSha = options.headSha ?? sha('head')
  const baseSha = options.baseSha ?? sha('base')
  const author = options.author ?? (isFork ? headSpec.owner : 'octocat')
  const authorUser = user(author, 583231, options.authorType ?? 'User')
  const headRef = options.headRef ?? 'feature'
  const baseRef = options.baseRef ?? base.default_branch
  const prUrl = `${API}/repos/${base.full_name}/pulls/${number}`
  const pullRequest = {
    url: prUrl,
    id: 1_000_000 + number,
    node_id: `PR_kwDO${number}`,
    html_url: `${base.html_url}/pull/${number}`,
    diff_url: `${base.html_url}/pull/${number}.diff`,
    patch_url: `${base.html_url}/pull/${number}.patch`,
    issue_url: `${API}/repos/${base.full_name}/issues/${number}`,
    commits_url: `${prUrl}/commits`,
    review_comments_url: `${prUrl}/comments`,
    review_comment_url: `${API}/repos/${base.full_name}/pulls/comments{/number}`,
    comments_url: `${API}/repos/${base.full_name}/issues/${number}/comments`,
    statuses_url: `${API}/repos/${base.full_name}/statuses/${headSha}`,
    number,
    state: 'open' as const,
    locked: false,
    title: 'Change something',
    user: authorUser,
    body: null,
    created_at: '2026-11-23T10:00:00Z',
    updated_at: '2026-11-23T10:05:00Z',
    closed_at: null,
    merged_at: null,
    merge_commit_sha: options.mergeSha ?? sha('merge'),
    draft: false,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: options.commits ?? 1,
    additions: 10,
    deletions: 2,
    changed_files: 1,
    author_association: isFork ? ('CONTRIBUTOR' as const) : ('MEMBER' as const),
    head: {
      label: `${headSpec.owner}:${headRef}`,
      ref: headRef,
      sha: headSha,
      user: head.owner,
      repo: head,
    },
    base: {
      label: `${base.owner.login}:${baseRef}`,
      ref: baseRef,
      sha: baseSha,
      user: base.owner,
      repo: base,
    },
  }
  return {
    action,
    number,
    ...(action === 'synchronize'
      ? { before: options.before ?? sha('previous-head'), after: headSha }
      : {}),
    pull_request: pullRequest,
    repository: base,
    sender: authorUser,
  }
}

export type PushEvent = ReturnType<typeof pushEvent>
export type PullRequestEvent = ReturnType<typeof pullRequestEvent>

/** What the runner derives from an event: GITHUB_REF, GITHUB_SHA, GITHUB_HEAD_REF/BASE_REF. */
export function runnerRefs(
  eventName: string,
  payload: unknown,
): { ref: string; sha: string; headRef?: string; baseRef?: string } | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined
  const p = payload as Partial<PushEvent & PullRequestEvent>
  if (eventName === 'push' && typeof p.ref === 'string' && typeof p.after === 'string') {
    return { ref: p.ref, sha: p.after }
  }
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && p.pull_request) {
    const pr = p.pull_request
    if (eventName === 'pull_request_target') {
      // pull_request_target runs in the base repository's context, on its branch.
      return {
        ref: `refs/heads/${pr.base.ref}`,
        sha: pr.base.sha,
        headRef: pr.head.ref,
        baseRef: pr.base.ref,
      }
    }
    return {
      ref: `refs/pull/${pr.number}/merge`,
      sha: pr.merge_commit_sha,
      headRef: pr.head.ref,
      baseRef: pr.base.ref,
    }
  }
  return undefined
}
