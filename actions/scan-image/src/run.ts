import { resolve } from 'node:path'
import type { ActionIO, Outcome } from '@portcullis/action-kit'
import { resolveImageTarget, type ImageTarget } from '@portcullis/engine'
import type { EnginesFor } from '@portcullis/engine/inputs'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { grypeImageEngine } from '@portcullis/scanners/grype'
import { trivyImageEngine } from '@portcullis/scanners/trivy'
import type { ENGINE_TOOLS, ScanImageInputs } from './inputs.js'

/** scan-image's engines, by the `engine` input's value. */
export const ENGINES: EnginesFor<typeof ENGINE_TOOLS, ScanImageInputs, ImageTarget | undefined> = {
  trivy: trivyImageEngine,
  grype: grypeImageEngine,
}

export async function run(inputs: ScanImageInputs, io: ActionIO): Promise<Outcome> {
  const name = inputs.image || inputs.input || '(no image given)'
  // The tag is resolved before anything else, so the report names the digest even when the scan
  // fails. When resolving fails, the engine tries again and its error becomes the failed report's reason.
  let imageTarget: ImageTarget | undefined
  try {
    imageTarget = await resolveImageTarget(inputs, {
      workspace: resolve(io.context.workspace),
      env: io.env,
    })
  } catch {
    imageTarget = undefined
  }
  const scan = await runScan(
    {
      action: 'scan-image',
      engines: ENGINES,
      inputs,
      prepared: imageTarget,
      target: { kind: 'image', name, ...(imageTarget ? { digest: imageTarget.digest } : {}) },
    },
    io,
    runnerScanDeps(io, inputs),
  )
  return scan.outcome
}
