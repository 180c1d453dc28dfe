import { md, SummaryBuilder, type AnnotationLevel } from '@portcullis/action-kit'
import { SEVERITIES, titleWithoutPackage, type ToolProvenance } from '@portcullis/core'
import type { ScanReport } from './report.js'
import type { FindingTally } from './tally.js'

export interface ScanSummaryInput {
  readonly report: ScanReport
  readonly tally: FindingTally
  /** Absent for a report that is no code-scanning analysis. */
  readonly category?: string
  /** What happened to the SARIF and the other GitHub reporting; absent when nothing was. */
  readonly uploadLine?: string
  readonly notShown?: Record<AnnotationLevel, number>
  readonly extra?: string
}

/** The scan action's job summary: status first, then counts, the tool that ran, and the top findings. */
export function renderScanSummary(input: ScanSummaryInput): string {
  const { report, tally } = input
  const b = new SummaryBuilder()
  const target = report.target.digest
    ? `${report.target.name}@${report.target.digest}`
    : report.target.name
  // What was scanned, in words ("3 commits (…)", "working tree, 214 files"): a scan of three
  // commits must never read as a scan of the repository.
  const scanned = report.scopes?.map((s) => s.description).join(' and ')
  const head =
    report.status === 'failed'
      ? `## ❌ ${report.action}: scan failed\n\n**${md(report.reason ?? 'unknown reason')}**\n\nNo result is not a clean result: the findings report is marked failed and a quality gate will fail.`
      : `## ${report.action}: ${tally.counted} finding(s) in ${md(scanned ?? target)}`
  b.add(head)
  if (report.tool && report.tool.verified !== true) {
    b.add(
      `> **UNVERIFIED binary**: ${md(report.tool.name)} (sha256 \`${report.tool.sha256 ?? 'unknown'}\`) is not a build the tool manifest knows. It ran because the workflow named it; a quality gate at system level 3 or 4 refuses this report.`,
    )
  }
  if (report.status === 'complete') {
    b.add(
      `| ${SEVERITIES.join(' | ')} | suppressed |\n|${SEVERITIES.map(() => '---:').join('|')}|---:|\n| ${SEVERITIES.map((s) => tally.counts[s]).join(' | ')} | ${tally.suppressed} |`,
    )
    if (tally.suppressed > 0) {
      // Who suppressed what: repository files and inline markers are the change's own say-so.
      b.add(`${md(tally.describeSuppressed())}; suppressed findings are in the findings report.`)
    }
  }
  const tool = report.tool
  b.add(
    [
      '| | |',
      '|---|---|',
      `| scanner | ${md(report.scanner.name)} ${md(report.scanner.version)} |`,
      ...(tool ? [...provenanceRows(tool)] : []),
      `| target | ${md(target)} |`,
      ...(scanned ? [`| scanned | ${md(scanned)} |`] : []),
      `| commit | \`${report.commitSha}\` |`,
      ...(input.category !== undefined ? [`| SARIF category | ${md(input.category)} |`] : []),
    ].join('\n'),
  )
  if (input.uploadLine !== undefined) b.add(input.uploadLine)
  for (const notice of report.notices ?? []) b.add(`> ${md(notice)}`)
  if (tally.counted > 0) {
    const top = tally.top()
    // Dependency findings get package, installed and fixed columns (the title then names no package).
    const packages = top.some((f) => f.package)
    const rows = top.map((f) => {
      const where = f.location
        ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ''}`
        : ''
      const pkg = !packages
        ? ''
        : f.package
          ? ` ${md(f.package.name)} | ${md(f.package.version ?? '')} | ${md(f.package.fixedVersion ?? 'no fix')} |`
          : ' | | |'
      return `| ${f.severity} | ${md(f.ruleId)} | ${md(titleWithoutPackage(f), 200)} |${pkg} ${md(where)} |`
    })
    const columns = [
      'severity',
      'rule',
      'title',
      ...(packages ? ['package', 'installed', 'fixed'] : []),
      'where',
    ]
    b.add(
      `### Top findings${tally.counted > top.length ? ` (${top.length} of ${tally.counted}; all are in the findings report)` : ''}\n\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n${rows.join('\n')}`,
    )
  }
  const hidden = input.notShown
    ? input.notShown.error + input.notShown.warning + input.notShown.notice
    : 0
  if (hidden > 0) {
    b.add(
      `${hidden} finding(s) were not annotated because GitHub shows at most 10 errors, 10 warnings and 10 notices per step (not shown: ${input.notShown!.error} error, ${input.notShown!.warning} warning, ${input.notShown!.notice} notice).`,
    )
  }
  if (input.extra) b.add(input.extra)
  return b.render('the findings report')
}

/**
 * What ran: the digest of the file that was executed, where it came from, and whether the digest
 * matched the tool manifest. An unverified binary is said plainly, in the table and above it.
 */
export function provenanceRows(tool: ToolProvenance): string[] {
  const verdict =
    tool.verified === true
      ? `verified: matches ${md(tool.verifiedBy ?? 'the tool manifest')}`
      : '**UNVERIFIED binary**: its digest is not in the tool manifest'
  return [
    `| binary | ${md(tool.origin ?? tool.path)} (${tool.source}) |`,
    ...(tool.sha256 ? [`| sha256 of what ran | \`${tool.sha256}\` |`] : []),
    `| manifest | ${verdict} |`,
    ...(tool.url ? [`| from | ${md(tool.url)} |`] : []),
  ]
}
