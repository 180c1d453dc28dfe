import type { GitHubClient, GitHubLogger } from './client.js'
import { SILENT_LOGGER } from './client.js'
import type { GitHubContext } from './context.js'

/** Lines added or changed per workspace-relative path, in the new version of each file. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>

/** Added lines of a unified diff patch (GitHub's `patch` field: hunks without file headers). */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (hunk) {
      next = Number(hunk[1])
      continue
    }
    if (next === 0) continue
    if (line.startsWith('+')) {
      lines.add(next)
      next += 1
    } else if (line.startsWith(' ')) {
      next += 1
    } else if (line === '') {
      // A trailing empty string after the final newline is not a context line.
      continue
    }
    // '-' lines and '\ No newline at end of file' do not exist in the new file.
  }
  return lines
}

interface FileEntry {
  readonly filename: string
  readonly patch?: string
  readonly status?: string
}

function collect(files: readonly FileEntry[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  for (const f of files) {
    if (f.status === 'removed') continue
    out.set(f.filename, f.patch === undefined ? new Set() : addedLines(f.patch))
  }
  return out
}

/**
 * The lines this run changed: a pull request's files (pulls/list-files), or a push's range
 * (repos/compare-commits before...after). Undefined when neither applies or the API says no;
 * annotations then fall back to severity order alone.
 */
export async function changedLines(
  client: GitHubClient,
  ctx: GitHubContext,
  logger: GitHubLogger = SILENT_LOGGER,
): Promise<ChangedLines | undefined> {
  try {
    if (ctx.pullRequest) {
      const files = await client.paginate(client.rest.pulls.listFiles, {
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: ctx.pullRequest.number,
        per_page: 100,
      })
      return collect(files)
    }
    if (ctx.push) {
      const { data } = await client.rest.repos.compareCommits({
        owner: ctx.owner,
        repo: ctx.repo,
        base: ctx.push.before,
        head: ctx.push.after,
      })
      return collect(data.files ?? [])
    }
  } catch (error) {
    logger.debug(`Could not read the changed lines: ${(error as Error).message}`)
  }
  return undefined
}

/** Whether a location falls on a changed line (a file with no patch counts as wholly changed). */
export function onChangedLine(
  changed: ChangedLines | undefined,
  path: string,
  startLine?: number,
  endLine?: number,
): boolean {
  const lines = changed?.get(path)
  if (!lines) return false
  if (lines.size === 0) return true
  if (startLine === undefined) return false
  for (let l = startLine; l <= (endLine ?? startLine); l += 1) if (lines.has(l)) return true
  return false
}
