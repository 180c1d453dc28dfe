import type { Inputs } from '@portcullis/action-kit'
import { COMMON_SCAN_INPUTS } from '@portcullis/engine/inputs'
import { TRIVY_DB_INPUTS } from '@portcullis/scanners/trivy/inputs'

/** The inputs of actions/scan-deps/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
  path: { kind: 'string', default: '.' },
  engine: { kind: 'enum', values: ['trivy', 'osv-scanner'], default: 'trivy' },
  'ignore-unfixed': { kind: 'boolean', default: 'false' },
  'skip-dirs': { kind: 'list', default: '' },
  'skip-files': { kind: 'list', default: '' },
  'cache-db': { kind: 'boolean', default: 'true' },
  sbom: { kind: 'boolean', default: 'true' },
  version: { kind: 'string', default: '' },
  'trivy-path': { kind: 'string', default: '' },
  'osv-scanner-path': { kind: 'string', default: '' },
  ...TRIVY_DB_INPUTS,
  ...COMMON_SCAN_INPUTS,
} as const

export type ScanDepsInputs = Inputs<typeof INPUTS>
