import type { Inputs } from '@portcullis/action-kit'
import { COMMON_SCAN_INPUTS } from '@portcullis/engine/inputs'
import { TRIVY_DB_INPUTS } from '@portcullis/scanners/trivy/inputs'

/** The inputs of actions/compliance/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
  engine: { kind: 'string', default: 'openscap' },
  profile: { kind: 'string', default: '' },
  datastream: { kind: 'string', default: '' },
  'tailoring-file': { kind: 'string', default: '' },
  'rules-include': { kind: 'list', default: '' },
  'rules-exclude': { kind: 'list', default: '' },
  image: { kind: 'string', default: '' },
  'compliance-spec': { kind: 'string', default: 'docker-cis' },
  targets: { kind: 'list', default: '' },
  'allowed-ports': { kind: 'list', default: '' },
  ports: { kind: 'list', default: '' },
  'service-detection': { kind: 'boolean', default: 'false' },
  'allow-wide-targets': { kind: 'boolean', default: 'false' },
  'oscap-path': { kind: 'string', default: '' },
  'trivy-path': { kind: 'string', default: '' },
  'nmap-path': { kind: 'string', default: '' },
  version: { kind: 'string', default: '' },
  ...TRIVY_DB_INPUTS,
  ...COMMON_SCAN_INPUTS,
} as const

export type ComplianceInputs = Inputs<typeof INPUTS>
