import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import {
  REPORT_SCHEMA_ID,
  ReportError,
  validateFinding,
  validateReport,
  type Finding,
  type FindingsReport,
} from '@portcullis/core'
import picomatch from 'picomatch'
import { REASON_CODES, type GateReason } from './reasons.js'
import { fileBlocks, parseReportBlocks } from './report-blocks.js'

/** The file access the gate needs; tests and other hosts pass their own. */
export interface GateFileSystem {
  /** Reads a UTF-8 file; throws when it cannot. */
  readFile(path: string): string
  /** What is at a path (symbolic links followed), or undefined when nothing is. */
  kind(path: string): 'file' | 'directory' | undefined
  /** Names of the entries of a folder. */
  list(path: string): string[]
  /** The path with every symbolic link resolved (how a folder walk knows it has been somewhere). */
  realpath?(path: string): string
  /** When a file was last modified (the age of an imported file that states no time of its own). */
  modified?(path: string): Date | undefined
  /** A file's bytes in blocks; when given, reports are read a finding at a time, never as one string. */
  blocks?(path: string): Iterable<Uint8Array>
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
  realpath: (path) => realpathSync(path),
  blocks: fileBlocks,
  modified(path) {
    try {
      return statSync(path).mtime
    } catch {
      return undefined
    }
  },
}

// Deep enough for any artifact layout; a folder walk stops there and at this many entries.
const MAX_DEPTH = 32
export const MAX_WALK_ENTRIES = 100_000

/** A folder walk that cannot finish: a symbolic link leads back to a folder it is inside. */
export interface WalkProblem {
  readonly entry: string
  readonly message: string
}

interface Walk {
  readonly fs: GateFileSystem
  readonly entry: string
  readonly out: string[]
  /** Real paths of the folders walked so far: each is walked once, however many links reach it. */
  readonly visited: Set<string>
  entries: number
  problem?: WalkProblem
}

function real(fs: GateFileSystem, path: string): string {
  try {
    return fs.realpath ? fs.realpath(path) : path
  } catch {
    return path
  }
}

/**
 * Every file below `dir`. Symbolic links are followed with a visited set of real paths, so two
 * links to the same folder read it once and a link back to a folder being walked (`a -> .`)
 * ends the walk with a named problem instead of enumerating ~2^depth paths.
 */
function walk(w: Walk, dir: string, ancestors: readonly string[], depth: number): void {
  if (w.problem) return
  if (depth > MAX_DEPTH) {
    w.problem = {
      entry: w.entry,
      message: `${w.entry}: folders below it are nested more than ${MAX_DEPTH} deep (at ${dir}); give the folder that holds the reports`,
    }
    return
  }
  let names: string[]
  try {
    names = w.fs.list(dir).sort()
  } catch {
    return
  }
  for (const name of names) {
    if (w.problem) return
    w.entries += 1
    if (w.entries > MAX_WALK_ENTRIES) {
      w.problem = {
        entry: w.entry,
        message: `${w.entry}: more than ${MAX_WALK_ENTRIES.toLocaleString('en')} entries below it; give the folder that holds the reports`,
      }
      return
    }
    const path = join(dir, name)
    const kind = w.fs.kind(path)
    if (kind === 'file') w.out.push(path)
    if (kind !== 'directory') continue
    const target = real(w.fs, path)
    if (ancestors.includes(target)) {
      w.problem = {
        entry: w.entry,
        message: `${w.entry}: the symbolic link ${path} leads back to ${target}, a folder it is inside (a link loop); remove the link or give the reports' folder itself`,
      }
      return
    }
    if (w.visited.has(target)) continue
    w.visited.add(target)
    walk(w, path, [...ancestors, target], depth + 1)
  }
}

/** Files below `dir`, or the problem that stopped the walk. */
function walkFolder(
  fs: GateFileSystem,
  entry: string,
  dir: string,
): { files: string[]; problem?: WalkProblem } {
  const root = real(fs, dir)
  const w: Walk = { fs, entry, out: [], visited: new Set([root]), entries: 0 }
  walk(w, dir, [root], 0)
  return { files: w.out, ...(w.problem ? { problem: w.problem } : {}) }
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
  /** Folder walks that could not finish (a symbolic-link loop, too deep, too many entries). */
  readonly problems: readonly WalkProblem[]
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
  const problems: WalkProblem[] = []
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
        const { files: found, problem } = walkFolder(fs, entry, path)
        if (problem) problems.push(problem)
        const json = found.filter((f) => f.endsWith('.json'))
        if (json.length === 0) empty.push(entry)
        json.forEach(add)
      } else if (entry.endsWith('.json')) missingFiles.push(entry)
      else empty.push(entry)
      continue
    }
    const base = scan.base === '' ? cwd : isAbsolute(scan.base) ? scan.base : join(cwd, scan.base)
    const match = picomatch(scan.glob, { dot: true })
    let found: string[] = []
    if (fs.kind(base) === 'directory') {
      const walked = walkFolder(fs, entry, base)
      found = walked.files
      if (walked.problem) problems.push(walked.problem)
    }
    const matched = found.filter((f) => match(relative(base, f).split(sep).join('/')))
    if (matched.length === 0) empty.push(entry)
    matched.forEach(add)
  }
  return { files, named, missingFiles, empty, problems }
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

/** What reading reports found besides the reports themselves. */
export interface LoadProblems {
  /** Fail-closed reasons: unreadable and schema-invalid reports, named files that do not exist. */
  readonly problems: readonly GateReason[]
  readonly notices: readonly string[]
}

export interface LoadResult extends LoadProblems {
  readonly reports: readonly LoadedReport[]
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path
}

/** Where readReports hands what it reads. */
export interface ReportSink {
  /**
   * Each report as soon as it is read and validated. When `finding` took its findings (a file
   * system that reads in blocks), `report.findings` is empty and they are the ones handed over
   * since the previous report.
   */
  report(loaded: LoadedReport, path: string): void
  /** Given: findings are handed over one at a time (validated), before the rest of their report. */
  readonly finding?: (finding: Finding) => void
  /** The findings handed over since the previous report belong to no report: the file proved bad. */
  readonly discard?: () => void
}

/**
 * Findings of a report file by their index, read again in blocks (the few findings a summary
 * shows that were not kept); throws ReportError when the file no longer holds them.
 */
export function rereadFindings(
  fs: GateFileSystem,
  path: string,
  file: string,
  indexes: ReadonlySet<number>,
): Map<number, Finding> {
  const found = new Map<number, Finding>()
  const blocks = fs.blocks?.(path) ?? [Buffer.from(fs.readFile(path))]
  parseReportBlocks(blocks, (value, index) => {
    if (indexes.has(index)) found.set(index, validateFinding(value, file, index))
  })
  return found
}

/**
 * Reads every report the entries name and hands each to the sink as soon as it is read and
 * validated, so a sink that keeps only what it needs holds one report (or, with `finding` and a
 * file system that reads in blocks, one finding) at a time. A file that cannot be read, is not
 * JSON or fails the schema becomes a named reason and none of its findings count; the remaining
 * reports are still read so the summary shows all of them. Files found in a folder or by a glob
 * are read as reports when they are named `*.findings.json` or carry the report schema id; other
 * JSON there (an SBOM, a raw scanner output) is skipped with a notice. A file named on its own is
 * always a report.
 */
export function readReports(
  entries: readonly string[],
  sink: ReportSink,
  fs: GateFileSystem = nodeFileSystem,
  cwd: string = process.cwd(),
  what = 'findings',
): LoadProblems {
  const resolved = resolveReportPaths(entries, fs, cwd)
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
  // A walk that could not finish may have missed reports: that is a failure, never a smaller pass.
  for (const p of resolved.problems) {
    problems.push({ code: REASON_CODES.unreadableReport, message: `${what}: ${p.message}` })
  }
  const stream = sink.finding !== undefined && fs.blocks !== undefined
  for (const path of resolved.files) {
    const file = displayPath(path, cwd)
    let streamed = 0
    let badFinding: ReportError | undefined
    const onFinding = (value: unknown, index: number): void => {
      if (badFinding) return
      try {
        sink.finding?.(validateFinding(value, file, index))
        streamed++
      } catch (error) {
        if (!(error instanceof ReportError)) throw error
        badFinding = error
      }
    }
    const json = stream
      ? readJsonBlocks(fs, path, file, problems, onFinding)
      : readJson(fs, path, file, problems)
    const fail = (problem?: GateReason): void => {
      if (problem) problems.push(problem)
      if (streamed > 0 || badFinding) sink.discard?.()
    }
    if (json === undefined) {
      fail()
      continue
    }
    const data = json.value
    if (!resolved.named.has(path) && !path.endsWith(REPORT_SUFFIX) && !claimsToBeReport(data)) {
      // Scan actions write SBOMs and other JSON beside their reports; only reports are read. The
      // SBOMs they write are expected there and skipped quietly; anything else is named.
      if (!isSbom(data)) notices.push(`${file} is not a findings report; skipped`)
      fail()
      continue
    }
    let report: FindingsReport
    try {
      report = validateReport(data, file)
      if (badFinding) throw badFinding
      if (streamed > 0 && report.findings.length > 0) {
        throw new ReportError(file, 'has more than one findings member')
      }
    } catch (error) {
      if (!(error instanceof ReportError)) throw error
      fail({ code: REASON_CODES.invalidReport, message: error.message })
      continue
    }
    // A sink that takes findings one at a time gets them so from a file read whole too (a file
    // system without blocks; findings written under an escaped key, "f\u0069ndings").
    if (sink.finding && report.findings.length > 0) {
      for (const f of report.findings) sink.finding(f)
      report = { ...report, findings: [] }
    }
    sink.report({ file, report }, path)
  }
  return { problems, notices }
}

/** The report read in blocks: findings go to `onFinding`, the rest is returned; undefined with a reason added when it cannot be read or is not JSON. */
function readJsonBlocks(
  fs: GateFileSystem,
  path: string,
  file: string,
  problems: GateReason[],
  onFinding: (value: unknown, index: number) => void,
): { value: unknown } | undefined {
  try {
    return { value: parseReportBlocks(fs.blocks!(path), onFinding) }
  } catch (error) {
    problems.push(
      error instanceof SyntaxError ? notJson(file, error) : unreadable(file, error as Error),
    )
    return undefined
  }
}

/** The reason for a report that cannot be read (a missing file, a folder, no permission). */
function unreadable(file: string, error: Error): GateReason {
  const code = (error as NodeJS.ErrnoException).code
  return {
    code: REASON_CODES.unreadableReport,
    message: `${file} cannot be read (${code ?? error.message})`,
  }
}

/** The reason for a report that is not JSON. */
function notJson(file: string, error: Error): GateReason {
  return {
    code: REASON_CODES.unreadableReport,
    message: `${file} is not valid JSON (${error.message})`,
  }
}

/** The file's JSON (the text is dropped as soon as it is parsed), or undefined with a reason added. */
function readJson(
  fs: GateFileSystem,
  path: string,
  file: string,
  problems: GateReason[],
): { value: unknown } | undefined {
  let text: string
  try {
    text = fs.readFile(path)
  } catch (error) {
    problems.push(unreadable(file, error as Error))
    return undefined
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown }
  } catch (error) {
    problems.push(notJson(file, error as Error))
    return undefined
  }
}

/** Every report the entries name, held in memory (see readReports for what is read and how). */
export function loadReports(
  entries: readonly string[],
  fs: GateFileSystem = nodeFileSystem,
  cwd: string = process.cwd(),
  what = 'findings',
): LoadResult {
  const reports: LoadedReport[] = []
  const sink: ReportSink = { report: (r) => reports.push(r) }
  const { problems, notices } = readReports(entries, sink, fs, cwd, what)
  return { reports, problems, notices }
}

/** A CycloneDX or SPDX document (what scan-deps and scan-image write beside their reports). */
function isSbom(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false
  const doc = data as { bomFormat?: unknown; spdxVersion?: unknown }
  return doc.bomFormat === 'CycloneDX' || typeof doc.spdxVersion === 'string'
}
