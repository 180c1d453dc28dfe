import type { Inputs } from '@portcullis/action-kit'
import { GATE_MODES, STAGES } from '@portcullis/gate/stages'

/** The inputs of actions/quality-gate/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
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
  comment: { kind: 'boolean', default: 'true' },
  'github-token': { kind: 'string', default: '', secret: true },
} as const

export type QualityGateInputs = Inputs<typeof INPUTS>
