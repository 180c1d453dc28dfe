import { existsSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError } from '@portcullis/core'

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
