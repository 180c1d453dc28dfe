import { describeJsonError } from '@portcullis/core'
import {
  FileFingerprints,
  ruleInfo,
  ScanFailedError,
  toWorkspacePath,
  type Finding,
  type Location,
} from '@portcullis/core'
import type { ParseContext, ParseResult } from '../types.js'

/**
 * gitleaks JSON report (`gitleaks detect --report-format json`), in the three shapes gitleaks has
 * written over the years:
 *
 * - v8: `[{RuleID, Description, File, StartLine, EndLine, Commit, Date, Secret, Match, Fingerprint, Tags}]`
 * - v7: `[{rule, file, lineNumber, line, offender, commit, date, tags: "a, b"}]`
 * - older releases: v7 keys without `lineNumber`, or the JSON literal `null` when nothing leaked.
 *
 * Secret handling: the report is the one place the raw secret lives. Nothing from `Secret`, `Match`,
 * `offender` or `line` is copied into a finding, and no fingerprint hashes it either (a hash of a
 * short secret is an oracle for guessing it). Fingerprints hash rule + path + commit (+ the line
 * number, which a commit fixes forever) + the match with the secret cut out + the keyed digest of the
 * secret the engine computed (so a fingerprint names one secret, never the next one written in its
 * place); working-tree findings (no commit) leave the line number out so an edit above the secret
 * keeps the fingerprint.
 *
 * Personal data: the commit and its date are kept (enough to find the leak with `git show`); author
 * name, e-mail and commit message are dropped, since reports and SARIF leave the runner.
 */

const SECRET_PLACEHOLDER = '<secret>'
const SOURCE = 'gitleaks'

interface Leak {
  readonly ruleId: string
  readonly label: string
  readonly file: string
  readonly startLine?: number
  readonly endLine?: number
  /** Only orders identical matches within a file; never hashed. */
  readonly startColumn?: number
  readonly commit?: string
  readonly date?: string
  /** The match with every copy of the secret replaced; never the raw text. */
  readonly redactedMatch: string
  readonly tags: readonly string[]
  /** gitleaks' own fingerprint (`commit:file:rule:line`), the key `.gitleaksignore` takes. */
  readonly ignoreKey?: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function lineNumber(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key]
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

/** The match with the secret cut out; when the secret cannot be located, nothing of the match is kept. */
function redactMatch(match: string | undefined, secret: string | undefined): string {
  if (match === undefined || secret === undefined || !match.includes(secret)) {
    return SECRET_PLACEHOLDER
  }
  return match.split(secret).join(SECRET_PLACEHOLDER)
}

function fail(reason: string): never {
  throw new ScanFailedError(`gitleaks report ${reason}`)
}

function readLeak(entry: unknown, index: number): Leak {
  if (!isRecord(entry))
    fail(`entry ${index} is not an object; the file is not a gitleaks JSON report`)
  if (typeof entry.RuleID === 'string') {
    const ruleId = entry.RuleID.trim()
    if (ruleId === '') fail(`entry ${index} has an empty RuleID`)
    if (typeof entry.File !== 'string') fail(`entry ${index} (${ruleId}) has no File`)
    const tags = Array.isArray(entry.Tags)
      ? entry.Tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '')
      : []
    return {
      ruleId,
      label: text(entry, 'Description') ?? ruleId,
      file: entry.File,
      startLine: lineNumber(entry, 'StartLine'),
      endLine: lineNumber(entry, 'EndLine'),
      startColumn: lineNumber(entry, 'StartColumn'),
      commit: text(entry, 'Commit'),
      date: text(entry, 'Date'),
      redactedMatch: redactMatch(text(entry, 'Match'), text(entry, 'Secret')),
      tags,
      ignoreKey: text(entry, 'Fingerprint'),
    }
  }
  if (typeof entry.rule === 'string') {
    const ruleId = entry.rule.trim()
    if (ruleId === '') fail(`entry ${index} has an empty rule`)
    if (typeof entry.file !== 'string') fail(`entry ${index} (${ruleId}) has no file`)
    const start = lineNumber(entry, 'lineNumber')
    return {
      ruleId,
      label: ruleId,
      file: entry.file,
      startLine: start,
      endLine: start,
      commit: text(entry, 'commit'),
      date: text(entry, 'date'),
      // v7 has no separate secret: `offender` is the secret itself, so nothing of it is kept.
      redactedMatch: SECRET_PLACEHOLDER,
      tags: (text(entry, 'tags') ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    }
  }
  return fail(
    `entry ${index} has neither RuleID (gitleaks 8) nor rule (gitleaks 7); the file is not a gitleaks JSON report`,
  )
}

/** What the scan-secrets engine adds: per report entry, the keyed digest of its secret. */
export interface GitleaksParseContext extends ParseContext {
  /**
   * Indexed like the report's entries: `secretDigest(key, value)` of each leak's secret, undefined
   * where the secret could not be read again. Absent for reports read on their own (imports).
   */
  readonly secretDigests?: readonly (string | undefined)[]
}

interface Keyed {
  readonly leak: Leak
  readonly path: string | undefined
  /** Workspace path, else the scanner's path: a file outside the workspace still needs a key. */
  readonly fingerprintPath: string
  readonly content: string
}

function keyed(leak: Leak, context: GitleaksParseContext, index: number): Keyed {
  const path = toWorkspacePath(leak.file, context.workspace)
  const digests = context.secretDigests
  const content = [
    leak.commit ? `commit:${leak.commit}` : '',
    leak.commit && leak.startLine !== undefined ? `line:${leak.startLine}` : '',
    `match:${leak.redactedMatch}`,
    digests ? `secret:${digests[index] ?? 'unread'}` : '',
  ]
    .filter((p) => p !== '')
    .join(' ')
  return { leak, path, fingerprintPath: path ?? leak.file.replace(/\\/g, '/'), content }
}

/**
 * The file fingerprint of each item. gitleaks scans concurrently, so report order varies between
 * runs: occurrence indexes for identical keys are assigned in file order (path, line, column),
 * which the same content always has.
 */
function fingerprints(items: readonly Keyed[]): string[] {
  const order = items.map((_, i) => i)
  const at = (i: number): Keyed => items[i]!
  order.sort((a, b) => {
    const x = at(a)
    const y = at(b)
    if (x.fingerprintPath !== y.fingerprintPath)
      return x.fingerprintPath < y.fingerprintPath ? -1 : 1
    const line = (x.leak.startLine ?? 0) - (y.leak.startLine ?? 0)
    if (line !== 0) return line
    return (x.leak.startColumn ?? 0) - (y.leak.startColumn ?? 0)
  })
  const fileFingerprints = new FileFingerprints()
  const result = new Array<string>(items.length)
  for (const i of order) {
    const item = at(i)
    result[i] = fileFingerprints.next(item.leak.ruleId, item.fingerprintPath, item.content)
  }
  return result
}

function toFinding(item: Keyed, fingerprint: string, context: ParseContext): Finding {
  const { leak, path } = item

  let location: Location | undefined
  if (path !== undefined) {
    location = {
      path,
      ...(leak.startLine !== undefined ? { startLine: leak.startLine } : {}),
      ...(leak.startLine !== undefined &&
      leak.endLine !== undefined &&
      leak.endLine >= leak.startLine
        ? { endLine: leak.endLine }
        : {}),
    }
  }

  const where = [
    path !== undefined ? `in ${path}` : 'in a file outside the workspace',
    leak.startLine !== undefined ? `at line ${leak.startLine}` : '',
    leak.commit ? `of commit ${leak.commit}` : '',
  ]
    .filter((p) => p !== '')
    .join(' ')
  const description = [
    `gitleaks rule '${leak.ruleId}' matched ${where}. The secret value is not reproduced here.`,
    leak.tags.length > 0 ? `Tags: ${leak.tags.join(', ')}.` : '',
    leak.ignoreKey ? `gitleaks fingerprint (for .gitleaksignore): ${leak.ignoreKey}` : '',
  ]
    .filter((p) => p !== '')
    .join('\n')

  const git =
    leak.commit || leak.date
      ? {
          ...(leak.commit ? { commit: leak.commit } : {}),
          ...(leak.date ? { date: leak.date } : {}),
        }
      : undefined

  return {
    fingerprint,
    category: 'secret',
    ruleId: leak.ruleId,
    title: path !== undefined ? `${leak.label} in ${path}` : leak.label,
    description,
    // gitleaks' Description is its rule's name ("AWS", "GitHub Personal Access Token"), the same on
    // every leak of the rule: the rule's title wherever rules are shown.
    ...ruleInfo(leak.label !== leak.ruleId ? leak.label : undefined),
    severity: context.defaultSeverity ?? 'high',
    ...(location ? { location } : {}),
    remediation:
      'Revoke and rotate this credential, then remove it from the code. A secret that reached git history stays exposed until it is rotated, even after the file is changed.',
    ...(git ? { git } : {}),
    sources: [SOURCE],
  }
}

/**
 * Parses a gitleaks JSON report. An empty file is a failed scan: gitleaks writes `[]` (or `null` in
 * old releases) when nothing leaked, so a caller that knows gitleaks wrote nothing must say so itself.
 */
export const parseGitleaks = (raw: string, context: GitleaksParseContext): ParseResult => {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  if (body.trim() === '') {
    fail('is empty; gitleaks writes [] when it finds nothing, so the scan did not complete')
  }
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (error) {
    throw new ScanFailedError(
      `gitleaks report is not valid JSON (${describeJsonError(error)}); the scan was interrupted or wrote another format`,
      { cause: error },
    )
  }
  if (data === null) return { findings: [], notices: [] }
  if (!Array.isArray(data)) {
    fail('is not a JSON array of leaks; check that gitleaks ran with --report-format json')
  }
  const items = data.map((entry, index) => keyed(readLeak(entry, index), context, index))
  const fingerprint = fingerprints(items)
  const findings = items.map((item, i) => toFinding(item, fingerprint[i]!, context))
  return { findings, notices: [] }
}
