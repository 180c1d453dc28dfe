import {
  FileFingerprints,
  normalizeSeverity,
  ruleInfo,
  ScanFailedError,
  toWorkspacePath,
  type Finding,
} from '@portcullis/core'
import { isRecord, parseJsonOutput, str } from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * Parser for hadolint's JSON output (`hadolint --format json Dockerfile`,
 * https://github.com/hadolint/hadolint#formatters): a list of `{file, line, column, code, level,
 * message}`, one per rule violation. `code` is a DLxxxx rule or an SCxxxx shellcheck check; `level`
 * is error, warning, info or style. `file` is `-` when the Dockerfile came from stdin: such
 * findings carry no file location.
 */

const RULE_DOCS = 'https://github.com/hadolint/hadolint/wiki/'
const SHELLCHECK_DOCS = 'https://www.shellcheck.net/wiki/'

export function parseHadolint(raw: string, context: ParseContext): ParseResult {
  const data = parseJsonOutput(raw, {
    empty: 'hadolint wrote no JSON; the lint did not complete',
    invalid: (why) => `hadolint output is not JSON (${why}); was it run with --format json?`,
  })
  if (!Array.isArray(data)) {
    throw new ScanFailedError(
      'hadolint output is not a list; expected the output of `hadolint --format json`',
    )
  }
  const findings: Finding[] = []
  const fileFingerprints = new FileFingerprints()
  let stdin = 0
  data.forEach((entry, i) => {
    if (!isRecord(entry)) throw new ScanFailedError(`hadolint output [${i}] is not an object`)
    const ruleId = str(entry.code)
    if (!ruleId) throw new ScanFailedError(`hadolint output [${i}] has no code`)
    const file = str(entry.file)
    const path = file && file !== '-' ? toWorkspacePath(file, context.workspace) : undefined
    if (file === '-') stdin += 1
    const line = typeof entry.line === 'number' && entry.line >= 1 ? entry.line : undefined
    const column = typeof entry.column === 'number' && entry.column >= 1 ? entry.column : undefined
    const message = str(entry.message)?.trim() ?? ruleId
    const level = str(entry.level)
    const content =
      (path && line !== undefined ? context.readLines?.(path, line, line) : undefined) ?? message
    const where = path ?? file ?? '-'
    const docs = `${ruleId.startsWith('SC') ? SHELLCHECK_DOCS : RULE_DOCS}${ruleId}`
    findings.push({
      fingerprint: fileFingerprints.next(ruleId, where, content),
      category: 'misconfiguration',
      ruleId,
      title: message,
      // A DL rule's message is the rule's own fixed text; a shellcheck message may name the line's words.
      ...(ruleId.startsWith('DL') ? ruleInfo(message) : {}),
      severity: normalizeSeverity(level),
      ...(level ? { scannerSeverity: level } : {}),
      ...(path
        ? {
            location: {
              path,
              ...(line !== undefined ? { startLine: line, endLine: line } : {}),
              ...(line !== undefined && column !== undefined ? { startColumn: column } : {}),
            },
          }
        : {}),
      helpUri: docs,
      references: [docs],
      sources: ['hadolint'],
    })
  })
  const notices =
    stdin > 0
      ? [
          `hadolint read the Dockerfile from stdin ('-'): ${stdin} finding(s) carry no file location.`,
        ]
      : []
  return { findings, notices }
}

/** The `Parser` port for hadolint JSON. */
export const parse: Parser = parseHadolint
