import type { Inputs } from '@portcullis/action-kit'
import { GATE_INPUT_SPECS } from '@portcullis/gate/inputs'

/**
 * The inputs of actions/quality-gate/action.yml, read once at the edge (a test holds the two
 * together): the gate's own, which `portcullis gate` shares, and the pull request comment.
 */
export const INPUTS = {
  ...GATE_INPUT_SPECS,
  comment: { kind: 'boolean', default: 'true' },
  'github-token': { kind: 'string', default: '', secret: true },
} as const

export type QualityGateInputs = Inputs<typeof INPUTS>
