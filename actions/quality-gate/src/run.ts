import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findingsDir, md, type ActionIO, type Outcome } from '@portcullis/action-kit'
import { nonEmpty } from '@portcullis/core/inputs'
import {
  countsOutput,
  configFromInputs,
  reasonsOutput,
  renderGateSummary,
  runGate,
  type GateConfig,
  type GateResult,
} from '@portcullis/gate'
import { FULL_COMMIT_SHA, InputError } from '@portcullis/core'
import type { QualityGateInputs } from './inputs.js'

/** The action's outputs, by their action.yml names. */
export const OUTPUTS = {
  verdict: 'verdict',
  riskScore: 'risk-score',
  counts: 'counts',
  reasons: 'reasons',
  summaryFile: 'summary-file',
} as const

const ZERO_SHA = /^0+$/

function field(value: unknown, ...path: string[]): unknown {
  let v = value
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined
    v = (v as Record<string, unknown>)[key]
  }
  return v
}

function eventSha(event: unknown, eventName: string, ...path: string[]): string {
  const v = field(event, ...path)
  if (typeof v === 'string' && FULL_COMMIT_SHA.test(v)) return v
  throw new InputError(
    'event',
    `the ${eventName} event payload has no commit SHA at ${path.join('.')}, so the base commit whose policy and waivers apply is unknown; the gate does not fall back to the change's own files`,
  )
}

/**
 * Where the gate's own inputs come from, by event: a pull request or merge group is a change under
 * review, so its base commit's policy, waivers and baselines apply; a push's baselines must be scans
 * of the commit before it. See docs/trust-model.md.
 */
export function trustContext(
  eventName: string,
  event: unknown,
): Pick<GateConfig, 'base' | 'previousCommit'> {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const n = field(event, 'pull_request', 'number')
      return {
        base: {
          sha: eventSha(event, eventName, 'pull_request', 'base', 'sha'),
          head: eventSha(event, eventName, 'pull_request', 'head', 'sha'),
          what: `pull request${typeof n === 'number' ? ` #${n}` : ''}`,
        },
      }
    }
    case 'merge_group':
      return {
        base: {
          sha: eventSha(event, eventName, 'merge_group', 'base_sha'),
          head: eventSha(event, eventName, 'merge_group', 'head_sha'),
          what: 'merge group',
        },
      }
    case 'push': {
      const before = field(event, 'before')
      return typeof before === 'string' && FULL_COMMIT_SHA.test(before) && !ZERO_SHA.test(before)
        ? { previousCommit: before }
        : {}
    }
    default:
      return {}
  }
}

/** Turns the action's inputs and runner context into the gate's configuration. */
export function gateConfig(inputs: QualityGateInputs, io: ActionIO): GateConfig {
  const sha = nonEmpty(io.context.sha)
  return {
    ...configFromInputs({
      ...inputs,
      // Default: where this job's scan actions write their reports.
      findings: inputs.findings.length > 0 ? inputs.findings : [findingsDir(io.context)],
    }),
    ...(sha !== undefined ? { commitSha: sha } : {}),
    ...trustContext(io.context.eventName, io.context.event),
  }
}

/** The comment's always-visible part: verdict, score and reasons; the full summary sits collapsed below. */
export function commentHead(result: GateResult): string {
  const icon = result.verdict === 'pass' ? '✅' : '❌'
  const lines = [
    `### ${icon} Portcullis quality gate: **${result.verdict}**`,
    '',
    `Stage \`${result.stage}\` · system level ${result.systemLevel} · risk score ${result.score.score} (passes at ≥ ${result.score.threshold})`,
  ]
  if (result.reasons.length > 0) {
    lines.push('', ...result.reasons.slice(0, 20).map((r) => `- \`${r.code}\`: ${md(r.message)}`))
    if (result.reasons.length > 20) lines.push(`- … and ${result.reasons.length - 20} more`)
  }
  return lines.join('\n')
}

/**
 * One comment per pull request and stage, found by its marker and updated in place. A fork's
 * read-only token, a missing permission or an API failure is a notice, never a failed step: the
 * verdict stands on its own in the summary and the outputs.
 */
async function stickyComment(
  inputs: QualityGateInputs,
  io: ActionIO,
  result: GateResult,
  summary: string,
): Promise<void> {
  if (!inputs.githubToken) {
    io.log.info('The pull request comment was skipped: no github-token is available.')
    return
  }
  const gh = await import('@portcullis/action-kit/github')
  const context = gh.readGitHubContext(io.env)
  const client = gh.createGitHubClient(inputs.githubToken, {
    apiUrl: context.apiUrl,
    logger: io.log,
  })
  const outcome = await gh.upsertStickyComment(
    client,
    context,
    {
      key: `quality-gate/${result.stage}`,
      head: commentHead(result),
      details: [{ title: 'Full gate summary', body: summary }],
    },
    io.log,
  )
  if (outcome.status === 'skipped') io.log.info(outcome.message)
}

function failureMessage(result: GateResult): string {
  const first = result.reasons[0]
  const more = result.reasons.length > 1 ? ` (and ${result.reasons.length - 1} more reason(s))` : ''
  return `Quality gate failed: ${first ? `${first.code}: ${first.message}` : 'no reason recorded'}${more}. See the job summary.`
}

/**
 * Runs the gate, publishes its outputs and summary, and returns the outcome: not ok only when the
 * verdict is fail and `fail` is true (the entry point then fails the step, once). Bad input (policy,
 * waivers, a mode without baseline) throws an InputError for the entry point to report.
 */
export async function run(
  inputs: QualityGateInputs,
  io: ActionIO,
  now: () => Date = () => new Date(),
): Promise<Outcome> {
  const result = runGate(gateConfig(inputs, io), { cwd: io.context.workspace, now })
  const summary = renderGateSummary(result)

  const dir = join(io.context.runnerTemp, 'portcullis', 'quality-gate')
  mkdirSync(dir, { recursive: true })
  const summaryFile = join(dir, 'summary.md')
  writeFileSync(summaryFile, `${summary}\n`)

  io.setOutput(OUTPUTS.verdict, result.verdict)
  io.setOutput(OUTPUTS.riskScore, result.score.score)
  io.setOutput(OUTPUTS.counts, countsOutput(result))
  io.setOutput(OUTPUTS.reasons, reasonsOutput(result))
  io.setOutput(OUTPUTS.summaryFile, summaryFile)
  io.writeSummary(summary)

  io.log.info(
    `Quality gate: ${result.verdict} (stage ${result.stage}, system level ${result.systemLevel}, risk score ${result.score.score} (passes at ≥ ${result.score.threshold}))`,
  )
  for (const reason of result.reasons) io.log.info(`  ${reason.code}: ${reason.message}`)
  for (const change of result.inputChanges ?? []) {
    io.annotate({ level: 'notice', title: 'Portcullis gate inputs', message: change.message })
  }
  for (const w of result.waivers.expiring) {
    io.log.warning(`waiver ${w.waiver.label} expires ${w.waiver.expires} (in ${w.daysLeft} day(s))`)
  }
  for (const w of result.waivers.expired) {
    io.log.warning(`waiver ${w.waiver.label} expired ${w.waiver.expires} and no longer applies`)
  }
  if (inputs.comment && io.context.eventName.startsWith('pull_request')) {
    await stickyComment(inputs, io, result, summary)
  }

  if (result.failStep) return { ok: false, message: failureMessage(result) }
  if (result.verdict === 'fail') {
    io.log.warning('The verdict is fail; the step passes because `fail` is false (report only).')
  }
  return { ok: true }
}
