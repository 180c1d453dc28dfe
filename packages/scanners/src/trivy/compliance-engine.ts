import { existsSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import {
  InputError,
  normalizeSeverity,
  escapeMarkdown,
  ruleFingerprint,
  ScanFailedError,
  type Finding,
} from '@portcullis/core'
import type { CommonScanInputs, EngineResult, ScanEngine } from '@portcullis/engine'
import { readOutput, runTrivy } from './common.js'
import { trivyCacheDir } from './db.js'
import {
  assertTrivyDbUsable,
  dbRunFailure,
  dbSummaryLine,
  readyTrivyDb,
  trivyDbPolicy,
  type TrivyDbInputs,
  javaDbArgs,
} from './db-run.js'
import { resolveTrivyVersion, trivyDialect } from './version.js'
import { TRIVY } from './tool.js'

/**
 * trivy's compliance reports (`trivy image --compliance <spec> --report all --format json`): one
 * entry per control of the spec (CIS Docker 1.1.0 for `docker-cis`), each holding the results of the
 * checks the spec maps to it — misconfigurations of the Dockerfile trivy rebuilds from the image
 * history (DS002 no USER, DS026 no HEALTHCHECK, DS005 ADD, …), vulnerabilities (4.4 counts CRITICAL
 * ones) and secrets. A control with a failing result is a compliance finding per failing check.
 *
 * The JSON names no pass/fail status per control, and "manual" controls have no checks at all; trivy
 * marks them only by the "(Manual)" suffix of their name, so they are listed as not checked (as
 * XCCDF's `notchecked`) rather than counted as passed.
 */

/** The compliance inputs the trivy engine reads (the action's Inputs type satisfies it structurally). */
export interface TrivyComplianceInputs extends CommonScanInputs, TrivyDbInputs {
  readonly image: string
  readonly complianceSpec: string
}

export type ControlStatus = 'pass' | 'fail' | 'manual'

export interface ComplianceControl {
  readonly id: string
  readonly name: string
  readonly severity: string
  readonly status: ControlStatus
}

export interface TrivyComplianceResult {
  readonly spec: { readonly id: string; readonly title?: string; readonly version?: string }
  readonly controls: ComplianceControl[]
  readonly findings: Finding[]
  readonly notices: string[]
  /** pass / (pass + fail) over the automated controls; undefined when none ran. */
  readonly passRate: number | undefined
}

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

/** Parses trivy's `--report all` compliance JSON; anything else is a failed scan. */
export function parseTrivyCompliance(
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

/** A workspace path to an image (OCI layout folder or docker-archive tar), or undefined for a reference. */
function localImage(workspace: string, image: string): string | undefined {
  const abs = resolve(workspace, image)
  if (!existsSync(abs)) return undefined
  const rel = relative(workspace, abs)
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      'image',
      `'${image}' is outside the workspace; give an image reference or a path inside it`,
    )
  }
  return abs
}

/**
 * The compliance action's image engine: `trivy image --compliance <spec>` on a registry reference, an
 * OCI layout folder or a docker-archive tar in the workspace. trivy's vulnerability DB is needed by
 * the vulnerability control (4.4): it is readied and verified as for scan-image (db-archive, cache or
 * download; db-max-age, db-digest), and a run without a usable DB fails rather than pass 4.4 on an
 * empty DB.
 */
export const trivyComplianceEngine: ScanEngine<TrivyComplianceInputs> = {
  name: 'trivy',
  tool: TRIVY,
  outputs: ['pass-rate'],
  plannedTarget: (inputs) => ({ kind: 'image', name: inputs.image.trim() || '(no image)' }),
  async run(context): Promise<EngineResult> {
    const { inputs, workspace } = context
    const image = inputs.image.trim()
    if (image === '')
      throw new InputError(
        'image',
        'is required with engine trivy; give an image reference or the path of an OCI layout or docker-archive tar',
      )
    const spec = inputs.complianceSpec.trim()
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(spec)) {
      throw new InputError(
        'compliance-spec',
        `'${spec}' is not a trivy compliance spec name (e.g. docker-cis)`,
      )
    }
    const local = localImage(workspace, image)
    const version = resolveTrivyVersion(context.binary)
    const dialect = trivyDialect(version)
    const policy = trivyDbPolicy(inputs, workspace)
    const cacheDir = trivyCacheDir(context.runner, !policy.archive, context.workDir)
    const db = await readyTrivyDb(context, cacheDir, policy)
    const output = join(context.workDir, 'trivy-compliance.json')
    await runTrivy(
      context,
      {
        args: [
          'image',
          '--compliance',
          spec,
          '--report',
          'all',
          '--format',
          'json',
          '--output',
          output,
          '--cache-dir',
          cacheDir,
          '--timeout',
          `${inputs.timeoutMinutes ?? 30}m`,
          // Checks from the binary itself: the same binary always applies the same checks.
          dialect.skipCheckUpdate,
          // The DB was fetched and verified above; the scan never fetches one itself.
          dialect.skipDbUpdate,
          ...javaDbArgs(db),
          ...(local ? ['--input', local] : [image]),
        ],
      },
      () => dbRunFailure(cacheDir),
    )
    assertTrivyDbUsable(cacheDir)
    const parsed = parseTrivyCompliance(readOutput(output, 'compliance report'), { ref: image })
    const notices = [...parsed.notices]
    if (version.note) notices.push(version.note)
    const passRate =
      parsed.passRate === undefined ? '' : String(Math.round(parsed.passRate * 10_000) / 100)
    const rows = parsed.controls.map(
      (c) =>
        `| ${escapeMarkdown(c.id)} | ${escapeMarkdown(c.name)} | ${c.severity} | ${c.status} |`,
    )
    const summary = [
      `### trivy ${escapeMarkdown(parsed.spec.title ?? parsed.spec.id)}`,
      '',
      `- trivy ${version.version}; spec \`${spec}\`${parsed.spec.version ? ` (version ${parsed.spec.version})` : ''}; image \`${image}\`${local ? ' (from the workspace)' : ''}`,
      dbSummaryLine(db, policy),
      ...(passRate ? [`- pass rate ${passRate} % of the automated controls`] : []),
      '',
      '| control | name | severity | status |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n')
    return {
      scanner: { name: 'trivy', version: version.version },
      target: { kind: 'image', name: image },
      findings: parsed.findings,
      notices,
      summary,
      outputs: { 'pass-rate': passRate },
    }
  },
}
