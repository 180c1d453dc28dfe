import type { Inputs } from '@portcullis/action-kit'
import { scanActionInputs } from '@portcullis/engine/inputs'
import { CHECKOV } from '@portcullis/scanners/checkov/tool'
import { TRIVY } from '@portcullis/scanners/trivy/tool'

/** The engines scan-iac offers, by `engine` value (the first is the default); run.ts gives each its adapter. */
export const ENGINE_TOOLS = { trivy: TRIVY, checkov: CHECKOV } as const

/**
 * The inputs of actions/scan-iac/action.yml, read once at the edge: its own, then `engine`, each tool's
 * `<tool>-path` and the common scan inputs, derived from {@link ENGINE_TOOLS} (a test holds the
 * result and action.yml together).
 */
export const INPUTS = scanActionInputs(ENGINE_TOOLS, {
  path: { kind: 'string', default: '.' },
  'policy-dirs': { kind: 'list', default: '' },
  'skip-checks': { kind: 'list', default: '' },
  'skip-dirs': { kind: 'list', default: '' },
  'skip-files': { kind: 'list', default: '' },
  /** Deprecated: the older name, passed as both `skip-dirs` and `skip-files` (with a warning). */
  'exclude-paths': { kind: 'list', default: '' },
  tfvars: { kind: 'list', default: '' },
  version: { kind: 'string', default: '' },
})

export type ScanIacInputs = Inputs<typeof INPUTS>
