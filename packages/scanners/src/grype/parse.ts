import {
  imageFingerprint,
  normalizeSeverity,
  packageFingerprint,
  ruleInfo,
  ScanFailedError,
  toWorkspacePath,
  type Cvss,
  type Finding,
  type ImageRef,
  type PackageRef,
  type Suppression,
} from '@portcullis/core'
import { isRecord, parseJsonOutput, strings, text, unique, type Json } from '../shared/json.js'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * grype JSON report (`grype -o json`). Handles the current layout (`vulnerability.cvss[]`,
 * `fix.versions`, `urls`, `epss`, `cwes`) and the one of grype < 0.20 (`cvssV3` / `cvssV2`,
 * `fixedInVersion`, `links`, `matchDetails` as an object).
 *
 * Severity words are grype's own: Negligible is informational, Unknown (or no severity at all) is
 * medium, never harmless. Matches that grype's ignore rules or VEX documents set aside
 * (`ignoredMatches`, written with --show-suppressed) are kept as suppressed findings.
 */

const SOURCE = 'grype'
/** What grype's own test harness writes instead of a version. */
const NO_VERSION = '[not provided]'

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function fail(reason: string): never {
  throw new ScanFailedError(`grype report ${reason}`)
}

function purlType(purl: string | undefined): string | undefined {
  const m = purl ? /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(purl) : null
  return m?.[1]?.toLowerCase()
}

function cvssFrom(entry: Json, fallbackVersion?: string): Cvss | undefined {
  const metrics = isRecord(entry.metrics) ? entry.metrics : entry
  const score = typeof metrics.baseScore === 'number' ? metrics.baseScore : undefined
  const vector = text(entry, 'vector')
  if (score === undefined && vector === undefined) return undefined
  const version =
    (vector ? /^CVSS:(\d+\.\d+)\//.exec(vector)?.[1] : undefined) ??
    text(entry, 'version') ??
    fallbackVersion
  return {
    ...(score !== undefined ? { score } : {}),
    ...(vector ? { vector } : {}),
    ...(version ? { version } : {}),
  }
}

/** A CVSS v3 score first (the primary, i.e. NVD, one before secondary sources), then v4, then v2. */
function readCvss(vuln: Json): Cvss | undefined {
  const entries = records(vuln.cvss)
  if (entries.length > 0) {
    const rank = (e: Json): number => {
      const version = text(e, 'version') ?? ''
      const major = version.startsWith('3') ? 0 : version.startsWith('4') ? 2 : 4
      return major + (text(e, 'type') === 'Secondary' ? 1 : 0)
    }
    const best = [...entries].sort((a, b) => rank(a) - rank(b))
    for (const e of best) {
      const cvss = cvssFrom(e)
      if (cvss) return cvss
    }
  }
  if (isRecord(vuln.cvssV3)) return cvssFrom(vuln.cvssV3, '3.0')
  if (isRecord(vuln.cvssV2)) return cvssFrom(vuln.cvssV2, '2.0')
  return undefined
}

function cwesOf(vuln: Json): string[] {
  const values = Array.isArray(vuln.cwes)
    ? vuln.cwes.map((c) => (typeof c === 'string' ? c : isRecord(c) ? text(c, 'cwe') : undefined))
    : []
  return unique(values.map((c) => c?.trim()).map((c) => (c && /^\d+$/.test(c) ? `CWE-${c}` : c)))
}

interface SourceScope {
  readonly image?: ImageRef
  /** For directory scans: the scanned folder, to which grype's `/`-rooted paths are relative. */
  readonly directory?: string
}

function sourceScope(report: Json, context: ParseContext): SourceScope {
  const source = isRecord(report.source) ? report.source : {}
  const type = text(source, 'type')
  if (context.image) return { image: { ref: context.image.ref, digest: context.image.digest } }
  if (type === 'image') {
    const target = isRecord(source.target) ? source.target : {}
    const ref = text(target, 'userInput')
    const digest = text(target, 'manifestDigest')
    return ref ? { image: { ref, ...(digest ? { digest } : {}) } } : {}
  }
  if (type === 'directory') {
    const target = source.target
    const dir =
      typeof target === 'string' ? target : isRecord(target) ? text(target, 'path') : undefined
    return { directory: dir ?? '.' }
  }
  return {}
}

function fixOf(vuln: Json): { versions: string[]; state?: string } {
  if (isRecord(vuln.fix)) {
    return { versions: strings(vuln.fix.versions), state: text(vuln.fix, 'state') }
  }
  const legacy = text(vuln, 'fixedInVersion')
  return legacy ? { versions: [legacy], state: 'fixed' } : { versions: [] }
}

function remediationFor(name: string, fix: { versions: string[]; state?: string }): string {
  if (fix.versions.length > 0) return `Upgrade ${name} to ${fix.versions.join(' or ')}.`
  switch (fix.state) {
    case 'wont-fix':
      return `The maintainers of ${name} will not fix this vulnerability; replace the package or accept the risk with a waiver.`
    case 'not-fixed':
      return `No fixed version of ${name} has been released yet.`
    default:
      return `No fixed version of ${name} is known.`
  }
}

function suppressionOf(match: Json): Suppression {
  const rules = records(match.appliedIgnoreRules)
  const vex = rules.find((r) => text(r, 'vex-status'))
  if (vex) {
    const status = text(vex, 'vex-status')
    const why = text(vex, 'vex-justification')
    return {
      kind: 'vendor-status',
      justification: `VEX status ${status}${why ? `: ${why}` : ''}`,
      source: 'grype VEX document',
    }
  }
  const reason = rules.map((r) => text(r, 'reason')).find((r) => r !== undefined)
  return {
    kind: 'external',
    justification: reason ? `grype ignore rule: ${reason}` : 'grype ignore rule',
    source: 'grype ignore rule',
  }
}

function toFinding(
  match: unknown,
  where: string,
  scope: SourceScope,
  context: ParseContext,
  suppressed: boolean,
): Finding {
  if (!isRecord(match)) fail(`${where} is not an object`)
  const vuln = match.vulnerability
  const artifact = match.artifact
  if (!isRecord(vuln) || !isRecord(artifact)) fail(`${where} has no vulnerability or artifact`)
  const id = text(vuln, 'id')
  const name = text(artifact, 'name')
  if (!id || !name) fail(`${where} has no vulnerability id or package name`)
  const version = text(artifact, 'version')
  const purl = text(artifact, 'purl')
  const ecosystem = purlType(purl) ?? text(artifact, 'type')
  const fix = fixOf(vuln)
  const pkg: PackageRef = {
    name,
    ...(version ? { version } : {}),
    ...(purl ? { purl } : {}),
    ...(fix.versions.length > 0 ? { fixedVersion: fix.versions.join(', ') } : {}),
    ...(ecosystem ? { ecosystem } : {}),
  }
  const locations = records(artifact.locations)
  const layer = locations.map((l) => text(l, 'layerID')).find((l) => l !== undefined)
  const image = scope.image ? { ...scope.image, ...(layer ? { layer } : {}) } : undefined
  const firstPath = locations.map((l) => text(l, 'path')).find((p) => p !== undefined)
  const path =
    scope.directory !== undefined && firstPath !== undefined
      ? toWorkspacePath(
          `${scope.directory.replace(/\/+$/, '')}/${firstPath.replace(/^\/+/, '')}`,
          context.workspace,
        )
      : undefined

  const related = records(match.relatedVulnerabilities)
  const severityWord = text(vuln, 'severity')
  const cvss = readCvss(vuln) ?? related.map(readCvss).find((c) => c !== undefined)
  const cwe = cwesOf(vuln)
  const helpUri = text(vuln, 'dataSource')
  const epss = records(vuln.epss)[0]
  const summary =
    text(vuln, 'description') ?? related.map((r) => text(r, 'description')).find((d) => !!d)
  const epssLine =
    epss && typeof epss.epss === 'number'
      ? `EPSS ${epss.epss}${typeof epss.percentile === 'number' ? ` (percentile ${epss.percentile})` : ''}.`
      : undefined
  const description = unique([summary, epssLine]).join('\n\n')
  const digest = context.image?.digest
  return {
    fingerprint: digest
      ? imageFingerprint({ digest, advisory: id, name, version, ecosystem })
      : packageFingerprint({ advisory: id, name, version, ecosystem }),
    category: 'vulnerability',
    ruleId: id,
    title: `${id} in ${name}${version ? ` ${version}` : ''}`,
    ...(description ? { description } : {}),
    ...ruleInfo(undefined, summary),
    severity: normalizeSeverity(severityWord),
    ...(severityWord ? { scannerSeverity: severityWord } : {}),
    ...(cvss ? { cvss } : {}),
    ...(path ? { location: { path } } : {}),
    package: pkg,
    ...(image ? { image } : {}),
    references: unique([helpUri, ...strings(vuln.urls), ...strings(vuln.links)]),
    ...(cwe.length > 0 ? { cwe } : {}),
    advisories: unique([id, ...related.map((r) => text(r, 'id'))]),
    ...(helpUri ? { helpUri } : {}),
    remediation: remediationFor(name, fix),
    ...(suppressed ? { suppression: suppressionOf(match) } : {}),
    sources: [SOURCE],
  }
}

/** Parses a grype JSON report; `descriptor.version` is the scanner version unless grype withheld it. */
export const parseGrype: Parser = (raw, context): ParseResult => {
  const data = parseJsonOutput(raw, {
    empty:
      'grype report is empty; grype always writes a JSON document, so the scan did not complete',
    invalid: (why) =>
      `grype report is not valid JSON (${why}); the scan was interrupted or wrote another format`,
  })
  if (!isRecord(data)) fail('is not a JSON object; check that grype ran with -o json')
  if (!Array.isArray(data.matches)) {
    fail('has no matches list; it is not a grype JSON report (check that grype ran with -o json)')
  }
  const ignored = data.ignoredMatches
  if (ignored !== undefined && ignored !== null && !Array.isArray(ignored)) {
    fail('has an ignoredMatches member that is not a list')
  }
  const scope = sourceScope(data, context)
  const findings = [
    ...data.matches.map((m, i) => toFinding(m, `matches[${i}]`, scope, context, false)),
    ...(ignored ?? []).map((m, i) => toFinding(m, `ignoredMatches[${i}]`, scope, context, true)),
  ]
  const descriptor = isRecord(data.descriptor) ? data.descriptor : {}
  const version = text(descriptor, 'version')
  const notices: string[] = []
  if (Array.isArray(ignored) && ignored.length > 0) {
    notices.push(
      `grype set aside ${ignored.length} match(es) by ignore rules or VEX; they are reported as suppressed findings.`,
    )
  }
  return {
    findings,
    ...(version && version !== NO_VERSION ? { scannerVersion: version } : {}),
    notices,
  }
}
