import {
  ACTION_NAMES,
  CATEGORIES,
  REPORT_STATUSES,
  SEVERITIES,
  TARGET_KINDS,
} from '@portcullis/core/essentials'

/**
 * The runner's `::add-mask::` replaces a value with `***` in every later line of the whole job, so
 * a mask is only ever registered for a value the suite knows to be a secret (a secret input, a
 * secret a scanner located), and never for a value that would blank the suite's own words: a
 * custom gitleaks rule that matches `critical` or `matrix-exceeded` would otherwise erase every
 * severity and gate reason from the rest of the log. Short values are refused for the same reason
 * (a 3-character mask hits unrelated text everywhere); they are too weak to need hiding anyway.
 */
export const MIN_MASK_LENGTH = 8

/** Gate reasons, verdicts and the other words the suite prints in logs, summaries and outputs. */
const OWN_WORDS = [
  'missing-scan',
  'scan-failed',
  'unreadable-report',
  'invalid-report',
  'commit-mismatch',
  'contradicting-reports',
  'stale-report',
  'signature-not-verified',
  'matrix-exceeded',
  'score-below-threshold',
  'pass',
  'fail',
  'counted',
  'waived',
  'suppressed',
  'not counted',
  'findings',
  'findings.json',
  'portcullis',
  'quality gate',
  'annotations',
  'error',
  'warning',
  'notice',
  'risk score',
  'system level',
  'threshold',
  'gitleaks',
  'trivy',
  'cosign',
  'checkov',
  'osv-scanner',
  'grype',
  'openscap',
  'kics',
  'tfsec',
  'code-scanning',
  'upload-sarif',
  'github-token',
] as const

/** Every word of the suite's own vocabulary, lower-cased. */
export const SUITE_VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...SEVERITIES,
    ...ACTION_NAMES,
    ...REPORT_STATUSES,
    ...CATEGORIES,
    ...TARGET_KINDS,
    ...OWN_WORDS,
  ].map((w) => w.toLowerCase()),
)

export type MaskRefusal = 'too-short' | 'vocabulary'

/**
 * Why a value must not become a mask, or undefined when it may: shorter than
 * {@link MIN_MASK_LENGTH} (after trimming), or part of a word of {@link SUITE_VOCABULARY}.
 */
export function maskRefusal(value: string): MaskRefusal | undefined {
  const v = value.trim()
  if ([...v].length < MIN_MASK_LENGTH) return 'too-short'
  const lower = v.toLowerCase()
  for (const word of SUITE_VOCABULARY) if (word.includes(lower)) return 'vocabulary'
  return undefined
}
