import type { Inputs } from '@portcullis/action-kit'
import { scanActionInputs } from '@portcullis/engine/inputs'
import { GRYPE } from '@portcullis/scanners/grype/tool'
import { TRIVY } from '@portcullis/scanners/trivy/tool'
import { TRIVY_DB_INPUTS } from '@portcullis/scanners/trivy/inputs'

/** The engines scan-image offers, by `engine` value (the first is the default); run.ts gives each its adapter. */
export const ENGINE_TOOLS = { trivy: TRIVY, grype: GRYPE } as const

/**
 * The inputs of actions/scan-image/action.yml, read once at the edge: its own, then `engine`, each tool's
 * `<tool>-path` and the common scan inputs, derived from {@link ENGINE_TOOLS} (a test holds the
 * result and action.yml together).
 */
export const INPUTS = scanActionInputs(ENGINE_TOOLS, {
  image: { kind: 'string', default: '' },
  input: { kind: 'string', default: '' },
  scanners: { kind: 'list', default: 'vuln,secret' },
  'ignore-unfixed': { kind: 'boolean', default: 'false' },
  'skip-dirs': { kind: 'list', default: '' },
  'skip-files': { kind: 'list', default: '' },
  'registry-username': { kind: 'string', default: '' },
  'registry-password': { kind: 'string', default: '', secret: true },
  sbom: { kind: 'boolean', default: 'true' },
  version: { kind: 'string', default: '' },
  ...TRIVY_DB_INPUTS,
})

export type ScanImageInputs = Inputs<typeof INPUTS>
