import type { Inputs } from '@portcullis/action-kit'
import { scanActionInputs } from '@portcullis/engine/inputs'
import { NMAP } from '@portcullis/scanners/nmap/tool'
import { OSCAP } from '@portcullis/scanners/openscap/tool'
import { TRIVY } from '@portcullis/scanners/trivy/tool'
import { TRIVY_DB_INPUTS } from '@portcullis/scanners/trivy/inputs'

/** The engines compliance offers, by `engine` value (the first is the default); run.ts gives each its adapter. */
export const ENGINE_TOOLS = { openscap: OSCAP, trivy: TRIVY, nmap: NMAP } as const

/**
 * The inputs of actions/compliance/action.yml, read once at the edge: its own, then `engine`, each tool's
 * `<tool>-path` and the common scan inputs, derived from {@link ENGINE_TOOLS} (a test holds the
 * result and action.yml together).
 */
export const INPUTS = scanActionInputs(ENGINE_TOOLS, {
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
  version: { kind: 'string', default: '' },
  ...TRIVY_DB_INPUTS,
})

export type ComplianceInputs = Inputs<typeof INPUTS>
