import type { ActionIO, Outcome } from '@portcullis/action-kit'
import type { EnginesFor } from '@portcullis/engine/inputs'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { osvScannerEngine } from '@portcullis/scanners/osv-scanner'
import { trivyFsEngine } from '@portcullis/scanners/trivy'
import type { ENGINE_TOOLS, ScanDepsInputs } from './inputs.js'

/** scan-deps' engines, by the `engine` input's value. */
export const ENGINES: EnginesFor<typeof ENGINE_TOOLS, ScanDepsInputs> = {
  trivy: trivyFsEngine,
  'osv-scanner': osvScannerEngine,
}

export async function run(inputs: ScanDepsInputs, io: ActionIO): Promise<Outcome> {
  const scan = await runScan(
    { action: 'scan-deps', engines: ENGINES, inputs, target: { kind: 'path', name: inputs.path } },
    io,
    runnerScanDeps(io, inputs),
  )
  return scan.outcome
}
