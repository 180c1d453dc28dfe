import type { Inputs } from '@portcullis/action-kit'
import { SEVERITIES } from '@portcullis/core/essentials'
import { COMMON_SCAN_INPUTS } from '@portcullis/engine/inputs'

/** Secret severities a user may choose; `info` would let a found credential pass any gate. */
const SECRET_SEVERITIES = SEVERITIES.filter((s) => s !== 'info')

/** The inputs of actions/scan-secrets/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
  path: { kind: 'string', default: '.' },
  engine: { kind: 'enum', values: ['gitleaks', 'trivy'], default: 'gitleaks' },
  mode: { kind: 'enum', values: ['auto', 'dir', 'git'], default: 'auto' },
  'log-opts': { kind: 'string', default: '' },
  config: { kind: 'string', default: '' },
  'secret-severity': { kind: 'enum', values: SECRET_SEVERITIES, default: 'critical' },
  'fingerprint-key': { kind: 'string', default: '', secret: true },
  version: { kind: 'string', default: '' },
  'gitleaks-path': { kind: 'string', default: '' },
  'trivy-path': { kind: 'string', default: '' },
  ...COMMON_SCAN_INPUTS,
} as const

export type ScanSecretsInputs = Inputs<typeof INPUTS>
