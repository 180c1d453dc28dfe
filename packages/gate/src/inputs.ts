import type { InputSpecs } from '@portcullis/core/inputs'
import { GATE_MODES, STAGES } from './stages.js'

/**
 * The gate's inputs, read by one spec-driven reader on both surfaces: the quality-gate action (its
 * action.yml, which adds the pull request comment) and `portcullis gate` (options `--<name>`, which
 * add {@link CLI_ONLY_INPUT_SPECS}). A test holds the action's spec against action.yml.
 */
export const GATE_INPUT_SPECS = {
  findings: { kind: 'list', default: '' },
  'system-level': { kind: 'integer', min: 1, max: 4, default: '3' },
  stage: { kind: 'enum', values: STAGES, default: 'code' },
  policy: { kind: 'string', default: '' },
  waivers: { kind: 'string', default: '' },
  'risk-threshold': { kind: 'integer', min: 0, max: 100, default: '75' },
  'fail-on': { kind: 'string', default: '' },
  fail: { kind: 'boolean', default: 'true' },
  mode: { kind: 'enum', values: GATE_MODES, default: 'all' },
  baseline: { kind: 'list', default: '' },
  import: { kind: 'list', default: '' },
  image: { kind: 'string', default: '' },
} as const satisfies InputSpecs

/**
 * What the command line changes or adds: on a laptop the stage is said explicitly and the threshold
 * defaults to the policy's, and the commits, the summary file and the folder come from options
 * where a runner has its context.
 */
export const CLI_ONLY_INPUT_SPECS = {
  stage: { kind: 'enum', values: STAGES, required: true },
  'risk-threshold': { kind: 'integer', min: 0, max: 100 },
  sha: { kind: 'string' },
  base: { kind: 'string' },
  head: { kind: 'string' },
  'summary-file': { kind: 'string' },
  cwd: { kind: 'string' },
} as const satisfies InputSpecs

/** The options of `portcullis gate`. */
export const CLI_INPUT_SPECS = { ...GATE_INPUT_SPECS, ...CLI_ONLY_INPUT_SPECS } as const
