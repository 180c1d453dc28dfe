import type { Inputs } from '@portcullis/action-kit'
import { SEVERITIES } from '@portcullis/core/essentials'
import { scanActionInputs } from '@portcullis/engine/inputs'
import { GITLEAKS } from '@portcullis/scanners/gitleaks/tool'
import { TRIVY } from '@portcullis/scanners/trivy/tool'

/** Secret severities a user may choose; `info` would let a found credential pass any gate. */
const SECRET_SEVERITIES = SEVERITIES.filter((s) => s !== 'info')

/** The engines scan-secrets offers, by `engine` value (the first is the default); run.ts gives each its adapter. */
export const ENGINE_TOOLS = { gitleaks: GITLEAKS, trivy: TRIVY } as const

/**
 * The inputs of actions/scan-secrets/action.yml, read once at the edge: its own, then `engine`, each tool's
 * `<tool>-path` and the common scan inputs, derived from {@link ENGINE_TOOLS} (a test holds the
 * result and action.yml together).
 */
export const INPUTS = scanActionInputs(ENGINE_TOOLS, {
  path: { kind: 'string', default: '.' },
  mode: { kind: 'enum', values: ['auto', 'dir', 'git'], default: 'auto' },
  'log-opts': { kind: 'string', default: '' },
  config: { kind: 'string', default: '' },
  'secret-severity': { kind: 'enum', values: SECRET_SEVERITIES, default: 'critical' },
  'fingerprint-key': { kind: 'string', default: '', secret: true },
  version: { kind: 'string', default: '' },
})

export type ScanSecretsInputs = Inputs<typeof INPUTS>
