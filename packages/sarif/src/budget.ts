/**
 * Keeps SARIF within what code scanning accepts, so size never makes an upload fail
 * (https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit,
 * .../file-too-large). In order:
 *
 * 1. per result: at most 1,000 locations and 10,000 thread-flow locations (first ones kept);
 * 2. per rule: at most 20 tags, and name/description texts cut to the suite's caps (GitHub
 *    publishes no length limit; long texts only bloat the upload and the alert page);
 * 3. per run: at most 25,000 results and 25,000 rules, then the run's gzipped size — results are
 *    dropped least severe first, so the most severe are always kept;
 * 4. runs are packed into uploads of at most 20 runs and 10 MB gzipped, never two runs with the
 *    same category in one upload (GitHub rejects that).
 *
 * Everything left out is counted by rule and severity for the summary and an output.
 */
import type { Log, ReportingDescriptor, Result, Run } from 'sarif'
import {
  emptySeverityCounts,
  isSeverity,
  severityFromSarifLevel,
  severityFromScore,
  severityRank,
  type Severity,
  type SeverityCounts,
} from '@portcullis/core'
// Runs are sized without their whole text: one of 25,000 results and rules is hundreds of MB as one string.
import { gzippedJsonSize } from '@portcullis/core/json-text'
import { SARIF_RESULTS_PER_RUN, SEVERITY_PROPERTY, type LeftOut } from './writer.js'

export interface SarifLimits {
  /** Gzipped bytes per upload. */
  readonly maxGzippedBytes: number
  readonly maxRunsPerUpload: number
  readonly maxResultsPerRun: number
  readonly maxRulesPerRun: number
  readonly maxLocationsPerResult: number
  readonly maxThreadFlowLocationsPerResult: number
  readonly maxTagsPerRule: number
  readonly maxExtensionsPerRun: number
  readonly maxRuleNameChars: number
  readonly maxShortDescriptionChars: number
  readonly maxFullDescriptionChars: number
  readonly maxHelpChars: number
}

/** GitHub's hard limits, and the suite's caps for rule texts. */
export const SARIF_LIMITS: SarifLimits = {
  maxGzippedBytes: 10 * 1024 * 1024,
  maxRunsPerUpload: 20,
  maxResultsPerRun: SARIF_RESULTS_PER_RUN,
  maxRulesPerRun: 25_000,
  maxLocationsPerResult: 1_000,
  maxThreadFlowLocationsPerResult: 10_000,
  maxTagsPerRule: 20,
  maxExtensionsPerRun: 100,
  maxRuleNameChars: 255,
  maxShortDescriptionChars: 1_024,
  maxFullDescriptionChars: 4_096,
  maxHelpChars: 16_384,
}

/** Room kept under the size limit for the upload envelope and estimation error. */
const SIZE_HEADROOM = 0.97

export interface Omitted {
  /** Results left out of every upload. */
  readonly results: number
  readonly byRule: Readonly<Record<string, number>>
  readonly bySeverity: SeverityCounts
}

export interface BudgetResult {
  /** Logs to upload one by one; each is within every limit. Empty when the input has no runs. */
  readonly uploads: Log[]
  readonly omitted: Omitted
  /** Sentences for the summary: what was cut or split and why. Empty when nothing was. */
  readonly notes: string[]
}

/** The category code scanning keys analyses by: `automationDetails.id` up to its last `/`. */
export function runCategory(run: Run): string {
  const id = run.automationDetails?.id ?? ''
  const slash = id.lastIndexOf('/')
  return slash === -1 ? id : id.slice(0, slash + 1)
}

function ruleOf(run: Run, result: Result): ReportingDescriptor | undefined {
  const rules = run.tool.driver.rules ?? []
  if (typeof result.ruleIndex === 'number' && rules[result.ruleIndex])
    return rules[result.ruleIndex]
  const id = result.ruleId ?? result.rule?.id
  return id === undefined ? undefined : rules.find((r) => r.id === id)
}

function ruleIdOf(run: Run, result: Result): string {
  return result.ruleId ?? result.rule?.id ?? ruleOf(run, result)?.id ?? '(no rule)'
}

function score(bag: { [key: string]: unknown } | undefined): number | undefined {
  const v = bag?.['security-severity']
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
  return Number.isFinite(n) ? n : undefined
}

/** A result's severity as GitHub ranks it: security-severity, else level (the rule's default). */
export function resultSeverity(run: Run, result: Result): Severity {
  const own = result.properties?.[SEVERITY_PROPERTY]
  if (isSeverity(own)) return own
  const rule = ruleOf(run, result)
  const s = score(result.properties) ?? score(rule?.properties)
  if (s !== undefined) return severityFromScore(s)
  if (result.kind !== undefined && result.kind !== 'fail') return 'info'
  return severityFromSarifLevel(result.level ?? rule?.defaultConfiguration?.level ?? 'warning')
}

function clip(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.length <= max) return text
  return `${text.slice(0, max - 1)}…`
}

function clipMessage<T extends { text?: string; markdown?: string }>(
  m: T | undefined,
  max: number,
): T | undefined {
  if (!m) return m
  const text = clip(m.text, max)
  const markdown = clip(m.markdown, max)
  return {
    ...m,
    ...(text !== undefined ? { text } : {}),
    ...(markdown !== undefined ? { markdown } : {}),
  }
}

function clipped(m: { text?: string; markdown?: string } | undefined, max: number): boolean {
  return (m?.text?.length ?? 0) > max || (m?.markdown?.length ?? 0) > max
}

/** The rule within the text and tag caps: the rule itself when nothing needs cutting. */
function trimRule(rule: ReportingDescriptor, limits: SarifLimits, counts: { rulesCut: number }) {
  const tags = rule.properties?.tags
  const tooManyTags = Array.isArray(tags) && tags.length > limits.maxTagsPerRule
  const cut =
    tooManyTags ||
    (rule.name?.length ?? 0) > limits.maxRuleNameChars ||
    clipped(rule.shortDescription, limits.maxShortDescriptionChars) ||
    clipped(rule.fullDescription, limits.maxFullDescriptionChars) ||
    clipped(rule.help, limits.maxHelpChars)
  if (!cut) return rule
  counts.rulesCut += 1
  const name = clip(rule.name, limits.maxRuleNameChars)
  return {
    ...rule,
    ...(name !== undefined ? { name } : {}),
    ...(rule.shortDescription
      ? { shortDescription: clipMessage(rule.shortDescription, limits.maxShortDescriptionChars)! }
      : {}),
    ...(rule.fullDescription
      ? { fullDescription: clipMessage(rule.fullDescription, limits.maxFullDescriptionChars)! }
      : {}),
    ...(rule.help ? { help: clipMessage(rule.help, limits.maxHelpChars)! } : {}),
    ...(tooManyTags
      ? { properties: { ...rule.properties, tags: tags.slice(0, limits.maxTagsPerRule) } }
      : {}),
  }
}

function trimResult(result: Result, limits: SarifLimits, counts: { resultsCut: number }): Result {
  let out = result
  if (result.locations && result.locations.length > limits.maxLocationsPerResult) {
    out = { ...out, locations: result.locations.slice(0, limits.maxLocationsPerResult) }
  }
  if (result.codeFlows) {
    let budget = limits.maxThreadFlowLocationsPerResult
    let cut = false
    const codeFlows = result.codeFlows.map((flow) => ({
      ...flow,
      threadFlows: flow.threadFlows.map((tf) => {
        const keep = Math.max(0, Math.min(tf.locations.length, budget))
        budget -= keep
        if (keep < tf.locations.length) cut = true
        return keep < tf.locations.length ? { ...tf, locations: tf.locations.slice(0, keep) } : tf
      }),
    }))
    if (cut) out = { ...out, codeFlows }
  }
  if (out !== result) counts.resultsCut += 1
  return out
}

interface Ranked {
  readonly result: Result
  readonly index: number
  readonly rank: number
  readonly ruleId: string
  readonly severity: Severity
}

interface BudgetedRun {
  run: Run
  size: number
  category: string
}

/** Applies every per-run limit; returns the run that fits and records what was left out. */
function budgetRun(
  input: Run,
  limits: SarifLimits,
  omit: (r: Ranked) => void,
  notes: string[],
  label: string,
): BudgetedRun {
  const counts = { rulesCut: 0, resultsCut: 0 }
  const rules = input.tool.driver.rules?.map((r) => trimRule(r, limits, counts))
  let run: Run = {
    ...input,
    tool: {
      ...input.tool,
      driver: { ...input.tool.driver, ...(rules ? { rules } : {}) },
      ...(input.tool.extensions && input.tool.extensions.length > limits.maxExtensionsPerRun
        ? { extensions: input.tool.extensions.slice(0, limits.maxExtensionsPerRun) }
        : {}),
    },
  }
  if (input.tool.extensions && input.tool.extensions.length > limits.maxExtensionsPerRun) {
    notes.push(
      `${label}: kept ${limits.maxExtensionsPerRun} of ${input.tool.extensions.length} tool extensions.`,
    )
  }
  const ranked: Ranked[] = (input.results ?? []).map((r, index) => {
    const result = trimResult(r, limits, counts)
    const severity = resultSeverity(run, result)
    return { result, index, rank: severityRank(severity), ruleId: ruleIdOf(run, result), severity }
  })
  if (counts.resultsCut > 0) {
    notes.push(
      `${label}: cut locations or code flows of ${counts.resultsCut} results to GitHub's limits.`,
    )
  }
  if (counts.rulesCut > 0)
    notes.push(`${label}: shortened the texts or tags of ${counts.rulesCut} rules.`)

  // Most severe first; ties keep the scanner's order.
  const bySeverity = [...ranked].sort((a, b) => a.rank - b.rank || a.index - b.index)
  let kept: Ranked[] = []
  const keptRules = new Set<string>()
  for (const r of bySeverity) {
    const admits =
      kept.length < limits.maxResultsPerRun &&
      (keptRules.has(r.ruleId) || keptRules.size < limits.maxRulesPerRun)
    if (admits) {
      kept.push(r)
      keptRules.add(r.ruleId)
    } else {
      omit(r)
    }
  }
  if (kept.length < ranked.length) {
    notes.push(
      `${label}: kept the ${kept.length} most severe of ${ranked.length} results (GitHub accepts ${limits.maxResultsPerRun} per run).`,
    )
  }

  // Results keep their indices into `whole`'s rules; each fitted run is built from it afresh.
  const whole = run
  const build = (selection: Ranked[], compact: boolean): Run => {
    const inOrder = [...selection].sort((a, b) => a.index - b.index).map((r) => r.result)
    const built = { ...whole, results: inOrder }
    return compact ? compactRules(built) : built
  }
  // Too many rules even after trimming results: keep only the rules results use, re-indexed.
  run = build(kept, (whole.tool.driver.rules?.length ?? 0) > limits.maxRulesPerRun)

  let size = gzippedJsonSize(run)
  const target = limits.maxGzippedBytes * SIZE_HEADROOM
  const before = kept.length
  while (size > target && kept.length > 0) {
    const keep = Math.min(kept.length - 1, Math.floor(kept.length * (target / size) * 0.98))
    // `kept` is severity-ordered: the tail is the least severe.
    for (const r of kept.slice(Math.max(keep, 0))) omit(r)
    kept = kept.slice(0, Math.max(keep, 0))
    // A rule whose results are all left out only takes room (a CVE's help is kilobytes): the
    // fitted run holds the rules its results use, or its rules alone could keep it over the limit.
    run = build(kept, true)
    size = gzippedJsonSize(run)
  }
  if (kept.length < before) {
    notes.push(
      `${label}: kept the ${kept.length} most severe results to stay under ${Math.round(limits.maxGzippedBytes / 1048576)} MB gzipped.`,
    )
  }
  return { run, size, category: runCategory(run) }
}

function compactRules(run: Run): Run {
  const rules = run.tool.driver.rules ?? []
  const used = new Map<number, number>()
  const newRules: ReportingDescriptor[] = []
  const results = (run.results ?? []).map((result) => {
    let index = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1
    if (index < 0) {
      const id = result.ruleId ?? result.rule?.id
      index = rules.findIndex((r) => r.id === id)
    }
    if (index < 0 || !rules[index]) return result
    let mapped = used.get(index)
    if (mapped === undefined) {
      mapped = newRules.length
      newRules.push(rules[index]!)
      used.set(index, mapped)
    }
    const rule = result.rule ? { ...result.rule, index: mapped } : undefined
    return {
      ...result,
      ...(typeof result.ruleIndex === 'number' ? { ruleIndex: mapped } : {}),
      ...(rule ? { rule } : {}),
    }
  })
  return { ...run, tool: { ...run.tool, driver: { ...run.tool.driver, rules: newRules } }, results }
}

/**
 * Fits a SARIF log into code scanning's limits: trims what must be trimmed (least severe results
 * first) and splits runs over several uploads. The input is not modified. `before` is what the
 * writer already left out of the log it kept for the upload (see writeSarif); it is counted too.
 */
export function budgetSarif(
  log: Log,
  overrides: Partial<SarifLimits> = {},
  before?: LeftOut,
): BudgetResult {
  const limits: SarifLimits = { ...SARIF_LIMITS, ...overrides }
  const notes: string[] = [...(before?.notes ?? [])]
  const byRule: Record<string, number> = { ...before?.byRule }
  const bySeverity = { ...emptySeverityCounts(), ...before?.bySeverity }
  let omittedResults = before?.results ?? 0
  const omit = (r: Ranked): void => {
    omittedResults += 1
    byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) + 1
    bySeverity[r.severity] += 1
  }

  const runs = log.runs.map((run, i) =>
    budgetRun(run, limits, omit, notes, `Run ${i + 1} (${run.tool.driver.name})`),
  )

  const envelope = { ...log, runs: [] as Run[] }
  const envelopeSize = gzippedJsonSize(envelope)
  const target = limits.maxGzippedBytes * SIZE_HEADROOM
  const bins: { runs: BudgetedRun[]; size: number; categories: Set<string> }[] = []
  for (const r of runs) {
    const bin = bins.find(
      (b) =>
        b.runs.length < limits.maxRunsPerUpload &&
        !b.categories.has(r.category) &&
        b.size + r.size <= target,
    )
    if (bin) {
      bin.runs.push(r)
      bin.size += r.size
      bin.categories.add(r.category)
    } else {
      bins.push({ runs: [r], size: envelopeSize + r.size, categories: new Set([r.category]) })
    }
  }
  // Sizes were estimated per run; measure each upload and move runs out until each fits.
  const uploads: Log[] = []
  const queue = bins.map((b) => b.runs.map((r) => r.run))
  while (queue.length > 0) {
    const group = queue.shift()!
    const upload: Log = { ...log, runs: group }
    if (group.length > 1 && gzippedJsonSize(upload) > limits.maxGzippedBytes) {
      queue.unshift(group.slice(0, -1), group.slice(-1))
      continue
    }
    uploads.push(upload)
  }
  if (uploads.length > 1) {
    notes.push(
      `Split ${log.runs.length} runs into ${uploads.length} uploads (at most ${limits.maxRunsPerUpload} runs, one per category, ${Math.round(limits.maxGzippedBytes / 1048576)} MB gzipped each).`,
    )
  }
  return { uploads, omitted: { results: omittedResults, byRule, bySeverity }, notes }
}

/** One line for the job summary, e.g. "2,100 results left out of the upload: 1,500 low, 600 info (rule-a: 1,200; …)". */
export function describeOmitted(omitted: Omitted, maxRules = 5): string {
  if (omitted.results === 0) return 'No results were left out of the upload.'
  const fmt = (n: number): string => n.toLocaleString('en-US')
  const severities = (Object.entries(omitted.bySeverity) as [Severity, number][])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${fmt(n)} ${s}`)
    .join(', ')
  const rules = Object.entries(omitted.byRule).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )
  const shown = rules
    .slice(0, maxRules)
    .map(([id, n]) => `${id}: ${fmt(n)}`)
    .join('; ')
  const more = rules.length > maxRules ? `; ${rules.length - maxRules} more rules` : ''
  return `${fmt(omitted.results)} results left out of the code scanning upload to stay within GitHub's limits: ${severities} (${shown}${more}). The findings report has all of them.`
}
