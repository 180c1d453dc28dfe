import type { ActionIO, Outcome } from '@portcullis/action-kit'
import type { EnginesFor } from '@portcullis/engine/inputs'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { gitleaksSecretEngine } from '@portcullis/scanners/gitleaks'
import { trivySecretEngine } from '@portcullis/scanners/trivy'
import type { ENGINE_TOOLS, ScanSecretsInputs } from './inputs.js'

/**
 * scan-secrets' engines, by the `engine` input's value. Found secrets' values go to the runner's log
 * masker, and their fingerprints hold a digest of the value under the `fingerprint-key` (or the
 * repository's id).
 */
export const ENGINES: EnginesFor<typeof ENGINE_TOOLS, ScanSecretsInputs> = {
  gitleaks: gitleaksSecretEngine,
  trivy: trivySecretEngine,
}

export async function run(inputs: ScanSecretsInputs, io: ActionIO): Promise<Outcome> {
  const result = await runScan(
    {
      action: 'scan-secrets',
      engines: ENGINES,
      inputs,
      target: { kind: 'path', name: inputs.path },
    },
    io,
    runnerScanDeps(io, inputs),
  )
  return result.outcome
}
