import type { ActionIO, Outcome } from '@portcullis/action-kit'
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

/**
 * The compliance action: a host benchmark with OpenSCAP, an image benchmark with trivy, or the ports
 * hosts expose with nmap; each engine says what it scans.
 */
export async function run(inputs: ComplianceInputs, io: ActionIO): Promise<Outcome> {
  const result = await runScan(
    { action: 'compliance', engines: ENGINES, inputs },
    io,
    runnerScanDeps(io, inputs),
  )
  return result.outcome
}
