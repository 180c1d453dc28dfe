import {
  escapeMarkdown,
  compareSeverity,
  sarifLevelForSeverity,
  scoreForSeverity,
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
  /** Read twice: once for the rules, once for the results. */
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
 */
export function findingsToSarif(input: SarifWriterInput): Log {
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
  const files = new FileCache(input.readFile)
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA_URI,
    runs: input.runs.map((run) => buildRun(run, input.workflowPath, files)),
  }
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

function securityScore(finding: Finding): number {
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

/**
 * A rule's text is the scanner's word on the rule itself ({@link Finding.rule}), never one
 * finding's title or description: those name a file, a line or a package, and code scanning shows
 * the rule's text on every alert of the rule. Without it the text is generic.
 */
function ruleText(ruleId: string, rep: Finding, group: readonly Finding[], tool: string): RuleText {
  const info = [rep, ...group].find((f) => f.rule?.title || f.rule?.description)?.rule
  const title = info?.title ?? GENERIC_RULE_TITLE[rep.category](ruleId, tool)
  const description =
    info?.description ??
    (info?.title
      ? info.title
      : `${title}. ${tool} gives no description of this rule; each result says what it found and where.`)
  return { title, description }
}

function buildHelp(
  text: RuleText,
  group: readonly Finding[],
  rep: Finding,
): { text: string; markdown: string } {
  // Titles, descriptions and remediations are the scanner's (and often the scanned file's) text:
  // escaped, so code scanning renders them as text, never as links, images or HTML.
  const plain: string[] = [text.description]
  const markdown: string[] = [`**${escapeMarkdown(text.title)}**`]
  if (text.description !== text.title) markdown.push(paragraphs(text.description))
  const advisories = [...new Set(group.flatMap((f) => f.advisories ?? []))]
  if (advisories.length > 0) {
    plain.push(`Advisories: ${advisories.join(', ')}`)
    markdown.push(`**Advisories:** ${escapeMarkdown(advisories.join(', '))}`)
  }
  // A remediation belongs to the rule only when every finding of it says the same
  // ("Upgrade lodash to 4.17.21" is one package's; the result message names its fix).
  const remediation = rep.remediation
  if (remediation && group.every((f) => f.remediation === remediation)) {
    plain.push(`Remediation: ${remediation}`)
    markdown.push(`**Remediation:** ${paragraphs(remediation)}`)
  }
  const refs = [
    ...new Set([rep.helpUri, ...group.flatMap((f) => f.references ?? [])].filter(isString)),
  ]
  if (refs.length > 0) {
    plain.push(`References:\n${refs.map((r) => `- ${r}`).join('\n')}`)
    markdown.push(`**References**\n\n${refs.map(referenceLine).join('\n')}`)
  }
  return { text: plain.join('\n\n'), markdown: markdown.join('\n\n') }
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

function buildRule(ruleId: string, group: readonly Finding[], tool: string): ReportingDescriptor {
  // The most severe finding speaks for the rule: code scanning shows the rule's severity.
  const rep = [...group].sort(
    (a, b) => securityScore(b) - securityScore(a) || compareSeverity(a.severity, b.severity),
  )[0] as Finding
  const cwes = new Set<string>()
  for (const f of group) for (const c of f.cwe ?? []) cwes.add(c)
  const tags = ['security', rep.category]
  for (const c of cwes) {
    const tag = cweTag(c)
    if (tag && !tags.includes(tag)) tags.push(tag)
  }
  const text = ruleText(ruleId, rep, group, tool)
  return {
    id: ruleId,
    shortDescription: { text: limit(oneLine(text.title) || ruleId) },
    fullDescription: { text: limit(text.description) },
    help: buildHelp(text, group, rep),
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

function buildRun(run: SarifRunInput, workflowPath: string | undefined, files: FileCache): Run {
  const groups = new Map<string, Finding[]>()
  for (const f of run.findings) {
    const g = groups.get(f.ruleId)
    if (g) g.push(f)
    else groups.set(f.ruleId, [f])
  }
  const rules: ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  for (const [id, group] of groups) {
    ruleIndex.set(id, rules.length)
    rules.push(buildRule(id, group, run.tool.name))
  }

  const anchorPath = run.fallbackPath ?? workflowPath
  const placed: { finding: Finding; path: string; anchored: boolean }[] = []
  for (const finding of run.findings) {
    if (finding.location) {
      placed.push({ finding, path: finding.location.path, anchored: false })
      continue
    }
    if (anchorPath === undefined) {
      throw new Error(
        `Finding ${finding.ruleId} of ${run.tool.name} has no file location and the SARIF run ` +
          'has neither a fallbackPath nor a workflowPath to show it on',
      )
    }
    placed.push({ finding, path: anchorPath, anchored: true })
  }

  const results: Result[] = placed.map(({ finding, path, anchored }) => {
    const rule = rules[ruleIndex.get(finding.ruleId) as number] as ReportingDescriptor
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
      ruleIndex: ruleIndex.get(finding.ruleId) as number,
      level: sarifLevelForSeverity(finding.severity),
      message: { text: buildMessage(finding, anchored ? path : undefined, run) },
      locations: [{ physicalLocation }],
      partialFingerprints,
    }
    const properties: Record<string, string> = {}
    const score = securityScore(finding)
    if (formatScore(score) !== rule.properties?.['security-severity']) {
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
  })

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
    results,
  }
}
