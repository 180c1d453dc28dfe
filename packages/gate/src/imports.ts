import { isAbsolute, join } from 'node:path'
import {
  IMPORT_ACTION,
  InputError,
  ScanFailedError,
  completeReport,
  failedReport,
  type FindingsReport,
  type ReportInit,
} from '@portcullis/core'
import {
  AUTO_FORMAT,
  IMPORT_FORMATS,
  detectFormat,
  formatTool,
  importScan,
  isImportFormat,
  type ImportFormat,
} from '@portcullis/scanners/imports'
import picomatch from 'picomatch'
import { GATE_INPUTS } from './config.js'
import {
  displayPath,
  nodeFileSystem,
  resolveReportPaths,
  type GateFileSystem,
  type LoadResult,
  type LoadedReport,
} from './load.js'
import { REASON_CODES, type GateReason } from './reasons.js'

/** One line of the `import` input: `FORMAT:PATH-OR-GLOB`. */
export interface ImportSpec {
  readonly format: ImportFormat | typeof AUTO_FORMAT
  readonly pattern: string
  /** The line as written, for messages. */
  readonly line: string
}

/**
 * Reads the `import` input's lines. A line without a known format is bad input (InputError naming
 * the line and the formats), never silently skipped.
 */
export function parseImportSpecs(lines: readonly string[]): ImportSpec[] {
  const specs: ImportSpec[] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    const colon = line.indexOf(':')
    const format = colon === -1 ? '' : line.slice(0, colon).trim().toLowerCase()
    const pattern = colon === -1 ? '' : line.slice(colon + 1).trim()
    if (colon === -1 || !(isImportFormat(format) || format === AUTO_FORMAT)) {
      throw new InputError(
        GATE_INPUTS.import,
        `'${line}' is not FORMAT:PATH; FORMAT is one of ${[...IMPORT_FORMATS, AUTO_FORMAT].join(', ')} (e.g. sarif:results/codeql.sarif)`,
      )
    }
    if (pattern === '') {
      throw new InputError(GATE_INPUTS.import, `'${line}' names no file after the format`)
    }
    specs.push({ format: format as ImportSpec['format'], pattern, line })
  }
  return specs
}

/** What an import needs besides the files: the commit it stands for, the workspace and the clock. */
export interface ImportOptions {
  /** The commit being gated; an imported file carries none of its own. */
  readonly commitSha: string
  readonly cwd: string
  readonly now: Date
  readonly fs?: GateFileSystem
}

function files(spec: ImportSpec, fs: GateFileSystem, cwd: string): string[] {
  if (picomatch.scan(spec.pattern).isGlob)
    return [...resolveReportPaths([spec.pattern], fs, cwd).files]
  const path = isAbsolute(spec.pattern) ? spec.pattern : join(cwd, spec.pattern)
  return fs.kind(path) === 'file' ? [path] : []
}

/**
 * Turns every import into a findings report of action `import`, named after the tool and version
 * its file states. Fails closed: a line that matches no file is a `missing-import` reason; an
 * unreadable file, one whose format cannot be told, an empty file (the tool crashed), one that is
 * not what the tool writes or that says the tool did not complete becomes a failed report (a
 * `scan-failed` reason); the gate's age check then holds the file's own time (else its
 * modification time) against the policy's maximum report age.
 */
export function loadImports(specs: readonly ImportSpec[], options: ImportOptions): LoadResult {
  const fs = options.fs ?? nodeFileSystem
  const reports: LoadedReport[] = []
  const problems: GateReason[] = []
  const notices: string[] = []
  const seen = new Set<string>()
  for (const spec of specs) {
    const matched = files(spec, fs, options.cwd)
    if (matched.length === 0) {
      problems.push({
        code: REASON_CODES.missingImport,
        message: `import '${spec.line}' matched no file; the tool's results are missing`,
      })
      continue
    }
    for (const path of matched) {
      if (seen.has(path)) continue
      seen.add(path)
      const file = displayPath(path, options.cwd)
      const loaded = importFile(spec, path, file, fs, options)
      if ('problem' in loaded) problems.push(loaded.problem)
      else reports.push(loaded)
    }
  }
  return { reports, problems, notices }
}

function importFile(
  spec: ImportSpec,
  path: string,
  file: string,
  fs: GateFileSystem,
  options: ImportOptions,
): LoadedReport | { problem: GateReason } {
  let raw: string
  try {
    raw = fs.readFile(path)
  } catch (error) {
    return {
      problem: {
        code: REASON_CODES.unreadableReport,
        message: `${file} (import '${spec.line}') cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      },
    }
  }
  const modified = fs.modified?.(path)
  const base = {
    commitSha: options.commitSha,
    startedAt: modified ?? options.now,
    finishedAt: modified ?? options.now,
  }
  let format: ImportFormat
  try {
    format = spec.format === AUTO_FORMAT ? detectFormat(raw) : spec.format
  } catch (error) {
    if (!(error instanceof ScanFailedError)) throw error
    return {
      problem: {
        code: REASON_CODES.invalidReport,
        message: `${file} (import '${spec.line}'): ${error.message}`,
      },
    }
  }
  const init = (scanner: ReportInit['scanner'], target?: ReportInit['target']): ReportInit => ({
    action: IMPORT_ACTION,
    scanner,
    target: target ?? { kind: 'path', name: file },
    imported: { format, file },
    ...base,
  })
  let report: FindingsReport
  try {
    const scan = importScan(format, raw, {
      workspace: options.cwd,
      readLines: lineReader(fs, options.cwd),
    })
    const at = scan.finishedAt ?? modified ?? options.now
    report = completeReport(
      { ...init(scan.scanner, scan.target), startedAt: at, finishedAt: at, notices: scan.notices },
      scan.findings,
    )
  } catch (error) {
    if (!(error instanceof ScanFailedError)) throw error
    report = failedReport(
      init({ name: formatTool(format), version: 'unknown' }),
      `imported ${format} file ${file}: ${error.message}`,
    )
  }
  return { file, report }
}

/** Reads workspace lines for content fingerprints, as the scan actions do. */
function lineReader(fs: GateFileSystem, cwd: string) {
  const cache = new Map<string, string[] | undefined>()
  return (path: string, start: number, end: number): string | undefined => {
    if (!cache.has(path)) {
      let lines: string[] | undefined
      try {
        lines = fs.readFile(join(cwd, path)).split(/\r?\n/)
      } catch {
        lines = undefined
      }
      cache.set(path, lines)
    }
    const lines = cache.get(path)
    if (!lines || start < 1 || end < start || end > lines.length) return undefined
    return lines.slice(start - 1, end).join('\n')
  }
}
