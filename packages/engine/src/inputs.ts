/**
 * Inputs every scan action shares, with the same names, defaults and meaning in each action.yml
 * (a test holds them together). Action-specific inputs are spread in front of these.
 */
export const COMMON_SCAN_INPUTS = {
  'tool-mirror': { kind: 'string', default: '' },
  'tool-sha256': { kind: 'string', default: '' },
  'ignore-file': { kind: 'string', default: '' },
  'upload-sarif': { kind: 'boolean', default: 'true' },
  annotate: { kind: 'boolean', default: 'true' },
  'check-run': { kind: 'boolean', default: 'false' },
  comment: { kind: 'boolean', default: 'false' },
  'github-token': { kind: 'string', default: '', secret: true },
  'output-dir': { kind: 'string', default: '' },
  'timeout-minutes': { kind: 'integer', min: 1, max: 360, default: '30' },
} as const

/** The typed form of {@link COMMON_SCAN_INPUTS} plus `engine` and `version`, as `run` sees them. */
export interface CommonScanInputs {
  readonly engine: string
  readonly version: string | undefined
  readonly toolMirror: string | undefined
  readonly toolSha256: string | undefined
  /** A trivy-format ignore file in the repository; Portcullis applies it, showing what it hides. */
  readonly ignoreFile: string | undefined
  readonly uploadSarif: boolean
  readonly annotate: boolean
  /** Publish a check run carrying an annotation for every finding (not only the 30 a step may show). */
  readonly checkRun: boolean
  /** Keep a sticky pull request comment for this scan (the gate's comment is the default place). */
  readonly comment: boolean
  readonly githubToken: string | undefined
  readonly outputDir: string | undefined
  readonly timeoutMinutes: number | undefined
}
