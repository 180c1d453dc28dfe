import { runTool } from '../support/scanners.js'

/** The parts of trivy's JSON report (schema 2) these tests read. */
export interface TrivyVulnerability {
  VulnerabilityID: string
  PkgName: string
  InstalledVersion: string
  FixedVersion?: string
  Severity: string
  SeveritySource?: string
  DataSource?: { ID: string; Name: string }
  CVSS?: Record<string, { V3Score?: number; V3Vector?: string }>
}
export interface TrivyResult {
  Target: string
  Class: string
  Type?: string
  Packages?: { Name: string; Version: string; Release?: string; SrcName?: string }[]
  Vulnerabilities?: TrivyVulnerability[]
  Secrets?: { RuleID: string; Severity: string; StartLine: number; Match: string; Title: string }[]
  Misconfigurations?: {
    ID: string
    AVDID: string
    Severity: string
    Status: string
    Title: string
  }[]
}
export interface TrivyReport {
  SchemaVersion: number
  ArtifactName: string
  ArtifactType: string
  Metadata: { OS?: { Family: string; Name: string }; DiffIDs?: string[] }
  Results?: TrivyResult[]
}

export interface TrivyRun {
  readonly report: TrivyReport
  readonly stdout: string
}

/** Runs trivy with `--format json --quiet`; fails with trivy's stderr unless it exits 0 with a schema-2 report. */
export async function runTrivyJson(trivy: string, args: readonly string[]): Promise<TrivyRun> {
  const run = await runTool(trivy, [...args, '--format', 'json', '--quiet'])
  if (run.exitCode !== 0)
    throw new Error(`trivy exited ${run.exitCode}: ${run.stderr.slice(-2000)}`)
  const parsed: unknown = JSON.parse(run.stdout)
  if (typeof parsed !== 'object' || parsed === null || !('SchemaVersion' in parsed)) {
    throw new Error(`trivy wrote no report: ${run.stdout.slice(0, 200)}`)
  }
  if (parsed.SchemaVersion !== 2)
    throw new Error(`unexpected trivy report schema ${String(parsed.SchemaVersion)}`)
  return { report: parsed as TrivyReport, stdout: run.stdout }
}

export function resultFor(report: TrivyReport, target: string): TrivyResult {
  const result = report.Results?.find((r) => r.Target === target)
  if (result === undefined) {
    const targets = (report.Results ?? []).map((r) => r.Target).join(', ')
    throw new Error(`no result for ${target} (targets: ${targets || 'none'})`)
  }
  return result
}
