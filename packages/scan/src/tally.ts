import {
  countSuppression,
  describeSuppressionGroups,
  emptySeverityCounts,
  SEVERITIES,
  type Finding,
  type Severity,
  type SeverityCounts,
} from '@portcullis/core'

/** Findings listed in a scan's job summary, most severe first. */
export const SUMMARY_TOP = 50

/**
 * Findings a scan's check run annotates, most severe first (20 requests of 50). The findings
 * report and the SARIF hold every finding; the check run's summary says how many more there are.
 */
export const CHECK_RUN_ANNOTATIONS = 1000

/**
 * What a scan's summary, check run, comment and outputs say about its findings, gathered in one
 * pass over them and holding only a bounded number: counts, suppressions by source, and the most
 * severe findings in the scan's order (a stable sort by severity of every finding gives the same).
 */
export class FindingTally {
  /** Every finding, suppressed ones included. */
  total = 0
  /** Findings not suppressed: what the scan reports and the gate judges. */
  counted = 0
  /** Findings with a file location, not suppressed. */
  located = 0
  readonly counts: SeverityCounts = emptySeverityCounts()
  readonly #suppressions = new Map<string, number>()
  readonly #first = bySeverity()
  readonly #firstLocated = bySeverity()

  add(finding: Finding): void {
    this.total += 1
    if (finding.suppression) {
      countSuppression(this.#suppressions, finding.suppression)
      return
    }
    this.counted += 1
    this.counts[finding.severity] += 1
    const first = this.#first[finding.severity]
    if (first.length < SUMMARY_TOP) first.push(finding)
    if (finding.location) {
      this.located += 1
      const located = this.#firstLocated[finding.severity]
      if (located.length < CHECK_RUN_ANNOTATIONS) located.push(finding)
    }
  }

  get suppressed(): number {
    return this.total - this.counted
  }

  /** "suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1)". */
  describeSuppressed(): string {
    return describeSuppressionGroups(this.#suppressions)
  }

  /** The summary's findings: at most {@link SUMMARY_TOP}, most severe first, then in the scan's order. */
  top(): Finding[] {
    return mostSevere(this.#first, SUMMARY_TOP)
  }

  /** The check run's findings: located, at most {@link CHECK_RUN_ANNOTATIONS}, most severe first. */
  topLocated(): Finding[] {
    return mostSevere(this.#firstLocated, CHECK_RUN_ANNOTATIONS)
  }
}

function bySeverity(): Record<Severity, Finding[]> {
  return { critical: [], high: [], medium: [], low: [], info: [] }
}

function mostSevere(held: Record<Severity, Finding[]>, limit: number): Finding[] {
  return SEVERITIES.flatMap((s) => held[s]).slice(0, limit)
}
