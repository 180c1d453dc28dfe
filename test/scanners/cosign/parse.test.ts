import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ScanFailedError } from '@portcullis/core'
import { parseCosignVerify } from '@portcullis/scanners/cosign'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const entries = corpusEntries((e) => e.tool === 'cosign' && e.format === 'text')
const RECORDED = join(dirname(fileURLToPath(import.meta.url)), 'recorded')
const recorded = (name: string): string => readFileSync(join(RECORDED, name), 'utf8')
const TWO_SIGNATURES = 'cosign-2.5.0-verify-key-two-signatures.txt'

describe('cosign verify output on the corpus', () => {
  it('covers every cosign file in the manifest', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3)
  })

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        signatures: number
        digests: Record<string, string>[]
        check_lines: number
      }
      const result = parseCosignVerify(readCorpus(entry.file))
      expect(result.signatures).toHaveLength(counted.signatures)
      // The manifest keeps each digest under cosign's own key, capitalised or not.
      expect(result.signatures.map((s) => s.digest)).toEqual(
        counted.digests.map((d) => Object.values(d)[0]),
      )
      expect(result.checks).toHaveLength(counted.check_lines)
      for (const s of result.signatures) {
        expect(s.identity).toBeUndefined()
        expect(s.rekorBundle).toBeUndefined()
        expect(s.annotations).toEqual({})
      }
    },
  )

  it('reads the checks and the signed reference', () => {
    const kms = parseCosignVerify(readCorpus('cosign/text/cosign-verify-kms.txt'))
    expect(kms.checks).toEqual([
      'The cosign claims were validated',
      'The signatures were verified against the specified public key',
      'Any certificates were verified against the Fulcio roots.',
    ])
    expect(kms.signatures[0]?.dockerReference).toBe('gcr.io/user-vmtest2/demo')
  })

  it('reads the pre-1.0 single object with capitalised keys', () => {
    const legacy = parseCosignVerify(readCorpus('cosign/text/cosign-verify-key-legacy-object.txt'))
    expect(legacy.signatures).toEqual([
      {
        digest: 'sha256:87ef60f558bad79beea6425a3b28989f01dd417164150ab3baab98dcbf04def8',
        annotations: {},
      },
    ])
  })
})

describe('cosign verify output recorded from cosign 2.5', () => {
  it('reads two signatures with their annotations', () => {
    const result = parseCosignVerify(recorded(TWO_SIGNATURES))
    const digest = 'sha256:249ba6f6d3b1d8ac4b2a15599cb12de002c845a1f4cbbe5bda6f001b76e84079'
    expect(result.signatures).toEqual([
      {
        digest,
        dockerReference: '127.0.0.1:21553/demo/app',
        annotations: { build: '1234', repo: 'example/app' },
      },
      { digest, dockerReference: '127.0.0.1:21553/demo/app', annotations: { build: '1235' } },
    ])
    expect(result.checks).toEqual([
      'The cosign claims were validated',
      'The signatures were verified against the specified public key',
    ])
  })

  it('reads stdout alone, without the banner', () => {
    const text = recorded(TWO_SIGNATURES)
    const stdout = text.slice(text.indexOf('\n['))
    const result = parseCosignVerify(stdout)
    expect(result.signatures).toHaveLength(2)
    expect(result.checks).toEqual([])
  })

  it('separates keyless identity and the Rekor entry from signer annotations', () => {
    // cosign adds these to `optional` for keyless signatures (cmd/cosign/cli/verify PrintVerification).
    const text = recorded(TWO_SIGNATURES)
    const at = text.indexOf('\n[')
    const payload = JSON.parse(text.slice(at)) as { optional: Record<string, unknown> }[]
    payload[0]!.optional = {
      ...payload[0]!.optional,
      Subject: 'https://github.com/example/app/.github/workflows/release.yml@refs/heads/main',
      Issuer: 'https://token.actions.githubusercontent.com',
      '1.3.6.1.4.1.57264.1.1': 'https://token.actions.githubusercontent.com',
      githubWorkflowRepository: 'example/app',
      Bundle: {
        SignedEntryTimestamp: 'MEUCIQ==',
        Payload: { body: 'e30=', integratedTime: 1700000000, logIndex: 4242, logID: 'c0d2' },
      },
    }
    const result = parseCosignVerify(text.slice(0, at + 1) + JSON.stringify(payload))
    expect(result.signatures[0]).toEqual({
      digest: 'sha256:249ba6f6d3b1d8ac4b2a15599cb12de002c845a1f4cbbe5bda6f001b76e84079',
      dockerReference: '127.0.0.1:21553/demo/app',
      identity: {
        subject: 'https://github.com/example/app/.github/workflows/release.yml@refs/heads/main',
        issuer: 'https://token.actions.githubusercontent.com',
      },
      rekorBundle: { logIndex: 4242, integratedTime: 1700000000 },
      annotations: { build: '1234', repo: 'example/app' },
    })
  })
})

describe('cosign output that is not a verification', () => {
  const banner = readCorpus('cosign/text/cosign-verify-key-array.txt')
  it.each([
    ['an empty text', ''],
    ['only the banner', banner.slice(0, banner.indexOf('\n['))],
    ['an error', 'Error: no matching signatures:\nmain.go:69: error during command execution'],
    ['a truncated payload', banner.slice(0, banner.length - 40)],
    ['an empty list', '[]'],
    ['a signature without a digest', '[{"critical":{"identity":{},"image":{}},"optional":null}]'],
    ['a list of strings', '["sha256:abc"]'],
  ])('%s is a failed verification', (_what, text) => {
    expect(() => parseCosignVerify(text)).toThrow(ScanFailedError)
  })

  it('says that no JSON payload was found', () => {
    expect(() => parseCosignVerify('Verification for x --\n')).toThrow(/no JSON payload/)
  })
})
