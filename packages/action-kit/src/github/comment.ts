import type { GitHubClient, GitHubLogger } from './client.js'
import { SILENT_LOGGER } from './client.js'
import { hasReadOnlyToken, type GitHubContext } from './context.js'
import { forkSkip, skipFor, type Skipped } from './outcome.js'

/** GitHub's limit on an issue or pull request comment body. */
export const MAX_COMMENT_CHARS = 65_536

export interface CommentSection {
  /** The `<summary>` line of a collapsed `<details>` block. */
  readonly title: string
  readonly body: string
}

export interface StickyComment {
  /** Identifies the comment among the pull request's: one sticky comment per key. */
  readonly key: string
  /** Shown expanded: the verdict and the counts. */
  readonly head: string
  /** Shown collapsed; cut (with a note) when the whole would exceed GitHub's limit. */
  readonly details?: readonly CommentSection[]
}

export type CommentOutcome =
  | { readonly status: 'created' | 'updated'; readonly commentId: number; readonly url: string }
  | Skipped

/** The hidden marker that finds the comment again; HTML comments are not rendered. */
export function stickyMarker(key: string): string {
  return `<!-- portcullis:sticky:${key.replace(/-->/g, '')} -->`
}

const TRUNCATED =
  "\n\n_Details were cut to fit GitHub's comment size limit; the job summary has everything._\n"

/** Builds the body within {@link MAX_COMMENT_CHARS}: marker, head, then collapsed sections that fit. */
export function renderStickyComment(comment: StickyComment): string {
  const marker = stickyMarker(comment.key)
  let body = `${marker}\n${comment.head.trim()}\n`
  const budget = MAX_COMMENT_CHARS - TRUNCATED.length
  if (body.length > budget) return `${body.slice(0, budget - 1)}\n${TRUNCATED}`
  for (const section of comment.details ?? []) {
    const open = `\n<details><summary>${section.title}</summary>\n\n`
    const close = '\n\n</details>\n'
    const block = `${open}${section.body.trim()}${close}`
    if (body.length + block.length <= budget) {
      body += block
      continue
    }
    const room = budget - body.length - open.length - close.length
    if (room > 200) {
      // Cut at a line end so a table row or code line is never half-shown.
      const cut = section.body.slice(0, room)
      body += `${open}${cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0))}${close}`
    }
    return body + TRUNCATED
  }
  return body
}

/**
 * The login the token acts as. GraphQL's `viewer` answers for every kind of token: a person's
 * (personal access token), the job's GITHUB_TOKEN (`github-actions[bot]`) and a GitHub App's
 * installation token (`<app-slug>[bot]`); REST `GET /user` answers only for a person's token
 * (installation tokens get 403 "Resource not accessible by integration"), so it is the fallback
 * for servers without GraphQL. Undefined when neither says.
 */
export async function tokenLogin(
  client: GitHubClient,
  logger: GitHubLogger = SILENT_LOGGER,
): Promise<string | undefined> {
  try {
    const data = await client.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }',
    )
    const login = data.viewer?.login
    if (typeof login === 'string' && login !== '') return login
  } catch (error) {
    logger.debug(`GraphQL viewer: ${(error as Error).message}`)
  }
  try {
    const { data } = await client.rest.users.getAuthenticated()
    if (data.login !== '') return data.login
  } catch (error) {
    logger.debug(`GET /user: ${(error as Error).message}`)
  }
  return undefined
}

/**
 * Creates the pull request's sticky comment, or updates it in place when a comment with its marker
 * exists that the token's own account wrote (so reruns never pile up comments, and nobody else's
 * comment is ever rewritten). Outside a pull request, on a fork, or without
 * `pull-requests: write` it returns `skipped` with a notice instead of throwing.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  ctx: GitHubContext,
  comment: StickyComment,
  logger: GitHubLogger = SILENT_LOGGER,
): Promise<CommentOutcome> {
  const what = 'The pull request comment'
  const pr = ctx.pullRequest
  if (!pr) {
    return {
      status: 'skipped',
      reason: 'not-a-pull-request',
      message: `${what} was skipped: this run is not for a pull request.`,
    }
  }
  if (hasReadOnlyToken(ctx)) return forkSkip(what)
  const marker = stickyMarker(comment.key)
  const body = renderStickyComment(comment)
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: pr.number,
      per_page: 100,
    })
    // Only a comment the token itself wrote is ever edited: anyone can post the marker (the pull
    // request's author first of all), and editing their comment would put our verdict in their name.
    const self = await tokenLogin(client, logger)
    if (self === undefined) {
      logger.info(
        'Could not tell which account the token acts as; a new pull request comment is added instead of editing one that may not be ours.',
      )
    }
    const existing =
      self === undefined
        ? undefined
        : comments.find(
            (c) => c.body?.includes(marker) && c.user?.login.toLowerCase() === self.toLowerCase(),
          )
    if (existing) {
      const { data } = await client.rest.issues.updateComment({
        owner: ctx.owner,
        repo: ctx.repo,
        comment_id: existing.id,
        body,
      })
      logger.info(`Updated the pull request comment ${data.html_url}`)
      return { status: 'updated', commentId: data.id, url: data.html_url }
    }
    const { data } = await client.rest.issues.createComment({
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: pr.number,
      body,
    })
    logger.info(`Commented on the pull request: ${data.html_url}`)
    return { status: 'created', commentId: data.id, url: data.html_url }
  } catch (error) {
    const skipped = skipFor(error, what, 'pull-requests: write')
    logger.warning(skipped.message)
    return skipped
  }
}
