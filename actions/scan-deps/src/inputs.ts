import type { Inputs } from '@portcullis/action-kit'
import { scanActionInputs } from '@portcullis/engine/inputs'
import { OSV_SCANNER } from '@portcullis/scanners/osv-scanner/tool'
import { TRIVY } from '@portcullis/scanners/trivy/tool'
import { TRIVY_DB_INPUTS } from '@portcullis/scanners/trivy/inputs'

/** The engines scan-deps offers, by `engine` value (the first is the default); run.ts gives each its adapter. */
export const ENGINE_TOOLS = { trivy: TRIVY, 'osv-scanner': OSV_SCANNER } as const

/**
 * The inputs of actions/scan-deps/action.yml, read once at the edge: its own, then `engine`, each tool's
 * `<tool>-path` and the common scan inputs, derived from {@link ENGINE_TOOLS} (a test holds the
 * result and action.yml together).
 */
export const INPUTS = scanActionInputs(ENGINE_TOOLS, {
  path: { kind: 'string', default: '.' },
  'ignore-unfixed': { kind: 'boolean', default: 'false' },
  'skip-dirs': { kind: 'list', default: '' },
  'skip-files': { kind: 'list', default: '' },
  'cache-db': { kind: 'boolean', default: 'true' },
  sbom: { kind: 'boolean', default: 'true' },
  version: { kind: 'string', default: '' },
  ...TRIVY_DB_INPUTS,
})

export type ScanDepsInputs = Inputs<typeof INPUTS>
