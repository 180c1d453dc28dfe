import { createHash } from 'node:crypto'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  completeReport,
  failedReport,
  fileFingerprint,
  imageFingerprint,
  packageFingerprint,
  ruleFingerprint,
  type ActionName,
  type Finding,
  type FindingsReport,
  type ReportInit,
  type Severity,
  type ToolProvenance,
} from '@portcullis/core'
import type { LoadResult, LoadedReport } from '@portcullis/gate'

export const SHA = 'a'.repeat(40)
export const OTHER_SHA = 'b'.repeat(40)
export const NOW = new Date('2026-03-01T12:00:00Z')
export const DIGEST = `sha256:${'c'.repeat(64)}`
export const OTHER_DIGEST = `sha256:${'d'.repeat(64)}`
export const IMAGE = 'registry.example/app:1.0'

const SCANNERS: Record<ActionName, string> = {
  'scan-secrets': 'gitleaks',
  'scan-deps': 'osv-scanner',
  'scan-iac': 'checkov',
  'scan-image': 'trivy',
  'sign-image': 'cosign',
  compliance: 'openscap',
  'quality-gate': 'portcullis',
}

export interface InitOptions {
  readonly scanner?: string
  readonly commitSha?: string
  readonly finishedAt?: Date
  readonly target?: ReportInit['target']
  readonly notices?: readonly string[]
  /** The scanner binary the report names; a verified release build unless a test says otherwise. */
  readonly tool?: ToolProvenance
}

/** A verified binary, as the installer records one that matched the tool manifest. */
export function verifiedTool(name: string): ToolProvenance {
  const sha256 = createHash('sha256').update(name).digest('hex')
  return {
    name,
    version: '1.0.0',
    source: 'download',
    path: `/home/runner/work/_temp/portcullis-bin/${sha256}/${name}`,
    sha256,
    verified: true,
    verifiedBy: `release asset of ${name} 1.0.0`,
  }
}

export function init(action: ActionName, o: InitOptions = {}): ReportInit {
  const finishedAt = o.finishedAt ?? new Date(NOW.getTime() - 60_000)
  const imageTarget = { kind: 'image', name: IMAGE, digest: DIGEST } as const
  const target =
    o.target ??
    (action === 'scan-image' || action === 'sign-image'
      ? imageTarget
      : action === 'compliance'
        ? ({ kind: 'host', name: 'runner' } as const)
        : ({ kind: 'repository', name: '.' } as const))
  return {
    action,
    scanner: { name: o.scanner ?? SCANNERS[action], version: '1.0.0' },
    target,
    commitSha: o.commitSha ?? SHA,
    startedAt: new Date(finishedAt.getTime() - 5_000),
    finishedAt,
    tool: o.tool ?? verifiedTool(o.scanner ?? SCANNERS[action]),
    ...(o.notices ? { notices: o.notices } : {}),
  }
}

export function report(
  action: ActionName,
  findings: readonly Finding[] = [],
  o: InitOptions = {},
): FindingsReport {
  return completeReport(init(action, o), findings)
}

export function failed(action: ActionName, reason: string, o: InitOptions = {}): FindingsReport {
  return failedReport(init(action, o), reason)
}

export function secret(o: {
  rule?: string
  path?: string
  line?: number
  severity?: Severity
  sources?: string[]
}): Finding {
  const rule = o.rule ?? 'aws-access-token'
  const path = o.path ?? 'src/config.ts'
  const line = o.line ?? 3
  return {
    fingerprint: fileFingerprint({ ruleId: rule, path, content: `${rule} at line ${line}` }),
    category: 'secret',
    ruleId: rule,
    title: `Secret: ${rule}`,
    severity: o.severity ?? 'high',
    location: { path, startLine: line, endLine: line },
    ...(o.sources ? { sources: o.sources } : {}),
  }
}

export function vuln(o: {
  advisory?: string
  advisories?: string[]
  pkg?: string
  version?: string
  severity?: Severity
  ecosystem?: string
  digest?: string
}): Finding {
  const advisories = o.advisories ?? [o.advisory ?? 'CVE-2024-0001']
  const name = o.pkg ?? 'lodash'
  const version = o.version ?? '4.17.20'
  const ecosystem = o.ecosystem ?? 'npm'
  const fingerprint = o.digest
    ? imageFingerprint({ digest: o.digest, advisory: advisories[0]!, name, version, ecosystem })
    : packageFingerprint({ advisory: advisories[0]!, name, version, ecosystem })
  return {
    fingerprint,
    category: 'vulnerability',
    ruleId: advisories[0]!,
    title: `${advisories[0]} in ${name}`,
    severity: o.severity ?? 'high',
    package: { name, version, ecosystem },
    advisories,
  }
}

let misconfCounter = 0
export function misconf(
  o: { rule?: string; path?: string; severity?: Severity; n?: number } = {},
): Finding {
  const rule = o.rule ?? 'CKV_AWS_20'
  const path = o.path ?? 'infra/main.tf'
  const n = o.n ?? misconfCounter++
  return {
    fingerprint: fileFingerprint({ ruleId: rule, path, content: `resource ${n}` }),
    category: 'misconfiguration',
    ruleId: rule,
    title: `Misconfiguration ${rule}`,
    severity: o.severity ?? 'medium',
    location: { path, startLine: n + 1 },
  }
}

/** `count` distinct findings of one severity (misconfigurations at distinct places). */
export function many(severity: Severity, count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    misconf({ rule: `R-${severity}`, severity, n: i, path: `infra/${severity}.tf` }),
  )
}

export function signatureFinding(): Finding {
  return {
    fingerprint: ruleFingerprint('signature-invalid', DIGEST),
    category: 'signature',
    ruleId: 'signature-invalid',
    title: 'No valid signature for the image',
    severity: 'critical',
    image: { ref: IMAGE, digest: DIGEST },
  }
}

/** A LoadResult as loadReports would return it, for pure evaluateGate tests. */
export function loaded(entries: readonly (readonly [string, FindingsReport])[]): LoadResult {
  const reports: LoadedReport[] = entries.map(([file, report]) => ({ file, report }))
  return { reports, problems: [], notices: [] }
}

/** Complete code-stage reports (secrets, deps, iac); `iac` findings carry what the test needs. */
export function codeStage(iacFindings: readonly Finding[] = []): [string, FindingsReport][] {
  return [
    ['secrets.json', report('scan-secrets')],
    ['deps.json', report('scan-deps')],
    ['iac.json', report('scan-iac', iacFindings)],
  ]
}

/** A temporary folder with the given files (JSON values are serialised). */
export function tempTree(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-gate-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  return dir
}
