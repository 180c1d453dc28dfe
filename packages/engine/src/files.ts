import { readFileSync, realpathSync, statSync, writeSync } from 'node:fs'
import { InputError } from '@portcullis/core'
import { isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * A path an input names, resolved against the workspace: the absolute path and the workspace-relative
 * POSIX one. A path that climbs out of the workspace (or is the workspace itself, when a file is
 * wanted) is the input's mistake.
 */
export function workspacePath(
  workspace: string,
  value: string,
  input: string,
): { readonly abs: string; readonly rel: string } {
  const abs = resolve(workspace, value)
  const rel = relative(workspace, abs)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(input, `'${value}' is outside the workspace; give a path inside it`)
  }
  return { abs, rel: rel.split(sep).join('/') }
}

/** Files larger than this are not read for fingerprints or line hashes (a lockfile or a minified bundle can be huge). */
export const MAX_READ_BYTES = 8 * 1024 * 1024

/**
 * Reads workspace files for content fingerprints and SARIF line hashes — and nothing else: a path
 * that is absolute, climbs out with `..`, or is a symlink whose target lies outside the workspace is
 * refused, so a hostile repository cannot make the suite read /etc/passwd into a hash.
 */
export class WorkspaceReader {
  readonly #root: string
  readonly #cache = new Map<string, string | undefined>()

  constructor(workspace: string) {
    this.#root = realpathSync(workspace)
  }

  /** Whole text of a workspace-relative file, or undefined when it is unreadable or not ours to read. */
  read(path: string): string | undefined {
    if (this.#cache.has(path)) return this.#cache.get(path)
    const text = this.#load(path)
    this.#cache.set(path, text)
    return text
  }

  /** Lines `start..end` (1-based, inclusive). */
  lines(path: string, start: number, end: number): string | undefined {
    const text = this.read(path)
    if (text === undefined || start < 1) return undefined
    const all = text.split(/\r?\n/)
    if (start > all.length) return undefined
    return all.slice(start - 1, Math.max(start, end)).join('\n')
  }

  #load(path: string): string | undefined {
    if (path === '' || isAbsolute(path)) return undefined
    const full = resolve(this.#root, path)
    try {
      const real = realpathSync(full)
      const rel = relative(this.#root, real)
      if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
        return undefined
      const info = statSync(real)
      if (!info.isFile() || info.size > MAX_READ_BYTES) return undefined
      return readFileSync(real, 'utf8')
    } catch {
      return undefined
    }
  }
}

/** Bytes a {@link textWriter} encodes into at a time. */
const TEXT_WRITE_BYTES = 1 << 20

/**
 * Writes text to a file as UTF-8 (the bytes `Buffer.from(text, 'utf8')` gives) through one buffer
 * it reuses, so hundreds of MB written piece by piece leave no buffer per piece for the collector
 * to free. `onBytes` sees every byte written, in order (e.g. to hash them).
 */
export function textWriter(
  fd: number,
  onBytes?: (bytes: Uint8Array) => void,
  size = TEXT_WRITE_BYTES,
): (text: string) => void {
  const buffer = new Uint8Array(Math.max(size, 4))
  const encoder = new TextEncoder()
  return (text) => {
    let rest = text
    while (rest.length > 0) {
      // Whole characters only: a surrogate pair is never split between two writes.
      const { read, written } = encoder.encodeInto(rest, buffer)
      // Every byte, however few each write takes.
      for (let done = 0; done < written;) done += writeSync(fd, buffer, done, written - done)
      onBytes?.(buffer.subarray(0, written))
      rest = rest.slice(read)
    }
  }
}
