import type { CommonScanInputs, EngineResult, ScanEngine } from '@portcullis/engine'
import {
  resolveSigningTarget,
  signImage,
  verifyImage,
  type SignImageInputs,
  type SignImagePorts,
  type SignImageResult,
} from './engine.js'
import { COSIGN } from './tool.js'

/** sign-image's inputs as the pipeline hands them to the engine. */
export interface CosignEngineInputs extends SignImageInputs, CommonScanInputs {
  /** The `cosign-path` input (the pipeline reads it by the tool's `pathInput`). */
  readonly cosignPath: string | undefined
}

/** The outputs the cosign engine adds to the pipeline's `report`. */
export const COSIGN_OUTPUTS = ['digest', 'signature-ref', 'verified'] as const

export interface CosignEngineOptions {
  /** The step's environment: the OIDC request variables for keyless signing, registry credentials. */
  readonly env: NodeJS.ProcessEnv
}

/** The summary lines only a signature has: the verdict, where it is stored, who signed, what was attested. */
export function signingSummary(mode: SignImageInputs['mode'], result: SignImageResult): string {
  const verdict =
    mode === 'sign'
      ? '✅ signed'
      : result.verified
        ? '✅ signature verified'
        : '❌ NOT verified (a critical signature finding; the quality gate fails)'
  return [
    `- result: ${verdict}`,
    ...(result.signatureRef ? [`- signature: \`${result.signatureRef}\``] : []),
    ...(result.identity
      ? [`- identity: ${result.identity.subject} (issuer ${result.identity.issuer ?? 'unknown'})`]
      : []),
    ...(result.rekorIndex !== undefined ? [`- Rekor log index: ${result.rekorIndex}`] : []),
    ...result.attestations.map((a) => `- attestation: ${a}`),
  ].join('\n')
}

/**
 * cosign as sign-image's engine: resolves the tag once, then signs (and attests) `name@digest` or
 * verifies it. A failed verification is a result (a critical `signature` finding in a complete
 * report); cosign failing to run, a moved tag or a bad input fail the run. The environment is the
 * step's, given when the engine is built, since keyless signing reads the OIDC request from it.
 */
export function cosignEngine(options: CosignEngineOptions): ScanEngine<CosignEngineInputs> {
  return {
    name: 'cosign',
    tool: COSIGN,
    outputs: COSIGN_OUTPUTS,
    async run(context): Promise<EngineResult> {
      const { inputs } = context
      const ports: SignImagePorts = {
        exec: context.exec,
        log: context.log,
        env: options.env,
        workspace: context.workspace,
        workDir: context.workDir,
        cosign: context.binary,
        timeoutMs: context.timeoutMs,
      }
      const target = await resolveSigningTarget(inputs, ports)
      const resolved = { kind: 'image', name: target.shown, digest: target.digest } as const
      context.resolvedTarget?.(resolved)
      context.log.info(`${target.shown} resolves to ${target.digest}.`)
      const result =
        inputs.mode === 'sign'
          ? await signImage(inputs, target, ports)
          : await verifyImage(inputs, target, ports)
      return {
        scanner: { name: 'cosign', version: context.binary.version },
        target: resolved,
        findings: result.findings,
        notices: result.notices,
        outputs: {
          digest: target.digest,
          'signature-ref': result.signatureRef ?? '',
          ...(inputs.mode === 'verify' ? { verified: String(result.verified === true) } : {}),
        },
        summary: signingSummary(inputs.mode, result),
      }
    },
  }
}
