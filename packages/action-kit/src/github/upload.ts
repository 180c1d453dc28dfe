import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip, gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'
import type { Log } from 'sarif'
import { jsonBatches } from '@portcullis/core/json-text'
import type { GitHubClient, GitHubLogger } from './client.js'
import { SILENT_LOGGER } from './client.js'
import { hasReadOnlyToken, type GitHubContext } from './context.js'
import { forkSkip, skipFor, type Skipped } from './outcome.js'

/** GitHub's limit on one upload, measured on the gzipped SARIF. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export type ProcessingStatus = 'complete' | 'failed' | 'pending' | 'unknown'

export interface Uploaded {
  readonly status: 'uploaded'
  readonly sarifId: string
  readonly commitSha: string
  readonly ref: string
  /** `pending` when processing outlasted the wait; `unknown` when the status could not be read. */
  readonly processing: ProcessingStatus
  /** Errors GitHub reported while processing the upload. */
  readonly errors: readonly string[]
  readonly analysesUrl?: string
}

export type UploadOutcome = Uploaded | Skipped

export interface WaitOptions {
  /** Give up waiting (not the upload) after this long. Default 120 s. */
  readonly timeoutMs?: number
  /** First delay between polls; doubles up to maxDelayMs. Defaults 1 s and 15 s. */
  readonly initialDelayMs?: number
  readonly maxDelayMs?: number
}

export interface UploadOptions {
  /** The SARIF log, or its serialised text. Keep it within limits with @portcullis/sarif's budget. */
  readonly sarif: Log | string
  /** Shown in the Security tab as the tool; GitHub defaults to "API". */
  readonly toolName?: string
  /** Defaults to the run's commit (for pull requests: the one the ref below names). */
  readonly commitSha?: string
  /** Defaults per {@link sarifRef}. */
  readonly ref?: string
  /** `file://` URI of the analysed checkout; defaults to the workspace. */
  readonly checkoutUri?: string
  readonly startedAt?: Date
  /** Wait for processing (default true) and how. */
  readonly wait?: boolean | WaitOptions
  readonly logger?: GitHubLogger
  /** Injected for tests; defaults to setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>
}

/**
 * The ref an analysis belongs to. On `pull_request` GitHub documents `refs/pull/<n>/merge` for the
 * merge commit it checks out (GITHUB_SHA) and `refs/pull/<n>/head` for the head commit; a workflow
 * that checked out the head must upload with the head ref or the alerts land on the wrong commit.
 */
export function sarifRef(ctx: GitHubContext, commitSha: string): string {
  const pr = ctx.pullRequest
  if (pr && (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target')) {
    if (commitSha === pr.headSha) return `refs/pull/${pr.number}/head`
    if (ctx.eventName === 'pull_request') return `refs/pull/${pr.number}/merge`
  }
  return ctx.ref
}

/**
 * gzip + base64, as upload-sarif wants the `sarif` field. A log is gzipped as its text is written,
 * a batch at a time, so the whole text (hundreds of MB for a log at code scanning's limits) never
 * exists at once; the gzipped bytes are at most the 10 MB an upload may have.
 */
export async function encodeSarif(
  sarif: Log | string,
): Promise<{ encoded: string; gzippedBytes: number }> {
  let gz: Buffer
  if (typeof sarif === 'string') {
    gz = gzipSync(Buffer.from(sarif, 'utf8'))
  } else {
    const chunks: Buffer[] = []
    await pipeline(Readable.from(jsonBatches(sarif)), createGzip(), async (source) => {
      for await (const chunk of source as AsyncIterable<Buffer>) chunks.push(chunk)
    })
    gz = Buffer.concat(chunks)
  }
  return { encoded: gz.toString('base64'), gzippedBytes: gz.length }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

/**
 * Uploads one SARIF log to code scanning and waits for GitHub to process it. Never throws for an
 * API answer: fork pull requests, read-only tokens, repositories without code scanning and
 * exhausted retries come back as `skipped` with a message for the summary. An upload that was
 * accepted but failed processing comes back `uploaded` with `processing: 'failed'` and the errors.
 */
export async function uploadSarif(
  client: GitHubClient,
  ctx: GitHubContext,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const logger = options.logger ?? SILENT_LOGGER
  const what = 'Uploading SARIF to code scanning'
  if (hasReadOnlyToken(ctx)) return forkSkip(what)
  const commitSha = options.commitSha ?? ctx.sha
  const ref = options.ref ?? sarifRef(ctx, commitSha)
  const { encoded, gzippedBytes } = await encodeSarif(options.sarif)
  if (gzippedBytes > MAX_UPLOAD_BYTES) {
    return {
      status: 'skipped',
      reason: 'too-large',
      message: `${what} was skipped: the SARIF is ${gzippedBytes} bytes gzipped, over GitHub's ${MAX_UPLOAD_BYTES}; apply the SARIF budget before uploading.`,
    }
  }
  let sarifId: string
  try {
    const response = await client.rest.codeScanning.uploadSarif({
      owner: ctx.owner,
      repo: ctx.repo,
      commit_sha: commitSha,
      ref,
      sarif: encoded,
      checkout_uri: options.checkoutUri ?? pathToFileURL(ctx.workspace).href,
      ...(options.toolName ? { tool_name: options.toolName } : {}),
      ...(options.startedAt ? { started_at: options.startedAt.toISOString() } : {}),
    })
    if (!response.data.id) throw new Error('GitHub accepted the upload but returned no id')
    sarifId = response.data.id
  } catch (error) {
    const skipped = skipFor(error, what, 'security-events: write')
    logger.warning(skipped.message)
    return skipped
  }
  logger.info(`Uploaded SARIF ${sarifId} for ${ref} at ${commitSha.slice(0, 12)}`)
  const base = { status: 'uploaded' as const, sarifId, commitSha, ref }
  if (options.wait === false) return { ...base, processing: 'pending', errors: [] }
  const wait = typeof options.wait === 'object' ? options.wait : {}
  return {
    ...base,
    ...(await waitForProcessing(client, ctx, sarifId, wait, logger, options.sleep)),
  }
}

async function waitForProcessing(
  client: GitHubClient,
  ctx: GitHubContext,
  sarifId: string,
  wait: WaitOptions,
  logger: GitHubLogger,
  sleep: (ms: number) => Promise<void> = defaultSleep,
): Promise<Pick<Uploaded, 'processing' | 'errors' | 'analysesUrl'>> {
  const deadline = Date.now() + (wait.timeoutMs ?? 120_000)
  let delay = wait.initialDelayMs ?? 1000
  const maxDelay = wait.maxDelayMs ?? 15_000
  for (;;) {
    await sleep(delay)
    try {
      const { data } = await client.rest.codeScanning.getSarif({
        owner: ctx.owner,
        repo: ctx.repo,
        sarif_id: sarifId,
      })
      const errors = [...(data.errors ?? [])]
      if (data.processing_status === 'complete') {
        return {
          processing: 'complete',
          errors,
          ...(data.analyses_url ? { analysesUrl: data.analyses_url } : {}),
        }
      }
      if (data.processing_status === 'failed') {
        logger.warning(
          `Code scanning could not process SARIF ${sarifId}: ${errors.join('; ') || 'no reason given'}`,
        )
        return { processing: 'failed', errors }
      }
    } catch (error) {
      // Right after an upload the id can be unknown for a moment: keep polling on 404 only.
      if (statusOf(error) !== 404) {
        logger.warning(
          `Could not read the processing status of SARIF ${sarifId}: ${(error as Error).message}`,
        )
        return { processing: 'unknown', errors: [] }
      }
    }
    if (Date.now() + delay > deadline) {
      logger.warning(
        `SARIF ${sarifId} was still being processed when the wait ended; it was uploaded.`,
      )
      return { processing: 'pending', errors: [] }
    }
    delay = Math.min(delay * 2, maxDelay)
  }
}
