/** Why a report to GitHub was not made. Never a failure of the step: the verdict stands on its own. */
export const SKIP_REASONS = [
  'fork-pull-request',
  'read-only-token',
  'code-scanning-disabled',
  'no-access',
  'not-a-pull-request',
  'too-large',
  'rate-limited',
  'api-error',
] as const
export type SkipReason = (typeof SKIP_REASONS)[number]

export interface Skipped {
  readonly status: 'skipped'
  readonly reason: SkipReason
  /** A sentence for the summary: what did not happen, why, and what to change. */
  readonly message: string
}

interface HttpErrorLike {
  readonly status: number
  readonly message: string
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  )
}

/**
 * Maps an API failure to a skip with a clear notice. What counts as "code scanning not enabled" and
 * "read-only token" follows the messages GitHub returns for the 403 of upload-sarif
 * (https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
 */
export function skipFor(error: unknown, what: string, permission: string): Skipped {
  if (!isHttpError(error)) {
    const message = error instanceof Error ? error.message : String(error)
    return { status: 'skipped', reason: 'api-error', message: `${what} failed: ${message}` }
  }
  const text = error.message
  if (error.status === 403 || error.status === 429) {
    if (
      /secondary rate limit|rate limit exceeded|API rate limit/i.test(text) ||
      error.status === 429
    ) {
      return {
        status: 'skipped',
        reason: 'rate-limited',
        message: `${what} was skipped: GitHub's rate limit was still exceeded after retries.`,
      }
    }
    if (
      /advanced security|code scanning is not enabled|code security must be enabled/i.test(text)
    ) {
      return {
        status: 'skipped',
        reason: 'code-scanning-disabled',
        message: `${what} was skipped: code scanning is not enabled for this repository (GitHub said: ${text}). Results are in the job summary and annotations.`,
      }
    }
    return {
      status: 'skipped',
      reason: 'read-only-token',
      message: `${what} was skipped: the token cannot write here (GitHub said: ${text}). Grant \`permissions: ${permission}\` to the job; pull requests from forks and Dependabot get a read-only token.`,
    }
  }
  if (error.status === 404) {
    return {
      status: 'skipped',
      reason: 'no-access',
      message: `${what} was skipped: GitHub answered 404 (the token cannot see this repository or the feature is unavailable).`,
    }
  }
  if (error.status === 413) {
    return {
      status: 'skipped',
      reason: 'too-large',
      message: `${what} was skipped: GitHub rejected the payload as too large.`,
    }
  }
  return {
    status: 'skipped',
    reason: 'api-error',
    message: `${what} failed with HTTP ${error.status}: ${text}`,
  }
}

export function forkSkip(what: string): Skipped {
  return {
    status: 'skipped',
    reason: 'fork-pull-request',
    message: `${what} was skipped: this pull request comes from a fork, and GitHub gives its workflows a read-only token. Results are in the job summary and annotations.`,
  }
}
