import type { Inputs } from '@portcullis/action-kit'
import { COMMON_SCAN_INPUTS } from '@portcullis/engine/inputs'
import { TRIVY_DB_INPUTS } from '@portcullis/scanners/trivy/inputs'

/** The inputs of actions/scan-image/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
  image: { kind: 'string', default: '' },
  input: { kind: 'string', default: '' },
  engine: { kind: 'enum', values: ['trivy', 'grype'], default: 'trivy' },
  scanners: { kind: 'list', default: 'vuln,secret' },
  'ignore-unfixed': { kind: 'boolean', default: 'false' },
  'skip-dirs': { kind: 'list', default: '' },
  'skip-files': { kind: 'list', default: '' },
  'registry-username': { kind: 'string', default: '' },
  'registry-password': { kind: 'string', default: '', secret: true },
  sbom: { kind: 'boolean', default: 'true' },
  version: { kind: 'string', default: '' },
  'trivy-path': { kind: 'string', default: '' },
  'grype-path': { kind: 'string', default: '' },
  ...TRIVY_DB_INPUTS,
  ...COMMON_SCAN_INPUTS,
} as const

export type ScanImageInputs = Inputs<typeof INPUTS>
