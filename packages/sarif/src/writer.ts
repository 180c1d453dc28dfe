import {
  escapeMarkdown,
  compareSeverity,
  sarifLevelForSeverity,
  scoreForSeverity,
  SEVERITIES,
  severityFromScore,
  type Category,
  type Finding,
  type Location,
} from '@portcullis/core'
import type {
  Log,
  PhysicalLocation,
  Region,
  ReportingDescriptor,
  Result,
  Run,
  Suppression,
} from 'sarif'
import { computeLineHashes } from './line-hash.js'
import { SRCROOT, toRelativeUri } from './uri.js'

/** Results code scanning accepts in one run (see budget.ts). */
export const SARIF_RESULTS_PER_RUN = 25_000

/** The key under which each result carries the finding's own fingerprint (see core fingerprint.ts). */
export const PORTCULLIS_FINGERPRINT_KEY = 'portcullisFingerprint/v1'
/** Result property holding the finding's severity when its `security-severity` score says otherwise. */
export const SEVERITY_PROPERTY = 'portcullis/severity'
export const LINE_HASH_KEY = 'primaryLocationLineHash'
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** Reads a workspace-relative file as UTF-8 text; undefined when it cannot be read. */
export type ReadFilePort = (path: string) => string | undefined

export interface SarifToolInfo {
  readonly name: string
  readonly version: string
  readonly informationUri?: string
}

export interface SarifRunInput {
  readonly tool: SarifToolInfo
  /** `run.automationDetails.id`; build it with {@link sarifCategory}. */
  readonly category: string
  /**
   * Read more than once: for the rules (once per ~64 MB of rule facts), for the results, and by
   * writeSarif for the upload's rules when a run has more results than it keeps.
   */
  readonly findings: Iterable<Finding>
  /**
   * Workspace-relative file that stands for the scanned target (the lockfile, Dockerfile or
   * manifest): where findings without a file location are shown.
   */
  readonly fallbackPath?: string
  /** What was scanned, in words, for result messages (an image reference, a host name). */
  readonly targetName?: string
}

export interface SarifWriterInput {
  readonly runs: readonly SarifRunInput[]
  /**
   * Workspace-relative path of the workflow file that ran the scan (from GITHUB_WORKFLOW_REF):
   * the anchor of last resort for findings without a file when a run gives no `fallbackPath`.
   */
  readonly workflowPath?: string
  /** File content for `primaryLocationLineHash`; without it (or for unreadable files) the hash is left out. */
  readonly readFile?: ReadFilePort
}

/**
 * The workflow file's workspace-relative path from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/ci.yml@refs/heads/main`), for {@link SarifWriterInput.workflowPath};
 * undefined when the value has another shape.
 */
export function workflowPathFromRef(ref: string | undefined): string | undefined {
  const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(ref?.trim() ?? '')
  return m?.[1]
}

interface FileFacts {
  /** primaryLocationLineHash per line, index 0 for line 1. */
  readonly hashes: readonly string[]
  /** Line lengths in UTF-16 code units (the `columnKind` we declare). */
  readonly lineLengths: readonly number[]
}

/** Reads and hashes each file once, however many results point into it. */
class FileCache {
  readonly #files = new Map<string, FileFacts | undefined>()
  constructor(private readonly readFile: ReadFilePort | undefined) {}

  get(path: string): FileFacts | undefined {
    if (!this.readFile) return undefined
    if (!this.#files.has(path)) {
      let text: string | undefined
      try {
        text = this.readFile(path)
      } catch {
        text = undefined
      }
      this.#files.set(
        path,
        text === undefined
          ? undefined
          : {
              hashes: computeLineHashes(text),
              lineLengths: text.split(/\r\n|\r|\n/).map((line) => line.length),
            },
      )
    }
    return this.#files.get(path)
  }
}

function securityScore(finding: Pick<Finding, 'cvss' | 'severity'>): number {
  const score = finding.cvss?.score
  if (score !== undefined && Number.isFinite(score) && score >= 0 && score <= 10) return score
  return scoreForSeverity(finding.severity)
}

/** GitHub wants `security-severity` as a string holding a number from 0.0 to 10.0. */
function formatScore(score: number): string {
  return score.toFixed(1)
}

function cweTag(cwe: string): string | undefined {
  const n = /^(?:CWE-)?(\d+)$/i.exec(cwe.trim())?.[1]
  return n === undefined ? undefined : `external/cwe/cwe-${Number(n)}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Code scanning limits rule short and full descriptions to 1024 characters. */
export const DESCRIPTION_LIMIT = 1024

function limit(text: string): string {
  if (text.length <= DESCRIPTION_LIMIT) return text
  // Cut on a code point boundary (never half a surrogate pair) and mark the cut; help keeps it all.
  let cut = text.slice(0, DESCRIPTION_LIMIT - 1)
  const last = cut.charCodeAt(cut.length - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** Untrusted text escaped paragraph by paragraph, so its blank-line breaks survive. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p))
    .filter((p) => p !== '')
    .join('\n\n')
}

/** A reference shown as a link only when it is a plain http(s) URL; anything else is shown as text. */
function referenceLine(url: string): string {
  return /^https?:\/\/[^\s<>"'`\\]+$/i.test(url) ? `- <${url}>` : `- ${escapeMarkdown(url)}`
}

/** Rule titles for findings whose scanner says nothing about the rule itself. */
const GENERIC_RULE_TITLE: Record<Category, (ruleId: string, tool: string) => string> = {
  vulnerability: (id) => `Vulnerability ${id}`,
  secret: (id, tool) => `Secret matched by ${tool} rule ${id}`,
  misconfiguration: (id, tool) => `${tool} check ${id}`,
  compliance: (id, tool) => `${tool} compliance rule ${id}`,
  signature: (id, tool) => `${tool} signature check ${id}`,
  license: (id) => `License ${id}`,
}

interface RuleText {
  readonly title: string
  readonly description: string
}

/** What a rule keeps of the finding that speaks for it. */
interface RuleRep {
  readonly category: Finding['category']
  readonly severity: Finding['severity']
  readonly cvss?: { readonly score: number }
  readonly rule?: Finding['rule']
  readonly helpUri?: string
  readonly remediation?: string
  readonly bytes: number
}

function ruleRep(f: Finding): RuleRep {
  return {
    category: f.category,
    severity: f.severity,
    ...(f.cvss?.score !== undefined ? { cvss: { score: f.cvss.score } } : {}),
    ...(f.rule ? { rule: f.rule } : {}),
    ...(f.helpUri ? { helpUri: f.helpUri } : {}),
    ...(f.remediation ? { remediation: f.remediation } : {}),
    bytes:
      HELD_OVERHEAD +
      textBytes(f.rule?.title) +
      textBytes(f.rule?.description) +
      textBytes(f.helpUri) +
      textBytes(f.remediation),
  }
}

/** Bytes a held object or set entry costs besides its text, roughly. */
const HELD_OVERHEAD = 64

function textBytes(text: string | undefined): number {
  return text === undefined ? 0 : HELD_OVERHEAD + text.length
}

/**
 * What one rule's findings say about it, gathered a finding at a time: the most severe finding
 * speaks for the rule (code scanning shows the rule's severity), the rest add CWEs, advisories and
 * references, and a remediation belongs to the rule only when every finding gives the same one.
 */
class RuleFacts {
  rep: RuleRep
  /** The first finding's word on the rule itself, when the representative has none. */
  #info: Finding['rule']
  readonly cwes = new Set<string>()
  readonly advisories = new Set<string>()
  readonly #references = new Set<string>()
  readonly #remediation: string | undefined
  #sameRemediation = true
  /** About how many bytes the facts hold (strings counted by length), for a pass's budget. */
  bytes = 0

  constructor(first: Finding) {
    this.rep = ruleRep(first)
    this.bytes += this.rep.bytes
    this.#remediation = first.remediation
    this.add(first, true)
  }

  add(f: Finding, first = false): void {
    if (!first) {
      const byScore = securityScore(f) - securityScore(this.rep)
      if (byScore > 0 || (byScore === 0 && compareSeverity(f.severity, this.rep.severity) < 0)) {
        this.bytes -= this.rep.bytes
        this.rep = ruleRep(f)
        this.bytes += this.rep.bytes
      }
    }
    if (this.#info === undefined && (f.rule?.title || f.rule?.description)) {
      this.#info = f.rule
      this.bytes += textBytes(f.rule.title) + textBytes(f.rule.description)
    }
    for (const c of f.cwe ?? []) this.#hold(this.cwes, c)
    for (const a of f.advisories ?? []) this.#hold(this.advisories, a)
    for (const r of f.references ?? []) if (isString(r)) this.#hold(this.#references, r)
    if (f.remediation !== this.#remediation) this.#sameRemediation = false
  }

  #hold(set: Set<string>, value: string): void {
    if (set.has(value)) return
    set.add(value)
    this.bytes += textBytes(value)
  }

  get info(): Finding['rule'] {
    const own = this.rep.rule
    return own?.title || own?.description ? own : this.#info
  }

  get remediation(): string | undefined {
    return this.#sameRemediation ? this.rep.remediation : undefined
  }

  get references(): string[] {
    return [...new Set([this.rep.helpUri, ...this.#references].filter(isString))]
  }
}

/**
 * A rule's text is the scanner's word on the rule itself ({@link Finding.rule}), never one
 * finding's title or description: those name a file, a line or a package, and code scanning shows
 * the rule's text on every alert of the rule. Without it the text is generic.
 */
function ruleText(ruleId: string, facts: RuleFacts, tool: string): RuleText {
  const info = facts.info
  const title = info?.title ?? GENERIC_RULE_TITLE[facts.rep.category](ruleId, tool)
  const description =
    info?.description ??
    (info?.title
      ? info.title
      : `${title}. ${tool} gives no description of this rule; each result says what it found and where.`)
  return { title, description }
}

function buildHelp(text: RuleText, facts: RuleFacts): { text: string; markdown: string } {
  // Titles, descriptions and remediations are the scanner's (and often the scanned file's) text:
  // escaped, so code scanning renders them as text, never as links, images or HTML.
  const plain: string[] = [text.description]
  const markdown: string[] = [`**${escapeMarkdown(text.title)}**`]
  if (text.description !== text.title) markdown.push(paragraphs(text.description))
  const advisories = [...facts.advisories]
  if (advisories.length > 0) {
    plain.push(`Advisories: ${advisories.join(', ')}`)
    markdown.push(`**Advisories:** ${escapeMarkdown(advisories.join(', '))}`)
  }
  // A remediation belongs to the rule only when every finding of it says the same
  // ("Upgrade lodash to 4.17.21" is one package's; the result message names its fix).
  const remediation = facts.remediation
  if (remediation) {
    plain.push(`Remediation: ${remediation}`)
    markdown.push(`**Remediation:** ${paragraphs(remediation)}`)
  }
  const refs = facts.references
  if (refs.length > 0) {
    plain.push(`References:\n${refs.map((r) => `- ${r}`).join('\n')}`)
    markdown.push(`**References**\n\n${refs.map(referenceLine).join('\n')}`)
  }
  return { text: plain.join('\n\n'), markdown: markdown.join('\n\n') }
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

function buildRule(ruleId: string, facts: RuleFacts, tool: string): ReportingDescriptor {
  const rep = facts.rep
  const tags = ['security', rep.category]
  for (const c of facts.cwes) {
    const tag = cweTag(c)
    if (tag && !tags.includes(tag)) tags.push(tag)
  }
  const text = ruleText(ruleId, facts, tool)
  return {
    id: ruleId,
    shortDescription: { text: limit(oneLine(text.title) || ruleId) },
    fullDescription: { text: limit(text.description) },
    help: buildHelp(text, facts),
    ...(rep.helpUri ? { helpUri: rep.helpUri } : {}),
    defaultConfiguration: { level: sarifLevelForSeverity(rep.severity) },
    properties: { 'security-severity': formatScore(securityScore(rep)), tags },
  }
}

function describeTarget(finding: Finding, run: SarifRunInput): string | undefined {
  if (finding.image) {
    const ref = finding.image.digest
      ? `${finding.image.ref.replace(/@sha256:[0-9a-f]{64}$/i, '')}@${finding.image.digest}`
      : finding.image.ref
    return `image ${ref}`
  }
  return run.targetName
}

function buildMessage(finding: Finding, anchor: string | undefined, run: SarifRunInput): string {
  const parts = [oneLine(finding.title) || finding.ruleId]
  if (finding.package) {
    const p = finding.package
    parts.push(
      `Package ${p.name}${p.version ? `@${p.version}` : ''}` +
        (p.fixedVersion ? ` (fixed in ${p.fixedVersion})` : '') +
        '.',
    )
  }
  const target = describeTarget(finding, run)
  if (anchor !== undefined) {
    parts.push(
      `Found in ${target ?? 'the scanned target'}, which has no file and line of its own; ` +
        `shown on ${anchor}.`,
    )
  } else if (target !== undefined && finding.image) {
    parts.push(`Found in ${target}.`)
  }
  return parts.join(' ')
}

/**
 * Code scanning lists all four region bounds as required. A finding without lines (a whole file,
 * or an anchored finding) gets the empty region at 1:1, as trivy and grype write it. An unknown
 * start column is SARIF's default 1; an unknown end column is SARIF's default made explicit (the
 * end of the last line) when the file can be read, else it is left out rather than invented.
 */
function buildRegion(location: Location | undefined, facts: FileFacts | undefined): Region {
  const startLine = location?.startLine
  if (location === undefined || startLine === undefined || startLine < 1) {
    return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
  }
  const startColumn =
    location.startColumn !== undefined && location.startColumn >= 1 ? location.startColumn : 1
  const endLine =
    location.endLine !== undefined && location.endLine >= startLine ? location.endLine : startLine
  const region: Region = { startLine, startColumn, endLine }
  const end = location.endColumn
  if (end !== undefined && end >= 1 && (endLine > startLine || end >= startColumn)) {
    region.endColumn = end
  } else {
    const length = facts?.lineLengths[endLine - 1]
    if (length !== undefined && (endLine > startLine || length + 1 >= startColumn)) {
      region.endColumn = length + 1
    }
  }
  return region
}

function buildSuppression(finding: Finding): Suppression[] | undefined {
  const s = finding.suppression
  if (!s) return undefined
  const suppression: Suppression = {
    kind: s.kind === 'in-source' ? 'inSource' : 'external',
    status: 'accepted',
  }
  if (s.justification) suppression.justification = s.justification
  // SARIF knows only inSource and external; keep the finer kind for a round trip.
  if (s.kind === 'vendor-status') suppression.properties = { 'portcullis/kind': s.kind }
  return [suppression]
}

function isSemver(version: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)
}

/** About how many bytes of rule facts one pass over a run's findings gathers (see {@link ruleFacts}). */
export const RULE_FACTS_BYTES = 64 * 1024 * 1024

/**
 * What a run's findings say about each rule (`only`: just these rules), in the order rule ids first
 * appear: yielded in groups, each from one pass over the findings holding about `budget` bytes, so
 * that a run with more rules than memory holds takes more passes rather than more memory.
 */
function* ruleFacts(
  run: SarifRunInput,
  anchorPath: string | undefined,
  budget: number,
  only?: ReadonlySet<string>,
): Generator<Map<string, RuleFacts>> {
  let start = 0
  for (;;) {
    const seen = new Map<string, number>()
    const facts = new Map<string, RuleFacts>()
    let bytes = 0
    let full = false
    for (const f of run.findings) {
      if (only && !only.has(f.ruleId)) continue
      if (!f.location && anchorPath === undefined) {
        throw new Error(
          `Finding ${f.ruleId} of ${run.tool.name} has no file location and the SARIF run ` +
            'has neither a fallbackPath nor a workflowPath to show it on',
        )
      }
      let index = seen.get(f.ruleId)
      if (index === undefined) {
        index = seen.size
        seen.set(f.ruleId, index)
      }
      if (index < start) continue
      const known = facts.get(f.ruleId)
      if (known) {
        bytes -= known.bytes
        known.add(f)
        bytes += known.bytes
      } else if (!full) {
        // Rule ids are admitted in the order they first appear until the pass holds its budget,
        // then none: the next pass starts at the first one left out.
        const created = new RuleFacts(f)
        facts.set(f.ruleId, created)
        bytes += created.bytes
      }
      if (bytes >= budget) full = true
    }
    start += facts.size
    yield facts
    if (start >= seen.size) return
  }
}

/** The rules of a run in the order their ids first appear, built group by group. */
function* runRules(
  run: SarifRunInput,
  anchorPath: string | undefined,
  budget: number,
  only?: ReadonlySet<string>,
): Generator<ReportingDescriptor> {
  for (const facts of ruleFacts(run, anchorPath, budget, only)) {
    yield* buildRules(facts, run.tool.name)
  }
}

/** Builds each rule of `facts` in order, letting go of its facts once built. */
function* buildRules(facts: Map<string, RuleFacts>, tool: string): Generator<ReportingDescriptor> {
  for (const [id, ruleFacts] of facts) {
    facts.delete(id)
    yield buildRule(id, ruleFacts, tool)
  }
}

/** The rule facts a result needs once its rule is written: its index and its score. */
interface RuleRef {
  readonly index: number
  readonly score: string | undefined
}

function buildResult(
  finding: Finding,
  rule: RuleRef,
  run: SarifRunInput,
  anchorPath: string | undefined,
  files: FileCache,
): Result {
  const anchored = !finding.location
  const path = finding.location ? finding.location.path : (anchorPath as string)
  const facts = files.get(path)
  const region = buildRegion(anchored ? undefined : finding.location, facts)
  const physicalLocation: PhysicalLocation = {
    artifactLocation: { uri: toRelativeUri(path), uriBaseId: SRCROOT },
    region,
  }
  const partialFingerprints: Record<string, string> = {}
  const lineHash = facts?.hashes[(region.startLine ?? 1) - 1]
  if (lineHash !== undefined) partialFingerprints[LINE_HASH_KEY] = lineHash
  partialFingerprints[PORTCULLIS_FINGERPRINT_KEY] = finding.fingerprint
  const result: Result = {
    ruleId: finding.ruleId,
    ruleIndex: rule.index,
    level: sarifLevelForSeverity(finding.severity),
    message: { text: buildMessage(finding, anchored ? path : undefined, run) },
    locations: [{ physicalLocation }],
    partialFingerprints,
  }
  const properties: Record<string, string> = {}
  const score = securityScore(finding)
  if (formatScore(score) !== rule.score) {
    // Code scanning reads the rule's score; this result's differs, so keep it for readers.
    properties['security-severity'] = formatScore(score)
  }
  if (severityFromScore(score) !== finding.severity) {
    // A CVSS score can disagree with the vendor's severity the finding carries; say which won.
    properties[SEVERITY_PROPERTY] = finding.severity
  }
  if (Object.keys(properties).length > 0) result.properties = properties
  const suppressions = buildSuppression(finding)
  if (suppressions) result.suppressions = suppressions
  return result
}

/** A run without its results; they follow it, as the last field. */
function runHead(run: SarifRunInput, rules: ReportingDescriptor[]): Run {
  const driver: Run['tool']['driver'] = { name: run.tool.name, rules }
  if (run.tool.version !== '') driver.version = run.tool.version
  if (isSemver(run.tool.version)) driver.semanticVersion = run.tool.version
  if (run.tool.informationUri) driver.informationUri = run.tool.informationUri
  return {
    tool: { driver },
    automationDetails: { id: run.category },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The root of the repository checkout that was scanned.' } },
    },
    columnKind: 'utf16CodeUnits',
    results: [],
  }
}

function ruleRef(rule: ReportingDescriptor, index: number): RuleRef {
  const score = rule.properties?.['security-severity']
  return { index, score: typeof score === 'string' ? score : undefined }
}

function ruleRefs(rules: readonly ReportingDescriptor[]): Map<string, RuleRef> {
  return new Map(rules.map((rule, index) => [rule.id, ruleRef(rule, index)]))
}

function checkRuns(input: SarifWriterInput): void {
  const seen = new Set<string>()
  for (const run of input.runs) {
    if (run.category.trim() === '') throw new Error('Every SARIF run needs a non-empty category')
    const key = `${run.tool.name}\u0000${run.category}`
    if (seen.has(key)) {
      // Code scanning rejects an upload with two runs of the same tool and category.
      throw new Error(`Two SARIF runs of ${run.tool.name} share the category ${run.category}`)
    }
    seen.add(key)
  }
}

/**
 * Findings to SARIF 2.1.0 in the subset GitHub code scanning accepts
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * one run per scanner with its category, rules deduplicated by id with descriptions, help,
 * `security-severity` and tags, and every result with a rule, a level, a text message and one
 * repository-relative location with a region.
 *
 * Code scanning shows only results that have a location ("at least one location is required"),
 * and the location's `artifactLocation.uri` must name a file in the repository. Findings without
 * a file (an image's packages, host rules, signatures) are therefore anchored at line 1 of the
 * run's `fallbackPath`, else of the workflow file, and their message says what the real target is.
 *
 * Nothing from file content is copied into the log: the line hash is a digest, never a snippet.
 * The log is held in memory; {@link writeSarif} writes the same log for findings of any number.
 */
export function findingsToSarif(input: SarifWriterInput): Log {
  checkRuns(input)
  const files = new FileCache(input.readFile)
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA_URI,
    runs: input.runs.map((run) => {
      const anchorPath = run.fallbackPath ?? input.workflowPath
      const rules = [...runRules(run, anchorPath, Infinity)]
      const refs = ruleRefs(rules)
      const results: Result[] = []
      for (const f of run.findings) {
        results.push(buildResult(f, refs.get(f.ruleId)!, run, anchorPath, files))
      }
      return { ...runHead(run, rules), results }
    }),
  }
}

/** Results left out of what {@link writeSarif} keeps for the upload, as the budget counts them. */
export interface LeftOut {
  readonly results: number
  readonly byRule: Record<string, number>
  readonly bySeverity: Record<Finding['severity'], number>
  readonly notes: string[]
}

export interface WrittenSarif {
  /**
   * The log to upload: each run's results as written when it has at most `keep` of them, else its
   * `keep` most severe (in the run's order) with the rules they use; within every other limit
   * through the upload budget.
   */
  readonly upload: Log
  readonly leftOut: LeftOut
  /** Results written, over every run. */
  readonly results: number
}

interface Counts {
  results: number
  readonly byRule: Record<string, number>
  readonly bySeverity: Record<Finding['severity'], number>
  readonly notes: string[]
}

/** Where the upload's share gives way first when a run has more results than it keeps. */
const LEAST_SEVERE_FIRST = [...SEVERITIES].reverse()

/**
 * Writes the SARIF log of {@link findingsToSarif} as text, a result at a time, for findings of any
 * number (a log can outgrow the longest string V8 holds): the same bytes `JSON.stringify` gives.
 * Each run's findings are read once per ~`budget` bytes of rule facts (once, for most runs), once
 * for the results, and once more for the rules of the upload when a run has more than `keep`
 * rules. Memory holds one pass's rule facts, each rule's index and score, and at most `keep`
 * results (and rules) per run for the upload. Returns the number of results written, too.
 */
export function writeSarif(
  input: SarifWriterInput,
  write: (text: string) => void,
  keep: number,
  budget = RULE_FACTS_BYTES,
): WrittenSarif {
  checkRuns(input)
  const files = new FileCache(input.readFile)
  const leftOut: Counts = {
    results: 0,
    byRule: {},
    bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    notes: [],
  }
  const upload: Run[] = []
  let total = 0
  let chunk = `{"version":"2.1.0","$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"runs":[`
  const add = (text: string): void => {
    chunk += text
    if (chunk.length >= WRITE_CHUNK) {
      write(chunk)
      chunk = ''
    }
  }
  input.runs.forEach((run, n) => {
    const anchorPath = run.fallbackPath ?? input.workflowPath
    // Rules are written as they are built; the upload holds them while there are at most `keep`.
    let held: ReportingDescriptor[] | undefined = []
    const refs = new Map<string, RuleRef>()
    const head = JSON.stringify(runHead(run, []))
    const cut = head.indexOf('"rules":[]') + '"rules":['.length
    add(`${n > 0 ? ',' : ''}${head.slice(0, cut)}`)
    for (const rule of runRules(run, anchorPath, budget)) {
      // Findings that changed between two passes could name a rule twice and shift every index.
      if (refs.has(rule.id))
        throw new Error(`the findings of run ${n + 1} changed between two reads`)
      add(`${refs.size > 0 ? ',' : ''}${JSON.stringify(rule)}`)
      refs.set(rule.id, ruleRef(rule, refs.size))
      held?.push(rule)
      if (held && held.length > keep) held = undefined
    }
    add(`${head.slice(cut, -3)}[`)
    // The upload's share: the most severe results, held by severity in the run's order.
    const kept: Record<Finding['severity'], { index: number; result: Result }[]> = {
      critical: [],
      high: [],
      medium: [],
      low: [],
      info: [],
    }
    let keptCount = 0
    let count = 0
    for (const f of run.findings) {
      const rule = refs.get(f.ruleId)
      if (!rule) throw new Error(`the findings of run ${n + 1} changed between two reads`)
      const result = buildResult(f, rule, run, anchorPath, files)
      add(`${count > 0 ? ',' : ''}${JSON.stringify(result)}`)
      kept[f.severity].push({ index: count, result })
      keptCount += 1
      if (keptCount > keep) {
        const least = LEAST_SEVERE_FIRST.find((s) => kept[s].length > 0)!
        const dropped = kept[least].pop()!
        keptCount -= 1
        leftOut.results += 1
        leftOut.bySeverity[least] += 1
        const id = dropped.result.ruleId ?? ''
        leftOut.byRule[id] = (leftOut.byRule[id] ?? 0) + 1
      }
      count += 1
    }
    add(']}')
    total += count
    const results = SEVERITIES.flatMap((s) => kept[s]).sort((a, b) => a.index - b.index)
    if (held && results.length === count) {
      upload.push({ ...runHead(run, held), results: results.map((k) => k.result) })
      return
    }
    if (results.length < count) {
      leftOut.notes.push(
        `Run ${n + 1} (${run.tool.name}): kept the ${results.length} most severe of ${count} results (GitHub accepts ${keep} per run).`,
      )
    }
    // Only the rules the kept results use, re-indexed.
    const used = new Set(results.map((k) => k.result.ruleId ?? ''))
    const rules = held
      ? held.filter((r) => used.has(r.id))
      : [...runRules(run, anchorPath, Infinity, used)]
    const own = ruleRefs(rules)
    upload.push({
      ...runHead(run, rules),
      // Re-indexed in place: the writer built these results and has written them already.
      results: results.map(({ result }) => {
        result.ruleIndex = own.get(result.ruleId ?? '')!.index
        return result
      }),
    })
  })
  write(`${chunk}]}`)
  return {
    upload: { version: '2.1.0', $schema: SARIF_SCHEMA_URI, runs: upload },
    leftOut,
    results: total,
  }
}

const WRITE_CHUNK = 1 << 20
