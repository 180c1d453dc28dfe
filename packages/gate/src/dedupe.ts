import { compareSeverity, type Finding, type Severity } from '@portcullis/core'
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

function uniq<T>(values: Iterable<T>): T[] {
  return [...new Set(values)]
}

/**
 * Keys under which two findings are the same thing. The fingerprint always; a dependency or image
 * vulnerability also by advisory + package + version (engines fingerprint differently, and GHSA/CVE
 * aliases are both carried in `advisories`); a secret also by its location (path + line), since two
 * engines name the same leaked key with different rules.
 */
export function dedupeKeys(finding: Finding): string[] {
  const keys = [`fp\u0000${finding.fingerprint}`]
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

/** Merges occurrences that share any dedupe key (transitively); order follows first appearance. */
export function dedupeFindings(occurrences: readonly FindingOccurrence[]): MergedFinding[] {
  const parent = occurrences.map((_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root]!
    while (parent[i] !== root) {
      const next = parent[i]!
      parent[i] = root
      i = next
    }
    return root
  }
  const byKey = new Map<string, number>()
  occurrences.forEach((occ, i) => {
    for (const key of dedupeKeys(occ.finding)) {
      const other = byKey.get(key)
      if (other === undefined) byKey.set(key, i)
      else {
        const a = find(other)
        const b = find(i)
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
      }
    }
  })
  const groups = new Map<number, FindingOccurrence[]>()
  occurrences.forEach((occ, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(occ)
    else groups.set(root, [occ])
  })
  return [...groups.values()].map((group) => {
    const shown = [...group].sort((a, b) =>
      compareSeverity(a.finding.severity, b.finding.severity),
    )[0]!
    const fs = group.map((o) => o.finding)
    return {
      finding: shown.finding,
      severity: shown.finding.severity,
      sources: uniq(group.flatMap((o) => o.sources)),
      occurrences: group,
      fingerprints: uniq(fs.map((f) => f.fingerprint)),
      ruleIds: uniq(fs.map((f) => f.ruleId)),
      advisories: uniq(fs.flatMap((f) => f.advisories ?? [])),
      paths: uniq(fs.flatMap((f) => (f.location ? [f.location.path] : []))),
    }
  })
}
