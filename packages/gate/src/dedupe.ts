import type { Finding, Severity } from '@portcullis/core'
import type { WaivableFinding } from './waivers.js'

/** One engine's report of a finding, with where it came from. */
export interface FindingOccurrence {
  readonly finding: Finding
  /** The engine(s) that reported it: the finding's own `sources`, else the report's scanner name. */
  readonly sources: readonly string[]
  /** The report file it was read from. */
  readonly file: string
}

/** A finding after deduplication: one or more engines' reports of the same thing. */
export interface MergedFinding extends WaivableFinding {
  /** The most severe of the merged occurrences (the one shown). */
  readonly finding: Finding
  readonly severity: Severity
  readonly sources: readonly string[]
  readonly occurrences: readonly FindingOccurrence[]
}

/**
 * Keys under which two findings are the same thing. The fingerprint always; a dependency or image
 * vulnerability also by advisory + package + version (engines fingerprint differently, and GHSA/CVE
 * aliases are both carried in `advisories`); a secret also by its location (path + line), since two
 * engines name the same leaked key with different rules.
 */
export function dedupeKeys(finding: Finding): string[] {
  return [`fp\u0000${finding.fingerprint}`, ...extraDedupeKeys(finding)]
}

/** The dedupe keys besides the fingerprint (advisory + package + version, secret location). */
export function extraDedupeKeys(finding: Finding): string[] {
  const keys: string[] = []
  const pkg = finding.package
  if (pkg && finding.advisories) {
    for (const advisory of finding.advisories) {
      keys.push(
        `adv\u0000${advisory.trim().toUpperCase()}\u0000${pkg.name.toLowerCase()}\u0000${pkg.version ?? ''}`,
      )
    }
  }
  if (finding.category === 'secret' && finding.location?.startLine !== undefined) {
    keys.push(`secret\u0000${finding.location.path}\u0000${finding.location.startLine}`)
  }
  return keys
}
