import {
  BASE_BRANCH,
  DEMO_REPOSITORY,
  HEAD_BRANCH,
  PULL_REQUEST_NUMBER,
  type DemoRepository,
} from './workspace.js'

const SERVER = 'https://github.com'
const API = 'https://api.github.com'

function user(login: string, id: number, type: 'User' | 'Organization') {
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    url: `${API}/users/${login}`,
    html_url: `${SERVER}/${login}`,
    type,
    site_admin: false,
  }
}

function repository() {
  const fullName = `${DEMO_REPOSITORY.owner}/${DEMO_REPOSITORY.name}`
  return {
    id: DEMO_REPOSITORY.id,
    node_id: `MDEwOlJlcG9zaXRvcnk${DEMO_REPOSITORY.id}`,
    name: DEMO_REPOSITORY.name,
    full_name: fullName,
    private: false,
    owner: user(DEMO_REPOSITORY.owner, DEMO_REPOSITORY.id + 1, 'Organization'),
    html_url: `${SERVER}/${fullName}`,
    description: null,
    fork: false,
    url: `${API}/repos/${fullName}`,
    clone_url: `${SERVER}/${fullName}.git`,
    default_branch: BASE_BRANCH,
    visibility: 'public',
  }
}

/**
 * The `pull_request` (opened) payload GitHub delivers for the demo's pull request: base is main's
 * commit, head the feature branch's last commit, `commits` the number the pull request brings in.
 * There is no test merge commit locally, so `merge_commit_sha` is the head commit (what the demo
 * passes as GITHUB_SHA).
 */
export function pullRequestEvent(repo: DemoRepository) {
  const base = repository()
  const author = user('dev-eloper', 583231, 'User')
  const prUrl = `${API}/repos/${base.full_name}/pulls/${PULL_REQUEST_NUMBER}`
  return {
    action: 'opened',
    number: PULL_REQUEST_NUMBER,
    pull_request: {
      url: prUrl,
      id: 1_000_000 + PULL_REQUEST_NUMBER,
      node_id: `PR_kwDO${PULL_REQUEST_NUMBER}`,
      html_url: `${base.html_url}/pull/${PULL_REQUEST_NUMBER}`,
      number: PULL_REQUEST_NUMBER,
      state: 'open',
      locked: false,
      title: 'Add the production deploy config',
      user: author,
      body: null,
      created_at: '2026-11-20T09:00:00Z',
      updated_at: '2026-11-20T09:00:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: repo.headSha,
      draft: false,
      merged: false,
      commits: repo.commits.length,
      author_association: 'MEMBER',
      head: {
        label: `${DEMO_REPOSITORY.owner}:${HEAD_BRANCH}`,
        ref: HEAD_BRANCH,
        sha: repo.headSha,
        user: base.owner,
        repo: base,
      },
      base: {
        label: `${DEMO_REPOSITORY.owner}:${BASE_BRANCH}`,
        ref: BASE_BRANCH,
        sha: repo.baseSha,
        user: base.owner,
        repo: base,
      },
    },
    repository: base,
    sender: author,
  }
}
