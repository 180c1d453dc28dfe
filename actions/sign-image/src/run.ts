import type { ActionIO, Outcome } from '@portcullis/action-kit'
import { signatureModeNotice } from '@portcullis/core'
import { parseImageReference, pinnedReference } from '@portcullis/engine'
import { runnerScanDeps, runScan } from '@portcullis/scan'
import { cosignEngine, type CosignEngineInputs } from '@portcullis/scanners/cosign'
import type { SignImageActionInputs } from './inputs.js'

/** The outputs of actions/sign-image/action.yml: the pipeline's report, and the cosign engine's. */
export const OUTPUTS = {
  report: 'report',
  digest: 'digest',
  signatureRef: 'signature-ref',
  verified: 'verified',
} as const

/**
 * sign-image on the scan pipeline: cosign is the engine, and the pipeline installs it, classifies
 * failures, writes the signature report (always; a failed one says so), the summary and the outputs.
 * A signature is no code-scanning analysis: no SARIF, annotations, check run or comment. Signing
 * refuses when the tag moved during the job; a failed verification is a critical `signature`
 * finding in a complete report, and fails the step.
 */
export async function run(inputs: SignImageActionInputs, io: ActionIO): Promise<Outcome> {
  // A PEM key given as a secret is masked line by line too (the runner masks the whole value only).
  if (inputs.key?.includes('-----BEGIN')) {
    for (const line of inputs.key.split(/\r?\n/)) if (line.trim().length > 8) io.mask(line.trim())
  }
  const engineInputs: CosignEngineInputs = {
    ...inputs,
    engine: 'cosign',
    ignoreFile: undefined,
    uploadSarif: false,
    annotate: false,
    checkRun: false,
    comment: false,
    githubToken: undefined,
  }
  const { report, tally } = await runScan(
    {
      action: 'sign-image',
      engines: { cosign: cosignEngine({ env: io.env }) },
      inputs: engineInputs,
      target: { kind: 'image', name: inputs.image },
      // Sign and verify reports of one image sit side by side, and a failed one still says which it was.
      reportName: `sign-image-${inputs.mode}-${inputs.image}`,
      notices: [signatureModeNotice(inputs.mode)],
      codeScanning: false,
      failedOutputs: (failed) => ({
        [OUTPUTS.digest]: failed.target.digest ?? '',
        [OUTPUTS.signatureRef]: '',
        ...(inputs.mode === 'verify' ? { [OUTPUTS.verified]: 'false' } : {}),
      }),
    },
    io,
    // No token: nothing is reported to GitHub but the step's summary and outputs.
    runnerScanDeps(io, engineInputs),
  )

  if (report.status === 'failed') {
    return {
      ok: false,
      message: `sign-image: ${inputs.mode} of ${inputs.image} failed: ${report.reason}. The signature report says so, and a quality gate will fail.`,
    }
  }
  // A signature report holds at most one finding, never suppressed (no ignore file applies).
  const unverified = tally.top()[0]
  if (inputs.mode === 'verify' && unverified) {
    const pinned = report.target.digest
      ? pinnedReference(parseImageReference(inputs.image), report.target.digest)
      : inputs.image
    return {
      ok: false,
      message: `sign-image: ${pinned} has no valid signature (${unverified.description ?? 'not verified'}). Do not promote it; the report holds a critical signature finding for the quality gate.`,
    }
  }
  return { ok: true }
}
