import {
  FileFingerprints,
  normalizeSeverity,
  ruleFingerprint,
  ScanFailedError,
  toWorkspacePath,
  UNKNOWN_SEVERITY,
  type Category,
  type Finding,
  type Severity,
  ruleInfo,
} from '@portcullis/core'
import { isRecord, parseJsonOutput, recordList, str, type Json } from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * Parser for `checkov -o json`.
 *
 * checkov writes one report object per framework (`check_type`), and a JSON list of them when more
 * than one framework ran. A report is `{check_type, results: {failed_checks, passed_checks,
 * skipped_checks, parsing_errors}, summary}`. When there is nothing to scan it writes only the summary
 * object (`{"passed": 0, "failed": 0, …, "checkov_version": …}`; https://github.com/bridgecrewio/checkov/issues/7462).
 *
 * Severity is `null` (or absent) in the open-source edition: checkov only fills it from the Prisma
 * Cloud platform when run with an API key (https://github.com/bridgecrewio/checkov/issues/5604,
 * https://github.com/bridgecrewio/checkov/issues/6778). A null severity
 * is looked up in {@link CHECKOV_DEFAULT_SEVERITIES}; anything not listed there is the core's unknown
 * severity (medium). No finding is ever dropped for lack of a severity.
 */

/**
 * Severities for checks whose open-source output has `severity: null`, keyed by check id, or by id
 * prefix ending in `_` / `*`. Each entry takes the default severity the open-source trivy/tfsec
 * (defsec) policy for the same control publishes, so the same misconfiguration ranks the same
 * whichever engine found it; the AVD id is noted beside each.
 */
export const CHECKOV_DEFAULT_SEVERITIES: Readonly<Record<string, Severity>> = {
  // Hard-coded credentials of any kind (checkov secrets framework): a leaked key is usable at once.
  'CKV_SECRET_*': 'high',
  // Provider block with a hard-coded AWS access key (trivy's aws-access-key-id secret rule: critical).
  CKV_AWS_41: 'critical',
  // Security group open to 0.0.0.0/0 on SSH / RDP (AVD-AWS-0107 aws-ec2-no-public-ingress-sgr: critical).
  CKV_AWS_24: 'critical',
  CKV_AWS_25: 'critical',
  // S3 bucket ACL grants public READ / WRITE (AVD-AWS-0092 aws-s3-no-public-access-with-acl: high).
  CKV_AWS_20: 'high',
  CKV_AWS_57: 'critical',
  // RDS instance publicly accessible (AVD-AWS-0180 aws-rds-no-public-db-access: critical).
  CKV_AWS_17: 'critical',
  // RDS storage not encrypted (AVD-AWS-0080 aws-rds-encrypt-instance-storage-data: high).
  CKV_AWS_16: 'high',
  // Launch configuration EBS not encrypted (AVD-AWS-0008 aws-autoscaling-enable-at-rest-encryption: high).
  CKV_AWS_8: 'high',
  // S3 bucket without server-side encryption (AVD-AWS-0088 aws-s3-enable-bucket-encryption: high).
  CKV_AWS_19: 'high',
  // EC2 instance metadata v1 allowed (AVD-AWS-0028 aws-ec2-enforce-http-token-imds: high).
  CKV_AWS_79: 'high',
  // Container runs as root: no USER in Dockerfile (AVD-DS-0002: high).
  CKV_DOCKER_3: 'high',
  // No HEALTHCHECK in Dockerfile (AVD-DS-0026: low).
  CKV_DOCKER_2: 'low',
  // Privileged Kubernetes container (AVD-KSV-0017: high).
  CKV_K8S_16: 'high',
}

/** The table's severity for a check id, or undefined when the table has no entry. */
export function defaultCheckovSeverity(checkId: string): Severity | undefined {
  // Own properties only: a check id such as "__proto__" must not reach Object.prototype.
  const exact = Object.hasOwn(CHECKOV_DEFAULT_SEVERITIES, checkId)
    ? CHECKOV_DEFAULT_SEVERITIES[checkId]
    : undefined
  if (exact) return exact
  for (const [key, severity] of Object.entries(CHECKOV_DEFAULT_SEVERITIES)) {
    if (key.endsWith('*') && checkId.startsWith(key.slice(0, -1))) return severity
  }
  return undefined
}

function categoryOf(checkType: string | undefined): Category {
  if (checkType === 'secrets') return 'secret'
  if (checkType?.startsWith('sca_')) return 'vulnerability'
  return 'misconfiguration'
}

function isSummaryOnly(report: Json): boolean {
  return (
    !('results' in report) &&
    typeof report.passed === 'number' &&
    typeof report.failed === 'number' &&
    ('checkov_version' in report || 'resource_count' in report)
  )
}

/** Lines as `{start,end}` when checkov gives a real range (Dockerfile-wide checks say [0, 0]). */
function linesOf(check: Json): { start: number; end: number } | undefined {
  const range = check.file_line_range
  if (!Array.isArray(range) || typeof range[0] !== 'number' || range[0] < 1) return undefined
  const end = typeof range[1] === 'number' && range[1] >= range[0] ? range[1] : range[0]
  return { start: range[0], end }
}

/** The scanner's own copy of the flagged lines, used when the file cannot be read. */
function codeBlockText(check: Json): string | undefined {
  if (!Array.isArray(check.code_block)) return undefined
  const text = check.code_block
    .map((line) => (Array.isArray(line) && typeof line[1] === 'string' ? line[1] : ''))
    .join('')
  return text.trim() === '' ? undefined : text
}

export interface CheckovStats {
  readonly reports: number
  readonly failed: number
  readonly passed: number
  readonly skipped: number
  readonly parsingErrors: number
}

export interface CheckovParseResult extends ParseResult {
  readonly stats: CheckovStats
}

export function parseCheckov(raw: string, context: ParseContext): CheckovParseResult {
  const data = parseJsonOutput(raw, {
    empty: 'checkov wrote no output; see its log above',
    invalid: (why) => `checkov output is not JSON (${why}); was it run with -o json?`,
  })
  const reports = Array.isArray(data) ? data : [data]
  if (reports.length === 0 || !reports.every(isRecord)) {
    throw new ScanFailedError(
      'checkov output is not a report object or a list of them; expected the output of -o json',
    )
  }

  const findings: Finding[] = []
  const notices: string[] = []
  const fileFingerprints = new FileFingerprints()
  let scannerVersion: string | undefined
  let failed = 0
  let passed = 0
  let skipped = 0
  let parsingErrors = 0
  let outside = 0
  const parseErrorFiles: string[] = []

  for (const report of reports) {
    if (isSummaryOnly(report)) {
      scannerVersion ??= str(report.checkov_version)
      notices.push('checkov found no files it could scan.')
      continue
    }
    if (!isRecord(report.results)) {
      throw new ScanFailedError(
        'checkov output is not valid: a report has no "results" object; expected the output of -o json',
      )
    }
    const checkType = str(report.check_type)
    const summary = isRecord(report.summary) ? report.summary : {}
    scannerVersion ??= str(summary.checkov_version)
    const results = report.results
    const failedChecks = recordList(results.failed_checks, 'checkov', 'results.failed_checks')
    const skippedChecks = recordList(results.skipped_checks, 'checkov', 'results.skipped_checks')
    const passedChecks = recordList(results.passed_checks, 'checkov', 'results.passed_checks')
    failed += failedChecks.length
    skipped += skippedChecks.length
    passed += passedChecks.length
    const errs = Array.isArray(results.parsing_errors) ? results.parsing_errors : []
    const errCount = Math.max(
      errs.length,
      typeof summary.parsing_errors === 'number' ? summary.parsing_errors : 0,
    )
    parsingErrors += errCount
    for (const e of errs) if (typeof e === 'string') parseErrorFiles.push(e)

    const entries = [
      ...failedChecks.map((c) => ({ check: c, skippedCheck: false })),
      ...skippedChecks.map((c) => ({ check: c, skippedCheck: true })),
    ]
    for (const { check, skippedCheck } of entries) {
      const ruleId = str(check.check_id)
      if (!ruleId) {
        throw new ScanFailedError('checkov output is not valid: a check has no check_id')
      }
      const title = str(check.check_name) ?? ruleId
      const resource = str(check.resource)
      const rawPath = str(check.file_path)
      const absPath = str(check.file_abs_path)
      // file_path is relative to the scanned directory (written with a leading "/"); the absolute
      // path, when present, is what places the file in the workspace.
      let path: string | undefined
      if (absPath) path = toWorkspacePath(absPath, context.workspace)
      else if (rawPath) path = toWorkspacePath(rawPath.replace(/^\/+/, ''), context.workspace)
      if ((absPath || rawPath) && !path) outside += 1
      const lines = linesOf(check)
      const content =
        (path && lines ? context.readLines?.(path, lines.start, lines.end) : undefined) ??
        codeBlockText(check) ??
        `${resource ?? ''} ${title}`
      const where = path ?? rawPath ?? absPath
      const fingerprint = where
        ? fileFingerprints.next(ruleId, where, content)
        : ruleFingerprint(ruleId, resource ?? title)
      const rawSeverity = str(check.severity)
      const severity = rawSeverity
        ? normalizeSeverity(rawSeverity)
        : (defaultCheckovSeverity(ruleId) ?? UNKNOWN_SEVERITY)
      const guideline = str(check.guideline)
      const description = str(check.description) ?? str(check.short_description)
      // checkov writes the `#checkov:skip=ID:reason` reason in check_result.suppress_comment.
      const checkResult = isRecord(check.check_result) ? check.check_result : {}
      const justification = skippedCheck
        ? (str(checkResult.suppress_comment) ?? str(check.suppress_comment))
        : undefined
      findings.push({
        fingerprint,
        category: categoryOf(checkType),
        ruleId,
        title,
        ...ruleInfo(title, description),
        description:
          (description ? `${description}\n\n` : '') +
          `Resource ${resource ?? '(unnamed)'}${checkType ? ` (${checkType})` : ''}.`,
        severity,
        ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
        ...(path
          ? { location: { path, ...(lines ? { startLine: lines.start, endLine: lines.end } : {}) } }
          : {}),
        ...(guideline ? { helpUri: guideline, references: [guideline] } : {}),
        ...(skippedCheck
          ? {
              suppression: {
                kind: 'in-source',
                ...(justification ? { justification } : {}),
                source: 'checkov skip',
              },
            }
          : {}),
      })
    }
  }

  if (passed > 0) notices.push(`checkov: ${passed} check(s) passed.`)
  if (parsingErrors > 0) {
    const shown = parseErrorFiles.slice(0, 10).join(', ')
    notices.push(
      `checkov could not parse ${parsingErrors} file(s)${shown ? ` (${shown}${parseErrorFiles.length > 10 ? ', …' : ''})` : ''}; they were not checked.`,
    )
  }
  if (outside > 0) {
    notices.push(
      `checkov reported ${outside} finding(s) in files outside the workspace; they carry no file location.`,
    )
  }
  return {
    findings,
    notices,
    ...(scannerVersion ? { scannerVersion } : {}),
    stats: { reports: reports.length, failed, passed, skipped, parsingErrors },
  }
}

/** The `Parser` port for checkov JSON. */
export const parse: Parser = (raw, context) => {
  const { findings, notices, scannerVersion } = parseCheckov(raw, context)
  return { findings, notices, ...(scannerVersion ? { scannerVersion } : {}) }
}
