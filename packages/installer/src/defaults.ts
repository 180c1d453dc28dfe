import { execFile } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type {
  ArchiveKind,
  ExecPort,
  ExecResult,
  ExtractPort,
  HttpPort,
  ToolCachePort,
} from './ports.js'

/** HTTP download with Node's fetch, streamed to disk; redirects are followed (GitHub serves assets via one). */
export function fetchHttp(init?: { headers?: Record<string, string> }): HttpPort {
  return {
    async download(url, dest) {
      const response = await fetch(url, { redirect: 'follow', headers: init?.headers ?? {} })
      if (!response.ok || !response.body) {
        throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`.trim())
      }
      const body = Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>)
      await pipeline(body, createWriteStream(dest, { mode: 0o600 }))
    },
  }
}

/** Runs programs with child_process.execFile (no shell), 2 minutes at most, 64 MiB of output. */
export function nodeExec(): ExecPort {
  return {
    run(file, args) {
      return new Promise<ExecResult>((resolve) => {
        execFile(
          file,
          [...args],
          { timeout: 120_000, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
          (error, stdout, stderr) => {
            const code =
              error === null
                ? 0
                : typeof (error as { code?: unknown }).code === 'number'
                  ? (error as { code: number }).code
                  : 127
            resolve({ exitCode: code, stdout: String(stdout), stderr: String(stderr) })
          },
        )
      })
    },
  }
}

/**
 * Archive extraction by shelling out, as @actions/tool-cache does: `tar -xzf` for tar.gz; `unzip`
 * for zip, except on Windows, whose bundled bsdtar (Windows 10 and later) reads zip too.
 */
export function shellExtract(
  exec: ExecPort = nodeExec(),
  platform = process.platform,
): ExtractPort {
  return {
    async extract(archive: string, kind: ArchiveKind, dest: string) {
      const [file, args] =
        kind === 'tar.gz'
          ? ['tar', ['-xzf', archive, '-C', dest]]
          : platform === 'win32'
            ? ['tar', ['-xf', archive, '-C', dest]]
            : ['unzip', ['-q', '-o', archive, '-d', dest]]
      const result = await exec.run(file, args)
      if (result.exitCode !== 0) {
        throw new Error(`${file} exited ${result.exitCode}: ${result.stderr.trim().slice(0, 500)}`)
      }
    },
  }
}

/**
 * A tool cache in a plain folder, laid out like the runner's (`<root>/<tool>/<version>/<arch>` with a
 * `<arch>.complete` marker), for local runs and tests.
 */
export function directoryToolCache(root: string): ToolCachePort {
  return {
    find(tool, version, arch) {
      const dir = join(root, tool, version, arch)
      return existsSync(`${dir}.complete`) ? dir : undefined
    },
    async cacheDir(source, tool, version, arch) {
      const dir = join(root, tool, version, arch)
      await rm(dir, { recursive: true, force: true })
      await mkdir(dir, { recursive: true })
      await cp(source, dir, { recursive: true })
      await writeFile(`${dir}.complete`, '')
      return dir
    },
  }
}
