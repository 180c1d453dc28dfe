import { describeJsonError } from '@portcullis/core'
import {
  normalizeSeverity,
  packageFingerprint,
  ruleInfo,
  ScanFailedError,
  severityFromScore,
  severityRank,
  toWorkspacePath,
  UNKNOWN_SEVERITY,
  type Cvss,
  type Finding,
  type Severity,
} from '@portcullis/core'
import type { ParseContext, ParseResult, Parser } from '../types.js'
import { cvss3BaseScore } from './cvss.js'

/**
 * Parser for `osv-scanner --format json` (v1 and v2).
 *
 * Shape (https://google.github.io/osv-scanner/output/#json): `results[]` per scanned source
 * (`source.path`), each with `packages[]` = `{ package: {name, version, ecosystem}, vulnerabilities[],
 * groups[] }`. A group merges the OSV records that are aliases of one advisory (GO-… + GHSA-… + CVE-…),
 * so one finding is written per group; a vulnerability no group names (older v1 output has no groups)
 * is a finding of its own.
 *
 * Severity: v2 writes `groups[].max_severity`, the highest CVSS base score of the group as a string,
 * or "" when no member has a CVSS vector — "" is the core's unknown (medium), never info. v1 output has
 * no `max_severity`; then the group's severity is the highest of its members' CVSS v3 base scores
 * (computed from the vector) or, failing that, GitHub's `database_specific.severity` word.
 *
 * Records of the OpenSSF malicious-packages feed (ids MAL-…) have no CVSS; they mean the package is
 * malware, so they are critical unless a score says otherwise.
 *
 * osv-scanner writes nothing to stdout when it crashes, so empty output is a failed scan; a clean scan
 * is `{"results": []}`.
 */

export interface OsvStats {
  readonly sources: number
  readonly packages: number
  /** Package × vulnerability entries, as osv-scanner lists them. */
  readonly vulnerabilities: number
  readonly groups: number
  /** Vulnerabilities that no group names (each becomes a finding of its own). */
  readonly ungrouped: number
}

export interface OsvParseResult extends ParseResult {
  readonly stats: OsvStats
}

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function records(value: unknown, where: string): Json[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every(isRecord)) {
    throw new ScanFailedError(`osv-scanner output is not valid: ${where} is not a list of objects`)
  }
  return value
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)]
}

/** Orders version strings segment by segment (numbers numerically); good enough to pick among fixes. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/i, '').split(/[.\-+_~:]/)
  const pb = b.replace(/^v/i, '').split(/[.\-+_~:]/)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const nx = /^\d+$/.test(x) ? Number(x) : NaN
    const ny = /^\d+$/.test(y) ? Number(y) : NaN
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny
    } else if (x !== y) {
      return x < y ? -1 : 1
    }
  }
  return 0
}

/** The `fixed` event of the affected range that contains the installed version. */
function fixedVersion(vuln: Json, name: string, version: string | undefined): string | undefined {
  const candidates: string[] = []
  const containing: string[] = []
  for (const affected of records(vuln.affected, 'vulnerabilities[].affected')) {
    const pkg = isRecord(affected.package) ? affected.package : {}
    if (str(pkg.name) !== undefined && str(pkg.name)?.toLowerCase() !== name.toLowerCase()) continue
    for (const range of records(affected.ranges, 'affected[].ranges')) {
      if (range.type === 'GIT') continue
      let introduced: string | undefined
      for (const event of records(range.events, 'ranges[].events')) {
        if (typeof event.introduced === 'string') introduced = event.introduced
        const fixed = str(event.fixed)
        if (!fixed) continue
        candidates.push(fixed)
        if (
          version !== undefined &&
          (introduced === undefined ||
            introduced === '0' ||
            compareVersions(version, introduced) >= 0) &&
          compareVersions(version, fixed) < 0
        ) {
          containing.push(fixed)
        }
      }
    }
  }
  const pool = containing.length > 0 ? containing : unique(candidates)
  if (containing.length === 0 && pool.length !== 1) return undefined
  return pool.sort(compareVersions)[0]
}

function cvssOf(vuln: Json): Cvss | undefined {
  const entries = records(vuln.severity, 'vulnerabilities[].severity')
  const pick =
    entries.find((e) => e.type === 'CVSS_V4') ??
    entries.find((e) => e.type === 'CVSS_V3') ??
    entries.find((e) => typeof e.score === 'string')
  const vector = pick ? str(pick.score) : undefined
  if (!vector) return undefined
  const version =
    /^CVSS:(\d\.\d)\//.exec(vector)?.[1] ?? (pick?.type === 'CVSS_V2' ? '2.0' : undefined)
  const score = cvss3BaseScore(vector)
  return {
    vector,
    ...(version ? { version } : {}),
    ...(score !== undefined ? { score } : {}),
  }
}

/** v1 fallback: highest CVSS v3 score of the members, else highest GitHub severity word. */
function derivedSeverity(vulns: readonly Json[]): Severity | undefined {
  let best: Severity | undefined
  const consider = (s: Severity) => {
    if (best === undefined || severityRank(s) < severityRank(best)) best = s
  }
  for (const v of vulns) {
    for (const e of records(v.severity, 'vulnerabilities[].severity')) {
      const score = typeof e.score === 'string' ? cvss3BaseScore(e.score) : undefined
      if (score !== undefined) consider(severityFromScore(score))
    }
  }
  if (best !== undefined) return best
  for (const v of vulns) {
    const word = isRecord(v.database_specific) ? str(v.database_specific.severity) : undefined
    if (word) consider(normalizeSeverity(word))
  }
  return best
}

function cwesOf(vuln: Json): string[] {
  const out: string[] = []
  if (isRecord(vuln.database_specific)) out.push(...strings(vuln.database_specific.cwe_ids))
  for (const affected of records(vuln.affected, 'vulnerabilities[].affected')) {
    if (!isRecord(affected.database_specific)) continue
    for (const cwe of records(affected.database_specific.cwes, 'database_specific.cwes')) {
      const id = str(cwe.cweId)
      if (id) out.push(id)
    }
  }
  return out
}

/** The advisory id that names a group across runs and engines: a CVE alias when there is one. */
function canonicalAdvisory(ids: readonly string[], aliases: readonly string[]): string {
  const cve = [...aliases, ...ids].filter((a) => /^CVE-\d+-\d+$/i.test(a)).sort()[0]
  return cve ?? ids[0] ?? aliases[0] ?? 'unknown'
}

function firstLine(text: string | undefined): string | undefined {
  return text
    ?.split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^[-_=#*]+/.test(l))
}

export function parseOsvScanner(raw: string, context: ParseContext): OsvParseResult {
  if (raw.trim() === '') {
    throw new ScanFailedError(
      'osv-scanner wrote no output (it writes nothing when it crashes); see its log above',
    )
  }
  let data: unknown
  try {
    data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw)
  } catch (error) {
    throw new ScanFailedError(
      `osv-scanner output is not JSON (${describeJsonError(error)}); was it run with --format json?`,
      { cause: error },
    )
  }
  if (!isRecord(data) || !('results' in data)) {
    throw new ScanFailedError(
      'osv-scanner output has no "results" list; expected the output of --format json',
    )
  }
  const results = records(data.results, 'results')
  const findings: Finding[] = []
  const notices: string[] = []
  let packages = 0
  let vulnerabilities = 0
  let groups = 0
  let ungrouped = 0
  let outside = 0

  for (const result of results) {
    const source = isRecord(result.source) ? result.source : {}
    const sourcePath = str(source.path)
    const path = sourcePath ? toWorkspacePath(sourcePath, context.workspace) : undefined
    if (sourcePath && !path) outside += 1
    for (const entry of records(result.packages, 'results[].packages')) {
      packages += 1
      const pkg = isRecord(entry.package) ? entry.package : undefined
      // A vulnerable git checkout (source type "git") is named by its commit, with empty name/version.
      const commit = pkg ? str(pkg.commit) : undefined
      const name = pkg
        ? (str(pkg.name) ?? (commit ? (path ?? sourcePath ?? 'git') : undefined))
        : undefined
      if (!pkg || !name) {
        throw new ScanFailedError(
          'osv-scanner output is not valid: a package has no name or commit',
        )
      }
      const version = str(pkg.version) ?? commit
      const ecosystem = str(pkg.ecosystem) ?? (commit ? 'git' : undefined)
      const vulns = records(entry.vulnerabilities, 'packages[].vulnerabilities')
      vulnerabilities += vulns.length
      const byId = new Map<string, Json>()
      for (const v of vulns) {
        const id = str(v.id)
        if (!id)
          throw new ScanFailedError('osv-scanner output is not valid: a vulnerability has no id')
        byId.set(id, v)
      }
      const grouped = new Set<string>()
      const units: { ids: string[]; aliases: string[]; maxSeverity: unknown }[] = []
      for (const g of records(entry.groups, 'packages[].groups')) {
        groups += 1
        const ids = strings(g.ids)
        if (ids.length === 0) {
          throw new ScanFailedError('osv-scanner output is not valid: a group lists no ids')
        }
        for (const id of ids) grouped.add(id)
        units.push({ ids, aliases: strings(g.aliases), maxSeverity: g.max_severity })
      }
      for (const [id, v] of byId) {
        if (grouped.has(id)) continue
        ungrouped += 1
        units.push({ ids: [id], aliases: strings(v.aliases), maxSeverity: undefined })
      }

      for (const unit of units) {
        const members = unit.ids.map((id) => byId.get(id)).filter((v): v is Json => !!v)
        const primary = members[0]
        const primaryId = unit.ids[0]!
        const malicious = unit.ids.some((id) => id.startsWith('MAL-'))
        const scored =
          typeof unit.maxSeverity === 'string'
            ? unit.maxSeverity === ''
              ? undefined
              : normalizeSeverity(unit.maxSeverity)
            : derivedSeverity(members)
        // OpenSSF malicious-packages records (MAL-…) carry no CVSS: the package is malware, so the
        // severity is critical, never the unknown default.
        const severity: Severity = scored ?? (malicious ? 'critical' : UNKNOWN_SEVERITY)
        const advisories = unique([
          ...unit.ids,
          ...unit.aliases,
          ...members.flatMap((m) => strings(m.aliases)),
        ])
        const fixes = members
          .map((m) => fixedVersion(m, name, version))
          .filter((f): f is string => !!f)
          .sort(compareVersions)
        const fixed = fixes[fixes.length - 1]
        const summary = primary
          ? (str(primary.summary) ?? firstLine(str(primary.details)))
          : undefined
        const references = unique(
          members.flatMap((m) =>
            records(m.references, 'vulnerabilities[].references')
              .map((r) => str(r.url))
              .filter((u): u is string => !!u),
          ),
        )
        const cwe = unique(members.flatMap(cwesOf))
        const cvss = primary ? cvssOf(primary) : undefined
        const details = primary ? str(primary.details)?.trim() : undefined
        const label = `${name}${version ? `@${version}` : ''}`
        findings.push({
          fingerprint: packageFingerprint({
            advisory: canonicalAdvisory(unit.ids, unit.aliases),
            name,
            version,
            ecosystem,
          }),
          category: 'vulnerability',
          ruleId: primaryId,
          title: `${primaryId}: ${summary ?? 'vulnerability'} in ${label}`,
          ...(details ? { description: details } : {}),
          ...ruleInfo(summary ? `${primaryId}: ${summary}` : undefined, details),
          severity,
          ...(typeof unit.maxSeverity === 'string' && unit.maxSeverity !== ''
            ? { scannerSeverity: unit.maxSeverity }
            : {}),
          ...(cvss ? { cvss } : {}),
          ...(path ? { location: { path } } : {}),
          package: {
            name,
            ...(version ? { version } : {}),
            ...(ecosystem ? { ecosystem } : {}),
            ...(fixed ? { fixedVersion: fixed } : {}),
          },
          ...(references.length > 0 ? { references } : {}),
          ...(cwe.length > 0 ? { cwe } : {}),
          advisories,
          helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(primaryId)}`,
          ...(fixed ? { remediation: `Upgrade ${name} to ${fixed} or later.` } : {}),
        })
      }
    }
  }

  if (outside > 0) {
    notices.push(
      `osv-scanner reported ${outside} source file(s) outside the workspace; their findings carry no file location.`,
    )
  }
  if (vulnerabilities > 0) {
    notices.push(
      `osv-scanner listed ${vulnerabilities} package vulnerabilit${vulnerabilities === 1 ? 'y' : 'ies'}; aliases of one advisory are merged into ${findings.length} finding(s).`,
    )
  }
  return {
    findings,
    notices,
    stats: { sources: results.length, packages, vulnerabilities, groups, ungrouped },
  }
}

/** The `Parser` port for osv-scanner JSON. */
export const parse: Parser = (raw, context) => {
  const { findings, notices } = parseOsvScanner(raw, context)
  return { findings, notices }
}
