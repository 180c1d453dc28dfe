/**
 * The finding model, version 1: what every scan action writes and what the quality gate reads.
 * The JSON Schema in ../schema/findings-report.schema.json is the published form of these types;
 * a test holds the two together.
 */

export const REPORT_SCHEMA_ID = 'urn:portcullis:findings-report' as const
export const REPORT_SCHEMA_VERSION = 1 as const

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const CATEGORIES = [
  'secret',
  'vulnerability',
  'misconfiguration',
  'compliance',
  'signature',
  'license',
] as const
export type Category = (typeof CATEGORIES)[number]

export const ACTION_NAMES = [
  'scan-secrets',
  'scan-deps',
  'scan-iac',
  'scan-image',
  'sign-image',
  'compliance',
  'quality-gate',
] as const
export type ActionName = (typeof ACTION_NAMES)[number]

/**
 * The `action` of a report the quality gate made from another tool's output (its `import` input):
 * not a Portcullis action, so not in {@link ACTION_NAMES}.
 */
export const IMPORT_ACTION = 'import' as const
/** Who made a report: a Portcullis action, or the gate importing another tool's output. */
export type ReportAction = ActionName | typeof IMPORT_ACTION

/** A full commit SHA (SHA-1 or SHA-256 object name), as a report's `commitSha` must be. */
export const FULL_COMMIT_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * The notice every sign-image report opens with, a failed one included: `mode: sign` or
 * `mode: verify`. The quality gate's final stage accepts only verifications, told apart by it.
 */
export function signatureModeNotice(mode: 'sign' | 'verify'): string {
  return `mode: ${mode}`
}

export const REPORT_STATUSES = ['complete', 'failed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const TARGET_KINDS = ['repository', 'path', 'git-range', 'image', 'host'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

export interface Location {
  /** Path relative to the workspace, with forward slashes; never absolute, never `..`. */
  readonly path: string
  readonly startLine?: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
}

export interface PackageRef {
  readonly name: string
  readonly version?: string
  readonly purl?: string
  readonly fixedVersion?: string
  readonly ecosystem?: string
}

export interface ImageRef {
  readonly ref: string
  readonly digest?: string
  /** Digest of the layer that introduced the finding, where the scanner says. */
  readonly layer?: string
}

export interface Cvss {
  readonly score?: number
  readonly vector?: string
  /** e.g. "3.1", "4.0"; taken from the vector prefix when present. */
  readonly version?: string
}

export interface Suppression {
  /**
   * Who suppressed it. `in-source`: an inline marker in a scanned file (`gitleaks:allow`,
   * `checkov:skip=`, `#trivy:ignore:`); `external`: a repository file an input named (a gitleaks
   * config, an ignore file); `vendor-status`: a VEX statement or the scanner's own status.
   */
  readonly kind: 'in-source' | 'external' | 'vendor-status'
  readonly justification?: string
  /**
   * What suppressed it, for summaries and the gate's `repo-suppressions` policy: the file and line
   * (`.trivyignore:3`), the marker and where it is (`gitleaks:allow at src/a.env:2`), or the file an
   * input named (`.gitleaks.toml (input config)`).
   */
  readonly source?: string
}

export interface GitContext {
  readonly commit?: string
  readonly author?: string
  readonly date?: string
}

/**
 * What the scanner says about the rule (check, advisory, secret pattern) itself: the same text for
 * every finding of the rule, never one finding's file, line or message. SARIF rules are written from
 * it; code scanning shows it on every alert of the rule.
 */
export interface RuleInfo {
  /** The rule's or advisory's own title, e.g. "nodejs-lodash: command injection via template". */
  readonly title?: string
  /** What the rule checks or what the advisory says, in the scanner's words. */
  readonly description?: string
}

/** `{ rule }` for a finding when the scanner gives the rule's title or description, else `{}`. */
export function ruleInfo(title?: string, description?: string): Pick<Finding, 'rule'> {
  const t = title?.trim() ? title : undefined
  const d = description?.trim() ? description : undefined
  if (t === undefined && d === undefined) return {}
  return {
    rule: {
      ...(t !== undefined ? { title: t } : {}),
      ...(d !== undefined ? { description: d } : {}),
    },
  }
}

export interface Finding {
  /** Stable across line shifts; see fingerprint.ts for how each category computes it. */
  readonly fingerprint: string
  readonly category: Category
  readonly ruleId: string
  /** This finding's title; it may name the file, package or resource it is about. */
  readonly title: string
  readonly description?: string
  /** The rule's own text, where the scanner gives it (see {@link RuleInfo}). */
  readonly rule?: RuleInfo
  readonly severity: Severity
  /** The scanner's own severity word or score, kept for the record. */
  readonly scannerSeverity?: string
  readonly cvss?: Cvss
  readonly location?: Location
  readonly package?: PackageRef
  readonly image?: ImageRef
  readonly references?: readonly string[]
  /** e.g. "CWE-79". */
  readonly cwe?: readonly string[]
  /** Advisory ids: CVE-…, GHSA-…, GO-…, RHSA-…, etc. */
  readonly advisories?: readonly string[]
  readonly helpUri?: string
  readonly remediation?: string
  readonly git?: GitContext
  readonly suppression?: Suppression
  /** The engines that reported this finding (more than one after the gate deduplicates). */
  readonly sources?: readonly string[]
}

export interface ScannerInfo {
  readonly name: string
  readonly version: string
}

/** Where the scanner binary came from, so the summary can show exactly what ran. */
export interface ToolProvenance {
  readonly name: string
  readonly version: string
  readonly source: 'input-path' | 'path' | 'tool-cache' | 'download' | 'mirror' | 'system'
  /** The file that ran: a private copy whose bytes `sha256` is the digest of. */
  readonly path: string
  readonly sha256?: string
  readonly url?: string
  /** Where the binary was found (`<tool>-path`, PATH, the tool cache, the unpacked download). */
  readonly origin?: string
  /**
   * True when `sha256` matched the tool manifest (a pinned release's executable or a known build,
   * or the executable of a release asset whose own digest matched). False for a binary the
   * workflow named in `<tool>-path` whose digest the manifest does not know; absent on reports
   * written before binaries were verified, which the gate treats as unverified.
   */
  readonly verified?: boolean
  /** The manifest entry that vouched for the binary, when verified. */
  readonly verifiedBy?: string
}

export interface Target {
  readonly kind: TargetKind
  /** Workspace-relative path, git range (`base..head`), image reference or host name. */
  readonly name: string
  /** For images: the resolved digest the scan ran against. */
  readonly digest?: string
}

export const SCOPE_KINDS = ['commits', 'tree'] as const
export type ScopeKind = (typeof SCOPE_KINDS)[number]

/**
 * One part of what a scan covered: commits of the history, or the files of the working tree. A
 * report names every part, so a summary or the gate never calls a scan of three commits a scan of
 * the repository's secrets.
 */
export interface ScanScope {
  readonly kind: ScopeKind
  /** For people: "3 commits (1a2b3c4d5e6f..6f5e4d3c2b1a)", "working tree, 214 files". */
  readonly description: string
}

/**
 * The scope a finding of a report with several belongs to: a finding in a commit was found in the
 * history, any other in the working tree.
 */
export function scopeOf(finding: Pick<Finding, 'git'>): ScopeKind {
  return finding.git?.commit ? 'commits' : 'tree'
}

/** Where an imported report came from: the file and the format it was read as. */
export interface ImportSource {
  /** The import format, e.g. `sarif`, `semgrep-json`. */
  readonly format: string
  /** The imported file, relative to the workspace when inside it. */
  readonly file: string
}

export interface FindingsReport {
  readonly schema: typeof REPORT_SCHEMA_ID
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION
  readonly action: ReportAction
  readonly scanner: ScannerInfo
  readonly target: Target
  readonly commitSha: string
  readonly status: ReportStatus
  /** Required when status is `failed`; says what went wrong in a sentence a user can act on. */
  readonly reason?: string
  readonly startedAt: string
  readonly finishedAt: string
  readonly tool?: ToolProvenance
  /** Set on reports the gate made from another tool's output (action `import`). */
  readonly imported?: ImportSource
  /** What the scan covered, where it is more than its target says (scan-secrets: commits, tree). */
  readonly scopes?: readonly ScanScope[]
  /** Things a reader must know that are not findings (e.g. every rule was notapplicable). */
  readonly notices?: readonly string[]
  readonly findings: readonly Finding[]
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)
}

/** Rank for sorting: critical first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

export function compareSeverity(a: Severity, b: Severity): number {
  return severityRank(a) - severityRank(b)
}

export type SeverityCounts = Record<Severity, number>

/** A count of zero for every severity, to count into. */
export function emptySeverityCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts = emptySeverityCounts()
  for (const f of findings) counts[f.severity] += 1
  return counts
}

/**
 * The group a suppression is counted under in summaries: the file or marker it came from, without
 * the line (`.trivyignore:3` → `.trivyignore`; `gitleaks:allow at a.env:2` → `gitleaks:allow`;
 * `.gitleaks.toml (input config)` → `.gitleaks.toml`), else its kind.
 */
export function suppressionGroup(suppression: Suppression): string {
  const source = suppression.source?.trim()
  if (!source) return suppression.kind
  const marker = / at \S/.exec(source)
  if (marker) return source.slice(0, marker.index)
  const named = / \(input [^)]*\)$/.exec(source)
  if (named) return source.slice(0, named.index)
  return source.replace(/:\d+(-\d+)?$/, '')
}

/** "suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1)", or "suppressed 0". */
export function describeSuppressed(findings: Iterable<Pick<Finding, 'suppression'>>): string {
  const groups = new Map<string, number>()
  for (const f of findings) if (f.suppression) countSuppression(groups, f.suppression)
  return describeSuppressionGroups(groups)
}

/** Counts one suppression under its {@link suppressionGroup}. */
export function countSuppression(groups: Map<string, number>, suppression: Suppression): void {
  const key = suppressionGroup(suppression)
  groups.set(key, (groups.get(key) ?? 0) + 1)
}

/** {@link describeSuppressed} of suppressions counted by group. */
export function describeSuppressionGroups(groups: ReadonlyMap<string, number>): string {
  const total = [...groups.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return 'suppressed 0'
  const parts = [...groups]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `by ${k}: ${n}`)
  return `suppressed ${total} (${parts.join(', ')})`
}

/**
 * A package finding's versions in one phrase: "marked 0.3.5 → 0.3.6", "marked 0.3.5, no fixed
 * version". Annotations and summaries name the package with it once.
 */
export function describePackageFix(pkg: PackageRef): string {
  const installed = `${pkg.name}${pkg.version ? ` ${pkg.version}` : ''}`
  return pkg.fixedVersion ? `${installed} → ${pkg.fixedVersion}` : `${installed}, no fixed version`
}

/**
 * The title without the " in <package> <version>" (or `@<version>`) that parsers end it with when
 * an advisory has no title of its own, for a text that names the package itself.
 */
export function titleWithoutPackage(finding: Pick<Finding, 'title' | 'package'>): string {
  const pkg = finding.package
  if (!pkg) return finding.title
  const suffixes = pkg.version
    ? [` in ${pkg.name} ${pkg.version}`, ` in ${pkg.name}@${pkg.version}`]
    : [` in ${pkg.name}`]
  const suffix = suffixes.find((s) => finding.title.endsWith(s) && finding.title.length > s.length)
  return suffix ? finding.title.slice(0, -suffix.length) : finding.title
}
