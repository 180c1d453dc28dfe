import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findingsDir, privateDir, type ActionIO, type Outcome } from '@portcullis/action-kit'
import {
  completeReport,
  failedReport,
  ScanFailedError,
  UserError,
  type FindingsReport,
  type ReportInit,
  type ToolProvenance,
} from '@portcullis/core'
import { categorySlug } from '@portcullis/sarif'
import { runnerInstaller } from '@portcullis/scan'
import {
  resolveSigningTarget,
  signImage,
  verifyImage,
  type SignImagePorts,
  type SignImageResult,
  type SigningTarget,
} from '@portcullis/scanners/cosign'
import type { SignImageActionInputs } from './inputs.js'

/** The outputs of actions/sign-image/action.yml (a test holds the two together). */
export const OUTPUTS = {
  report: 'report',
  digest: 'digest',
  signatureRef: 'signature-ref',
  verified: 'verified',
} as const

function summaryOf(
  mode: string,
  report: FindingsReport,
  result: SignImageResult | undefined,
  reportPath: string,
): string {
  const target = report.target.digest
    ? `${report.target.name}@${report.target.digest}`
    : report.target.name
  const verdict =
    report.status === 'failed'
      ? `❌ ${mode} failed: ${report.reason ?? ''}`
      : mode === 'verify'
        ? result?.verified
          ? '✅ signature verified'
          : '❌ NOT verified (a critical signature finding; the quality gate fails)'
        : '✅ signed'
  return [
    `## sign-image (${mode})`,
    '',
    `- image: \`${target}\``,
    `- result: ${verdict}`,
    ...(result?.signatureRef ? [`- signature: \`${result.signatureRef}\``] : []),
    ...(result?.identity
      ? [`- identity: ${result.identity.subject} (issuer ${result.identity.issuer ?? 'unknown'})`]
      : []),
    ...(result?.rekorIndex !== undefined ? [`- Rekor log index: ${result.rekorIndex}`] : []),
    ...(result?.attestations.map((a) => `- attestation: ${a}`) ?? []),
    ...report.findings.map((f) => `- **${f.severity}** ${f.title}`),
    `- report: \`${reportPath}\``,
    '',
  ].join('\n')
}

/**
 * sign-image: resolve the tag once, sign (and attest) `name@digest` or verify it, and write a
 * signature report for the quality gate. Signing refuses when the tag moved during the job; a failed
 * verification is a critical `signature` finding in a complete report, and fails the step.
 */
export async function run(inputs: SignImageActionInputs, io: ActionIO): Promise<Outcome> {
  const started = new Date()
  const workspace = resolve(io.context.workspace)
  const outputDir = resolve(workspace, inputs.outputDir ?? findingsDir(io.context))
  mkdirSync(outputDir, { recursive: true })
  // Private, and removed however the step ends (signals included): key files, docker config.
  const work = privateDir(io.context.runnerTemp, 'portcullis-sign-image-')
  const workDir = work.path
  // A PEM key given as a secret is masked line by line too (the runner masks the whole value only).
  if (inputs.key?.includes('-----BEGIN')) {
    for (const line of inputs.key.split(/\r?\n/)) if (line.trim().length > 8) io.mask(line.trim())
  }

  let binary: ToolProvenance | undefined
  let target: SigningTarget | undefined
  let result: SignImageResult | undefined
  let failure: string | undefined
  try {
    binary = await runnerInstaller(io)({
      tool: 'cosign',
      ...(inputs.version ? { version: inputs.version } : {}),
      ...(inputs.toolSha256 ? { sha256: inputs.toolSha256 } : {}),
      ...(inputs.cosignPath ? { toolPath: resolve(workspace, inputs.cosignPath) } : {}),
      ...(inputs.toolMirror ? { mirror: inputs.toolMirror } : {}),
    })
    io.log.info(`cosign ${binary.version} from ${binary.source}: ${binary.path}`)
    const ports: SignImagePorts = {
      exec: io.exec,
      log: io.log,
      env: io.env,
      workspace,
      workDir,
      cosign: binary,
      timeoutMs: (inputs.timeoutMinutes ?? 10) * 60_000,
    }
    target = await resolveSigningTarget(inputs, ports)
    io.log.info(`${target.shown} resolves to ${target.digest}.`)
    const resolved = target
    result = await io.log.group(`sign-image: ${inputs.mode} ${target.pinned}`, () =>
      inputs.mode === 'sign'
        ? signImage(inputs, resolved, ports)
        : verifyImage(inputs, resolved, ports),
    )
  } catch (error) {
    if (error instanceof ScanFailedError || error instanceof UserError) failure = error.message
    else {
      failure = `internal error: ${(error as Error).message}`
      io.log.debug((error as Error).stack ?? String(error))
    }
  } finally {
    // Key files written from a secret, predicates and the private docker config go with it.
    work.remove()
  }

  const init: ReportInit = {
    action: 'sign-image',
    scanner: { name: 'cosign', version: binary?.version ?? 'unknown' },
    target: {
      kind: 'image',
      name: target?.shown ?? inputs.image,
      ...(target ? { digest: target.digest } : {}),
    },
    commitSha: io.context.sha,
    startedAt: started,
    ...(binary ? { tool: binary } : {}),
    notices: result?.notices ?? [`mode: ${inputs.mode}`],
  }
  // A failed run says `mode: …` too, but a failed report never counts as a verification.
  const report =
    failure === undefined && result
      ? completeReport(init, result.findings)
      : failedReport(init, failure ?? `the ${inputs.mode} step did not finish`)
  const reportPath = join(
    outputDir,
    `${categorySlug(`sign-image-${inputs.mode}-${inputs.image}`)}.findings.json`,
  )
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  io.writeSummary(summaryOf(inputs.mode, report, result, reportPath))

  io.setOutput(OUTPUTS.report, reportPath)
  io.setOutput(OUTPUTS.digest, target?.digest ?? '')
  io.setOutput(OUTPUTS.signatureRef, result?.signatureRef ?? '')
  if (inputs.mode === 'verify') io.setOutput(OUTPUTS.verified, result?.verified === true)

  if (report.status === 'failed') {
    return {
      ok: false,
      message: `sign-image: ${inputs.mode} of ${inputs.image} failed: ${report.reason}. The signature report says so, and a quality gate will fail.`,
    }
  }
  if (inputs.mode === 'verify' && result?.verified !== true) {
    return {
      ok: false,
      message: `sign-image: ${target?.pinned ?? inputs.image} has no valid signature (${report.findings[0]?.description ?? 'not verified'}). Do not promote it; the report holds a critical signature finding for the quality gate.`,
    }
  }
  return { ok: true }
}
