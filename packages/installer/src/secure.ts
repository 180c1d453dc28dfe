import { createHash } from 'node:crypto'
import { constants, createReadStream } from 'node:fs'
import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { join } from 'node:path'

/** SHA-256 of a file, streamed; `signal` stops the read early (the promise then rejects). */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, signal ? { signal } : {}))
    hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** What a file's digest is valid for: any write, replacement or metadata change alters one of these. */
interface FileIdentity {
  readonly dev: string
  readonly ino: string
  readonly size: string
  readonly mtimeNs: string
  readonly ctimeNs: string
}

async function fileIdentity(path: string): Promise<FileIdentity> {
  const s = await stat(path, { bigint: true })
  return {
    dev: String(s.dev),
    ino: String(s.ino),
    size: String(s.size),
    mtimeNs: String(s.mtimeNs),
    ctimeNs: String(s.ctimeNs),
  }
}

function sameIdentity(a: FileIdentity, b: Partial<Record<keyof FileIdentity, unknown>>): boolean {
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  )
}

/** A binary ready to run: the private copy, and the SHA-256 of exactly that copy's bytes. */
export interface SecuredBinary {
  /** The copy that is executed. */
  readonly path: string
  readonly sha256: string
}

/**
 * Binaries are executed only from private copies: `<root>/<sha256>/<name>`, where root is a 0700
 * folder under RUNNER_TEMP (emptied by the runner after every job). The copy is hashed after it
 * is written, so the digest is of the bytes that run, whatever happens to the original afterwards:
 * there is no gap between checking and executing.
 *
 * Within a job, a later step reuses a copy instead of hashing 200 MB again, but only while the
 * copy's identity (device, inode, size, modification and change times in nanoseconds) is the one
 * recorded when it was hashed; rewriting or touching it changes its ctime, which no user can set
 * back, so a changed copy is made and hashed afresh. The record of which original gave which copy
 * is a hint for finding the copy, never evidence: only the copy's own record vouches for it.
 */
export class BinaryVault {
  constructor(readonly root: string) {}

  #record(kind: 'copy' | 'origin', path: string): string {
    return join(
      this.root,
      '.records',
      `${kind}-${createHash('sha256').update(path).digest('hex')}.json`,
    )
  }

  async #readRecord(kind: 'copy' | 'origin', path: string): Promise<string | undefined> {
    try {
      const identity = await fileIdentity(path)
      const saved = JSON.parse(await readFile(this.#record(kind, path), 'utf8')) as Record<
        string,
        unknown
      >
      if (
        saved.path === path &&
        sameIdentity(identity, saved) &&
        typeof saved.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(saved.sha256)
      ) {
        return saved.sha256
      }
    } catch {
      // no record, or an unreadable one: copy and hash afresh
    }
    return undefined
  }

  async #writeRecord(
    kind: 'copy' | 'origin',
    path: string,
    identity: FileIdentity,
    sha256: string,
  ): Promise<void> {
    const file = this.#record(kind, path)
    try {
      await mkdir(join(this.root, '.records'), { recursive: true, mode: 0o700 })
      const temp = `${file}.${process.pid}.tmp`
      await writeFile(temp, JSON.stringify({ path, ...identity, sha256 }), { mode: 0o600 })
      await rename(temp, file)
    } catch {
      // not remembered: a later step copies and hashes again
    }
  }

  /** Makes the root folder, or checks an existing one: a real folder of this user, mode 0700. */
  async #ensureRoot(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o700 })
    const s = await lstat(this.root)
    const uid = process.getuid?.()
    if (!s.isDirectory() || (uid !== undefined && s.uid !== uid)) {
      throw new Error(
        `${this.root} is not a folder owned by this user; refusing to keep binaries there`,
      )
    }
    await chmod(this.root, 0o700)
  }

  /** A private, hashed copy of the executable at `origin`, named `name`. */
  async secure(origin: string, name: string): Promise<SecuredBinary> {
    await this.#ensureRoot()
    const hint = await this.#readRecord('origin', origin)
    if (hint !== undefined) {
      const path = join(this.root, hint, name)
      if ((await this.#readRecord('copy', path)) === hint) return { path, sha256: hint }
    }
    const before = await fileIdentity(origin)
    const stage = await mkdtemp(join(this.root, '.stage-'))
    try {
      const staged = join(stage, name)
      // A copy-on-write clone where the file system has them (the clone's bytes cannot change with
      // the origin's), a full copy elsewhere.
      await copyFile(origin, staged, constants.COPYFILE_FICLONE)
      await chmod(staged, 0o700)
      const sha256 = await sha256File(staged)
      const dir = join(this.root, sha256)
      await rm(dir, { recursive: true, force: true })
      await rename(stage, dir)
      const path = join(dir, name)
      await this.#writeRecord('copy', path, await fileIdentity(path), sha256)
      // The original is remembered only if it did not change while it was copied.
      const after = await fileIdentity(origin)
      if (sameIdentity(before, after)) await this.#writeRecord('origin', origin, after, sha256)
      return { path, sha256 }
    } finally {
      await rm(stage, { recursive: true, force: true })
    }
  }
}
