import { hostname } from 'node:os'
import type { ActionIO, Outcome } from '@portcullis/action-kit'
import type { Target } from '@portcullis/core'
import type { EnginesFor } from '@portcullis/engine/inputs'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { nmapEngine } from '@portcullis/scanners/nmap'
import { openscapEngine } from '@portcullis/scanners/openscap'
import { trivyComplianceEngine } from '@portcullis/scanners/trivy'
import type { ENGINE_TOOLS, ComplianceInputs } from './inputs.js'

/** The engines of the compliance action, by their `engine` input value. */
export const ENGINES: EnginesFor<typeof ENGINE_TOOLS, ComplianceInputs> = {
  openscap: openscapEngine,
  trivy: trivyComplianceEngine,
  nmap: nmapEngine,
}

function target(inputs: ComplianceInputs): Target {
  if (inputs.engine === 'openscap') return { kind: 'host', name: hostname() }
  if (inputs.engine === 'nmap')
    return { kind: 'host', name: inputs.targets.join(', ') || '(no targets)' }
  return { kind: 'image', name: inputs.image.trim() || '(no image)' }
}

/** The compliance action: a host benchmark with OpenSCAP, or an image benchmark with trivy. */
export async function run(inputs: ComplianceInputs, io: ActionIO): Promise<Outcome> {
  const result = await runScan(
    { action: 'compliance', engines: ENGINES, inputs, target: target(inputs) },
    io,
    runnerScanDeps(io, inputs),
  )
  return result.outcome
}
