import { execFileSync } from 'node:child_process'
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cosignTrustFromTrustedRoot, TRUSTED_ROOT_MEDIA_TYPE } from '@portcullis/scanners/cosign'

const NOW = new Date('2026-06-01T00:00:00Z')

function key(): { rawBytes: string; id: string } {
  const der = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
    format: 'der',
    type: 'spki',
  })
  return { rawBytes: der.toString('base64'), id: createHash('sha256').update(der).digest('hex') }
}

function log(rawBytes: string, validFor: { start: string; end?: string }) {
  return { hashAlgorithm: 'SHA2_256', publicKey: { rawBytes, validFor } }
}

describe('a private Sigstore trusted root for cosign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-root-'))
  const write = (root: object) => {
    const path = join(dir, `root-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(path, JSON.stringify(root))
    return path
  }
  // prettier-ignore
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.pem'), '-days', '1', '-subj', '/O=sigstore.test/CN=test CA'])
  const caDer = new X509Certificate(readFileSync(join(dir, 'ca.pem'))).raw.toString('base64')
  const authorities = [{ certChain: { certificates: [{ rawBytes: caDer }] } }]

  it('uses the Rekor and CT log keys in force, not a rotated-out one', () => {
    const [old, current, ct] = [key(), key(), key()]
    const path = write({
      mediaType: `${TRUSTED_ROOT_MEDIA_TYPE};version=0.1`,
      certificateAuthorities: authorities,
      tlogs: [
        log(old.rawBytes, { start: '2021-01-01T00:00:00Z', end: '2026-01-01T00:00:00Z' }),
        log(current.rawBytes, { start: '2026-01-01T00:00:00Z' }),
      ],
      ctlogs: [log(ct.rawBytes, { start: '1970-01-01T00:00:00Z' })],
    })
    const trust = cosignTrustFromTrustedRoot(path, 'root.json', dir, NOW)
    expect(Object.keys(trust.env).sort()).toEqual([
      'SIGSTORE_CT_LOG_PUBLIC_KEY_FILE',
      'SIGSTORE_REKOR_PUBLIC_KEY',
      'SIGSTORE_ROOT_FILE',
    ])
    expect(trust.notices[0]).toContain(`Rekor key ${current.id}, CT log key ${ct.id}`)
    expect(readFileSync(trust.env.SIGSTORE_ROOT_FILE!, 'utf8')).toContain('BEGIN CERTIFICATE')
  })

  it('refuses a root whose only Rekor key has ended, or that has no CA', () => {
    const [k, ct] = [key(), key()]
    const base = {
      mediaType: `${TRUSTED_ROOT_MEDIA_TYPE};version=0.1`,
      ctlogs: [log(ct.rawBytes, { start: '1970-01-01T00:00:00Z' })],
    }
    const expired = write({
      ...base,
      certificateAuthorities: authorities,
      tlogs: [log(k.rawBytes, { start: '2021-01-01T00:00:00Z', end: '2026-01-01T00:00:00Z' })],
    })
    expect(() => cosignTrustFromTrustedRoot(expired, 'r.json', dir, NOW)).toThrow(
      /Input 'trusted-root': has no tlogs key in force on 2026-06-01/,
    )
    const noCa = write({ ...base, tlogs: [log(k.rawBytes, { start: '1970-01-01T00:00:00Z' })] })
    expect(() => cosignTrustFromTrustedRoot(noCa, 'r.json', dir, NOW)).toThrow(
      /Input 'trusted-root': 'r.json' has no certificate authority \(Fulcio\) certificate/,
    )
  })
})
