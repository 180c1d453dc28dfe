import type { ActionIO, Outcome } from '@portcullis/action-kit'
import type { EnginesFor } from '@portcullis/engine/inputs'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { checkovEngine } from '@portcullis/scanners/checkov'
import { trivyConfigEngine } from '@portcullis/scanners/trivy'
import type { ENGINE_TOOLS, ScanIacInputs } from './inputs.js'

/** scan-iac's engines, by the `engine` input's value. */
export const ENGINES: EnginesFor<typeof ENGINE_TOOLS, ScanIacInputs> = {
  trivy: trivyConfigEngine,
  checkov: checkovEngine,
}

export async function run(inputs: ScanIacInputs, io: ActionIO): Promise<Outcome> {
  if (inputs.excludePaths.length > 0) {
    io.log.warning(
      '`exclude-paths` is deprecated: list folders in `skip-dirs` and files in `skip-files` (the same names as scan-deps). Each `exclude-paths` entry is still skipped as both.',
    )
  }
  const scan = await runScan(
    { action: 'scan-iac', engines: ENGINES, inputs, target: { kind: 'path', name: inputs.path } },
    io,
    runnerScanDeps(io, inputs),
  )
  return scan.outcome
}
