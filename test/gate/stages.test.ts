import { describe, expect, it } from 'vitest'
import type { FindingsReport } from '@portcullis/core'
import {
  DEFAULT_STAGES,
  SIGNATURE_VERIFY_NOTICE,
  evaluateGate,
  parsePolicy,
  type GateOptions,
} from '@portcullis/gate'
import {
  DIGEST,
  IMAGE,
  NOW,
  OTHER_DIGEST,
  SHA,
  codeStage,
  loaded,
  report,
  signatureFinding,
} from './helpers.js'

const VERIFY = { notices: [SIGNATURE_VERIFY_NOTICE] }
const FINAL: GateOptions = { systemLevel: 3, stage: 'final', commitSha: SHA, now: NOW }

function finalReports(
  overrides: Partial<Record<'compliance' | 'image' | 'signature', FindingsReport | null>> = {},
): [string, FindingsReport][] {
  const entries: [string, FindingsReport | null | undefined][] = [
    ...codeStage(),
    ['image.json', overrides.image === undefined ? report('scan-image') : overrides.image],
    [
      'compliance.json',
      overrides.compliance === undefined ? report('compliance') : overrides.compliance,
    ],
    [
      'verify.json',
      overrides.signature === undefined ? report('sign-image', [], VERIFY) : overrides.signature,
    ],
  ]
  return entries.filter((e): e is [string, FindingsReport] => e[1] != null)
}

describe('stages', () => {
  it('requires the documented scans per stage', () => {
    expect(DEFAULT_STAGES).toEqual({
      code: ['secrets', 'deps', 'iac'],
      container: ['image'],
      final: ['secrets', 'deps', 'iac', 'image', 'compliance', 'signature'],
    })
  })

  it('final passes with every scan, compliance and a verified signature of the scanned image', () => {
    const result = evaluateGate(loaded(finalReports()), FINAL)
    expect(result.reasons).toEqual([])
    expect(result.verdict).toBe('pass')
  })

  it('final without compliance fails', () => {
    const result = evaluateGate(loaded(finalReports({ compliance: null })), FINAL)
    expect(result.reasons).toEqual([
      {
        code: 'missing-scan',
        message:
          "stage 'final' requires the compliance scan (compliance report) and none was found",
      },
    ])
  })

  it('final without any signature report fails', () => {
    const result = evaluateGate(loaded(finalReports({ signature: null })), FINAL)
    expect(result.reasons).toEqual([
      {
        code: 'missing-scan',
        message: "stage 'final' requires the signature scan (sign-image report) and none was found",
      },
    ])
  })

  it('final with a signing report but no verification fails', () => {
    const result = evaluateGate(loaded(finalReports({ signature: report('sign-image') })), FINAL)
    expect(result.reasons).toEqual([
      {
        code: 'signature-not-verified',
        message: `stage 'final' promotes ${DIGEST} without a verified signature: verify.json signed it but no report verified the signature`,
      },
    ])
  })

  it('final with a verification of another image fails', () => {
    const other = report('sign-image', [], {
      ...VERIFY,
      target: { kind: 'image', name: IMAGE, digest: OTHER_DIGEST },
    })
    const result = evaluateGate(loaded(finalReports({ signature: other })), FINAL)
    expect(result.reasons).toEqual([
      {
        code: 'signature-not-verified',
        message: `stage 'final' promotes ${DIGEST} without a verified signature: no sign-image report in verify mode names this image`,
      },
      {
        code: 'image-mismatch',
        message: `verify.json verified the signature of ${OTHER_DIGEST}, but the promoted image is ${DIGEST}`,
      },
    ])
  })

  it('final: a clean scan of digest B with a verified signature of A, promoting A, fails with a named reason', () => {
    const scanB = report('scan-image', [], {
      target: { kind: 'image', name: IMAGE, digest: OTHER_DIGEST },
    })
    const result = evaluateGate(loaded(finalReports({ image: scanB })), { ...FINAL, image: DIGEST })
    expect(result.verdict).toBe('fail')
    expect(result.reasons).toEqual([
      {
        code: 'image-mismatch',
        message: `image.json scanned ${OTHER_DIGEST}, but the promoted image is ${DIGEST}`,
      },
    ])
    // The promoted image by reference resolves through the scan; a scan without a digest is refused.
    const byRef = evaluateGate(loaded(finalReports()), { ...FINAL, image: IMAGE })
    expect(byRef.reasons).toEqual([])
    const noDigest = report('scan-image', [], { target: { kind: 'image', name: IMAGE } })
    expect(
      evaluateGate(loaded(finalReports({ image: noDigest })), FINAL).reasons.map((r) => r.code),
    ).toContain('image-mismatch')
  })

  it('final: scans of two digests without an image to promote fail', () => {
    const second = report('scan-image', [], {
      target: { kind: 'image', name: IMAGE, digest: OTHER_DIGEST },
    })
    const result = evaluateGate(loaded([...finalReports(), ['image-b.json', second]]), FINAL)
    expect(result.reasons.map((r) => r.code)).toContain('image-mismatch')
    expect(result.reasons.find((r) => r.code === 'image-mismatch')?.message).toMatch(
      /the image scans name 2 different digests/,
    )
  })

  it('final with a verification that found a signature problem fails', () => {
    const bad = report('sign-image', [signatureFinding()], VERIFY)
    const result = evaluateGate(loaded(finalReports({ signature: bad })), FINAL)
    expect(result.verdict).toBe('fail')
    expect(result.reasons.filter((r) => r.code === 'signature-not-verified')).toEqual([
      {
        code: 'signature-not-verified',
        message: `verify.json reports a signature problem for image ${IMAGE}@${DIGEST}: No valid signature for the image`,
      },
      {
        code: 'signature-not-verified',
        message: `stage 'final' promotes ${DIGEST} without a verified signature: no sign-image report in verify mode names this image`,
      },
    ])
  })

  it('final checks the image named by the image option', () => {
    const opts = { ...FINAL, image: OTHER_DIGEST }
    expect(evaluateGate(loaded(finalReports()), opts).reasons.map((r) => r.code)).toEqual([
      'signature-not-verified',
      'image-mismatch',
      'image-mismatch',
    ])
    expect(evaluateGate(loaded(finalReports()), { ...FINAL, image: DIGEST }).verdict).toBe('pass')
  })

  it('final with a failed signature verification report fails as a failed scan', () => {
    const failedVerify: FindingsReport = {
      ...report('sign-image', [], VERIFY),
      status: 'failed',
      reason: 'cosign verify: no matching signatures',
    }
    const result = evaluateGate(loaded(finalReports({ signature: failedVerify })), FINAL)
    expect(result.verdict).toBe('fail')
    expect(result.reasons.map((r) => r.code)).toEqual(['scan-failed'])
  })

  it('container needs the image scan; a signature only when the policy asks', () => {
    const opts: GateOptions = { ...FINAL, stage: 'container' }
    expect(evaluateGate(loaded([['image.json', report('scan-image')]]), opts).verdict).toBe('pass')
    expect(evaluateGate(loaded([]), opts).reasons).toEqual([
      {
        code: 'missing-scan',
        message: "stage 'container' requires the image scan (scan-image report) and none was found",
      },
    ])
    const policy = parsePolicy('stages:\n  container: [image, signature]\n', 'policy.yml')
    const withPolicy = { ...opts, policy }
    expect(
      evaluateGate(loaded([['image.json', report('scan-image')]]), withPolicy).reasons.map(
        (r) => r.message,
      ),
    ).toEqual([
      "stage 'container' requires the signature scan (sign-image report) and none was found",
    ])
    const signed = loaded([
      ['image.json', report('scan-image')],
      ['sign.json', report('sign-image')],
    ])
    expect(evaluateGate(signed, withPolicy).verdict).toBe('pass')
  })

  it('code does not require image scans', () => {
    const result = evaluateGate(loaded(codeStage()), { ...FINAL, stage: 'code' })
    expect(result.requiredScans.map((r) => r.kind)).toEqual(['secrets', 'deps', 'iac'])
    expect(result.verdict).toBe('pass')
  })
})

describe('sign and verify reports of one digest', () => {
  it('are two different questions: a sign report next to a failed verification adds no contradiction', () => {
    const entries = [
      ...finalReports({ signature: report('sign-image', [], { notices: ['mode: sign'] }) }),
      ['verify.json', report('sign-image', [signatureFinding()], VERIFY)] as [
        string,
        FindingsReport,
      ],
    ]
    const result = evaluateGate(loaded(entries), FINAL)
    expect(result.verdict).toBe('fail')
    expect(result.reasons.map((r) => r.code)).not.toContain('contradicting-reports')
    expect(result.reasons.map((r) => r.code)).toContain('signature-not-verified')
  })

  it('two verifications of one digest that disagree still contradict', () => {
    const entries = [
      ...finalReports(),
      ['verify-again.json', report('sign-image', [signatureFinding()], VERIFY)] as [
        string,
        FindingsReport,
      ],
    ]
    expect(evaluateGate(loaded(entries), FINAL).reasons.map((r) => r.code)).toContain(
      'contradicting-reports',
    )
  })
})
