/**
 * Inputs every scan action shares, with the same names, defaults and meaning in each action.yml
 * (a test holds them together). Action-specific inputs are spread in front of these.
 */
export const COMMON_SCAN_INPUTS = {
  'tool-mirror': { kind: 'string', default: '' },
  'tool-sha256': { kind: 'string', default: '' },
  'upload-sarif': { kind: 'boolean', default: 'true' },
  annotate: { kind: 'boolean', default: 'true' },
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
  readonly uploadSarif: boolean
  readonly annotate: boolean
  readonly githubToken: string | undefined
  readonly outputDir: string | undefined
  readonly timeoutMinutes: number | undefined
}
