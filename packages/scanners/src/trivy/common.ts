import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { neutralize } from '@portcullis/core/ports'
import { InputError, ScanFailedError } from '@portcullis/core'
import type { EngineContext, ToolRun } from '@portcullis/engine'
import { runTool, workspacePath } from '@portcullis/engine'

/** A folder to scan, given relative to the workspace. */
export interface ScanRoot {
  /** Absolute path. */
  readonly abs: string
  /** Workspace-relative POSIX path, `.` for the workspace itself. */
  readonly rel: string
}

/** Resolves a folder input against the workspace; it must exist and stay inside the workspace. */
export function resolveScanRoot(
  workspace: string,
  value: string | undefined,
  input: string,
): ScanRoot {
  const given = value === undefined || value.trim() === '' ? '.' : value.trim()
  const abs = resolve(workspace, given)
  const rel = relative(workspace, abs)
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(input, `'${given}' is outside the workspace; give a folder inside it`)
  }
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new InputError(input, `'${given}' is not a folder in the workspace; check the path`)
  }
  return { abs, rel: rel === '' ? '.' : rel.split(sep).join('/') }
}

/** Resolves workspace-relative files (e.g. tfvars); each must exist inside the workspace. */
export function resolveWorkspaceFiles(
  workspace: string,
  values: readonly string[],
  input: string,
): string[] {
  return values.map((value) => {
    const { abs } = workspacePath(workspace, value, input)
    if (!existsSync(abs)) throw new InputError(input, `'${value}' does not exist in the workspace`)
    return abs
  })
}

/** What trivy printed last, cleaned of terminal escapes, for a failure reason. */
export function stderrSummary(stderr: string): string {
  const lines = neutralize(stderr)
    .split('\n')
    .map((l) => l.replace(/^\S+\s+(ERROR|FATAL|WARN|INFO)\s+/, '$1 ').trim())
    .filter((l) => /^(ERROR|FATAL)\b/.test(l))
  return lines.slice(-2).join(' / ').slice(0, 600)
}

/**
 * The flags that keep trivy from reading configuration out of the scanned tree. trivy 0.44 reads
 * `trivy.yaml` (`--config`, any setting: severities, scanners, skip-dirs), `.trivyignore`
 * (`--ignorefile`) and `trivy-secret.yaml` (`--secret-config`) from its working directory by default,
 * and a pull request can add any of them. Each is pointed at an empty file of our own (`{}` is the
 * defaults: trivy's secret scanner fails on an empty YAML document); trivy then runs with its working
 * directory outside the workspace as well ({@link runTrivy}). A file an input names is passed by the
 * engine instead (that flag is then left as the engine set it).
 */
export function isolatedTrivyArgs(workDir: string, args: readonly string[]): string[] {
  const dir = join(workDir, 'trivy-isolation')
  mkdirSync(dir, { recursive: true })
  const file = (name: string, text: string): string => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const has = (flag: string) => args.some((a) => a === flag || a.startsWith(`${flag}=`))
  return [
    ...(has('--config') ? [] : ['--config', file('trivy.yaml', '{}\n')]),
    ...(has('--ignorefile') ? [] : ['--ignorefile', file('trivyignore', '')]),
    ...(has('--secret-config') ? [] : ['--secret-config', file('trivy-secret.yaml', '{}\n')]),
  ]
}

/**
 * `exclude-paths` / `skip-dirs` entries as trivy should read them once it runs outside the workspace:
 * trivy takes `./x` and `../x` relative to its working directory (and anything else relative to the
 * scanned folder), so those become absolute workspace paths.
 */
export function skipPathArg(workspace: string, path: string): string {
  return /^\.\.?([/\\]|$)/.test(path) ? resolve(workspace, path) : path
}

/**
 * trivy keeps what it analysed (package lists, layer contents, and for secrets the code around each
 * match, flagged or not) in `<cache-dir>/fanal/fanal.db`. A cache dir inside the run's private work
 * folder goes with it; one shared through the tool cache (to keep the vulnerability DB between
 * runs) keeps only the DB: the analysis cache is removed after every run.
 */
function dropAnalysisCache(workDir: string, args: readonly string[]): void {
  const at = args.indexOf('--cache-dir')
  const cacheDir = at >= 0 ? args[at + 1] : undefined
  if (cacheDir === undefined) return
  const rel = relative(workDir, cacheDir)
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return
  rmSync(join(cacheDir, 'fanal'), { recursive: true, force: true })
}

/**
 * Runs trivy and turns its exit code 1 (every trivy error: no DB, download failed, bad flag) into a
 * ScanFailedError whose reason comes from trivy's own ERROR/FATAL lines. `explain` may give a better
 * sentence for errors it recognises (e.g. the vulnerability DB). trivy runs in the engine's private
 * work folder with {@link isolatedTrivyArgs}, so nothing in the workspace configures it; scan targets
 * must therefore be absolute paths.
 */
export async function runTrivy<I>(
  context: EngineContext<I>,
  run: Omit<ToolRun, 'okExitCodes'>,
  explain?: (stderr: string) => string | undefined,
): Promise<void> {
  let result: Awaited<ReturnType<typeof runTool>>
  try {
    result = await runTool(context, {
      ...run,
      args: [...run.args, ...isolatedTrivyArgs(context.workDir, run.args)],
      cwd: run.cwd ?? context.workDir,
      okExitCodes: [0, 1],
    })
  } finally {
    dropAnalysisCache(context.workDir, run.args)
  }
  if (result.exitCode === 0) return
  const detail = stderrSummary(result.stderrTail)
  throw new ScanFailedError(
    explain?.(result.stderrTail) ??
      `trivy exited with code 1${detail ? `: ${detail}` : ' without saying why; see its log above'}`,
  )
}

/** For a report read as a stream: a missing or empty file is a failed scan, as in {@link readOutput}. */
export function reportWritten(path: string, what = 'JSON report'): void {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new ScanFailedError(`trivy exited without writing its ${what} (${path})`)
  }
  if (size === 0) throw new ScanFailedError(`trivy wrote an empty ${what}`)
}

/** The raw report trivy wrote; a missing or empty file is a failed scan (trivy always writes JSON). */
export function readOutput(path: string, what: string): string {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    throw new ScanFailedError(`trivy exited without writing its ${what} (${path})`)
  }
  if (raw.trim() === '') throw new ScanFailedError(`trivy wrote an empty ${what}`)
  return raw
}
