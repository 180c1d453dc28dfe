import type { ActionIO, Outcome } from '@portcullis/action-kit'
import { type ScanEngine } from '@portcullis/engine'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { osvScannerEngine } from '@portcullis/scanners/osv-scanner'
import { trivyFsEngine } from '@portcullis/scanners/trivy'
import type { ScanDepsInputs } from './inputs.js'

/** scan-deps' engines, by the `engine` input's value. */
export const ENGINES: Readonly<Record<string, ScanEngine<ScanDepsInputs>>> = {
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
