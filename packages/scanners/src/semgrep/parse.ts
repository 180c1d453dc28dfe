import {
  FileFingerprints,
  normalizeSeverity,
  ruleFingerprint,
  ScanFailedError,
  toWorkspacePath,
  type Finding,
  type Location,
} from '@portcullis/core'
import {
  isRecord,
  parseJsonOutput,
  recordList,
  str,
  strings,
  unique,
  type Json,
} from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * Parser for semgrep's JSON output (`semgrep scan --json`,
 * https://semgrep.dev/docs/cli-reference — the `cli_output` type of semgrep-interfaces).
 *
 * `results[]`: `check_id`, `path`, `start`/`end` `{line, col}`, and `extra` with `message`,
 * `severity` (ERROR/WARNING/INFO, or CRITICAL/HIGH/MEDIUM/LOW in newer rules), `metadata` (cwe,
 * references, source, shortlink), `lines` (the matched code, or "requires login"), `is_ignored`
 * (a `nosemgrep` comment, kept when run with --disable-nosem) and `fix`.
 *
 * `errors[]`: what semgrep could not do. An error of level `error` means the run is incomplete
 * (a rule failed to load, a fatal engine error): the scan failed. Level `warn` (a file that only
 * partly parsed, a timeout on one file) is a notice naming how many.
 */

/** What semgrep writes in `extra.lines` when the code is only shown to logged-in users. */
const HIDDEN_LINES = 'requires login'

function position(value: unknown): { line?: number; col?: number } {
  if (!isRecord(value)) return {}
  const line = typeof value.line === 'number' && value.line >= 1 ? value.line : undefined
  const col = typeof value.col === 'number' && value.col >= 1 ? value.col : undefined
  return { ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) }
}

/** "CWE-319: Cleartext Transmission…" → "CWE-319". */
function cweIds(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : strings(value)
  return unique(
    list
      .map((c) => /^CWE-(\d+)/i.exec(c.trim())?.[1])
      .map((n) => (n ? `CWE-${Number(n)}` : undefined)),
  )
}

function describeError(error: Json): string {
  const type = Array.isArray(error.type) ? str(error.type[0]) : str(error.type)
  const message = str(error.message)?.split('\n')[0]?.trim()
  const path = str(error.path)
  return [type, path, message].filter(Boolean).join(': ')
}

export function parseSemgrep(raw: string, context: ParseContext): ParseResult {
  const data = parseJsonOutput(raw, {
    empty: 'semgrep wrote no JSON; the scan did not complete',
    invalid: (why) => `semgrep output is not JSON (${why}); was it run with --json?`,
  })
  if (!isRecord(data) || !Array.isArray(data.results)) {
    throw new ScanFailedError(
      'semgrep output has no "results" list; expected the output of `semgrep scan --json`',
    )
  }
  const errors = recordList(data.errors, 'semgrep', 'errors')
  const fatal = errors.filter((e) => str(e.level)?.toLowerCase() === 'error')
  if (fatal.length > 0) {
    throw new ScanFailedError(
      `semgrep reported ${fatal.length} error(s) of level error, so its results are incomplete: ${fatal
        .slice(0, 3)
        .map(describeError)
        .join('; ')}`,
    )
  }
  const findings: Finding[] = []
  const notices: string[] = []
  const fileFingerprints = new FileFingerprints()
  let outside = 0

  recordList(data.results, 'semgrep', 'results').forEach((result, i) => {
    const ruleId = str(result.check_id)
    if (!ruleId)
      throw new ScanFailedError(`semgrep output is not valid: results[${i}] has no check_id`)
    const extra = isRecord(result.extra) ? result.extra : {}
    const metadata = isRecord(extra.metadata) ? extra.metadata : {}
    const rawPath = str(result.path)
    const path = rawPath ? toWorkspacePath(rawPath, context.workspace) : undefined
    if (rawPath && !path) outside += 1
    const start = position(result.start)
    const end = position(result.end)
    const location: Location | undefined = path
      ? {
          path,
          ...(start.line !== undefined ? { startLine: start.line } : {}),
          ...(start.line !== undefined && end.line !== undefined && end.line >= start.line
            ? { endLine: end.line }
            : {}),
          ...(start.line !== undefined && start.col !== undefined
            ? { startColumn: start.col }
            : {}),
          ...(start.line !== undefined && end.col !== undefined && end.line === start.line
            ? { endColumn: end.col }
            : {}),
        }
      : undefined
    const message = str(extra.message)?.trim()
    const lines = str(extra.lines)
    const matched = lines !== undefined && lines.trim() !== HIDDEN_LINES ? lines : undefined
    const content =
      (location?.startLine !== undefined
        ? context.readLines?.(
            location.path,
            location.startLine,
            location.endLine ?? location.startLine,
          )
        : undefined) ??
      matched ??
      message ??
      ruleId
    const severityWord = str(extra.severity)
    const source = str(metadata.source) ?? str(metadata.shortlink)
    const references = unique([source, ...strings(metadata.references)])
    const cwe = cweIds(metadata.cwe)
    const fix = str(extra.fix)
    // The rule's last dotted segment is its name in the registry (python.lang…request-with-http).
    const shortName = ruleId.split('.').pop() ?? ruleId
    const title = message ? (message.split(/(?<=\.)\s/)[0] ?? message).trim() : shortName
    findings.push({
      fingerprint: path
        ? fileFingerprints.next(ruleId, path, content)
        : ruleFingerprint(ruleId, `${rawPath ?? ''}\u0000${content}`),
      category: /secret/i.test(ruleId) ? 'secret' : 'misconfiguration',
      ruleId,
      title,
      ...(message && message !== title ? { description: message } : {}),
      severity: normalizeSeverity(severityWord),
      ...(severityWord ? { scannerSeverity: severityWord } : {}),
      ...(location ? { location } : {}),
      ...(references.length > 0 ? { references } : {}),
      ...(cwe.length > 0 ? { cwe } : {}),
      ...(source ? { helpUri: source } : {}),
      ...(fix ? { remediation: `Suggested fix: ${fix}` } : {}),
      ...(extra.is_ignored === true
        ? {
            suppression: {
              kind: 'in-source',
              justification:
                'A nosemgrep comment ignores this result (reported with --disable-nosem).',
              source: 'semgrep nosemgrep',
            },
          }
        : {}),
      sources: ['semgrep'],
    })
  })

  if (errors.length > 0) {
    notices.push(
      `semgrep reported ${errors.length} warning(s) about files it could not fully analyse (e.g. ${describeError(errors[0] as Json)}); results in those files may be missing.`,
    )
  }
  if (outside > 0) {
    notices.push(
      `semgrep reported ${outside} result(s) in files outside the workspace; they carry no file location.`,
    )
  }
  const version = str(data.version)
  return { findings, notices, ...(version ? { scannerVersion: version } : {}) }
}

/** The `Parser` port for semgrep JSON. */
export const parse: Parser = parseSemgrep
