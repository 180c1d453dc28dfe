import type { Inputs } from '@portcullis/action-kit'
import { COMMON_SCAN_INPUTS } from '@portcullis/engine/inputs'

/** The inputs of actions/scan-iac/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
  path: { kind: 'string', default: '.' },
  engine: { kind: 'enum', values: ['trivy', 'checkov'], default: 'trivy' },
  'policy-dirs': { kind: 'list', default: '' },
  'skip-checks': { kind: 'list', default: '' },
  'skip-dirs': { kind: 'list', default: '' },
  'skip-files': { kind: 'list', default: '' },
  /** Deprecated: the older name, passed as both `skip-dirs` and `skip-files` (with a warning). */
  'exclude-paths': { kind: 'list', default: '' },
  tfvars: { kind: 'list', default: '' },
  version: { kind: 'string', default: '' },
  'trivy-path': { kind: 'string', default: '' },
  'checkov-path': { kind: 'string', default: '' },
  ...COMMON_SCAN_INPUTS,
} as const

export type ScanIacInputs = Inputs<typeof INPUTS>
