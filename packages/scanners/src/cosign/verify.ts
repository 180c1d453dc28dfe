import { neutralize, type ExecResult } from '@portcullis/core/ports'
import { InputError, ruleFingerprint, ScanFailedError, type Finding } from '@portcullis/core'
import { parseCosignVerify, type CosignVerification } from './parse.js'
import type { CosignKey, CosignRegistryOptions } from './sign.js'

/** What a verification must match: a key, or a keyless signer identity and issuer. */
export interface CosignVerifyPolicy {
  readonly key: CosignKey
  readonly certificateIdentity?: string
  readonly certificateIdentityRegexp?: string
  readonly certificateOidcIssuer?: string
  readonly certificateOidcIssuerRegexp?: string
}

export interface CosignVerifyOptions extends CosignRegistryOptions {
  readonly ref: string
  readonly policy: CosignVerifyPolicy
  /** false: the signatures were made with `--tlog-upload=false`, so no Rekor entry is required. */
  readonly tlog: boolean
  readonly rekorUrl?: string
}

/** `cosign verify` argv; keyless verification needs an identity and an issuer (exact or regexp). */
export function cosignVerifyArgs(options: CosignVerifyOptions): string[] {
  const { policy } = options
  const keyFlags: string[] = []
  if (policy.key.kind === 'file') keyFlags.push('--key', policy.key.path)
  else if (policy.key.kind === 'kms') keyFlags.push('--key', policy.key.uri)
  else {
    if (policy.certificateIdentity)
      keyFlags.push('--certificate-identity', policy.certificateIdentity)
    else if (policy.certificateIdentityRegexp) {
      keyFlags.push('--certificate-identity-regexp', policy.certificateIdentityRegexp)
    } else {
      throw new InputError(
        'certificate-identity',
        'verify without a key checks the signer: set certificate-identity (exact) or certificate-identity-regexp, or give the public key (key)',
      )
    }
    if (policy.certificateOidcIssuerRegexp) {
      keyFlags.push('--certificate-oidc-issuer-regexp', policy.certificateOidcIssuerRegexp)
    } else if (policy.certificateOidcIssuer) {
      keyFlags.push('--certificate-oidc-issuer', policy.certificateOidcIssuer)
    } else {
      throw new InputError(
        'certificate-oidc-issuer',
        'is empty; keyless verification needs the OIDC issuer (exact, or certificate-oidc-issuer-regexp)',
      )
    }
  }
  return [
    'verify',
    ...keyFlags,
    ...(options.tlog ? [] : ['--insecure-ignore-tlog']),
    ...(options.rekorUrl ? ['--rekor-url', options.rekorUrl] : []),
    ...(options.allowInsecureRegistry
      ? ['--allow-http-registry', '--allow-insecure-registry']
      : []),
    '--output',
    'json',
    options.ref,
  ]
}

/**
 * cosign's exit codes for "the image is not (validly) signed" (cosign/cmd/cosign/errors):
 * 10 no matching signatures, 11 non-existent tag, 12 image without signature, 13 no certificate
 * on the signature, 14 no matching attestations. Any other failure (network, bad flag, unreadable
 * key) means verification did not run.
 */
const NOT_VERIFIED_EXIT_CODES = [10, 11, 12, 13, 14]
const NOT_VERIFIED_MESSAGE =
  /no matching signatures|no signatures found|invalid signature|signature mismatch|none of the expected identities matched|expected oidc issuer not found|failed to verify signature/i

export type VerifyOutcome =
  | { readonly verified: true; readonly verification: CosignVerification }
  | { readonly verified: false; readonly why: string }

/** cosign's own error lines, cleaned, for reasons and findings (never stdout). */
export function cosignError(stderr: string): string {
  const lines = neutralize(stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(Error|error)\b/.test(l))
  const unique = [
    ...new Set(lines.map((l) => l.replace(/^error during command execution:\s*/i, 'Error: '))),
  ]
  return unique.slice(-2).join(' / ').slice(0, 500)
}

/**
 * What one `cosign verify` run says: verified (and which signatures), not verified (the image is
 * unsigned, tampered with, or signed by someone else), or a failure to verify at all (ScanFailedError).
 */
export function verifyOutcome(result: ExecResult, digest: string): VerifyOutcome {
  if (result.timedOut) throw new ScanFailedError('cosign verify did not finish in time')
  if (result.signal)
    throw new ScanFailedError(`cosign verify was killed by signal ${result.signal}`)
  if (result.exitCode === 0) {
    const verification = parseCosignVerify(`${result.stderrTail}\n${result.stdout}`)
    const covering = verification.signatures.filter((s) => s.digest === digest)
    if (covering.length === 0) {
      return {
        verified: false,
        why: `cosign verified signatures for ${[...new Set(verification.signatures.map((s) => s.digest))].join(', ')}, none for ${digest}`,
      }
    }
    return { verified: true, verification: { ...verification, signatures: covering } }
  }
  const error = cosignError(result.stderrTail)
  if (
    NOT_VERIFIED_EXIT_CODES.includes(result.exitCode ?? -1) ||
    NOT_VERIFIED_MESSAGE.test(result.stderrTail)
  ) {
    return { verified: false, why: error || `cosign verify exited with code ${result.exitCode}` }
  }
  throw new ScanFailedError(
    `cosign verify could not check the signature (exit code ${result.exitCode}${error ? `: ${error}` : ''})`,
  )
}

/** The rule id of a failed verification; the gate fails on any `signature` finding. */
export const SIGNATURE_RULE_ID = 'signature-not-verified'

/** The critical finding a failed verification is. */
export function signatureFinding(
  image: { ref: string; name: string; digest: string },
  why: string,
): Finding {
  const pinned = `${image.name}@${image.digest}`
  return {
    fingerprint: ruleFingerprint(SIGNATURE_RULE_ID, pinned),
    category: 'signature',
    ruleId: SIGNATURE_RULE_ID,
    title: `No valid signature for ${pinned}`,
    description: `cosign found no signature of ${pinned} that satisfies the verification policy: ${why}. The image is unsigned, was changed after signing (a tag now points at other content), or was signed by another key or identity.`,
    severity: 'critical',
    image: { ref: image.ref, digest: image.digest },
    remediation:
      'Do not promote this image. Sign the digest you built (sign-image) and verify that same digest; if the tag moved, find out who pushed the new content.',
    sources: ['cosign'],
  }
}

/** Report notices that record what a successful verification proved. */
export function verificationNotices(verification: CosignVerification): string[] {
  const notices: string[] = []
  for (const signature of verification.signatures) {
    if (signature.identity) {
      notices.push(
        `signed by ${signature.identity.subject || '(no subject)'} (OIDC issuer ${signature.identity.issuer || 'unknown'})`,
      )
    }
    if (signature.rekorBundle) {
      notices.push(
        `Rekor entry: log index ${signature.rekorBundle.logIndex}, integrated ${new Date(signature.rekorBundle.integratedTime * 1000).toISOString()}`,
      )
    }
  }
  for (const check of verification.checks) notices.push(`cosign checked: ${check}`)
  return [...new Set(notices)]
}
