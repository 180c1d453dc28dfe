import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** Where reporting says what it did; the action passes @actions/core's functions. */
export interface GitHubLogger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const SILENT_LOGGER: GitHubLogger = { info: () => {}, warning: () => {}, debug: () => {} }

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** REST API root; GITHUB_API_URL on GitHub Enterprise Server. */
  readonly apiUrl: string
  readonly logger?: GitHubLogger
  /** Retries after a 429, a 5xx or a secondary rate limit (default 3). */
  readonly retries?: number
  /**
   * Milliseconds per unit of the plugins' backoff: retry n waits (n+1)² units, a rate limit waits
   * its Retry-After seconds in units. Default 1000 (seconds); tests pass 1.
   */
  readonly retryBaseMs?: number
  readonly userAgent?: string
}

/**
 * An Octokit for the run's token with retries on 5xx/429 (@octokit/plugin-retry) and GitHub's
 * rate-limit guidance (@octokit/plugin-throttling: writes spaced, Retry-After honoured, secondary
 * limits retried a bounded number of times).
 */
export function createGitHubClient(token: string, options: ClientOptions): GitHubClient {
  const logger = options.logger ?? SILENT_LOGGER
  const retries = options.retries ?? 3
  const base = options.retryBaseMs ?? 1000
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < retries
      logger.warning(
        `GitHub ${kind} on ${request.method} ${request.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}`,
      )
      return again
    }
  return getOctokit(
    token,
    {
      baseUrl: options.apiUrl,
      userAgent: options.userAgent ?? 'portcullis',
      retry: { retries, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: {
        debug: (m: string) => logger.debug(m),
        info: (m: string) => logger.debug(m),
        warn: (m: string) => logger.debug(m),
        error: (m: string) => logger.debug(m),
      },
    },
    retry,
    throttling,
  )
}
