/**
 * Why a gate fails. Every reason is a stable code plus a sentence naming the file, scan or limit
 * involved. Any reason at all makes the verdict `fail`: there is no reason that can be outweighed.
 */
export const REASON_CODES = {
  /** A scan the stage requires has no report. */
  missingScan: 'missing-scan',
  /** A report says its scan failed (status `failed`), with the scan's own reason. */
  scanFailed: 'scan-failed',
  /** An `import` line matched no file: the imported tool's results are missing. */
  missingImport: 'missing-import',
  /** A report file cannot be read or is not JSON. */
  unreadableReport: 'unreadable-report',
  /** A report is JSON but not a valid findings report. */
  invalidReport: 'invalid-report',
  /** A report was made for another commit than the one being gated. */
  commitMismatch: 'commit-mismatch',
  /** Two reports of the same scan of the same target disagree about the findings. */
  contradictingReports: 'contradicting-reports',
  /** A report is older than the policy's maximum report age, or dated in the future. */
  staleReport: 'stale-report',
  /** The final stage needs a verified signature of the promoted image and has none. */
  signatureNotVerified: 'signature-not-verified',
  /** Stage final: the image scanned, the signature verified and the image promoted are not one digest. */
  imageMismatch: 'image-mismatch',
  /** Mode new: a baseline report is not for the base commit, or too old to say what the base holds. */
  untrustedBaseline: 'untrusted-baseline',
  /** Policy `repo-suppressions: fail`: the repository suppresses findings itself. */
  repoSuppression: 'repo-suppression',
  /** System level 3 or 4: a report names a scanner binary whose digest no manifest entry knows. */
  unverifiedTool: 'unverified-tool',
  /** More findings of a severity than the system level allows. */
  matrixExceeded: 'matrix-exceeded',
  /** The risk score is below the threshold. */
  scoreBelowThreshold: 'score-below-threshold',
} as const

export type ReasonCode = (typeof REASON_CODES)[keyof typeof REASON_CODES]

export interface GateReason {
  readonly code: ReasonCode
  readonly message: string
}
