import { existsSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError, type ScanScope } from '@portcullis/core'
import type { RunnerContext } from '@portcullis/core/ports'

/** The `path` input of scan-secrets made absolute; refused when it leaves the workspace or is no folder. */
export function secretScanRoot(workspace: string, path: string): string {
  const root = resolve(workspace, path)
  const rel = relative(workspace, root)
  if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new InputError('path', `'${path}' is outside the workspace; give a folder inside it`)
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError('path', `'${path}' is not a folder in the workspace`)
  }
  return root
}

/** `path` relative to the workspace with `/` separators, `.` for the workspace itself. */
export function workspaceRelative(workspace: string, path: string): string {
  return relative(workspace, path).split(sep).join('/') || '.'
}

/**
 * The log masker wrapped so that each secret value reaches it once, however many findings (or
 * scanned places) repeat it.
 */
export function maskOnce(mask: (value: string) => void): (values: Iterable<string>) => void {
  const seen = new Set<string>()
  return (values) => {
    for (const value of values) {
      if (seen.has(value)) continue
      seen.add(value)
      mask(value)
    }
  }
}

/**
 * The key secret fingerprints digest each secret's value under: the `fingerprint-key` input, else
 * the repository's id (GITHUB_REPOSITORY_ID, which a rename keeps; the repository's name where no
 * id is set). The default keeps digests of one secret apart between repositories, so no table of
 * digests carries over; only a key kept secret (a repository or organisation secret) stops someone
 * who reads a report and knows the repository from testing a guessed secret against it.
 */
export function secretFingerprintKey(
  input: string | undefined,
  runner: Pick<RunnerContext, 'repository' | 'repositoryId'>,
): string {
  if (input !== undefined && input !== '') return `input:${input}`
  if (runner.repositoryId) return `repository-id:${runner.repositoryId}`
  return `repository:${runner.repository.trim().toLowerCase()}`
}

/**
 * "working tree, 214 files" (or "working tree of app, 12 files"): the scope of a scan of the files
 * under `root`.
 */
export function treeScope(workspace: string, root: string): ScanScope {
  const rel = workspaceRelative(workspace, root)
  const where = rel === '.' ? 'working tree' : `working tree of ${rel}`
  return { kind: 'tree', description: `${where}, ${plural(countFiles(root), 'file')}` }
}

/** Regular files under `root`, as the secret scanners read them: not in `.git`, not through links. */
function countFiles(root: string): number {
  let n = 0
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(join(dir, entry.name))
      } else if (entry.isFile()) n += 1
    }
  }
  walk(root)
  return n
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
