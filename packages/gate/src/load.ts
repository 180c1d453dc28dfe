import { readFileSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { REPORT_SCHEMA_ID, ReportError, parseReport, type FindingsReport } from '@portcullis/core'
import picomatch from 'picomatch'
import { REASON_CODES, type GateReason } from './reasons.js'

/** The file access the gate needs; tests and other hosts pass their own. */
export interface GateFileSystem {
  /** Reads a UTF-8 file; throws when it cannot. */
  readFile(path: string): string
  /** What is at a path (symbolic links followed), or undefined when nothing is. */
  kind(path: string): 'file' | 'directory' | undefined
  /** Names of the entries of a folder. */
  list(path: string): string[]
  /** When a file was last modified (the age of an imported file that states no time of its own). */
  modified?(path: string): Date | undefined
}

export const nodeFileSystem: GateFileSystem = {
  readFile: (path) => readFileSync(path, 'utf8'),
  kind(path) {
    try {
      const s = statSync(path)
      return s.isDirectory() ? 'directory' : s.isFile() ? 'file' : undefined
    } catch {
      return undefined
    }
  },
  list: (path) => readdirSync(path),
  modified(path) {
    try {
      return statSync(path).mtime
    } catch {
      return undefined
    }
  },
}

// Deep enough for any artifact layout, shallow enough that a symbolic-link loop ends.
const MAX_DEPTH = 32

function walk(fs: GateFileSystem, dir: string, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) return
  let names: string[]
  try {
    names = fs.list(dir).sort()
  } catch {
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    const kind = fs.kind(path)
    if (kind === 'directory') walk(fs, path, depth + 1, out)
    else if (kind === 'file') out.push(path)
  }
}

export interface ResolvedPaths {
  /** Report files, each once, in a stable order. */
  readonly files: readonly string[]
  /** The files named one by one (not found by walking a folder or matching a glob). */
  readonly named: ReadonlySet<string>
  /** Named `.json` files that do not exist: a report someone expected is missing. */
  readonly missingFiles: readonly string[]
  /** Folders or globs that matched nothing (not a failure by itself: missing scans are caught by stage). */
  readonly empty: readonly string[]
}

/**
 * Expands the `findings`/`baseline` input: a file is taken as is, a folder yields every `*.json` below
 * it, a glob (picomatch) is matched below its static base. Relative entries are resolved against `cwd`.
 */
export function resolveReportPaths(
  entries: readonly string[],
  fs: GateFileSystem = nodeFileSystem,
  cwd: string = process.cwd(),
): ResolvedPaths {
  const files: string[] = []
  const named = new Set<string>()
  const missingFiles: string[] = []
  const empty: string[] = []
  const add = (path: string): void => {
    if (!files.includes(path)) files.push(path)
  }
  for (const raw of entries) {
    const entry = raw.trim()
    if (entry === '') continue
    const scan = picomatch.scan(entry)
    if (!scan.isGlob) {
      const path = isAbsolute(entry) ? entry : join(cwd, entry)
      const kind = fs.kind(path)
      if (kind === 'file') {
        add(path)
        named.add(path)
      } else if (kind === 'directory') {
        const found: string[] = []
        walk(fs, path, 0, found)
        const json = found.filter((f) => f.endsWith('.json'))
        if (json.length === 0) empty.push(entry)
        json.forEach(add)
      } else if (entry.endsWith('.json')) missingFiles.push(entry)
      else empty.push(entry)
      continue
    }
    const base = scan.base === '' ? cwd : isAbsolute(scan.base) ? scan.base : join(cwd, scan.base)
    const match = picomatch(scan.glob, { dot: true })
    const found: string[] = []
    if (fs.kind(base) === 'directory') walk(fs, base, 0, found)
    const matched = found.filter((f) => match(relative(base, f).split(sep).join('/')))
    if (matched.length === 0) empty.push(entry)
    matched.forEach(add)
  }
  return { files, named, missingFiles, empty }
}

/** How scan actions name their reports; such a file is always read as a report. */
export const REPORT_SUFFIX = '.findings.json'

function claimsToBeReport(data: unknown): boolean {
  return (
    data !== null &&
    typeof data === 'object' &&
    (data as Record<string, unknown>).schema === REPORT_SCHEMA_ID
  )
}

export interface LoadedReport {
  /** The file as shown to the user (relative to cwd when inside it). */
  readonly file: string
  readonly report: FindingsReport
}

export interface LoadResult {
  readonly reports: readonly LoadedReport[]
  /** Fail-closed reasons: unreadable and schema-invalid reports, named files that do not exist. */
  readonly problems: readonly GateReason[]
  readonly notices: readonly string[]
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path
}

/**
 * Reads every report the entries name. A file that cannot be read, is not JSON or fails the schema
 * becomes a named reason; the remaining reports are still read so the summary shows all of them.
 * Files found in a folder or by a glob are read as reports when they are named `*.findings.json` or
 * carry the report schema id; other JSON there (an SBOM, a raw scanner output) is skipped with a
 * notice. A file named on its own is always a report.
 */
export function loadReports(
  entries: readonly string[],
  fs: GateFileSystem = nodeFileSystem,
  cwd: string = process.cwd(),
  what = 'findings',
): LoadResult {
  const resolved = resolveReportPaths(entries, fs, cwd)
  const reports: LoadedReport[] = []
  const problems: GateReason[] = []
  const notices: string[] = []
  for (const missing of resolved.missingFiles) {
    problems.push({
      code: REASON_CODES.unreadableReport,
      message: `${missing} (named in ${what}) does not exist`,
    })
  }
  for (const entry of resolved.empty) {
    notices.push(`${what}: ${entry} matched no report files`)
  }
  for (const path of resolved.files) {
    const file = displayPath(path, cwd)
    let text: string
    try {
      text = fs.readFile(path)
    } catch (error) {
      problems.push({
        code: REASON_CODES.unreadableReport,
        message: `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      })
      continue
    }
    let data: unknown
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    } catch (error) {
      problems.push({
        code: REASON_CODES.unreadableReport,
        message: `${file} is not valid JSON (${(error as Error).message})`,
      })
      continue
    }
    if (!resolved.named.has(path) && !path.endsWith(REPORT_SUFFIX) && !claimsToBeReport(data)) {
      // Scan actions write SBOMs and other JSON beside their reports; only reports are read.
      notices.push(`${file} is not a findings report; skipped`)
      continue
    }
    try {
      reports.push({ file, report: parseReport(text, file) })
    } catch (error) {
      if (!(error instanceof ReportError)) throw error
      problems.push({ code: REASON_CODES.invalidReport, message: error.message })
    }
  }
  return { reports, problems, notices }
}
