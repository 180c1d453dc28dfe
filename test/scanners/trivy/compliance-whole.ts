import { normalizeSeverity, ruleFingerprint, ScanFailedError, type Finding } from '@portcullis/core'
import type {
  ComplianceControl,
  ControlStatus,
  TrivyComplianceResult,
} from '../../../packages/scanners/src/trivy/stream.js'

/*
 * The whole-report path the compliance stream parser replaced (JSON.parse of the report, then
 * every control at once), kept as the oracle the stream parser is held to. Test code only.
 */

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function list(value: unknown, where: string): Json[] {
  if (value === null || value === undefined) return []
  if (!Array.isArray(value) || !value.every(isRecord)) {
    throw new ScanFailedError(
      `trivy's compliance report is not valid: ${where} is not a list of objects`,
    )
  }
  return value
}

interface Failure {
  readonly check: string
  readonly title: string
  readonly detail: string
  /** What makes this failure distinct within the control (the flagged line, package or file). */
  readonly key: string
  readonly remediation?: string
  readonly references: string[]
  readonly advisories: string[]
  readonly pkg?: Finding['package']
}

function failuresOf(result: Json, where: string): Failure[] {
  const out: Failure[] = []
  const target = str(result.Target) ?? '(image)'
  for (const m of list(result.Misconfigurations, `${where}.Misconfigurations`)) {
    if ((str(m.Status) ?? 'FAIL') !== 'FAIL') continue
    const cause = isRecord(m.CauseMetadata) ? m.CauseMetadata : {}
    const code = isRecord(cause.Code) ? list(cause.Code.Lines, `${where}.Code.Lines`) : []
    const flagged = code
      .filter((l) => l.IsCause === true)
      .map((l) => str(l.Content) ?? '')
      .join('\n')
    const check = str(m.ID) ?? str(m.AVDID) ?? 'unknown-check'
    const url = str(m.PrimaryURL)
    out.push({
      check,
      title: str(m.Title) ?? check,
      detail: [str(m.Message), flagged ? `Flagged: ${flagged}` : undefined]
        .filter(Boolean)
        .join('\n'),
      key: `${target}#${flagged || str(m.Message) || ''}`,
      ...(str(m.Resolution) ? { remediation: str(m.Resolution)! } : {}),
      references: [...new Set([...(url ? [url] : []), ...strings(m.References)])],
      advisories: [],
    })
  }
  for (const v of list(result.Vulnerabilities, `${where}.Vulnerabilities`)) {
    const id = str(v.VulnerabilityID) ?? 'unknown-vulnerability'
    const name = str(v.PkgName) ?? '(package)'
    const version = str(v.InstalledVersion)
    const fixed = str(v.FixedVersion)
    const url = str(v.PrimaryURL)
    out.push({
      check: id,
      title: str(v.Title) ?? id,
      detail: `${id} in ${name}${version ? ` ${version}` : ''} (${target})${fixed ? `; fixed in ${fixed}` : ''}`,
      key: `${target}#${name}@${version ?? ''}#${id}`,
      remediation: fixed
        ? `Rebuild the image with a fixed ${name} (${fixed}).`
        : `No fixed version of ${name} is known; rebuild on a base image without it.`,
      references: url ? [url] : [],
      advisories: [id],
      pkg: { name, ...(version ? { version } : {}), ...(fixed ? { fixedVersion: fixed } : {}) },
    })
  }
  for (const s of list(result.Secrets, `${where}.Secrets`)) {
    // The matched text is never copied: only the rule and where it was found.
    const rule = str(s.RuleID) ?? 'secret'
    const line = typeof s.StartLine === 'number' ? s.StartLine : undefined
    out.push({
      check: rule,
      title: str(s.Title) ?? rule,
      detail: `A secret (${rule}) is stored in ${target}${line ? ` at line ${line}` : ''}.`,
      key: `${target}#${line ?? ''}#${rule}`,
      remediation: 'Remove the secret from the image and rotate it.',
      references: [],
      advisories: [],
    })
  }
  return out
}

/** The old parseTrivyCompliance, verbatim. */
export function parseComplianceWhole(
  raw: string,
  image: { readonly ref: string; readonly digest?: string },
): TrivyComplianceResult {
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    throw new ScanFailedError(
      "trivy's compliance report is not valid JSON; the file may be truncated",
    )
  }
  if (!isRecord(data) || !str(data.ID) || !Array.isArray(data.Results)) {
    throw new ScanFailedError(
      "trivy's output is not a compliance report with controls (expected ID and Results, as `--report all` writes)",
    )
  }
  const specId = str(data.ID)!
  const controls: ComplianceControl[] = []
  const findings: Finding[] = []
  const seen = new Map<string, number>()
  const imageKey = image.digest ?? image.ref
  list(data.Results, 'Results').forEach((c, i) => {
    const id = str(c.ID)
    if (!id)
      throw new ScanFailedError(
        `trivy's compliance report is not valid: control ${i + 1} has no ID`,
      )
    const name = str(c.Name) ?? id
    const severity = str(c.Severity) ?? 'UNKNOWN'
    const failures = list(c.Results, `control ${id}`).flatMap((r, j) =>
      failuresOf(r, `control ${id} result ${j + 1}`),
    )
    const manual = /\(manual\)\s*$/i.test(name)
    controls.push({
      id,
      name,
      severity,
      status: failures.length > 0 ? 'fail' : manual ? 'manual' : 'pass',
    })
    const ruleId = `${specId}/${id}`
    for (const f of failures) {
      let fingerprint = ruleFingerprint(`${ruleId}:${f.check}`, `${imageKey}#${f.key}`)
      const n = seen.get(fingerprint) ?? 0
      seen.set(fingerprint, n + 1)
      if (n > 0) fingerprint = ruleFingerprint(`${ruleId}:${f.check}`, `${imageKey}#${f.key}#${n}`)
      const description = [str(c.Description), `${f.check} ${f.title}`, f.detail]
        .filter(Boolean)
        .join('\n\n')
      findings.push({
        fingerprint,
        category: 'compliance',
        ruleId,
        title: `${name} (${f.check})`,
        description,
        severity: normalizeSeverity(severity),
        scannerSeverity: severity,
        image: { ref: image.ref, ...(image.digest ? { digest: image.digest } : {}) },
        ...(f.pkg ? { package: f.pkg } : {}),
        ...(f.advisories.length > 0 ? { advisories: f.advisories } : {}),
        ...(f.references.length > 0 ? { references: f.references, helpUri: f.references[0]! } : {}),
        ...(f.remediation ? { remediation: f.remediation } : {}),
      })
    }
  })
  if (controls.length === 0) {
    throw new ScanFailedError(`trivy's compliance report for ${specId} lists no controls`)
  }
  const count = (s: ControlStatus) => controls.filter((c) => c.status === s).length
  const pass = count('pass')
  const fail = count('fail')
  const manual = controls.filter((c) => c.status === 'manual')
  const title = str(data.Title)
  const notices = [
    `${title ?? specId}: ${controls.length} controls — pass ${pass}, fail ${fail}, manual ${manual.length}.`,
  ]
  if (manual.length > 0) {
    notices.push(
      `${manual.length} control(s) have no automated check and need a manual review: ${manual.map((c) => `${c.id} ${c.name.replace(/\s*\(manual\)\s*$/i, '')}`).join('; ')}.`,
    )
  }
  const version = str(data.Version)
  return {
    spec: { id: specId, ...(title ? { title } : {}), ...(version ? { version } : {}) },
    controls,
    findings,
    notices,
    passRate: pass + fail > 0 ? pass / (pass + fail) : undefined,
  }
}
