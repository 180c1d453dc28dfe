import type { ActionIO, Outcome } from '@portcullis/action-kit'
import { type ScanEngine } from '@portcullis/engine'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { gitleaksSecretEngine, secretFingerprintKey } from '@portcullis/scanners/gitleaks'
import { trivySecretEngine } from '@portcullis/scanners/trivy'
import type { ScanSecretsInputs } from './inputs.js'

/**
 * The engines scan-secrets offers; found secrets' values go to the runner's log masker, and their
 * fingerprints hold a digest of the value under the `fingerprint-key` (or the repository's id).
 */
export function secretEngines(
  io: Pick<ActionIO, 'mask' | 'env'>,
  inputs: Pick<ScanSecretsInputs, 'fingerprintKey'>,
): Readonly<Record<string, ScanEngine<ScanSecretsInputs>>> {
  const mask = (value: string) => io.mask(value)
  const fingerprintKey = secretFingerprintKey(inputs.fingerprintKey, io.env)
  return {
    gitleaks: gitleaksSecretEngine({ mask, fingerprintKey }),
    trivy: trivySecretEngine({ mask, fingerprintKey }),
  }
}

export async function run(inputs: ScanSecretsInputs, io: ActionIO): Promise<Outcome> {
  const result = await runScan(
    {
      action: 'scan-secrets',
      engines: secretEngines(io, inputs),
      inputs,
      target: { kind: 'path', name: inputs.path },
    },
    io,
    runnerScanDeps(io, inputs),
  )
  return result.outcome
}
