import {
  FileFingerprints,
  imageFingerprint,
  normalizeSeverity,
  packageFingerprint,
  ruleFingerprint,
  ruleInfo,
  ScanFailedError,
  toWorkspacePath,
  type Cvss,
  type Finding,
  type ImageRef,
  type Location,
  type PackageRef,
  type RuleInfo,
  type Severity,
  type Suppression,
} from '@portcullis/core'
import { isRecord, parseJsonOutput, strings, text, unique, type Json } from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * trivy JSON report (`--format json`) in every shape trivy writes:
 *
 * - schema v2 (`SchemaVersion: 2`, `Results[]`, newer releases add `Trivy.Version`);
 * - the pre-0.20 top-level list of `{Target, Vulnerabilities}`;
 * - `trivy k8s` cluster reports (`ClusterName` with `Resources` / `Vulnerabilities` /
 *   `Misconfigurations`, each entry a workload carrying its own `Results`);
 * - any of these with nothing found (no Results, or Results without findings).
 *
 * Four classes become findings: Vulnerabilities, Misconfigurations (Status FAIL only; PASS and
 * EXCEPTION results are counted in a notice), Secrets and Licenses.
 *
 * Vulnerability `Status` follows https://trivy.dev/latest/docs/configuration/filtering/#by-status:
 * `fixed` means a fixed version exists (the installed one is still vulnerable), so it stays a plain
 * finding; only `not_affected` (the vendor says this package is not affected) is a vendor-status
 * suppression, kept in the report so the gate can show it.
 *
 * Secrets: trivy masks the secret in `Match`, but `Code.Lines` around it are not masked (another
 * secret on a nearby line is shown in full), so no secret text is copied and only the masked match
 * is hashed.
 */

const SOURCE = 'trivy'
/** trivy's vulnerability statuses that mean "not vulnerable here". */
const NOT_AFFECTED = 'not_affected'
/** The rule id of a vulnerability entry that names no VulnerabilityID (old trivy releases). */
const UNKNOWN_ID = 'unknown'
/** trivy sources to prefer for CVSS when the SeveritySource has none. */
const CVSS_SOURCE_ORDER = ['nvd', 'ghsa', 'redhat']

function positive(record: Json, key: string): number | undefined {
  const value = record[key]
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function fail(reason: string): never {
  throw new ScanFailedError(`trivy report ${reason}`)
}

/** Optional array member: absent or null is empty, anything else that is not an array is corrupt. */
function list(record: Json, key: string, where: string): unknown[] {
  const value = record[key]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) fail(`${where}.${key} is not an array`)
  return value
}

/** One trivy Result with what its report says about where it came from. */
interface ResultScope {
  readonly result: Json
  readonly where: string
  /** Set for `trivy k8s`: the workload this result belongs to. */
  readonly resource?: {
    readonly namespace?: string
    readonly kind?: string
    readonly name?: string
  }
}

interface ReportScope {
  readonly imageScan: boolean
  readonly image?: { readonly ref: string; readonly digest?: string }
  readonly cluster: boolean
  /**
   * For an image scan given its digest: the name trivy was given (a temp path, `name@digest`, a
   * layout folder), which names the image-config result and the OS result ("<name> (debian 12.1)").
   * Those targets are read as the digest, so fingerprints are the same however the image was reached.
   */
  readonly artifactName?: string
}

function collectResults(data: unknown): { results: ResultScope[]; report?: Json } {
  if (Array.isArray(data)) {
    // Before 0.20 the report was a bare list of results.
    return { results: data.map((r, i) => ({ result: asResult(r, `[${i}]`), where: `[${i}]` })) }
  }
  if (!isRecord(data)) fail('is not a JSON object or list; check that trivy ran with --format json')
  if ('ClusterName' in data) {
    const results: ResultScope[] = []
    for (const key of ['Resources', 'Vulnerabilities', 'Misconfigurations']) {
      list(data, key, 'the cluster report').forEach((entry, i) => {
        const where = `${key}[${i}]`
        if (!isRecord(entry)) fail(`${where} is not an object`)
        const resource = {
          namespace: text(entry, 'Namespace'),
          kind: text(entry, 'Kind'),
          name: text(entry, 'Name'),
        }
        list(entry, 'Results', where).forEach((r, j) => {
          const w = `${where}.Results[${j}]`
          results.push({ result: asResult(r, w), where: w, resource })
        })
      })
    }
    return { results, report: data }
  }
  if (!('SchemaVersion' in data) && !('Results' in data)) {
    fail('has neither SchemaVersion, Results nor ClusterName; it is not a trivy JSON report')
  }
  if ('SchemaVersion' in data && typeof data.SchemaVersion !== 'number') {
    fail('has a SchemaVersion that is not a number')
  }
  const results = list(data, 'Results', 'the report').map((r, i) => ({
    result: asResult(r, `Results[${i}]`),
    where: `Results[${i}]`,
  }))
  return { results, report: data }
}

function asResult(value: unknown, where: string): Json {
  if (!isRecord(value)) fail(`${where} is not an object`)
  if (typeof value.Target !== 'string') fail(`${where} has no Target`)
  return value
}

/** OS package targets read "<image or dir> (<os> <version>)"; they are not files. */
const OS_TARGET = /^(.*) \([\w.-]+ [^()]+\)$/

function reportScope(
  report: Json | undefined,
  results: readonly ResultScope[],
  context: ParseContext,
): ReportScope {
  const cluster = report !== undefined && 'ClusterName' in report
  if (context.image) {
    const artifactName = report !== undefined ? text(report, 'ArtifactName') : undefined
    return {
      imageScan: true,
      image: { ref: context.image.ref, digest: context.image.digest },
      cluster,
      ...(artifactName ? { artifactName } : {}),
    }
  }
  if (report === undefined || report.ArtifactType !== 'container_image') {
    return { imageScan: false, cluster }
  }
  const metadata = isRecord(report.Metadata) ? report.Metadata : {}
  const repoDigest = strings(metadata.RepoDigests).find((d) => d.includes('@'))
  const digest = repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : undefined
  // Some reports leave ArtifactName empty; the OS result's Target still names the image.
  const ref =
    text(report, 'ArtifactName') ??
    results.map((r) => OS_TARGET.exec(r.result.Target as string)?.[1]).find((t) => !!t)
  return {
    imageScan: true,
    ...(ref ? { image: { ref, ...(digest ? { digest } : {}) } } : {}),
    cluster,
  }
}

function purlType(purl: string | undefined): string | undefined {
  const m = purl ? /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(purl) : null
  return m?.[1]?.toLowerCase()
}

/** The version a CVSS vector names (`CVSS:3.1/…`), else `fallback`. */
function cvssVersion(vector: string | undefined, fallback: string): string {
  if (vector === undefined || !vector.startsWith('CVSS:')) return fallback
  const slash = vector.indexOf('/', 5)
  const version = slash > 0 ? vector.slice(5, slash) : ''
  return CVSS_VERSION.test(version) ? version : fallback
}

const CVSS_VERSION = /^\d+\.\d+$/

type CvssVersion = readonly [score: string, vector: string, fallback: string]
const V40: CvssVersion = ['V40Score', 'V40Vector', '4.0']
const V3: CvssVersion = ['V3Score', 'V3Vector', '3.0']
const V2: CvssVersion = ['V2Score', 'V2Vector', '2.0']
/** Newest first: the order a source's own versions are read in. */
const NEWEST_FIRST = [V40, V3, V2] as const
/** Across sources: v3 is the most widely given, then v4, then v2. */
const FALLBACK_ORDER = [V3, V40, V2] as const

/** The score and vector of one CVSS version in one source, or undefined when it has neither. */
function cvssAt(source: Json, [score, vector, fallback]: CvssVersion): Cvss | undefined {
  const value = typeof source[score] === 'number' ? source[score] : undefined
  const v = text(source, vector)
  if (value === undefined && v === undefined) return undefined
  const cvss: Writable<Cvss> = {}
  if (value !== undefined) cvss.score = value
  if (v) cvss.vector = v
  cvss.version = cvssVersion(v, fallback)
  return cvss
}

/**
 * CVSS from `CVSS.<source>`: the source trivy took the severity from (`SeveritySource`) first, its
 * newest CVSS version first (a GHSA advisory may carry only a v4 score while Red Hat has a v3 one:
 * the score shown must be the one behind the severity). Without it, v3 of nvd, ghsa, redhat or any
 * other source, then v4, then v2.
 */
function readCvss(vuln: Json): Cvss | undefined {
  const all = vuln.CVSS
  if (!isRecord(all)) return undefined
  const own = text(vuln, 'SeveritySource')
  const ownEntry = own !== undefined && Object.hasOwn(all, own) ? all[own] : undefined
  if (isRecord(ownEntry)) {
    for (const version of NEWEST_FIRST) {
      const cvss = cvssAt(ownEntry, version)
      if (cvss) return cvss
    }
  }
  // Runs once per vulnerability: the sources are walked in place, without building their list.
  for (const version of FALLBACK_ORDER) {
    for (const name of CVSS_SOURCE_ORDER) {
      const entry = Object.hasOwn(all, name) ? all[name] : undefined
      const cvss = isRecord(entry) ? cvssAt(entry, version) : undefined
      if (cvss) return cvss
    }
    for (const name in all) {
      if (name === '' || CVSS_SOURCE_ORDER.includes(name) || !Object.hasOwn(all, name)) continue
      const entry = all[name]
      const cvss = isRecord(entry) ? cvssAt(entry, version) : undefined
      if (cvss) return cvss
    }
  }
  return undefined
}

function layerOf(entry: Json): string | undefined {
  const layer = isRecord(entry.Layer) ? entry.Layer : undefined
  return layer ? (text(layer, 'Digest') ?? text(layer, 'DiffID')) : undefined
}

/** The package of a vulnerability: one literal when trivy named everything, as it usually does. */
function packageRef(
  name: string,
  version: string | undefined,
  purl: string | undefined,
  fixedVersion: string | undefined,
  ecosystem: string | undefined,
): PackageRef {
  if (version && purl && fixedVersion && ecosystem) {
    return { name, version, purl, fixedVersion, ecosystem }
  }
  const pkg: Writable<PackageRef> = { name }
  if (version) pkg.version = version
  if (purl) pkg.purl = purl
  if (fixedVersion) pkg.fixedVersion = fixedVersion
  if (ecosystem) pkg.ecosystem = ecosystem
  return pkg
}

/** What the vulnerabilities of one result share. */
interface VulnerabilityScope {
  readonly type?: string
  readonly targetPath?: string
  readonly packageLines?: PackageLines
  readonly image?: ImageRef
  /** The image digest (or, in a cluster, reference) image fingerprints are made with. */
  readonly digest?: string
  /** The result's image with each layer named so far. */
  readonly layers: Map<string, ImageRef>
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** `list[index]`, or `list` when no index: an entry's place in the report, for messages. */
function place(list: string, index?: number): string {
  return index === undefined ? list : `${list}[${index}]`
}

/**
 * Whether `values` is already what `strings` and `unique` make of a list: strings, trimmed, none
 * blank, none twice and none equal to `first`. Then the parsed list serves as it is (the report's
 * data is this parse's own): no copy per finding to allocate, and none for the GC to move.
 */
function isClean(values: readonly unknown[], first: string | undefined): values is string[] {
  // Long lists go the general way, whose repeat check is linear.
  if (values.length > 64) return false
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (typeof value !== 'string' || value === '' || value.trim() !== value || value === first) {
      return false
    }
    for (let j = 0; j < i; j++) if (values[j] === value) return false
  }
  return true
}

/** `strings(values)`: the list itself when it is clean. */
function trimmedStrings(values: unknown): string[] {
  return Array.isArray(values) && isClean(values, undefined) ? values : strings(values)
}

/** `unique([first, ...strings(values)])`, the list itself (after `first`) when it is clean. */
function withFirst(first: string | undefined, values: unknown): string[] {
  if (!Array.isArray(values)) return first !== undefined ? [first] : []
  if (!isClean(values, first)) return unique([first, ...strings(values)])
  return first !== undefined ? [first].concat(values) : values
}

function resourceLabel(resource: NonNullable<ResultScope['resource']>): string {
  return [resource.namespace, resource.kind, resource.name].filter((p) => p !== undefined).join('/')
}

class Builder {
  readonly findings: Finding[] = []
  readonly skippedMisconfigs = new Map<string, number>()
  /** Vulnerability entries without a VulnerabilityID, for the notice. */
  readonly unidentified: string[] = []
  /** ExperimentalModifiedFindings entries that carry no finding of a known type. */
  readonly unreadableModified: string[] = []
  /** File fingerprints of misconfigurations, secrets and license files, occurrences counted. */
  readonly #files = new FileFingerprints()
  /** Every finding's `sources`: findings are readonly, so one list serves them all. */
  readonly #sources: readonly string[] = [SOURCE]
  readonly #severities = new Map<string, Severity>()
  #lastPurlType: string | undefined

  constructor(
    private readonly context: ParseContext,
    private readonly scope: ReportScope,
  ) {}

  /** A result's Target, with the image's given name read as its digest ({@link ReportScope}). */
  #target(target: string): string {
    const name = this.scope.artifactName
    const digest = this.scope.image?.digest
    if (name === undefined || digest === undefined) return target
    if (target === name) return digest
    return target.startsWith(`${name} (`) ? `${digest}${target.slice(name.length)}` : target
  }

  result({ result, where, resource }: ResultScope): void {
    const target = this.#target(result.Target as string)
    const klass = text(result, 'Class')
    const type = text(result, 'Type')
    // Files are workspace files only for filesystem / repository / config scans; in images and
    // clusters a Target is a path inside the image or a workload, never a workspace file.
    const filesAreLocal = !this.scope.imageScan && resource === undefined
    const osTarget = OS_TARGET.exec(target)
    const targetPath =
      filesAreLocal && klass !== 'os-pkgs' && !osTarget
        ? toWorkspacePath(target, this.context.workspace)
        : undefined
    // In a cluster report each workload names its image in the Target of its OS result.
    const image: ImageRef | undefined = this.scope.image
      ? this.scope.image
      : resource !== undefined && osTarget?.[1]
        ? { ref: osTarget[1] }
        : undefined
    const subject = resource ? `k8s:${resourceLabel(resource)}` : (targetPath ?? target)

    const vulnerabilities: VulnerabilityScope = {
      type,
      targetPath,
      packageLines: targetPath !== undefined ? lockfileLines(result, where) : undefined,
      image,
      // A cluster report knows a workload's image only by its reference, which still tells two
      // images with the same package apart.
      digest: this.context.image?.digest ?? (resource !== undefined ? image?.ref : undefined),
      layers: new Map(),
    }
    const entries = list(result, 'Vulnerabilities', where)
    const listed = `${where}.Vulnerabilities`
    for (let i = 0; i < entries.length; i++)
      this.vulnerability(entries[i], vulnerabilities, listed, i)
    list(result, 'Misconfigurations', where).forEach((m, i) =>
      this.misconfiguration(m, `${where}.Misconfigurations[${i}]`, {
        targetPath,
        subject,
        resource,
      }),
    )
    list(result, 'Secrets', where).forEach((s, i) =>
      this.secret(s, `${where}.Secrets[${i}]`, { targetPath, subject, image }),
    )
    list(result, 'Licenses', where).forEach((l, i) =>
      this.license(l, `${where}.Licenses[${i}]`, { type, image, filesAreLocal, subject }),
    )
    // trivy --show-suppressed: what a VEX document, .trivyignore or an ignore policy set aside.
    // Each is the finding it would have been, marked suppressed with where the suppression came from.
    list(result, 'ExperimentalModifiedFindings', where).forEach((m, i) => {
      const at = `${where}.ExperimentalModifiedFindings[${i}]`
      if (!isRecord(m) || !isRecord(m.Finding)) {
        this.unreadableModified.push(at)
        return
      }
      const before = this.findings.length
      const kind = text(m, 'Type')
      const finding = m.Finding
      if (kind === 'vulnerability') this.vulnerability(finding, vulnerabilities, `${at}.Finding`)
      else if (kind === 'misconfiguration')
        this.misconfiguration({ ...finding, Status: 'FAIL' }, `${at}.Finding`, {
          targetPath,
          subject,
          resource,
        })
      else if (kind === 'secret')
        this.secret(finding, `${at}.Finding`, { targetPath, subject, image })
      else if (kind === 'license')
        this.license(finding, `${at}.Finding`, { type, image, filesAreLocal, subject })
      if (this.findings.length === before + 1) {
        this.findings[before] = {
          ...(this.findings[before] as Finding),
          suppression: modifiedSuppression(m),
        }
      } else this.unreadableModified.push(at)
    })
  }

  private vulnerability(
    value: unknown,
    at: VulnerabilityScope,
    list: string,
    index?: number,
  ): void {
    if (!isRecord(value)) fail(`${place(list, index)} is not an object`)
    const name = text(value, 'PkgName')
    if (!name) fail(`${place(list, index)} has no PkgName`)
    // Old trivy releases wrote entries with only a PkgName; they are still a vulnerable package.
    const stated = text(value, 'VulnerabilityID')
    if (!stated) this.unidentified.push(`${name} (${place(list, index)})`)
    const id = stated ?? UNKNOWN_ID
    const version = text(value, 'InstalledVersion')
    const identifier = value.PkgIdentifier
    const purl = isRecord(identifier) ? text(identifier, 'PURL') : undefined
    const ecosystem = this.#purlType(purl) ?? at.type
    const fixedVersion = text(value, 'FixedVersion')
    const pkg = packageRef(name, version, purl, fixedVersion, ecosystem)
    const fingerprint = at.digest
      ? imageFingerprint({ digest: at.digest, advisory: id, name, version, ecosystem })
      : packageFingerprint({ advisory: id, name, version, ecosystem })
    const pkgPath = text(value, 'PkgPath')
    const path =
      at.targetPath !== undefined && pkgPath !== undefined
        ? (toWorkspacePath(pkgPath, this.context.workspace) ?? at.targetPath)
        : at.targetPath
    // The package's lines in the lockfile (trivy's own SARIF points there too); a package found
    // inside another file (PkgPath) has no lines of its own.
    const lines =
      pkgPath === undefined
        ? (at.packageLines?.get(text(value, 'PkgID') ?? `${name}@${version ?? ''}`) ??
          at.packageLines?.get(`${name}@${version ?? ''}`))
        : undefined
    const status = text(value, 'Status')
    const primaryUrl = text(value, 'PrimaryURL')
    const cvss = readCvss(value)
    const cwe = trimmedStrings(value.CweIDs)
    const severityWord = text(value, 'Severity')
    const advisoryTitle = text(value, 'Title')
    const details = text(value, 'Description')
    const severity = this.#severity(severityWord)
    const image = at.image ? this.#imageIn(at, value) : undefined
    const references = withFirst(primaryUrl, value.References)
    const advisories = withFirst(stated, value.VendorIDs)
    const remediation = remediationFor(name, fixedVersion, status)
    // Findings are built in one literal where they can be, member by member where not, never
    // through spreads: a report of 100,000 vulnerabilities made several throwaway objects per
    // finding, and growing an object member by member reallocates its backing store; their GC was
    // most of the normalising time. The usual entry of an image scan has every member but a
    // location and a suppression, so it is one literal, in the order the general case gives.
    if (
      image &&
      !path &&
      advisoryTitle &&
      details &&
      severityWord &&
      cvss &&
      cwe.length > 0 &&
      primaryUrl &&
      status !== NOT_AFFECTED
    ) {
      this.findings.push({
        fingerprint,
        category: 'vulnerability',
        ruleId: id,
        title: advisoryTitle,
        description: details,
        rule: { title: advisoryTitle, description: details },
        severity,
        scannerSeverity: severityWord,
        cvss,
        package: pkg,
        image,
        references,
        cwe,
        advisories,
        helpUri: primaryUrl,
        remediation,
        sources: this.#sources,
      })
      return
    }
    // Its required members are all set before it is pushed.
    const finding: Partial<Writable<Finding>> = {
      fingerprint,
      category: 'vulnerability',
      ruleId: id,
      // The advisory's own title says what is wrong; an advisory without one (trivy leaves Title
      // out for some sources) is named by its id and the package.
      title:
        advisoryTitle ??
        `${stated ? id : 'Unidentified vulnerability'} in ${name}${version ? ` ${version}` : ''}`,
    }
    if (details) finding.description = details
    if (advisoryTitle || details) {
      const rule: Partial<Writable<RuleInfo>> = {}
      if (advisoryTitle) rule.title = advisoryTitle
      if (details) rule.description = details
      finding.rule = rule
    }
    finding.severity = severity
    if (severityWord) finding.scannerSeverity = severityWord
    if (cvss) finding.cvss = cvss
    if (path) {
      const location: Writable<Location> = { path }
      if (lines) {
        location.startLine = lines.startLine
        if (lines.endLine !== undefined) location.endLine = lines.endLine
      }
      finding.location = location
    }
    finding.package = pkg
    if (image) finding.image = image
    finding.references = references
    if (cwe.length > 0) finding.cwe = cwe
    finding.advisories = advisories
    if (primaryUrl) finding.helpUri = primaryUrl
    finding.remediation = remediation
    if (status === NOT_AFFECTED) {
      finding.suppression = {
        kind: 'vendor-status',
        justification:
          'The vendor states this package is not affected (trivy status not_affected).',
      }
    }
    finding.sources = this.#sources
    this.findings.push(finding as Finding)
  }

  /** The result's image, with the layer the entry names; one object per layer and result. */
  #imageIn(at: VulnerabilityScope, entry: Json): ImageRef | undefined {
    const image = at.image
    const layer = layerOf(entry)
    if (image === undefined || !layer) return image
    let layered = at.layers.get(layer)
    if (layered === undefined) {
      layered = { ...image, layer }
      at.layers.set(layer, layered)
    }
    return layered
  }

  /** purlType, without a regex when the type is the one of the purl before (a result's usually are). */
  #purlType(purl: string | undefined): string | undefined {
    const last = this.#lastPurlType
    if (
      purl !== undefined &&
      last !== undefined &&
      purl.startsWith('pkg:') &&
      purl.startsWith(last, 4) &&
      purl.charCodeAt(4 + last.length) === 0x2f // '/'
    ) {
      return last
    }
    const type = purlType(purl)
    if (type !== undefined) this.#lastPurlType = type
    return type
  }

  /** normalizeSeverity of a word, once per distinct word of the report. */
  #severity(word: string | undefined): Severity {
    if (word === undefined) return normalizeSeverity(word)
    let severity = this.#severities.get(word)
    if (severity === undefined) {
      severity = normalizeSeverity(word)
      this.#severities.set(word, severity)
    }
    return severity
  }

  private misconfiguration(
    value: unknown,
    where: string,
    at: { targetPath?: string; subject: string; resource?: ResultScope['resource'] },
  ): void {
    if (!isRecord(value)) fail(`${where} is not an object`)
    // trivy 0.44 writes ID "N/A" for checks that only have an AVD id (e.g. AVD-AWS-0321).
    const shortId = text(value, 'ID')
    const ruleId = (shortId !== 'N/A' ? shortId : undefined) ?? text(value, 'AVDID')
    if (!ruleId) fail(`${where} has no ID`)
    const status = text(value, 'Status') ?? 'FAIL'
    if (status !== 'FAIL' && status !== EXCEPTION) {
      this.skippedMisconfigs.set(status, (this.skippedMisconfigs.get(status) ?? 0) + 1)
      return
    }
    const cause = isRecord(value.CauseMetadata) ? value.CauseMetadata : {}
    const startLine = positive(cause, 'StartLine')
    const endLine = positive(cause, 'EndLine')
    const location: Location | undefined = at.targetPath
      ? {
          path: at.targetPath,
          ...(startLine ? { startLine } : {}),
          ...(startLine && endLine && endLine >= startLine ? { endLine } : {}),
        }
      : undefined
    const message = text(value, 'Message')
    const title = text(value, 'Title')
    const content =
      (location && startLine
        ? this.context.readLines?.(location.path, startLine, endLine ?? startLine)
        : undefined) ??
      causeLines(cause) ??
      text(cause, 'Resource') ??
      message ??
      title ??
      ruleId
    const primaryUrl = text(value, 'PrimaryURL')
    const resolution = text(value, 'Resolution')
    const severityWord = text(value, 'Severity')
    const subjectLabel = at.resource ? ` (${resourceLabel(at.resource)})` : ''
    this.findings.push({
      fingerprint: this.#files.next(ruleId, at.subject, content),
      category: 'misconfiguration',
      ruleId,
      title: `${title ?? ruleId}${subjectLabel}`,
      ...(message || title
        ? { description: unique([message, text(value, 'Description')]).join('\n\n') }
        : {}),
      // The check's title and description; its Message is about this finding.
      ...ruleInfo(title, text(value, 'Description')),
      severity: normalizeSeverity(severityWord),
      ...(severityWord ? { scannerSeverity: severityWord } : {}),
      ...(location ? { location } : {}),
      references: unique([primaryUrl, ...strings(value.References)]),
      ...(primaryUrl ? { helpUri: primaryUrl } : {}),
      ...(resolution ? { remediation: resolution } : {}),
      ...(status === EXCEPTION
        ? {
            suppression: {
              kind: 'external',
              justification:
                'An exception policy excludes this check here (trivy status EXCEPTION).',
              source: 'trivy exception policy',
            },
          }
        : {}),
      sources: [SOURCE],
    })
  }

  private secret(
    value: unknown,
    where: string,
    at: { targetPath?: string; subject: string; image?: ImageRef },
  ): void {
    if (!isRecord(value)) fail(`${where} is not an object`)
    const ruleId = text(value, 'RuleID')
    if (!ruleId) fail(`${where} has no RuleID`)
    const startLine = positive(value, 'StartLine')
    const endLine = positive(value, 'EndLine')
    const title = text(value, 'Title') ?? ruleId
    const category = text(value, 'Category')
    const match = typeof value.Match === 'string' ? value.Match : undefined
    // Only a match trivy visibly masked is hashed; the file's own lines would hash the secret.
    const content = match !== undefined && /\*{3,}/.test(match) ? match : title
    const severityWord = text(value, 'Severity')
    const location: Location | undefined = at.targetPath
      ? {
          path: at.targetPath,
          ...(startLine ? { startLine } : {}),
          ...(startLine && endLine && endLine >= startLine ? { endLine } : {}),
        }
      : undefined
    // In an image, the layer the secret was found in.
    const layer = at.image ? layerOf(value) : undefined
    const image = at.image ? { ...at.image, ...(layer ? { layer } : {}) } : undefined
    const place = at.targetPath ?? (at.image ? `${at.subject} in the image` : at.subject)
    this.findings.push({
      fingerprint: this.#files.next(ruleId, at.subject, content),
      category: 'secret',
      ruleId,
      title: `${title} in ${place}`,
      description: `trivy secret rule '${ruleId}'${category ? ` (${category})` : ''} matched${startLine ? ` at line ${startLine}` : ''}. The secret value is not reproduced here.`,
      ...ruleInfo(
        title,
        `trivy secret rule '${ruleId}'${category ? ` (${category})` : ''}: ${title}. Each finding names the file and line it matched.`,
      ),
      severity: severityWord
        ? normalizeSeverity(severityWord)
        : (this.context.defaultSeverity ?? 'high'),
      ...(severityWord ? { scannerSeverity: severityWord } : {}),
      ...(location ? { location } : {}),
      ...(image ? { image } : {}),
      remediation:
        'Revoke and rotate this credential, then remove it from the code (or image layer) it was found in.',
      sources: [SOURCE],
    })
  }

  private license(
    value: unknown,
    where: string,
    at: { type?: string; image?: ImageRef; filesAreLocal: boolean; subject: string },
  ): void {
    if (!isRecord(value)) fail(`${where} is not an object`)
    const name = text(value, 'Name')
    if (!name) fail(`${where} has no Name`)
    const pkgName = text(value, 'PkgName')
    const filePath = text(value, 'FilePath')
    const path =
      at.filesAreLocal && filePath ? toWorkspacePath(filePath, this.context.workspace) : undefined
    const category = text(value, 'Category')
    const link = text(value, 'Link')
    const severityWord = text(value, 'Severity')
    const advisory = `license:${name}`
    const digest = this.context.image?.digest
    let fingerprint: string
    if (pkgName) {
      fingerprint = digest
        ? imageFingerprint({ digest, advisory, name: pkgName, ecosystem: at.type })
        : packageFingerprint({ advisory, name: pkgName, ecosystem: at.type })
    } else if (filePath) {
      const key = path ?? filePath
      fingerprint = this.#files.next(name, key, advisory)
    } else {
      fingerprint = ruleFingerprint(advisory, at.subject)
    }
    const severity: Severity = normalizeSeverity(severityWord)
    this.findings.push({
      fingerprint,
      category: 'license',
      ruleId: name,
      title: `License ${name} in ${pkgName ?? path ?? filePath ?? at.subject}`,
      description: `trivy classifies ${name} as ${category ?? 'an unclassified license'}${
        typeof value.Confidence === 'number' ? ` (confidence ${value.Confidence})` : ''
      }.`,
      ...ruleInfo(
        `License ${name}`,
        `trivy classifies ${name} as ${category ?? 'an unclassified license'}.`,
      ),
      severity,
      ...(severityWord ? { scannerSeverity: severityWord } : {}),
      ...(path ? { location: { path } } : {}),
      ...(pkgName
        ? { package: { name: pkgName, ...(at.type ? { ecosystem: at.type } : {}) } }
        : {}),
      ...(at.image ? { image: at.image } : {}),
      ...(link ? { helpUri: link, references: [link] } : {}),
      sources: [SOURCE],
    })
  }
}

/** Lines of each package in its lockfile, by trivy's package id (`name@version`). */
type PackageLines = ReadonlyMap<string, { startLine: number; endLine?: number }>

/**
 * `Packages[].Locations` of a lockfile result (written with `--list-all-pkgs` by lockfile parsers
 * that know lines, e.g. npm's): the first location of each package, keyed by its `ID` (what a
 * vulnerability names as `PkgID`) and by `Name@Version`. Undefined when trivy gave no lines.
 */
function lockfileLines(result: Json, where: string): PackageLines | undefined {
  const lines = new Map<string, { startLine: number; endLine?: number }>()
  for (const entry of list(result, 'Packages', where)) {
    if (!isRecord(entry) || !Array.isArray(entry.Locations)) continue
    const first = entry.Locations.find(isRecord)
    const startLine = first ? positive(first, 'StartLine') : undefined
    if (startLine === undefined) continue
    const endLine = positive(first as Json, 'EndLine')
    const at = { startLine, ...(endLine !== undefined && endLine >= startLine ? { endLine } : {}) }
    const id = text(entry, 'ID')
    const name = text(entry, 'Name')
    if (id !== undefined && !lines.has(id)) lines.set(id, at)
    const key = name !== undefined ? `${name}@${text(entry, 'Version') ?? ''}` : undefined
    if (key !== undefined && !lines.has(key)) lines.set(key, at)
  }
  return lines.size > 0 ? lines : undefined
}

/** trivy's misconfiguration status for a check an exception policy set aside. */
const EXCEPTION = 'EXCEPTION'

/**
 * The suppression of an ExperimentalModifiedFindings entry: a VEX statement (not_affected, fixed,
 * under_investigation) is the vendor's word; an `ignored` entry comes from .trivyignore or an
 * ignore policy, a file outside the scanner.
 */
function modifiedSuppression(entry: Json): Suppression {
  const status = text(entry, 'Status')
  const statement = text(entry, 'Statement')
  const source = text(entry, 'Source')
  return {
    kind: status === 'ignored' ? 'external' : 'vendor-status',
    justification: `trivy status ${status ?? 'unknown'}${statement ? `: ${statement}` : ''}`,
    source: `trivy${source ? ` ${source}` : ''}`,
  }
}

function remediationFor(name: string, fixedVersion?: string, status?: string): string {
  if (fixedVersion) return `Upgrade ${name} to ${fixedVersion}.`
  if (status === 'fixed') {
    return `A fix for ${name} exists (trivy status: fixed) but the report names no version; upgrade ${name} to the latest version available.`
  }
  return `No fixed version of ${name} is known${status ? ` (trivy status: ${status})` : ''}.`
}

/** The lines trivy marked as the cause, joined; undefined when trivy gave none. */
function causeLines(cause: Json): string | undefined {
  const code = isRecord(cause.Code) ? cause.Code : undefined
  const lines = code && Array.isArray(code.Lines) ? code.Lines : []
  const picked = lines
    .filter(isRecord)
    .filter((l) => l.IsCause === true && typeof l.Content === 'string')
    .map((l) => l.Content as string)
  return picked.length > 0 && picked.some((l) => l.trim() !== '') ? picked.join('\n') : undefined
}

/** Parses a trivy JSON report (image, filesystem, repository, config or k8s). */
export const parseTrivy: Parser = (raw, context): ParseResult => {
  const data = parseJsonOutput(raw, {
    empty:
      'trivy report is empty; trivy always writes a JSON document, so the scan did not complete',
    invalid: (why) =>
      `trivy report is not valid JSON (${why}); the scan was interrupted or wrote another format`,
  })
  const { results, report } = collectResults(data)
  const builder = new Builder(context, reportScope(report, results, context))
  for (const r of results) builder.result(r)

  const notices: string[] = []
  if (builder.skippedMisconfigs.size > 0) {
    const parts = [...builder.skippedMisconfigs].map(([status, n]) => `${n} ${status}`)
    notices.push(
      `trivy reported misconfiguration checks that did not fail (${parts.join(', ')}); only FAIL results are findings.`,
    )
  }
  if (builder.unidentified.length > 0) {
    notices.push(
      `trivy reported ${builder.unidentified.length} vulnerability entr${builder.unidentified.length === 1 ? 'y' : 'ies'} with no VulnerabilityID (${builder.unidentified.slice(0, 3).join(', ')}); each is a finding with the id '${UNKNOWN_ID}'.`,
    )
  }
  if (builder.unreadableModified.length > 0) {
    notices.push(
      `trivy listed ${builder.unreadableModified.length} suppressed entr${builder.unreadableModified.length === 1 ? 'y' : 'ies'} of no known type (${builder.unreadableModified.slice(0, 3).join(', ')}); they are not findings.`,
    )
  }
  const trivy = report && isRecord(report.Trivy) ? report.Trivy : undefined
  const version = trivy ? text(trivy, 'Version') : undefined
  return { findings: builder.findings, ...(version ? { scannerVersion: version } : {}), notices }
}
