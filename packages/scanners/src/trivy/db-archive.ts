import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { InputError, ScanFailedError } from '@portcullis/core'

/**
 * A trivy DB archive: a tar.gz holding the DB file and its metadata.json at the root, as trivy's own
 * OCI artifact is packed (`oras pull ghcr.io/aquasecurity/trivy-db:2` gives `db.tar.gz`) and as
 * `tar -czf trivy-db.tar.gz -C <cache-dir>/db trivy.db metadata.json` packs what
 * `trivy image --download-db-only --cache-dir <cache-dir>` downloaded. The Java DB is the same with
 * `trivy-java.db` (`--download-java-db-only`, `<cache-dir>/java-db`).
 */
export interface DbArchiveKind {
  /** The input that names the archive, for messages. */
  readonly input: string
  /** The DB file's name inside the archive and the cache (`trivy.db`, `trivy-java.db`). */
  readonly dbFile: string
  /** The cache sub-folder trivy reads it from (`db`, `java-db`). */
  readonly subdir: string
}

export const VULN_DB_ARCHIVE: DbArchiveKind = {
  input: 'db-archive',
  dbFile: 'trivy.db',
  subdir: 'db',
}
export const JAVA_DB_ARCHIVE: DbArchiveKind = {
  input: 'java-db-archive',
  dbFile: 'trivy-java.db',
  subdir: 'java-db',
}

const BLOCK = 512

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8')
}

function octal(header: Buffer, start: number, length: number): number {
  const text = field(header, start, length).trim()
  if (!/^[0-7]*$/.test(text)) throw new Error('a tar header has a malformed number')
  return text === '' ? 0 : parseInt(text, 8)
}

/** `./trivy.db`, `db/trivy.db` and `trivy.db` all name the root file; anything deeper is ignored. */
function rootName(path: string): string | undefined {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.')
  if (parts.length === 1) return parts[0]
  if (parts.length === 2 && (parts[0] === 'db' || parts[0] === 'java-db')) return parts[1]
  return undefined
}

type Sink =
  | { readonly kind: 'skip' }
  | { readonly kind: 'file'; readonly out: ReturnType<typeof createWriteStream> }
  | { readonly kind: 'long-name'; readonly chunks: Buffer[] }

/**
 * Streams a tar (already decompressed) and writes the wanted root files into `dir`; every other entry
 * is skipped. Only regular files are taken: a link named trivy.db is refused, not followed.
 */
class TarExtractor extends Writable {
  private buffer: Buffer = Buffer.alloc(0)
  private remaining = 0
  private padding = 0
  private sink: Sink = { kind: 'skip' }
  private longName: string | undefined
  private ended = false
  readonly written = new Set<string>()

  constructor(
    private readonly dir: string,
    private readonly wanted: ReadonlySet<string>,
  ) {
    super()
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    this.drain().then(() => done(), done)
  }

  override _final(done: (error?: Error | null) => void): void {
    done(this.remaining > 0 ? new Error('the archive ends in the middle of a file') : null)
  }

  private async finishEntry(): Promise<void> {
    const sink = this.sink
    this.sink = { kind: 'skip' }
    if (sink.kind === 'file') {
      await new Promise<void>((resolve, reject) => {
        sink.out.once('error', reject)
        sink.out.end(resolve)
      })
    } else if (sink.kind === 'long-name') {
      const name = Buffer.concat(sink.chunks)
      const end = name.indexOf(0)
      this.longName = name.subarray(0, end < 0 ? name.length : end).toString('utf8')
    }
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.ended) {
        this.buffer = Buffer.alloc(0)
        return
      }
      if (this.remaining > 0) {
        if (this.buffer.length === 0) return
        const take = Math.min(this.remaining, this.buffer.length)
        const data = this.buffer.subarray(0, take)
        this.buffer = this.buffer.subarray(take)
        this.remaining -= take
        const sink = this.sink
        if (sink.kind === 'file' && !sink.out.write(data)) {
          await new Promise<void>((resolve) => sink.out.once('drain', () => resolve()))
        } else if (sink.kind === 'long-name') {
          sink.chunks.push(Buffer.from(data))
        }
        if (this.remaining === 0) await this.finishEntry()
        continue
      }
      if (this.padding > 0) {
        const take = Math.min(this.padding, this.buffer.length)
        this.buffer = this.buffer.subarray(take)
        this.padding -= take
        if (this.padding > 0) return
        continue
      }
      if (this.buffer.length < BLOCK) return
      const header = this.buffer.subarray(0, BLOCK)
      this.buffer = this.buffer.subarray(BLOCK)
      if (header.every((b) => b === 0)) {
        this.ended = true
        continue
      }
      let sum = 0
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!
      if (sum !== octal(header, 148, 8)) throw new Error('a tar header checksum does not match')
      const size = octal(header, 124, 12)
      const type = String.fromCharCode(header[156]!)
      const prefix = field(header, 345, 155)
      const name =
        this.longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
      this.longName = undefined
      this.remaining = size
      this.padding = (BLOCK - (size % BLOCK)) % BLOCK
      if (type === 'L') {
        // GNU long name: the next entry's name is this entry's data.
        if (size > 4096) throw new Error('a tar long name is implausibly long')
        this.sink = { kind: 'long-name', chunks: [] }
        continue
      }
      const root = rootName(name)
      if (root === undefined || !this.wanted.has(root)) continue
      if (type !== '0' && type !== '\0') {
        throw new Error(`${root} in the archive is not a regular file (tar type '${type}')`)
      }
      if (this.written.has(root)) throw new Error(`the archive holds ${root} twice`)
      this.written.add(root)
      this.sink = { kind: 'file', out: createWriteStream(join(this.dir, root), { mode: 0o600 }) }
      if (size === 0) await this.finishEntry()
    }
  }
}

/**
 * Unpacks a DB archive into `<cacheDir>/<subdir>`, replacing what was there. A path that is not a
 * file is the user's mistake (InputError naming the input); an archive that is not a gzip'd tar with
 * the DB file and metadata.json is a failed scan.
 */
export async function extractDbArchive(
  archive: string,
  cacheDir: string,
  kind: DbArchiveKind,
): Promise<void> {
  if (!existsSync(archive) || !statSync(archive).isFile()) {
    throw new InputError(
      kind.input,
      `'${archive}' is not a file; give the path of the DB archive (tar.gz)`,
    )
  }
  const dir = join(cacheDir, kind.subdir)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const extractor = new TarExtractor(dir, new Set([kind.dbFile, 'metadata.json']))
  try {
    await pipeline(createReadStream(archive), createGunzip(), extractor)
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw new ScanFailedError(
      `${kind.input} '${archive}' is not a gzip-compressed tar of a trivy DB (${(error as Error).message})`,
      { cause: error },
    )
  }
  const missing = [kind.dbFile, 'metadata.json'].filter((f) => !extractor.written.has(f))
  if (missing.length > 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new ScanFailedError(
      `${kind.input} '${archive}' holds no ${missing.join(' and no ')} at its root; pack it as \`tar -czf <archive> -C <cache-dir>/${kind.subdir} ${kind.dbFile} metadata.json\``,
    )
  }
}
