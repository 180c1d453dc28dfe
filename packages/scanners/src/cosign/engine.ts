import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Exec, ExecResult, Logger } from '@portcullis/core/ports'
import {
  InputError,
  parseReport,
  ScanFailedError,
  UserError,
  type Finding,
  type FindingsReport,
  type ToolProvenance,
} from '@portcullis/core'
import {
  parseImageReference,
  pinnedReference,
  registryCredentials,
  resolveImageDigest,
  type ImageReference,
  type RegistryCredentials,
} from '@portcullis/engine'
import {
  certificateIdentity,
  cosignAttestArgs,
  cosignEnv,
  cosignSignArgs,
  cosignTriangulateArgs,
  describeCosignKey,
  rekorIndexFrom,
  resolveCosignKey,
  writeDockerConfig,
  type CosignKey,
  type SignerIdentity,
} from './sign.js'
import { cosignTrustFromTrustedRoot, type CosignTrust } from './trust-root.js'
import {
  cosignError,
  cosignVerifyArgs,
  signatureFinding,
  verificationNotices,
  verifyOutcome,
} from './verify.js'

/** The sign-image inputs (the action's Inputs type satisfies it structurally). */
export interface SignImageInputs {
  readonly mode: 'sign' | 'verify'
  readonly image: string
  readonly key: string | undefined
  readonly keyPassword: string | undefined
  readonly certificateIdentity: string | undefined
  readonly certificateIdentityRegexp: string | undefined
  readonly certificateOidcIssuer: string | undefined
  readonly certificateOidcIssuerRegexp: string | undefined
  readonly attestSbom: string | undefined
  readonly attestReport: string | undefined
  readonly tlogUpload: boolean
  readonly rekorUrl: string | undefined
  readonly fulcioUrl: string | undefined
  /** A private Sigstore's trusted_root.json (Fulcio CA, Rekor and CT log keys). */
  readonly trustedRoot?: string | undefined
  readonly allowInsecureRegistry: boolean
  readonly registryUsername: string | undefined
  readonly registryPassword: string | undefined
}

export interface SignImagePorts {
  readonly exec: Exec
  readonly log: Logger
  /** The step's environment (the OIDC request variables are read from it for keyless signing). */
  readonly env: NodeJS.ProcessEnv
  readonly workspace: string
  /** A fresh folder of this run (key files, predicates, docker config); the caller removes it. */
  readonly workDir: string
  readonly cosign: ToolProvenance
  readonly timeoutMs: number
  /** The registry lookup; the real one by default (tests may count calls). */
  readonly resolveDigest?: (
    ref: ImageReference,
    credentials?: RegistryCredentials,
  ) => Promise<string>
}

export interface SigningTarget {
  readonly reference: ImageReference
  readonly shown: string
  readonly digest: string
  readonly pinned: string
  readonly credentials?: RegistryCredentials
  readonly credentialsFromInputs: boolean
}

export interface SignImageResult {
  readonly target: SigningTarget
  readonly findings: Finding[]
  /**
   * What was proved or recorded. The `mode: sign` or `mode: verify` notice the gate reads is the
   * caller's to put first: a failed run, which returns no result, carries it too.
   */
  readonly notices: string[]
  readonly signatureRef?: string
  readonly verified?: boolean
  readonly identity?: SignerIdentity
  readonly rekorIndex?: number
  readonly attestations: string[]
}

function lookup(ports: SignImagePorts) {
  return (
    ports.resolveDigest ??
    ((ref, credentials) => resolveImageDigest(ref, { ...(credentials ? { credentials } : {}) }))
  )
}

/** Resolves `image` once to the digest everything after works on. */
export async function resolveSigningTarget(
  inputs: Pick<SignImageInputs, 'image' | 'registryUsername' | 'registryPassword'>,
  ports: SignImagePorts,
): Promise<SigningTarget> {
  const reference = parseImageReference(inputs.image)
  const { credentials, fromInputs } = registryCredentials(inputs, reference.registry, ports.env)
  const digest = await lookup(ports)(reference, credentials)
  return {
    reference,
    shown: inputs.image.trim(),
    digest,
    pinned: pinnedReference(reference, digest),
    ...(credentials ? { credentials } : {}),
    credentialsFromInputs: fromInputs,
  }
}

async function cosign(
  ports: SignImagePorts,
  args: string[],
  env: Record<string, string>,
  what: string,
): Promise<ExecResult> {
  let result: ExecResult
  try {
    result = await ports.exec({
      tool: 'cosign',
      file: ports.cosign.path,
      args,
      cwd: ports.workDir,
      env,
      timeoutMs: ports.timeoutMs,
    })
  } catch (error) {
    throw new ScanFailedError(`cosign could not be started (${(error as Error).message})`, {
      cause: error,
    })
  }
  if (result.timedOut) throw new ScanFailedError(`cosign ${what} did not finish in time`)
  if (result.signal)
    throw new ScanFailedError(`cosign ${what} was killed by signal ${result.signal}`)
  return result
}

function ensureOk(result: ExecResult, what: string): void {
  if (result.exitCode === 0) return
  const error = cosignError(result.stderrTail)
  throw new ScanFailedError(
    `cosign ${what} failed (exit code ${result.exitCode}${error ? `: ${error}` : ''})`,
  )
}

function dockerConfigFor(target: SigningTarget, ports: SignImagePorts): string | undefined {
  // Credentials given as inputs reach cosign through a private docker config, never argv.
  return target.credentialsFromInputs && target.credentials
    ? writeDockerConfig(ports.workDir, target.reference.registry, target.credentials)
    : undefined
}

function workspaceFile(workspace: string, value: string, input: string): string {
  const path = value.startsWith('/') ? value : join(workspace, value)
  try {
    readFileSync(path)
  } catch {
    throw new InputError(
      input,
      `'${value}' cannot be read; give the path of a file in the workspace`,
    )
  }
  return path
}

/** The private Sigstore's roots for cosign, when the workflow gives a trusted root. */
function trustFor(
  inputs: Pick<SignImageInputs, 'trustedRoot'>,
  ports: SignImagePorts,
): CosignTrust | undefined {
  if (!inputs.trustedRoot) return undefined
  const path = inputs.trustedRoot.startsWith('/')
    ? inputs.trustedRoot
    : join(ports.workspace, inputs.trustedRoot)
  return cosignTrustFromTrustedRoot(path, inputs.trustedRoot, ports.workDir)
}

/**
 * The scan results of this digest as a cosign vulnerability predicate
 * (https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md), with the
 * Portcullis findings report as the scanner's `result`. A report of another image is refused.
 */
export function vulnPredicate(report: FindingsReport, digest: string): object {
  if (report.action !== 'scan-image' || report.target.digest !== digest) {
    throw new InputError(
      'attest-report',
      `is a ${report.action} report of ${report.target.name}${report.target.digest ? `@${report.target.digest}` : ''}, not a scan-image report of ${digest}, the digest being signed`,
    )
  }
  if (report.status !== 'complete') {
    throw new InputError(
      'attest-report',
      `is a failed scan (${report.reason ?? 'no reason'}); only complete scans are attested`,
    )
  }
  return {
    invocation: { parameters: null, uri: '', event_id: '', 'builder.id': '' },
    scanner: {
      uri: `pkg:generic/${report.scanner.name}@${report.scanner.version}`,
      version: report.scanner.version,
      db: { uri: '', version: '' },
      result: report,
    },
    metadata: { scanStartedOn: report.startedAt, scanFinishedOn: report.finishedAt },
  }
}

/**
 * sign mode: sign `name@digest` (never the tag), attach the attestations asked for, then resolve the
 * tag again and refuse if it moved while the job ran — the signature would vouch for an image the
 * tag no longer names.
 */
export async function signImage(
  inputs: SignImageInputs,
  target: SigningTarget,
  ports: SignImagePorts,
): Promise<SignImageResult> {
  const key = resolveCosignKey(inputs.key, ports.workspace, ports.workDir)
  if (key.kind === 'keyless' && !inputs.tlogUpload) {
    throw new InputError(
      'tlog-upload',
      'is false, but keyless signing records the certificate in Rekor; set tlog-upload: true or sign with a key',
    )
  }
  if (key.kind === 'keyless' && inputs.trustedRoot && (!inputs.fulcioUrl || !inputs.rekorUrl)) {
    throw new InputError(
      inputs.fulcioUrl ? 'rekor-url' : 'fulcio-url',
      'is empty, but trusted-root names a private Sigstore; set fulcio-url and rekor-url to the Fulcio and Rekor that trusted root belongs to',
    )
  }
  const trust = trustFor(inputs, ports)
  const dockerConfig = dockerConfigFor(target, ports)
  const env = {
    ...cosignEnv(key, ports.env, {
      ...(inputs.keyPassword ? { password: inputs.keyPassword } : {}),
      ...(dockerConfig ? { dockerConfig } : {}),
      signing: true,
    }),
    ...trust?.env,
  }
  const common = {
    key,
    tlogUpload: inputs.tlogUpload,
    allowInsecureRegistry: inputs.allowInsecureRegistry,
    ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
    ...(inputs.fulcioUrl ? { fulcioUrl: inputs.fulcioUrl } : {}),
  }
  ports.log.info(`Signing ${target.pinned} (${describeCosignKey(key)}).`)
  const certificateOut =
    key.kind === 'keyless' ? join(ports.workDir, 'signing-cert.pem') : undefined
  const signed = await cosign(
    ports,
    cosignSignArgs({
      ...common,
      ref: target.pinned,
      ...(certificateOut ? { certificateOut } : {}),
    }),
    env,
    'sign',
  )
  ensureOk(signed, 'sign')
  const notices = [
    `signed ${target.pinned} with ${describeCosignKey(key)}`,
    ...(trust?.notices ?? []),
  ]
  let identity: SignerIdentity | undefined
  if (certificateOut) {
    identity = certificateIdentity(readFileSync(certificateOut, 'utf8'))
    notices.push(
      `signer identity ${identity.subject} (OIDC issuer ${identity.issuer ?? 'unknown'})`,
    )
  }
  const rekorIndex = rekorIndexFrom(signed.stderrTail)
  if (rekorIndex !== undefined) notices.push(`Rekor entry: log index ${rekorIndex}`)
  if (!inputs.tlogUpload) notices.push('not recorded in a transparency log (tlog-upload: false)')

  const attestations: string[] = []
  const attest = async (predicate: string, type: string, what: string) => {
    const result = await cosign(
      ports,
      cosignAttestArgs({ ...common, ref: target.pinned, predicate, type }),
      env,
      `attest (${what})`,
    )
    ensureOk(result, `attest (${what})`)
    attestations.push(`${what} (predicate type ${type})`)
    notices.push(`attested ${what} (${type})`)
  }
  if (inputs.attestSbom) {
    const sbom = workspaceFile(ports.workspace, inputs.attestSbom, 'attest-sbom')
    let bom: unknown
    try {
      bom = JSON.parse(readFileSync(sbom, 'utf8'))
    } catch {
      bom = undefined
    }
    if ((bom as { bomFormat?: unknown } | undefined)?.bomFormat !== 'CycloneDX') {
      throw new InputError('attest-sbom', `'${inputs.attestSbom}' is not a CycloneDX JSON SBOM`)
    }
    await attest(sbom, 'cyclonedx', 'the CycloneDX SBOM')
  }
  if (inputs.attestReport) {
    const path = workspaceFile(ports.workspace, inputs.attestReport, 'attest-report')
    const predicate = join(ports.workDir, 'vuln-predicate.json')
    writeFileSync(
      predicate,
      JSON.stringify(vulnPredicate(parseReport(readFileSync(path, 'utf8'), path), target.digest)),
    )
    await attest(predicate, 'vuln', 'the scan results')
  }

  const signatureRef = await triangulate(target, inputs, env, ports)
  await assertTagUnmoved(target, ports)
  return {
    target,
    findings: [],
    notices,
    signatureRef,
    ...(identity ? { identity } : {}),
    ...(rekorIndex !== undefined ? { rekorIndex } : {}),
    attestations,
  }
}

async function triangulate(
  target: SigningTarget,
  inputs: Pick<SignImageInputs, 'allowInsecureRegistry'>,
  env: Record<string, string>,
  ports: SignImagePorts,
): Promise<string> {
  const result = await cosign(
    ports,
    cosignTriangulateArgs(target.pinned, { allowInsecureRegistry: inputs.allowInsecureRegistry }),
    env.DOCKER_CONFIG ? { DOCKER_CONFIG: env.DOCKER_CONFIG } : {},
    'triangulate',
  )
  ensureOk(result, 'triangulate')
  const ref = result.stdout.trim().split('\n').pop()?.trim() ?? ''
  if (ref === '') throw new ScanFailedError('cosign triangulate printed no signature reference')
  return ref
}

/** The tag must still name the digest that was signed (a digest reference cannot move). */
async function assertTagUnmoved(target: SigningTarget, ports: SignImagePorts): Promise<void> {
  if (target.reference.digest !== undefined) return
  const now = await lookup(ports)(target.reference, target.credentials)
  if (now !== target.digest) {
    throw new UserError(
      'tag-moved',
      `${target.shown} moved during the job: it named ${target.digest} when signing started and names ${now} now. The signature covers ${target.digest} only; the new content is not signed. Find out who pushed it, then sign the digest you built.`,
    )
  }
}

/**
 * verify mode: checks the signatures of the digest the tag names now, by key or by keyless
 * identity and issuer. A failed verification is a result (a critical `signature` finding), not an
 * error; cosign failing to run at all is an error (the report is then `failed`).
 */
export async function verifyImage(
  inputs: SignImageInputs,
  target: SigningTarget,
  ports: SignImagePorts,
): Promise<SignImageResult> {
  const key = resolveCosignKey(inputs.key, ports.workspace, ports.workDir)
  const trust = trustFor(inputs, ports)
  const dockerConfig = dockerConfigFor(target, ports)
  const env = {
    ...cosignEnv(key, ports.env, {
      ...(dockerConfig ? { dockerConfig } : {}),
      signing: false,
    }),
    ...trust?.env,
  }
  const args = cosignVerifyArgs({
    ref: target.pinned,
    policy: {
      key,
      ...(inputs.certificateIdentity ? { certificateIdentity: inputs.certificateIdentity } : {}),
      ...(inputs.certificateIdentityRegexp
        ? { certificateIdentityRegexp: inputs.certificateIdentityRegexp }
        : {}),
      ...(inputs.certificateOidcIssuer
        ? { certificateOidcIssuer: inputs.certificateOidcIssuer }
        : {}),
      ...(inputs.certificateOidcIssuerRegexp
        ? { certificateOidcIssuerRegexp: inputs.certificateOidcIssuerRegexp }
        : {}),
    },
    tlog: inputs.tlogUpload,
    allowInsecureRegistry: inputs.allowInsecureRegistry,
    ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}),
  })
  ports.log.info(`Verifying ${target.pinned} (${verifyPolicyText(inputs, key)}).`)
  const outcome = verifyOutcome(await cosign(ports, args, env, 'verify'), target.digest)
  const notices = [`policy: ${verifyPolicyText(inputs, key)}`, ...(trust?.notices ?? [])]
  if (!inputs.tlogUpload) notices.push('transparency log not checked (tlog-upload: false)')
  if (!outcome.verified) {
    ports.log.warning(`${target.pinned} is NOT verified: ${outcome.why}`)
    return {
      target,
      findings: [
        signatureFinding(
          { ref: target.shown, name: target.reference.name, digest: target.digest },
          outcome.why,
        ),
      ],
      notices,
      verified: false,
      attestations: [],
    }
  }
  notices.push(`verified ${target.pinned}`, ...verificationNotices(outcome.verification))
  const signature =
    outcome.verification.signatures.find((s) => s.identity) ?? outcome.verification.signatures[0]
  return {
    target,
    findings: [],
    notices,
    verified: true,
    signatureRef: await triangulate(target, inputs, env, ports),
    ...(signature?.identity
      ? { identity: { subject: signature.identity.subject, issuer: signature.identity.issuer } }
      : {}),
    ...(signature?.rekorBundle ? { rekorIndex: signature.rekorBundle.logIndex } : {}),
    attestations: [],
  }
}

function verifyPolicyText(inputs: SignImageInputs, key: CosignKey): string {
  if (key.kind !== 'keyless') return describeCosignKey(key).replace(/^key from/, 'public key from')
  const identity = inputs.certificateIdentity
    ? `identity ${inputs.certificateIdentity}`
    : `identity matching /${inputs.certificateIdentityRegexp ?? ''}/`
  const issuer = inputs.certificateOidcIssuerRegexp
    ? `issuer matching /${inputs.certificateOidcIssuerRegexp}/`
    : `issuer ${inputs.certificateOidcIssuer ?? ''}`
  return `keyless, ${identity}, ${issuer}`
}
