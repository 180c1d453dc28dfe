import type { ScanEngine, ToolSpec } from './engine.js'

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

/** The tools a scan action offers, by `engine` input value; the first is the default engine. */
export type EngineTools = Readonly<Record<string, ToolSpec>>

/** The input spec {@link scanActionInputs} derives: the action's own, `engine`, each tool's path, the common ones. */
export type ScanActionInputs<E extends EngineTools, O> = O & {
  readonly engine: {
    readonly kind: 'enum'
    readonly values: readonly (keyof E & string)[]
    readonly default: string
  }
} & {
  readonly [P in E[keyof E]['pathInput']]: { readonly kind: 'string'; readonly default: '' }
} & typeof COMMON_SCAN_INPUTS

/**
 * A scan action's inputs from its declaration: its own inputs, then `engine` (one of the engines it
 * offers, the first by default), a `<tool>-path` input per tool (once, however many engines use the
 * tool) and the common scan inputs. action.yml must list the same (a test holds them together).
 */
export function scanActionInputs<const E extends EngineTools, const O extends object>(
  engines: E,
  own: O,
): ScanActionInputs<E, O> {
  const names = Object.keys(engines)
  if (names.length === 0) throw new Error('a scan action offers at least one engine')
  const paths = Object.fromEntries(
    Object.values(engines).map((tool) => [tool.pathInput, { kind: 'string', default: '' }]),
  )
  return {
    ...own,
    engine: { kind: 'enum', values: names, default: names[0] },
    ...paths,
    ...COMMON_SCAN_INPUTS,
  } as unknown as ScanActionInputs<E, O>
}

/** An action's engine adapters, by the same `engine` values as the tools it declares. */
export type EnginesFor<E extends EngineTools, I, P = unknown> = {
  readonly [K in keyof E]: ScanEngine<I, P>
}
