import { describeJsonError } from '@portcullis/core'
import {
  CATEGORIES,
  FileFingerprints,
  ScanFailedError,
  isSeverity,
  ruleFingerprint,
  normalizeSeverity,
  SEVERITY_WORDS,
  severityFromSarifLevel,
  severityFromScore,
  toWorkspacePath,
  type Category,
  type Finding,
  type GitContext,
  type Location,
  type RuleInfo,
  type Severity,
  type Suppression,
} from '@portcullis/core'
import { resultSlices, sliceSarif } from './results-slices.js'
import { decodeUri, hasForeignScheme } from './uri.js'
import { PORTCULLIS_FINGERPRINT_KEY, SEVERITY_PROPERTY } from './writer.js'

/*
 * The generic importer: any tool's SARIF 2.1.0 to findings. Untrusted input is walked as
 * `unknown`; what the schema requires and is missing makes the scan fail, what is optional and odd
 * is tolerated (real tools write plenty of both, see the corpus).
 */

export const SARIF_LEVELS = ['error', 'warning', 'note', 'none'] as const
export type SarifLevel = (typeof SARIF_LEVELS)[number]

export interface SarifImportContext {
  /** Absolute workspace root: artifact URIs are made relative to it, and dropped when outside it. */
  readonly workspace: string
  /** Reads lines `start..end` (1-based, inclusive) of a workspace file, for content fingerprints. */
  readonly readLines?: (path: string, start: number, end: number) => string | undefined
  /** Engine name recorded in `finding.sources`; defaults to the run's `tool.driver.name`. */
  readonly engine?: string
}

/** How one SARIF result was read, for callers (and tests) that need SARIF's own view of it. */
export interface ImportedResult {
  readonly runIndex: number
  readonly resultIndex: number
  /** `result.kind`, `fail` when absent. */
  readonly kind: string
  /** The finding made of this result; absent for kinds that are not problems (pass, notApplicable). */
  readonly finding?: Finding
  /** The effective SARIF level. */
  readonly level: SarifLevel
  /** True when the result sets no `level` and it came from the rule's default or SARIF's `warning`. */
  readonly levelInherited: boolean
  /** `result.ruleId` exactly as written (undefined when the result has none). */
  readonly sarifRuleId?: string
  /** Where the finding's rule id came from. */
  readonly ruleIdFrom: 'ruleId' | 'rule' | 'ruleIndex' | 'message'
  /** The result named a file that is not in the workspace (absolute, outside, another scheme). */
  readonly locationDropped: boolean
}

export interface ImportedRun {
  readonly toolName: string
  readonly toolVersion?: string
  readonly informationUri?: string
  /** `run.automationDetails.id`, when the tool wrote one. */
  readonly category?: string
  readonly results: number
}

export interface SarifImport {
  /** The findings of all results that report a problem, in log order. */
  readonly findings: Finding[]
  /** Every result of every run, in log order, findings or not. */
  readonly results: ImportedResult[]
  readonly runs: ImportedRun[]
  readonly notices: string[]
  /**
   * Why the log says its tool did not complete: an invocation with `executionSuccessful: false`, or
   * a tool execution notification of level `error` (SARIF §3.20.14, §3.20.21). Empty when it did.
   */
  readonly failures: string[]
  readonly scannerVersion?: string
}

/** The tool name given to a run that names none. */
export const UNKNOWN_TOOL = 'unknown tool'

function executionFailures(run: Obj, runIndex: number, toolName: string): string[] {
  const out: string[] = []
  arr(run.invocations).forEach((value, i) => {
    const inv = obj(value)
    if (!inv) return
    const where = `${toolName} (run ${runIndex}, invocation ${i})`
    if (inv.executionSuccessful === false) {
      const exit = int(inv.exitCode)
      const why = str(inv.exitCodeDescription) ?? str(inv.exitSignalName)
      out.push(
        `${where} did not execute successfully${exit !== undefined ? ` (exit code ${exit})` : ''}${why ? `: ${why}` : ''}`,
      )
    }
    for (const n of arr(inv.toolExecutionNotifications)) {
      const note = obj(n)
      if (note?.level !== 'error') continue
      const message = (text(note.message) ?? 'no message').split('\n')[0]?.slice(0, 300)
      out.push(`${where} reported an error: ${message}`)
    }
  })
  return out
}

type Obj = Record<string, unknown>
/** A result type under construction: members are set in their output order. */
type Writable<T> = { -readonly [K in keyof T]?: T[K] }

function obj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Obj)
    : undefined
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}
function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}
const EMPTY: readonly unknown[] = Object.freeze([])
function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY
}
function text(value: unknown): string | undefined {
  return str(obj(value)?.text)
}
function isLevel(value: unknown): value is SarifLevel {
  return typeof value === 'string' && (SARIF_LEVELS as readonly string[]).includes(value)
}

/**
 * Parses SARIF text (a UTF-8 byte-order mark is tolerated). Anything that is not a SARIF 2.1.0
 * log throws ScanFailedError: unreadable scanner output is a failed scan, never "no findings".
 */
export function readSarif(raw: string): Obj {
  let data: unknown
  try {
    data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw)
  } catch (error) {
    throw new ScanFailedError(
      `The SARIF output is not valid JSON (${describeJsonError(error)}); check that the tool wrote SARIF and nothing else to the file.`,
      { cause: error },
    )
  }
  return checkLog(data)
}

function checkLog(data: unknown): Obj {
  const log = obj(data)
  if (!log) throw new ScanFailedError('The SARIF output is not a JSON object.')
  if (log.version !== '2.1.0') {
    throw new ScanFailedError(
      `The SARIF output has version ${JSON.stringify(log.version)}; only SARIF 2.1.0 is read. ` +
        'Ask the tool for SARIF 2.1.0 output.',
    )
  }
  if (!Array.isArray(log.runs)) {
    throw new ScanFailedError('The SARIF output has no "runs" array, so it is not a SARIF log.')
  }
  return log
}

/**
 * Sets a finding's members in their output order. Run as a constructor (see PlainFinding), V8
 * gives every finding room for all its members in the object itself, where a literal grown member
 * by member moves them to a separate store that is copied as it grows (measured: ~5 % of
 * importing a 100,000-result log).
 */
function initFinding(
  this: Writable<Finding>,
  fingerprint: string,
  category: Category,
  ruleId: string,
  title: string,
  description: string | undefined,
  rule: RuleInfo | undefined,
  severity: Severity,
  scannerSeverity: string,
  location: Location | undefined,
  helpUri: string | undefined,
  references: readonly string[] | undefined,
  cwe: readonly string[],
  advisories: readonly string[],
  git: GitContext | undefined,
  suppression: Suppression | undefined,
  sources: readonly string[],
): void {
  this.fingerprint = fingerprint
  this.category = category
  this.ruleId = ruleId
  this.title = title
  if (description !== undefined) this.description = description
  if (rule !== undefined) this.rule = rule
  this.severity = severity
  this.scannerSeverity = scannerSeverity
  if (location) this.location = location
  if (helpUri) {
    this.helpUri = helpUri
    this.references = references
  }
  if (cwe.length > 0) this.cwe = cwe
  if (advisories.length > 0) this.advisories = advisories
  if (git) this.git = git
  if (suppression) this.suppression = suppression
  this.sources = sources
}
// Its objects are plain objects: Object.prototype is their prototype, Object their constructor.
initFinding.prototype = Object.prototype
const PlainFinding = initFinding as unknown as new (
  ...args: Parameters<typeof initFinding>
) => Finding

/** Result kinds that say "no problem here": they are not findings (SARIF §3.27.9). */
const NOT_PROBLEMS = new Set(['pass', 'notApplicable'])

/**
 * Category heuristic, first match wins:
 * 1. a rule or result tag that names a category (`secret`, `vulnerability`, `misconfiguration`,
 *    `license`, `compliance`, `signature`; plural forms too), as trivy and this suite write;
 * 2. `secret` for secret scanners (gitleaks, trufflehog, …) and for rules whose id, name or tags
 *    speak of secrets, credentials, passwords, tokens or keys (CKV_SECRET_*, semgrep `secrets.*`);
 * 3. `vulnerability` when the rule names an advisory (CVE, GHSA, GO, PYSEC, RUSTSEC ids) or the
 *    tool is a dependency scanner (grype, osv-scanner, dependency-check, …);
 * 4. `misconfiguration` for everything else (IaC checks, code analysis, linters).
 */
const SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|secretlint|ggshield|noseyparker|talisman/i
const SECRET_WORDS =
  /secret|credential|password|passwd|private[-_ ]?key|api[-_ ]?key|access[-_ ]?key|(?:^|[^a-z])token/i
const VULNERABILITY_TOOLS =
  /grype|osv-scanner|dependency-check|retire|snyk|npm-audit|pip-audit|govulncheck|dependabot/i
const ADVISORY =
  /\b(CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|GO-\d{4}-\d{4,}|PYSEC-\d{4}-\d+|RUSTSEC-\d{4}-\d{4})/gi

function categoryFromTag(tag: string): Category | undefined {
  const t = tag.trim().toLowerCase()
  for (const c of CATEGORIES) if (t === c || t === `${c}s`) return c
  if (t === 'vulnerabilities') return 'vulnerability'
  return undefined
}

function guessCategory(
  tool: string,
  ruleId: string,
  ruleName: string | undefined,
  tags: readonly string[],
  advisories: readonly string[],
): Category {
  const tagged = tags.map(categoryFromTag).filter((c): c is Category => c !== undefined)
  if (tagged.length > 0) {
    return CATEGORIES.find((c) => tagged.includes(c)) as Category
  }
  if (SECRET_TOOLS.test(tool)) return 'secret'
  if ([ruleId, ruleName ?? '', ...tags].some((s) => SECRET_WORDS.test(s))) return 'secret'
  if (advisories.length > 0 || VULNERABILITY_TOOLS.test(tool)) return 'vulnerability'
  return 'misconfiguration'
}

function extractAdvisories(sources: readonly (string | undefined)[]): string[] {
  const out = new Set<string>()
  for (const s of sources) {
    if (!s) continue
    for (const m of s.matchAll(ADVISORY)) {
      const id = m[1] as string
      out.add(
        id.toUpperCase().startsWith('GHSA') ? `GHSA${id.slice(4).toLowerCase()}` : id.toUpperCase(),
      )
    }
  }
  return [...out]
}

function cweFromTag(tag: string): string | undefined {
  const n = /(?:^|[/:])cwe[-/:]?(\d+)$/i.exec(tag.trim())?.[1]
  return n === undefined ? undefined : `CWE-${Number(n)}`
}

function collectCwe(rule: Obj | undefined, result: Obj, tags: readonly string[]): string[] {
  const out = new Set<string>()
  for (const tag of tags) {
    const c = cweFromTag(tag)
    if (c) out.add(c)
  }
  const refs = [
    ...arr(rule?.relationships).map((r) => obj(obj(r)?.target)),
    ...arr(result.taxa).map(obj),
  ]
  for (const ref of refs) {
    if (!ref) continue
    const component = str(obj(ref.toolComponent)?.name)
    const id = str(ref.id)
    if (!id) continue
    const n = /^(?:CWE-)?(\d+)$/i.exec(id.trim())?.[1]
    if (n !== undefined && (component?.toUpperCase() === 'CWE' || /^CWE-/i.test(id))) {
      out.add(`CWE-${Number(n)}`)
    }
  }
  return [...out]
}

function stringTags(bag: unknown): string[] {
  const tags = obj(bag)?.tags
  if (!Array.isArray(tags) || tags.length === 0) return []
  return tags.filter((t): t is string => typeof t === 'string')
}

/** `security-severity` (GitHub's 0.0–10.0 score, a string or a number). */
function securitySeverity(bag: unknown): number | undefined {
  const v = obj(bag)?.['security-severity']
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : undefined
}

/** message.text, else the rule's messageStrings[message.id] with {0}-style arguments filled in. */
function messageText(message: unknown, rule: Obj | undefined): string | undefined {
  const m = obj(message)
  if (!m) return undefined
  const direct = str(m.text)
  if (direct) return direct
  const id = str(m.id)
  const template = id ? text(obj(rule?.messageStrings)?.[id]) : undefined
  if (!template) return undefined
  const args = arr(m.arguments).map((a) => String(a))
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole)
}

interface RuleTable {
  readonly rules: Obj[]
  readonly byId: Map<string, Obj>
  readonly extensions: Obj[][]
}

function ruleTable(tool: Obj): RuleTable {
  const driver = obj(tool.driver) ?? {}
  const rules = arr(driver.rules)
    .map(obj)
    .filter((r): r is Obj => r !== undefined)
  const byId = new Map<string, Obj>()
  for (const r of rules) {
    const id = str(r.id)
    if (id !== undefined && !byId.has(id)) byId.set(id, r)
  }
  const extensions = arr(tool.extensions).map((e) =>
    arr(obj(e)?.rules)
      .map(obj)
      .filter((r): r is Obj => r !== undefined),
  )
  return { rules, byId, extensions }
}

interface ResolvedRule {
  readonly rule?: Obj
  readonly ruleId: string
  readonly from: ImportedResult['ruleIdFrom']
}

function byIndex(list: readonly Obj[], index: number | undefined): Obj | undefined {
  return index !== undefined && index >= 0 && index < list.length ? list[index] : undefined
}

/**
 * The rule of a result: by `ruleId`, else `ruleIndex`, else the `rule` reference object
 * ({id, index, toolComponent}); gitleaks v7 writes none of these, so as a last resort the rule
 * whose id or name starts the message ("AWS Access Key secret detected").
 */
function resolveRule(result: Obj, table: RuleTable, message: string | undefined): ResolvedRule {
  const ruleId = str(result.ruleId)
  const ref = obj(result.rule)
  const refId = str(ref?.id)
  const componentIndex = int(obj(ref?.toolComponent)?.index)
  const refList =
    componentIndex !== undefined ? (table.extensions[componentIndex] ?? []) : table.rules
  const rule =
    (ruleId !== undefined ? table.byId.get(ruleId) : undefined) ??
    byIndex(table.rules, int(result.ruleIndex)) ??
    (refId !== undefined && componentIndex === undefined ? table.byId.get(refId) : undefined) ??
    byIndex(refList, int(ref?.index)) ??
    (refId !== undefined ? refList.find((r) => r.id === refId) : undefined)
  if (ruleId !== undefined) return { rule, ruleId, from: 'ruleId' }
  if (refId !== undefined) return { rule, ruleId: refId, from: 'rule' }
  const fromRule = str(rule?.id)
  if (fromRule !== undefined) {
    return {
      rule,
      ruleId: fromRule,
      from: int(result.ruleIndex) !== undefined ? 'ruleIndex' : 'rule',
    }
  }
  const msg = (message ?? '').trim().toLowerCase()
  let best: { rule: Obj; id: string; length: number } | undefined
  for (const r of table.rules) {
    const id = str(r.id)
    if (id === undefined) continue
    for (const name of [id, str(r.name)]) {
      if (name === undefined) continue
      const n = name.toLowerCase()
      if (msg.startsWith(n) && (!best || n.length > best.length))
        best = { rule: r, id, length: n.length }
    }
  }
  if (best) return { rule: best.rule, ruleId: best.id, from: 'message' }
  const fallback = (message ?? 'unnamed result').replace(/\s+/g, ' ').trim().slice(0, 120)
  return { ruleId: fallback || 'unnamed result', from: 'message' }
}

interface ResolvedLocation {
  readonly location?: Location
  /** The URI as the tool wrote it, for fingerprints of findings that lost their location. */
  readonly rawUri?: string
  readonly dropped: boolean
  readonly snippet?: string
}

function positive(value: unknown): number | undefined {
  const n = int(value)
  return n !== undefined && n >= 1 ? n : undefined
}

/**
 * A file URI of a result as a workspace path. `uriBaseId` is resolved through
 * `run.originalUriBaseIds` when the tool says where the base is; an unresolved base (%SRCROOT%,
 * ROOTPATH, SRCROOT) means "relative to the scanned root", which is the workspace.
 */
function resolveArtifactPath(
  artifact: Obj,
  run: Obj,
  workspace: string,
): { path?: string; raw?: string } {
  let loc: Obj | undefined = artifact
  const index = int(artifact.index)
  if (str(artifact.uri) === undefined && index !== undefined) {
    loc = obj(
      obj(
        byIndex(
          arr(run.artifacts).map((a) => obj(a) ?? {}),
          index,
        ),
      )?.location,
    )
  }
  const uri = str(loc?.uri)
  if (uri === undefined) return {}
  let full = uri
  let base = str(loc?.uriBaseId)
  const bases = obj(run.originalUriBaseIds)
  for (let depth = 0; base !== undefined && depth < 8; depth++) {
    const b = obj(bases?.[base])
    const baseUri = str(b?.uri)
    if (baseUri === undefined) break
    full = joinUri(baseUri, full)
    base = str(b?.uriBaseId)
  }
  if (hasForeignScheme(full)) return { raw: uri }
  if (/^file:/i.test(full)) return { path: toWorkspacePath(full, workspace), raw: uri }
  const decoded = decodeUri(full)
  if (decoded === undefined) return { raw: uri }
  return { path: toWorkspacePath(decoded, workspace), raw: uri }
}

function joinUri(base: string, relative: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(relative) || relative.startsWith('/')) return relative
  return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`
}

type ArtifactPath = { readonly path?: string; readonly raw?: string }

/**
 * Workspace paths of artifact locations within one run, keyed by what they depend on (uri and
 * uriBaseId, or the artifact index): URI resolution and decoding run once per file.
 */
class ArtifactPathCache {
  readonly #byUri = new Map<string, Map<string, ArtifactPath>>()
  readonly #byIndex = new Map<number, ArtifactPath>()
  constructor(
    readonly run: Obj,
    readonly workspace: string,
  ) {}
  get(artifact: Obj): ArtifactPath {
    const uri = str(artifact.uri)
    const index = int(artifact.index)
    if (uri === undefined && index === undefined) return {}
    const cache: Map<unknown, ArtifactPath> =
      uri !== undefined ? this.#inBase(str(artifact.uriBaseId) ?? '') : this.#byIndex
    const key = uri ?? index
    let found = cache.get(key)
    if (found === undefined) {
      found = resolveArtifactPath(artifact, this.run, this.workspace)
      cache.set(key, found)
    }
    return found
  }
  #inBase(base: string): Map<string, ArtifactPath> {
    let byUri = this.#byUri.get(base)
    if (byUri === undefined) this.#byUri.set(base, (byUri = new Map()))
    return byUri
  }
}

function resolveLocation(result: Obj, paths: ArtifactPathCache): ResolvedLocation {
  let physical: Obj | undefined
  for (const l of arr(result.locations)) {
    physical = obj(obj(l)?.physicalLocation)
    if (physical !== undefined) break
  }
  const artifact = obj(physical?.artifactLocation)
  if (!physical || !artifact) return { dropped: false }
  const { path, raw } = paths.get(artifact)
  if (path === undefined) return { rawUri: raw, dropped: raw !== undefined }
  const region = obj(physical.region)
  const startLine = positive(region?.startLine)
  if (startLine === undefined) return { location: { path }, rawUri: raw, dropped: false }
  const endLine = positive(region?.endLine)
  const startColumn = positive(region?.startColumn)
  const endColumn = positive(region?.endColumn)
  let location: Writable<Location>
  if (
    endLine !== undefined &&
    endLine >= startLine &&
    startColumn !== undefined &&
    endColumn !== undefined
  ) {
    // What most tools write, as one literal.
    location = { path, startLine, endLine, startColumn, endColumn }
  } else {
    location = { path, startLine }
    if (endLine !== undefined && endLine >= startLine) location.endLine = endLine
    if (startColumn !== undefined) location.startColumn = startColumn
    if (endColumn !== undefined) location.endColumn = endColumn
  }
  return {
    location: location as Location,
    rawUri: raw,
    dropped: false,
    snippet: text(region?.snippet),
  }
}

function readSuppression(result: Obj): Suppression | undefined {
  for (const value of arr(result.suppressions)) {
    const s = obj(value)
    if (!s) continue
    // `underReview` and `rejected` suppressions do not (yet) suppress (SARIF §3.35.3).
    if (s.status !== undefined && s.status !== 'accepted') continue
    const kind: Suppression['kind'] =
      obj(s.properties)?.['portcullis/kind'] === 'vendor-status'
        ? 'vendor-status'
        : s.kind === 'inSource'
          ? 'in-source'
          : 'external'
    const justification = str(s.justification)
    const location = text(obj(s.location)?.message)
    const source = `SARIF suppression (${str(s.kind) ?? 'unspecified kind'}${location ? `: ${location}` : ''})`
    return justification ? { kind, justification, source } : { kind, source }
  }
  return undefined
}

/** Commit metadata that secret scanners (gitleaks) put in partialFingerprints or properties. */
function readGit(result: Obj): GitContext | undefined {
  const pf = obj(result.partialFingerprints)
  const props = obj(result.properties)
  const commit = str(pf?.commitSha) ?? str(props?.commit)
  const author = str(pf?.author) ?? str(props?.author)
  const date = str(pf?.date) ?? str(props?.date)
  if (!commit && !author && !date) return undefined
  return {
    ...(commit ? { commit } : {}),
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
  }
}

/** One ImportedResult, members in their documented order, built without spreads. */
function importedResult(
  runIndex: number,
  resultIndex: number,
  kind: string,
  level: SarifLevel,
  levelInherited: boolean,
  sarifRuleId: string | undefined,
  ruleIdFrom: ImportedResult['ruleIdFrom'],
  finding: Finding | undefined,
  locationDropped: boolean,
): ImportedResult {
  // One literal per shape: its members are allocated with the object, not added one by one.
  if (sarifRuleId !== undefined) {
    return finding !== undefined
      ? {
          runIndex,
          resultIndex,
          kind,
          level,
          levelInherited,
          sarifRuleId,
          ruleIdFrom,
          finding,
          locationDropped,
        }
      : {
          runIndex,
          resultIndex,
          kind,
          level,
          levelInherited,
          sarifRuleId,
          ruleIdFrom,
          locationDropped,
        }
  }
  return finding !== undefined
    ? { runIndex, resultIndex, kind, level, levelInherited, ruleIdFrom, finding, locationDropped }
    : { runIndex, resultIndex, kind, level, levelInherited, ruleIdFrom, locationDropped }
}

/** What a finding takes from its rule (and the rule id it goes by): the same for every result. */
interface RuleFacts {
  readonly tags: readonly string[]
  readonly name?: string
  readonly shortDescription?: string
  readonly fullDescription?: string
  readonly helpUri?: string
  readonly advisories: readonly string[]
  readonly score?: number
  readonly defaultLevel: unknown
  /** The title when the rule has a short description (otherwise it comes from the message). */
  readonly title?: string
  /** Category and CWEs for a result that adds no tags or taxa of its own. */
  readonly category: Category
  readonly cwe: readonly string[]
  /** The scanner's own severity word in the rule's help text ("Severity: low"), where it writes one. */
  readonly severityWord?: string
  /** `finding.scannerSeverity` of a result that takes the rule's score. */
  readonly scoreWords?: string
  /** The rule id the facts were made for. */
  readonly ruleId: string
  /** `finding.rule` of the rule's findings; one object all of them share (findings are readonly). */
  readonly ruleInfo?: RuleInfo
  /** `finding.references` of the rule's findings, shared like `ruleInfo`. */
  readonly references?: readonly string[]
}

/** `finding.scannerSeverity` of a result whose level is its rule's default (or SARIF's). */
const INHERITED_LEVEL_WORDS: Readonly<Record<SarifLevel, string>> = {
  error: 'error (default)',
  warning: 'warning (default)',
  note: 'note (default)',
  none: 'none (default)',
}

/** Tools whose SARIF states their own severity word next to a CVSS-derived security-severity. */
const OWN_WORD_TOOLS = /^(trivy|grype)$/i
const SEVERITY_LINE = /(?:^|\n)\s*Severity:\s*([A-Za-z]+)\b/
const GRYPE_MESSAGE = /^An? ([A-Za-z]+) vulnerability in /

/** "Severity: MEDIUM" (trivy, grype help) or "A low vulnerability in …" (grype message). */
function severityWord(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const word = SEVERITY_LINE.exec(value)?.[1] ?? GRYPE_MESSAGE.exec(value)?.[1]
  return word !== undefined && Object.hasOwn(SEVERITY_WORDS, word.toLowerCase()) ? word : undefined
}

function ruleFacts(rule: Obj | undefined, ruleId: string, toolName: string): RuleFacts {
  const score = securitySeverity(rule?.properties)
  const tags = stringTags(rule?.properties)
  const name = str(rule?.name)
  const shortDescription = text(rule?.shortDescription)
  const advisories = extractAdvisories([
    ruleId,
    str(rule?.id),
    name,
    shortDescription,
    ...arr(rule?.deprecatedIds).map(str),
  ])
  const title =
    shortDescription !== undefined ? shortDescription.replace(/\s+/g, ' ').trim() : undefined
  const fullDescription = text(rule?.fullDescription) ?? text(rule?.help)
  const helpUri = str(rule?.helpUri)
  // The log's rule text is the rule's own, the same on each of its results.
  const ruleTitle = title !== undefined && title !== '' ? title : undefined
  const ruleDescription = fullDescription?.trim() ? fullDescription : undefined
  let info: Writable<RuleInfo> | undefined
  if (ruleTitle !== undefined || ruleDescription !== undefined) {
    info = {}
    if (ruleTitle !== undefined) info.title = ruleTitle
    if (ruleDescription !== undefined) info.description = ruleDescription
  }
  return {
    tags,
    name,
    shortDescription,
    fullDescription,
    helpUri,
    advisories,
    score,
    scoreWords: score !== undefined ? `security-severity ${score}` : undefined,
    ruleId,
    defaultLevel: obj(rule?.defaultConfiguration)?.level,
    title,
    category: guessCategory(toolName, ruleId, name, tags, advisories),
    cwe: collectCwe(rule, {}, tags),
    severityWord: severityWord(text(rule?.help)),
    ruleInfo: info,
    references: helpUri ? [helpUri] : undefined,
  }
}

/**
 * Rule facts per (rule, rule id) within one run: advisory extraction and the category heuristic
 * run once per rule instead of once per result.
 */
class RuleFactsCache {
  readonly #byRule = new Map<Obj | undefined, Map<string, RuleFacts>>()
  constructor(readonly toolName: string) {}
  get(rule: Obj | undefined, ruleId: string): RuleFacts {
    let byId = this.#byRule.get(rule)
    if (byId === undefined) this.#byRule.set(rule, (byId = new Map()))
    let facts = byId.get(ruleId)
    if (facts === undefined) byId.set(ruleId, (facts = ruleFacts(rule, ruleId, this.toolName)))
    return facts
  }
}

/**
 * Any tool's SARIF 2.1.0 log to findings, one per result (results of kind `pass` and
 * `notApplicable` are not problems and are skipped with a notice). Nothing is dropped silently:
 * suppressed results stay findings with `suppression`, and a result whose file lies outside the
 * workspace keeps its finding without a location. Snippets and tool properties (where gitleaks v7
 * puts the secret itself) are never copied into a finding.
 */
export function sarifToFindings(log: unknown, context: SarifImportContext): SarifImport {
  return importRuns(checkLog(log), context, (run) => [arr(run.results)])
}

/** The results of run `runIndex` in batches, in log order (each batch may be dropped once read). */
type ResultBatches = (run: Obj, runIndex: number) => Iterable<readonly unknown[]>

function importRuns(
  checked: Obj,
  context: SarifImportContext,
  resultsOf: ResultBatches,
): SarifImport {
  const findings: Finding[] = []
  const results: ImportedResult[] = []
  const runs: ImportedRun[] = []
  const notices: string[] = []
  const failures: string[] = []
  let scannerVersion: string | undefined

  arr(checked.runs).forEach((runValue, runIndex) => {
    const run = obj(runValue)
    if (!run) throw new ScanFailedError(`SARIF run ${runIndex} is not an object.`)
    // SARIF requires run.tool, but real logs omit it; the results are still the tool's results,
    // so they are read under an unknown tool's name rather than thrown away.
    const tool = obj(run.tool) ?? {}
    const driver = obj(tool.driver) ?? {}
    const named = str(driver.name)
    const toolName = named ?? UNKNOWN_TOOL
    if (named === undefined) {
      notices.push(
        `SARIF run ${runIndex} names no tool (tool.driver.name is missing); its results are read as those of an ${UNKNOWN_TOOL}.`,
      )
    }
    failures.push(...executionFailures(run, runIndex, toolName))
    if (run.results !== undefined && run.results !== null && !Array.isArray(run.results)) {
      throw new ScanFailedError(
        `SARIF run ${runIndex} (${toolName}) has a "results" that is not an array.`,
      )
    }
    const toolVersion = str(driver.version) ?? str(driver.semanticVersion)
    scannerVersion ??= toolVersion
    const engine = context.engine ?? toolName.toLowerCase()
    const sources: readonly string[] = [engine]
    const table = ruleTable(tool)
    const rulesFacts = new RuleFactsCache(toolName)
    const ownWordTools = OWN_WORD_TOOLS.test(toolName)
    const paths = new ArtifactPathCache(run, context.workspace)
    const fileFingerprints = new FileFingerprints()
    let skipped = 0
    let dropped = 0
    let resultCount = 0

    const importResult = (resultValue: unknown, resultIndex: number): void => {
      const result = obj(resultValue)
      if (!result) {
        throw new ScanFailedError(
          `SARIF run ${runIndex} (${toolName}) result ${resultIndex} is not an object.`,
        )
      }
      const kind = str(result.kind) ?? 'fail'
      const rawMessage = obj(result.message)
      const firstRule = resolveRule(result, table, str(rawMessage?.text))
      const message = messageText(result.message, firstRule.rule)
      const ruleOf =
        message !== str(rawMessage?.text) ? resolveRule(result, table, message) : firstRule
      const { rule, from } = ruleOf

      const facts = rulesFacts.get(rule, ruleOf.ruleId)
      // The rule id as the rule's first result wrote it: one string kept for all its findings.
      const ruleId = facts.ruleId
      const defaultLevel = facts.defaultLevel
      let level: SarifLevel
      let inherited = true
      if (isLevel(result.level)) {
        level = result.level
        inherited = false
      } else if (kind !== 'fail') {
        level = 'none' // SARIF §3.27.10: a non-fail result without a level has level none.
      } else {
        level = isLevel(defaultLevel) ? defaultLevel : 'warning'
      }

      const writtenId = str(result.ruleId)
      const sarifRuleId = writtenId === ruleId ? ruleId : writtenId
      if (NOT_PROBLEMS.has(kind)) {
        skipped++
        results.push(
          importedResult(
            runIndex,
            resultIndex,
            kind,
            level,
            inherited,
            sarifRuleId,
            from,
            undefined,
            false,
          ),
        )
        return
      }

      const score = securitySeverity(result.properties) ?? facts.score
      const own = obj(result.properties)?.[SEVERITY_PROPERTY]
      // trivy and grype write their own severity word in the text and a CVSS score (from whichever
      // source had one) as security-severity; the word is what the scanner decided, so it wins.
      const word = ownWordTools ? (severityWord(message) ?? facts.severityWord) : undefined
      const severity: Severity = isSeverity(own)
        ? own
        : word !== undefined
          ? normalizeSeverity(word)
          : score !== undefined
            ? severityFromScore(score)
            : severityFromSarifLevel(level)
      const scannerSeverity =
        word !== undefined
          ? word
          : score !== undefined
            ? score === facts.score
              ? (facts.scoreWords as string)
              : `security-severity ${score}`
            : inherited
              ? INHERITED_LEVEL_WORDS[level]
              : level

      const resultTags = stringTags(result.properties)
      const ruleName = facts.name
      const advisories = facts.advisories
      let category = facts.category
      let cwe = facts.cwe
      if (resultTags.length > 0 || arr(result.taxa).length > 0) {
        const tags = [...facts.tags, ...resultTags]
        category = guessCategory(toolName, ruleId, ruleName, tags, advisories)
        cwe = collectCwe(rule, result, tags)
      }

      const title = facts.title ?? (message ?? ruleName ?? ruleId).replace(/\s+/g, ' ').trim()
      const fullDescription = facts.fullDescription
      let description: string | undefined
      if (message && message.trim() !== title) description = message
      if (fullDescription && fullDescription.trim() !== title && fullDescription !== message) {
        description =
          description === undefined ? fullDescription : `${description}\n\n${fullDescription}`
      }
      const helpUri = facts.helpUri

      const resolved = resolveLocation(result, paths)
      if (resolved.dropped) dropped++
      const location = resolved.location

      const ownFingerprint = str(obj(result.partialFingerprints)?.[PORTCULLIS_FINGERPRINT_KEY])
      let fingerprint: string
      if (ownFingerprint !== undefined && /^v1:[0-9a-f]{40}$/.test(ownFingerprint)) {
        fingerprint = ownFingerprint
      } else if (location) {
        const lines =
          location.startLine !== undefined
            ? context.readLines?.(
                location.path,
                location.startLine,
                location.endLine ?? location.startLine,
              )
            : undefined
        const content = lines ?? resolved.snippet ?? message ?? title
        fingerprint = fileFingerprints.next(ruleId, location.path, content)
      } else {
        const logical = str(
          obj(arr(obj(arr(result.locations)[0])?.logicalLocations)[0])?.fullyQualifiedName,
        )
        fingerprint = ruleFingerprint(
          ruleId,
          [resolved.rawUri ?? logical ?? '', message ?? title].join('\u0000'),
        )
      }

      const suppression = readSuppression(result)
      const git = readGit(result)
      // Arrays and the rule object are shared by the findings of a rule (or run): findings are
      // readonly, and 100,000 results would otherwise make 100,000 copies for the collector.
      const finding = new PlainFinding(
        fingerprint,
        category,
        ruleId,
        title || ruleId,
        description,
        facts.ruleInfo,
        severity,
        scannerSeverity,
        location,
        helpUri,
        facts.references,
        cwe,
        advisories,
        git,
        suppression,
        sources,
      )
      findings.push(finding as Finding)
      results.push(
        importedResult(
          runIndex,
          resultIndex,
          kind,
          level,
          inherited,
          sarifRuleId,
          from,
          finding as Finding,
          resolved.dropped,
        ),
      )
    }
    for (const batch of resultsOf(run, runIndex)) {
      for (const resultValue of batch) importResult(resultValue, resultCount++)
    }

    if (skipped > 0) {
      notices.push(
        `${toolName}: ${skipped} result(s) of kind pass or notApplicable are not problems and were not imported.`,
      )
    }
    if (dropped > 0) {
      notices.push(
        `${toolName}: ${dropped} result(s) name a file outside the workspace (absolute path, other scheme or ` +
          "another machine's root); their findings are kept without a file location.",
      )
    }
    const category = str(obj(run.automationDetails)?.id)
    const informationUri = str(driver.informationUri)
    runs.push({
      toolName,
      ...(toolVersion ? { toolVersion } : {}),
      ...(informationUri ? { informationUri } : {}),
      ...(category ? { category } : {}),
      results: resultCount,
    })
  })

  return {
    findings,
    results,
    runs,
    notices,
    failures,
    ...(scannerVersion ? { scannerVersion } : {}),
  }
}

/** Raw SARIF text to findings, as {@link readSarifLog} reads it. */
export function parseSarif(raw: string, context: SarifImportContext): SarifImport {
  return readSarifLog(raw, context).imported
}

export interface SarifLogImport {
  /**
   * The log itself, for what callers read besides findings (invocations, automation details): its
   * runs' `results` may be empty arrays, the results having been read a slice at a time.
   */
  readonly log: Obj
  readonly imported: SarifImport
}

/**
 * Raw SARIF text to findings, the same as {@link readSarif} then {@link sarifToFindings}, without
 * holding the whole parsed log: the log without its results is parsed first (so rules are known
 * whatever the key order), then each run's results a slice of a few dozen at a time (see
 * results-slices.ts). A text that is not cut that way, or any failure on the way, is read whole
 * instead, so invalid or odd input fails with the same error as a whole read, and duplicate keys
 * mean what JSON.parse makes of them.
 */
export function readSarifLog(raw: string, context: SarifImportContext): SarifLogImport {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const sliced = sliceSarif(text)
  if (sliced !== undefined && sliced.spans.length > 0) {
    try {
      const log = checkLog(JSON.parse(sliced.envelope))
      const spans = new Map(sliced.spans.map((span) => [span.run, span]))
      let read = 0
      const imported = importRuns(log, context, (run, runIndex) => {
        const span = spans.get(runIndex)
        if (span === undefined) return [arr(run.results)]
        if (!Array.isArray(run.results) || run.results.length > 0) {
          throw new Error(`run ${runIndex} of the envelope does not hold its results' place`)
        }
        read++
        return resultSlices(text, span)
      })
      // Only a text whose every slice went through JSON.parse is known to be valid JSON.
      if (read !== sliced.spans.length) throw new Error('results the envelope has no run for')
      return { log, imported }
    } catch {
      // Read whole below: its JSON.parse or conversion throws what it always threw, where it did.
    }
  }
  const log = readSarif(raw)
  return { log, imported: sarifToFindings(log, context) }
}
