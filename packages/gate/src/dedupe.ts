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
 * Keys under which two findings are the same thing, besides the fingerprint (which always is
 * one): a dependency or image vulnerability also by advisory + package + version (engines
 * fingerprint differently, and GHSA/CVE aliases are both carried in `advisories`); a secret also by
 * its location (path + line), since two engines name the same leaked key with different rules.
 * `id` numbers each part (equal parts, equal numbers), so a key is a short string of numbers: the
 * gate holds one per finding over millions of findings.
 */
export function dedupeKeys(finding: Finding, id: (kind: string, part: string) => number): string[] {
  const keys: string[] = []
  const pkg = finding.package
  if (pkg && finding.advisories) {
    const name = id('package', pkg.name.toLowerCase())
    const version = id('version', pkg.version ?? '')
    for (const advisory of finding.advisories) {
      keys.push(`a${id('advisory', advisory.trim().toUpperCase())}:${name}:${version}`)
    }
  }
  if (finding.category === 'secret' && finding.location?.startLine !== undefined) {
    keys.push(`s${id('path', finding.location.path)}:${finding.location.startLine}`)
  }
  return keys
}
