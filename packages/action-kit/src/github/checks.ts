import type { GitHubClient, GitHubLogger } from './client.js'
import { SILENT_LOGGER } from './client.js'
import { hasReadOnlyToken, type GitHubContext } from './context.js'
import { forkSkip, skipFor, type Skipped } from './outcome.js'

/** The Checks API takes at most 50 annotations per request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50
/** Limits of a check run's output fields (characters). */
export const MAX_CHECK_TEXT = 65_535
const MAX_TITLE = 255

export interface CheckAnnotation {
  readonly path: string
  readonly startLine: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
  readonly level: 'notice' | 'warning' | 'failure'
  readonly message: string
  readonly title?: string
  readonly rawDetails?: string
}

export interface CheckRunSpec {
  readonly name: string
  readonly conclusion: 'success' | 'failure' | 'neutral' | 'action_required'
  readonly title: string
  readonly summary: string
  readonly text?: string
  /** All of them: they are sent 50 per request, in this order. */
  readonly annotations: readonly CheckAnnotation[]
  /** Defaults to the pull request's head (so the run shows on it), else GITHUB_SHA. */
  readonly headSha?: string
  readonly detailsUrl?: string
}

export type CheckRunOutcome =
  | {
      readonly status: 'published'
      readonly checkRunId: number
      readonly annotations: number
      /** Requests that carried annotations. */
      readonly batches: number
    }
  | Skipped

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function toApi(a: CheckAnnotation) {
  const endLine = Math.max(a.endLine ?? a.startLine, a.startLine)
  // Columns are only allowed when the annotation is on one line.
  const columns =
    endLine === a.startLine && a.startColumn !== undefined
      ? {
          start_column: a.startColumn,
          end_column: Math.max(a.endColumn ?? a.startColumn, a.startColumn),
        }
      : {}
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: endLine,
    ...columns,
    annotation_level: a.level,
    message: clip(a.message, 64 * 1024),
    ...(a.title ? { title: clip(a.title, MAX_TITLE) } : {}),
    ...(a.rawDetails ? { raw_details: clip(a.rawDetails, 64 * 1024) } : {}),
  }
}

/**
 * Publishes a completed check run carrying every annotation: the first 50 with the create call,
 * the rest appended by updates (GitHub keeps appending), the conclusion set with the last request.
 * Needs `checks: write`; without it, or on a fork, it returns `skipped`.
 */
export async function publishCheckRun(
  client: GitHubClient,
  ctx: GitHubContext,
  spec: CheckRunSpec,
  logger: GitHubLogger = SILENT_LOGGER,
): Promise<CheckRunOutcome> {
  const what = `The check run '${spec.name}'`
  if (hasReadOnlyToken(ctx)) return forkSkip(what)
  const batches: ReturnType<typeof toApi>[][] = []
  for (let i = 0; i < spec.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(spec.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST).map(toApi))
  }
  const output = (annotations: ReturnType<typeof toApi>[] | undefined) => ({
    title: clip(spec.title, MAX_TITLE),
    summary: clip(spec.summary, MAX_CHECK_TEXT),
    ...(spec.text ? { text: clip(spec.text, MAX_CHECK_TEXT) } : {}),
    ...(annotations && annotations.length > 0 ? { annotations } : {}),
  })
  const done = {
    status: 'completed' as const,
    conclusion: spec.conclusion,
    completed_at: new Date().toISOString(),
  }
  let createdId: number | undefined
  try {
    const single = batches.length <= 1
    const { data } = await client.rest.checks.create({
      owner: ctx.owner,
      repo: ctx.repo,
      name: spec.name,
      head_sha: spec.headSha ?? ctx.pullRequest?.headSha ?? ctx.sha,
      ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
      ...(single ? done : { status: 'in_progress' as const }),
      started_at: new Date().toISOString(),
      output: output(batches[0]),
    })
    createdId = data.id
    for (let i = 1; i < batches.length; i += 1) {
      const last = i === batches.length - 1
      await client.rest.checks.update({
        owner: ctx.owner,
        repo: ctx.repo,
        check_run_id: data.id,
        ...(last ? done : {}),
        output: output(batches[i]),
      })
    }
    logger.info(`Published check run '${spec.name}' with ${spec.annotations.length} annotations`)
    return {
      status: 'published',
      checkRunId: data.id,
      annotations: spec.annotations.length,
      batches: batches.length,
    }
  } catch (error) {
    const skipped = skipFor(error, what, 'checks: write')
    logger.warning(skipped.message)
    if (createdId !== undefined) {
      // Never leave a run "in progress" forever: close it with what it has.
      await client.rest.checks
        .update({ owner: ctx.owner, repo: ctx.repo, check_run_id: createdId, ...done })
        .catch(() => undefined)
    }
    return skipped
  }
}
