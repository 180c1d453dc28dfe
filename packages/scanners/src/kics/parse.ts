import {
  FileFingerprints,
  normalizeSeverity,
  ruleFingerprint,
  ScanFailedError,
  toWorkspacePath,
  type Finding,
  ruleInfo,
} from '@portcullis/core'
import { isRecord, parseJsonOutput, recordList, str } from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * Parser for KICS `results.json` (`kics scan --report-formats json`).
 *
 * Shape (https://docs.kics.io/latest/results/#json): `queries[]`, each a query that matched, with
 * `query_id` (UUID), `query_name`, `severity` (CRITICAL/HIGH/MEDIUM/LOW/INFO/TRACE), `category`,
 * `description`, `cwe`, `query_url`, and `files[]` — one entry per place it matched (`file_name`,
 * `line`, `search_key`, `expected_value`, `actual_value`, `similarity_id`). One finding is written per
 * file entry. `total_counter` is KICS's own count of those entries; a mismatch is reported in a notice.
 */

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

export function parseKics(raw: string, context: ParseContext): ParseResult {
  const data = parseJsonOutput(raw, {
    empty: 'KICS wrote no results file content',
    invalid: (why) => `KICS output is not JSON (${why}); was it run with --report-formats json?`,
  })
  if (!isRecord(data) || !('queries' in data)) {
    throw new ScanFailedError(
      'KICS output has no "queries" list; expected results.json from --report-formats json',
    )
  }
  const queries = recordList(data.queries, 'KICS', 'queries')
  const findings: Finding[] = []
  const notices: string[] = []
  const fileFingerprints = new FileFingerprints()
  let outside = 0

  for (const query of queries) {
    const ruleId = str(query.query_id)
    if (!ruleId) throw new ScanFailedError('KICS output is not valid: a query has no query_id')
    const name = str(query.query_name) ?? ruleId
    const rawSeverity = str(query.severity)
    const category = str(query.category)
    const queryDescription = str(query.description)
    const url = str(query.query_url)
    const cweRaw = query.cwe
    const cwe =
      typeof cweRaw === 'string' && /^\d+$/.test(cweRaw)
        ? [`CWE-${cweRaw}`]
        : typeof cweRaw === 'string' && /^CWE-\d+$/i.test(cweRaw)
          ? [cweRaw.toUpperCase()]
          : []
    for (const file of recordList(query.files, 'KICS', `queries[${ruleId}].files`)) {
      const fileName = str(file.file_name)
      const path = fileName ? toWorkspacePath(fileName, context.workspace) : undefined
      if (fileName && !path) outside += 1
      const line = typeof file.line === 'number' && file.line >= 1 ? file.line : undefined
      const searchKey = str(file.search_key)
      const expected = str(file.expected_value)
      const actual = str(file.actual_value)
      // KICS's search_key names the resource attribute, which stays put when lines move.
      const content =
        (path && line !== undefined ? context.readLines?.(path, line, line) : undefined) ??
        searchKey ??
        name
      const where = path ?? fileName
      findings.push({
        fingerprint: where
          ? fileFingerprints.next(ruleId, where, content)
          : ruleFingerprint(ruleId, searchKey ?? name),
        category: category === 'Secret Management' ? 'secret' : 'misconfiguration',
        ruleId,
        title: category ? `${category}: ${name}` : name,
        ...ruleInfo(category ? `${category}: ${name}` : name, queryDescription),
        description: [
          queryDescription,
          searchKey ? `Where: ${searchKey}` : undefined,
          expected ? `Expected: ${expected}` : undefined,
          actual ? `Actual: ${actual}` : undefined,
        ]
          .filter(Boolean)
          .join('\n'),
        severity: normalizeSeverity(rawSeverity),
        ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
        ...(path
          ? {
              location: { path, ...(line !== undefined ? { startLine: line, endLine: line } : {}) },
            }
          : {}),
        ...(url ? { helpUri: url, references: [url] } : {}),
        ...(cwe.length > 0 ? { cwe } : {}),
        ...(expected ? { remediation: expected } : {}),
      })
    }
  }

  if (typeof data.total_counter === 'number' && data.total_counter !== findings.length) {
    notices.push(
      `KICS counted ${data.total_counter} result(s) but listed ${findings.length}; the listed ones are reported.`,
    )
  }
  const failedFiles = count(data.files_failed_to_scan)
  if (failedFiles > 0)
    notices.push(`KICS could not scan ${failedFiles} file(s); they were not checked.`)
  const failedQueries = count(data.queries_failed_to_execute)
  if (failedQueries > 0) notices.push(`KICS: ${failedQueries} queries failed to execute.`)
  if (outside > 0) {
    notices.push(
      `KICS reported ${outside} finding(s) in files outside the workspace; they carry no file location.`,
    )
  }
  const version = str(data.kics_version)
  return { findings, notices, ...(version ? { scannerVersion: version } : {}) }
}

/** The `Parser` port for KICS JSON. */
export const parse: Parser = parseKics
