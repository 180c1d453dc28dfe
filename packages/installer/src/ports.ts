/**
 * The installer's view of its surroundings. Each port is small so the action kit can back it with
 * @actions/tool-cache and @actions/exec on a runner, and a test can back it with loopback servers
 * and temporary folders. Nothing in this package imports @actions/*.
 */

/** The runner's tool cache (the shape of @actions/tool-cache's `find` and `cacheDir`). */
export interface ToolCachePort {
  /** The cached folder for this tool, version and architecture, or undefined when none. */
  find(tool: string, version: string, arch: string): string | undefined
  /** Copies `dir` into the cache and returns the cached folder. */
  cacheDir(dir: string, tool: string, version: string, arch: string): Promise<string>
}

/** Downloads `url` to the file `dest`; rejects on a non-2xx answer or a broken transfer. */
export interface HttpPort {
  download(url: string, dest: string): Promise<void>
}

export type ArchiveKind = 'tar.gz' | 'zip'

/** Unpacks an archive into an existing, empty folder. */
export interface ExtractPort {
  extract(archive: string, kind: ArchiveKind, dest: string): Promise<void>
}

export interface ExecResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a program without a shell and collects its output; never rejects on a non-zero exit. */
export interface ExecPort {
  run(file: string, args: readonly string[]): Promise<ExecResult>
}

export interface LoggerPort {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

/** Node's `process.platform` and `process.arch` words (e.g. `linux`/`x64`, `win32`/`x64`). */
export interface PlatformInfo {
  readonly platform: string
  readonly arch: string
}
