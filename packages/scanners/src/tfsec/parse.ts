import {
  FileFingerprints,
  normalizeSeverity,
  ruleFingerprint,
  ScanFailedError,
  toWorkspacePath,
  type Finding,
  ruleInfo,
} from '@portcullis/core'
import { isRecord, parseJsonOutput, str, type Json } from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * Parser for `tfsec --format json`.
 *
 * Output is `{"results": [...]}`, where `results` is `null` when nothing was found
 * (https://aquasecurity.github.io/tfsec/latest/guides/usage/ — "json" format). Two generations:
 *
 * - current (1.x): `rule_id`, `long_id` (e.g. aws-vpc-no-excessive-port-access), `legacy_rule_id`,
 *   `severity` CRITICAL/HIGH/MEDIUM/LOW, `links[]`, `resolution`, `impact`, `status`
 *   ("failed" | "passed" | "ignored"; numeric 0/1/2 in some builds);
 * - legacy (0.x): `rule_id` such as GCP009, `severity` ERROR/WARNING/INFO, a `link` sentence and a
 *   `passed` boolean (true when the check passed and `--include-passed` listed it).
 *
 * Passed checks are counted in a notice, never reported as findings; ignored ones (tfsec:ignore
 * comments) are findings marked as suppressed in source.
 */

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined
}

export type TfsecStatus = 'failed' | 'passed' | 'ignored'

/** One entry of `results`, read but not yet turned into a finding. */
export interface TfsecResult {
  readonly ruleId: string
  readonly severity: string | undefined
  readonly status: TfsecStatus
  readonly raw: Json
}

function statusOf(result: Json): TfsecStatus {
  const s = result.status
  if (s === 'passed' || s === 1) return 'passed'
  if (s === 'ignored' || s === 2) return 'ignored'
  if (s === undefined && result.passed === true) return 'passed'
  return 'failed'
}

/** Reads and validates tfsec JSON into its result entries (passed and ignored included). */
export function readTfsecResults(raw: string): TfsecResult[] {
  const data = parseJsonOutput(raw, {
    empty: 'tfsec wrote no output; see its log above',
    invalid: (why) => `tfsec output is not JSON (${why}); was it run with --format json?`,
  })
  if (!isRecord(data) || !('results' in data)) {
    throw new ScanFailedError(
      'tfsec output has no "results" key; expected the output of --format json',
    )
  }
  if (data.results === null) return []
  if (!Array.isArray(data.results) || !data.results.every(isRecord)) {
    throw new ScanFailedError('tfsec output is not valid: "results" is not a list of objects')
  }
  return data.results.map((r) => {
    const ruleId = str(r.long_id) ?? str(r.rule_id)
    if (!ruleId) throw new ScanFailedError('tfsec output is not valid: a result has no rule_id')
    if (!isRecord(r.location)) {
      throw new ScanFailedError(`tfsec output is not valid: result ${ruleId} has no location`)
    }
    return { ruleId, severity: str(r.severity), status: statusOf(r), raw: r }
  })
}

/** `link` in legacy output is a sentence: "See https://tfsec.dev/docs/google/GCP008/ for more information." */
function linksOf(result: Json): string[] {
  const out: string[] = []
  if (Array.isArray(result.links)) {
    for (const l of result.links) if (typeof l === 'string' && l !== '') out.push(l)
  }
  const legacy = str(result.link)
  const url = legacy ? /https?:\/\/\S+?(?=[\s)]|$)/.exec(legacy)?.[0] : undefined
  if (url) out.push(url)
  return [...new Set(out)]
}

export function parseTfsec(raw: string, context: ParseContext): ParseResult {
  const results = readTfsecResults(raw)
  const findings: Finding[] = []
  const notices: string[] = []
  const fileFingerprints = new FileFingerprints()
  let passed = 0
  let outside = 0
  for (const { ruleId, severity: rawSeverity, status, raw: r } of results) {
    if (status === 'passed') {
      passed += 1
      continue
    }
    const location = r.location as Json
    const filename = str(location.filename)
    const path = filename ? toWorkspacePath(filename, context.workspace) : undefined
    if (filename && !path) outside += 1
    const start = positive(location.start_line)
    const endRaw = positive(location.end_line)
    const end = start !== undefined && endRaw !== undefined && endRaw >= start ? endRaw : start
    const description = str(r.description)
    const title = str(r.rule_description) ?? description ?? ruleId
    const content =
      (path && start !== undefined ? context.readLines?.(path, start, end ?? start) : undefined) ??
      description ??
      title
    const where = path ?? filename
    const links = linksOf(r)
    const impact = str(r.impact)
    const resolution = str(r.resolution)
    const aliases = [str(r.rule_id), str(r.legacy_rule_id)].filter(
      (a): a is string => !!a && a !== ruleId,
    )
    findings.push({
      fingerprint: where
        ? fileFingerprints.next(ruleId, where, content)
        : ruleFingerprint(ruleId, description ?? title),
      category: 'misconfiguration',
      ruleId,
      title,
      // rule_description is the check's; description names this finding's resource.
      ...ruleInfo(str(r.rule_description), impact ? `Impact: ${impact}` : undefined),
      ...(description || impact || aliases.length > 0
        ? {
            description: [
              description,
              impact ? `Impact: ${impact}` : undefined,
              aliases.length > 0 ? `Also known as ${aliases.join(', ')}.` : undefined,
            ]
              .filter(Boolean)
              .join('\n\n'),
          }
        : {}),
      severity: normalizeSeverity(rawSeverity),
      ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
      ...(path
        ? {
            location: {
              path,
              ...(start !== undefined ? { startLine: start, endLine: end ?? start } : {}),
            },
          }
        : {}),
      ...(links.length > 0 ? { references: links, helpUri: links[0] } : {}),
      ...(resolution ? { remediation: resolution } : {}),
      ...(status === 'ignored'
        ? { suppression: { kind: 'in-source', source: 'tfsec:ignore comment' } }
        : {}),
    })
  }
  if (passed > 0) notices.push(`tfsec: ${passed} check(s) passed.`)
  if (outside > 0) {
    notices.push(
      `tfsec reported ${outside} finding(s) in files outside the workspace; they carry no file location.`,
    )
  }
  return { findings, notices }
}

/** The `Parser` port for tfsec JSON. */
export const parse: Parser = parseTfsec
