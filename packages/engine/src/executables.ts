import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Whether `path` is a regular file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * The first executable `name` in the folders of `pathEnv` (a PATH value), folders in order and,
 * within a folder, `names` in order; undefined when none is found.
 */
export function findExecutable(
  names: string | readonly string[],
  pathEnv: string,
): string | undefined {
  const wanted = typeof names === 'string' ? [names] : names
  for (const dir of pathEnv.split(delimiter)) {
    if (dir === '') continue
    for (const name of wanted) {
      const candidate = join(dir, name)
      if (isExecutable(candidate)) return candidate
    }
  }
  return undefined
}

/** The text of the runner's os-release file, undefined when it has none. */
export function readOsRelease(): string | undefined {
  for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      // try the next one
    }
  }
  return undefined
}
