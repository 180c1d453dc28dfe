import { relative } from 'node:path'
import type { DemoResult, StepResult } from './run.js'

const ICONS: Readonly<Record<StepResult['status'], string>> = {
  complete: '✓',
  signed: '✓',
  verified: '✓',
  pass: '✓',
  failed: '✗',
  fail: '✗',
  skipped: '–',
}

function findingsText(step: StepResult): string {
  if (step.findings === undefined) return ''
  const counts = Object.entries(step.counts ?? {})
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${severity} ${n}`)
  return `${step.findings} finding${step.findings === 1 ? '' : 's'}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`
}

/** The demo's closing report: one line per step, the verdict with its reasons, where the files are. */
export function renderDemoResult(result: DemoResult, elapsedMs?: number): string {
  const width = Math.max(...result.steps.map((s) => s.step.length))
  const lines = [`Portcullis demo — ${result.fixed ? 'fixed example' : 'example project'}`, '']
  for (const step of result.steps.filter((s) => s.action !== 'quality-gate')) {
    const parts = [
      ICONS[step.status],
      step.step.padEnd(width),
      step.status.padEnd(15),
      findingsText(step),
    ]
    lines.push(`  ${parts.join('  ').trimEnd()}`)
    if (step.note !== undefined && step.status !== 'complete') {
      // The first sentence says it; the step's log in the out folder has the rest.
      const first = /^.*?[.!](?=\s|$)/.exec(step.note)?.[0] ?? step.note
      lines.push(`     ${' '.repeat(width + 2)}${first}`)
    }
  }
  lines.push('')
  for (const note of result.notes) lines.push(`Note: ${note}`)
  lines.push(`Gate stage: ${result.stageNote}`)
  lines.push('')
  const score = result.riskScore !== undefined ? ` · risk score ${result.riskScore}/100` : ''
  lines.push(`Verdict: ${result.verdict.toUpperCase()}${score}`)
  for (const reason of result.reasons) lines.push(`  - ${reason.code}: ${reason.message}`)
  lines.push('')
  const out = relative(process.cwd(), result.outDir) || '.'
  lines.push(
    `${result.files.length} files in ${out}/ (SARIF, findings reports, summaries, gate summary)`,
  )
  if (result.jobDir !== undefined) lines.push(`Job folder kept: ${result.jobDir}`)
  if (elapsedMs !== undefined) lines.push(`Took ${(elapsedMs / 1000).toFixed(1)} s`)
  return lines.join('\n')
}
