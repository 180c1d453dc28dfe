import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scannerEnv } from '@portcullis/action-kit'
import {
  certificateIdentity,
  cosignEnv,
  cosignSignArgs,
  cosignVerifyArgs,
  GITHUB_OIDC_ENV,
  resolveCosignKey,
} from '@portcullis/scanners/cosign'
import { pushLayout } from '../../support/oci.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { runAction } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { readReport, writeAppImage } from '../scan-image/image-fixture.js'

const execFileAsync = promisify(execFile)
const PINNED = `ghcr.io/org/app@sha256:${'ab'.repeat(32)}`
const OIDC = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
}

describe('keyless signing: what cosign gets', () => {
  it('hands the OIDC request variables to cosign only; every other tool has them withheld', () => {
    const base = { PATH: '/usr/bin', ...OIDC }
    const extra = cosignEnv({ kind: 'keyless' }, base, { signing: true })
    expect(extra).toEqual(OIDC)
    // The action kit's exec filters the step environment for every tool…
    for (const name of GITHUB_OIDC_ENV) expect(scannerEnv(base)).not.toHaveProperty(name)
    // …and cosign gets them back only through its explicit extra environment.
    expect(scannerEnv(base, extra)).toMatchObject(OIDC)
  })

  it('verification never gets the OIDC token, and a key signer gets none either', () => {
    const base = { PATH: '/usr/bin', ...OIDC }
    expect(cosignEnv({ kind: 'keyless' }, base, { signing: false })).toEqual({})
    expect(
      cosignEnv({ kind: 'file', path: '/k', fromSecret: false }, base, {
        signing: true,
        password: 'pw',
      }),
    ).toEqual({ COSIGN_PASSWORD: 'pw' })
  })

  it('without id-token: write the job has no OIDC variables, and keyless signing says what to do', () => {
    expect(() => cosignEnv({ kind: 'keyless' }, { PATH: '/usr/bin' }, { signing: true })).toThrow(
      /permissions: id-token: write/,
    )
  })

  it('argv: Fulcio and Rekor URLs, the certificate written out, no key, the digest reference last', () => {
    expect(
      cosignSignArgs({
        ref: PINNED,
        key: { kind: 'keyless' },
        tlogUpload: true,
        allowInsecureRegistry: false,
        fulcioUrl: 'https://fulcio.example',
        rekorUrl: 'https://rekor.example',
        certificateOut: '/tmp/cert.pem',
      }),
    ).toEqual([
      'sign',
      '--yes',
      '--rekor-url',
      'https://rekor.example',
      '--fulcio-url',
      'https://fulcio.example',
      '--output-certificate',
      '/tmp/cert.pem',
      PINNED,
    ])
    expect(() =>
      cosignSignArgs({
        ref: 'ghcr.io/org/app:v1',
        key: { kind: 'keyless' },
        tlogUpload: true,
        allowInsecureRegistry: false,
      }),
    ).toThrow(/pinned by digest/)
  })

  it('verify argv: exact identity and issuer, or regular expressions; a keyless verify without an identity is refused', () => {
    const base = { ref: PINNED, tlog: true, allowInsecureRegistry: false }
    expect(
      cosignVerifyArgs({
        ...base,
        policy: {
          key: { kind: 'keyless' },
          certificateIdentity:
            'https://github.com/org/app/.github/workflows/release.yml@refs/heads/main',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
        },
      }),
    ).toEqual([
      'verify',
      '--certificate-identity',
      'https://github.com/org/app/.github/workflows/release.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--output',
      'json',
      PINNED,
    ])
    expect(
      cosignVerifyArgs({
        ...base,
        tlog: false,
        policy: {
          key: { kind: 'keyless' },
          certificateIdentityRegexp: '^https://github.com/org/',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
          certificateOidcIssuerRegexp: '^https://token\\.actions\\.',
        },
      }),
    ).toEqual([
      'verify',
      '--certificate-identity-regexp',
      '^https://github.com/org/',
      '--certificate-oidc-issuer-regexp',
      '^https://token\\.actions\\.',
      '--insecure-ignore-tlog',
      '--output',
      'json',
      PINNED,
    ])
    expect(() => cosignVerifyArgs({ ...base, policy: { key: { kind: 'keyless' } } })).toThrow(
      /Input 'certificate-identity'/,
    )
  })

  it('classifies the key input: KMS URIs as is, PEM into a 0600 file, paths must exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosign-key-'))
    expect(resolveCosignKey('awskms:///alias/release', dir, dir)).toEqual({
      kind: 'kms',
      uri: 'awskms:///alias/release',
    })
    const pem =
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nabc\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----'
    const key = resolveCosignKey(pem, dir, dir)
    expect(key.kind).toBe('file')
    if (key.kind !== 'file') return
    expect(key.fromSecret).toBe(true)
    expect(readFileSync(key.path, 'utf8')).toBe(`${pem}\n`)
    expect(statSync(key.path).mode & 0o777).toBe(0o600)
    expect(() => resolveCosignKey('keys/missing.key', dir, dir)).toThrow(/Input 'key'/)
  })
})

describe('the signer identity of a Fulcio-style certificate', () => {
  async function certificate(extensions: string[]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'cosign-cert-'))
    const args = [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
    ]
    args.push(
      '-keyout',
      join(dir, 'k.pem'),
      '-out',
      join(dir, 'c.pem'),
      '-days',
      '1',
      '-subj',
      '/O=sigstore.dev',
    )
    for (const e of extensions) args.push('-addext', e)
    await execFileAsync('openssl', args)
    return readFileSync(join(dir, 'c.pem'), 'utf8')
  }
  const WORKFLOW = 'https://github.com/org/app/.github/workflows/release.yml@refs/heads/main'
  const ISSUER = 'https://token.actions.githubusercontent.com'

  it('reads the workflow URI from the SAN and the issuer from extension 1.3.6.1.4.1.57264.1.8', async () => {
    const pem = await certificate([
      `subjectAltName=URI:${WORKFLOW}`,
      `1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${ISSUER}`,
    ])
    expect(certificateIdentity(pem)).toEqual({ subject: WORKFLOW, issuer: ISSUER })
  })

  it('falls back to the deprecated raw extension 1.3.6.1.4.1.57264.1.1, and reads email subjects', async () => {
    const pem = await certificate([
      'subjectAltName=email:release@example.com',
      `1.3.6.1.4.1.57264.1.1=DER:${Buffer.from(ISSUER).toString('hex')}`,
    ])
    expect(certificateIdentity(pem)).toEqual({ subject: 'release@example.com', issuer: ISSUER })
  })
})

describeWithTools(
  ['cosign', 'skopeo', 'docker-registry'],
  'keyless signing through the bundle, up to Fulcio',
  (tools) => {
    let registry: TestRegistry
    let ref: string
    const requests: { method: string; url: string; authorization: string }[] = []
    let standIn: ReturnType<typeof createServer>
    let base = ''

    beforeAll(async () => {
      registry = await startRegistry()
      const work = mkdtempSync(join(tmpdir(), 'keyless-test-'))
      await writeAppImage(join(work, 'img'))
      ref = `${registry.host}/portcullis/keyless:v1`
      await pushLayout(join(work, 'img'), ref, 'v1')
      // One loopback stand-in for GitHub's OIDC token endpoint and for Fulcio: the token endpoint
      // answers as GitHub's does; Fulcio refuses (503), since no local Fulcio v1 CA is trusted by cosign.
      standIn = createServer((req: IncomingMessage, res) => {
        requests.push({
          method: req.method ?? '',
          url: req.url ?? '',
          authorization: req.headers.authorization ?? '',
        })
        if (req.url?.startsWith('/token')) {
          const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
          const jwt = `${part({ alg: 'RS256' })}.${part({ iss: 'https://token.actions.githubusercontent.com', aud: 'sigstore', sub: 'repo:org/app:ref:refs/heads/main', exp: Math.floor(Date.now() / 1000) + 600 })}.c2ln`
          res.setHeader('content-type', 'application/json')
          res.end(JSON.stringify({ value: jwt }))
          return
        }
        res.statusCode = 503
        res.end('{}')
      })
      await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', () => r()))
      base = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`
    }, 120_000)
    afterAll(async () => {
      await registry?.stop()
      await new Promise((r) => standIn?.close(r))
    })

    it('cosign fetches the OIDC token with the request token (audience sigstore) and asks Fulcio for a certificate', async () => {
      const run = await runAction('sign-image', {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-7f3a',
        },
        inputs: {
          image: ref,
          'cosign-path': tools.cosign,
          'allow-insecure-registry': 'true',
          'fulcio-url': `${base}/fulcio`,
          'rekor-url': `${base}/rekor`,
        },
      })
      expect(run.exitCode).toBe(1)
      const token = requests.filter((r) => r.url.startsWith('/token'))
      expect(token).toEqual([
        {
          method: 'GET',
          url: '/token?api-version=2.0&audience=sigstore',
          authorization: 'bearer request-token-7f3a',
        },
      ])
      const fulcio = requests.filter((r) => r.url.startsWith('/fulcio'))
      expect(fulcio.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /fulcio/api/v1/signingCert'])
      expect(fulcio[0]!.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.reason).toMatch(/cosign sign failed .*signingCert returned 503/)
      expect(run.stdout).not.toContain('request-token-7f3a')
    }, 120_000)

    it('keyless signing refuses tlog-upload: false before running cosign', async () => {
      const before = requests.length
      const run = await runAction('sign-image', {
        env: { ...OIDC },
        inputs: {
          image: ref,
          'cosign-path': tools.cosign,
          'tlog-upload': 'false',
          'allow-insecure-registry': 'true',
        },
      })
      expect(run.exitCode).toBe(1)
      expect(readReport(run).reason).toMatch(/Input 'tlog-upload': is false, but keyless signing/)
      expect(requests.length).toBe(before)
    }, 60_000)
  },
)
