import type { ActionIO, Outcome } from '@portcullis/action-kit'
import { runnerScanDeps, runScan, type ScanEngine } from '@portcullis/scan'
import { gitleaksSecretEngine } from '@portcullis/scanners/gitleaks'
import { trivySecretEngine } from '@portcullis/scanners/trivy'
import type { ScanSecretsInputs } from './inputs.js'

/** The engines scan-secrets offers; found secrets' values go to the runner's log masker. */
export function secretEngines(
  io: Pick<ActionIO, 'mask'>,
): Readonly<Record<string, ScanEngine<ScanSecretsInputs>>> {
  const mask = (value: string) => io.mask(value)
  return {
    gitleaks: gitleaksSecretEngine({ mask }),
    trivy: trivySecretEngine({ mask }),
  }
}

export async function run(inputs: ScanSecretsInputs, io: ActionIO): Promise<Outcome> {
  const result = await runScan(
    {
      action: 'scan-secrets',
      engines: secretEngines(io),
      inputs,
      target: { kind: 'path', name: inputs.path },
    },
    io,
    runnerScanDeps(io, inputs),
  )
  return result.outcome
}
