import { isAbsolute, relative, sep } from 'node:path'

/**
 * Turns a scanner's path (absolute, `./`-prefixed, Windows-separated or `file://`) into a
 * workspace-relative POSIX path, or undefined when it points outside the workspace: findings never
 * carry absolute paths or `..`, so nothing outside the checkout is reported or uploaded.
 */
export function toWorkspacePath(raw: string, workspace: string): string | undefined {
  let p = raw.trim()
  if (p === '') return undefined
  if (p.startsWith('file://')) {
    try {
      p = decodeURIComponent(new URL(p).pathname)
    } catch {
      return undefined
    }
  }
  p = p.replace(/\\/g, '/')
  if (isAbsolute(p) || /^[A-Za-z]:\//.test(p)) {
    const rel = relative(workspace, p).split(sep).join('/')
    if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return undefined
    return rel
  }
  const parts: string[] = []
  for (const segment of p.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
      continue
    }
    parts.push(segment)
  }
  return parts.length === 0 ? undefined : parts.join('/')
}
