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
 * Creates the pull request's sticky comment, or updates it in place when a comment with its marker
 * exists (so reruns never pile up comments). Outside a pull request, on a fork, or without
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
    // Prefer a bot's comment: a person quoting the marker must not have their comment rewritten.
    const mine = comments.filter((c) => c.body?.includes(marker))
    const existing = mine.find((c) => c.user?.type === 'Bot') ?? mine[0]
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
