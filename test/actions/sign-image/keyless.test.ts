import { execFile } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
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
import { GITHUB_OIDC_ISSUER, startSigstore, type TestSigstore } from '../../support/sigstore.js'
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
  'keyless signing through the bundle against a private Sigstore on loopback',
  (tools) => {
    const REQUEST_TOKEN = 'request-token-7f3a'
    let registry: TestRegistry
    let sigstore: TestSigstore
    let other: TestSigstore
    let workspace: string
    let ref: string
    let digest: string

    beforeAll(async () => {
      registry = await startRegistry()
      sigstore = await startSigstore({ requestToken: REQUEST_TOKEN, cosign: tools.cosign! })
      // Another Sigstore with its own CA and logs: its roots must not vouch for this one's certificates.
      other = await startSigstore({ requestToken: 'unused', cosign: tools.cosign! })
      const work = mkdtempSync(join(tmpdir(), 'keyless-test-'))
      digest = await writeAppImage(join(work, 'img'))
      ref = `${registry.host}/portcullis/keyless:v1`
      await pushLayout(join(work, 'img'), ref, 'v1')
      workspace = join(work, 'workspace')
      mkdirSync(join(workspace, 'sigstore'), { recursive: true })
      copyFileSync(sigstore.trustedRoot, join(workspace, 'sigstore/trusted_root.json'))
      copyFileSync(other.trustedRoot, join(workspace, 'sigstore/other_root.json'))
      writeFileSync(
        join(workspace, 'sbom.cdx.json'),
        JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: [] }),
      )
    }, 120_000)
    afterAll(async () => {
      await registry?.stop()
      await sigstore?.stop()
      await other?.stop()
    })

    const privateSigstore = () => ({
      'cosign-path': tools.cosign!,
      'allow-insecure-registry': 'true',
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'trusted-root': 'sigstore/trusted_root.json',
    })
    const verify = (inputs: Record<string, string>) =>
      runAction('sign-image', {
        workspace,
        inputs: { ...privateSigstore(), mode: 'verify', image: ref, ...inputs },
      })

    it('signs and attests keylessly: GitHub OIDC token, a Fulcio certificate for the workflow, Rekor entries', async () => {
      const run = await runAction('sign-image', {
        workspace,
        env: sigstore.oidcEnv,
        inputs: { ...privateSigstore(), image: ref, 'attest-sbom': 'sbom.cdx.json' },
        timeoutMs: 120_000,
      })
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.target.digest).toBe(digest)
      expect(report.notices).toContain(
        `signer identity ${sigstore.identity} (OIDC issuer ${GITHUB_OIDC_ISSUER})`,
      )
      expect(report.notices).toContain('attested the CycloneDX SBOM (cyclonedx)')
      expect(
        (report.notices ?? []).find((n) => n.startsWith('trusted root sigstore/trusted_root.json')),
      ).toMatch(
        /\(sha256:[0-9a-f]{64}\): 1 Fulcio CA certificate\(s\), Rekor key [0-9a-f]{64}, CT log key [0-9a-f]{64}$/,
      )
      const index = (report.notices ?? []).find((n) => n.startsWith('Rekor entry: log index '))
      expect(index).toMatch(/^Rekor entry: log index \d+$/)
      expect(run.outputs['signature-ref']).toBe(
        `${registry.host}/portcullis/keyless:${digest.replace(':', '-')}.sig`,
      )
      // cosign asked the runner's token endpoint (audience sigstore, the request token as bearer),
      // then Fulcio's v1 API with that token, then Rekor: a hashedrekord for the signature and a
      // dsse entry for the attestation.
      expect(sigstore.requests.map((r) => `${r.method} ${r.url} ${r.note ?? ''}`.trim())).toEqual([
        'GET /token?api-version=2.0&audience=sigstore',
        'POST /fulcio/api/v1/signingCert issued',
        'POST /rekor/api/v1/log/entries hashedrekord 201',
        'GET /token?api-version=2.0&audience=sigstore',
        'POST /fulcio/api/v1/signingCert issued',
        'POST /rekor/api/v1/log/entries dsse 201',
      ])
      for (const r of sigstore.requests.filter((q) => q.url.startsWith('/token')))
        expect(r.authorization).toBe(`bearer ${REQUEST_TOKEN}`)
      expect(run.stdout).not.toContain(REQUEST_TOKEN)
      expect(run.summary).toContain(
        `- identity: ${sigstore.identity} (issuer ${GITHUB_OIDC_ISSUER})`,
      )

      // The attestation is a keyless one too: cosign itself checks it against the same roots.
      const attestation = await execFileAsync(
        tools.cosign!,
        [
          'verify-attestation',
          '--type',
          'cyclonedx',
          '--certificate-identity',
          sigstore.identity,
          '--certificate-oidc-issuer',
          GITHUB_OIDC_ISSUER,
          '--allow-http-registry',
          '--allow-insecure-registry',
          `${registry.host}/portcullis/keyless@${digest}`,
        ],
        {
          env: {
            PATH: process.env.PATH ?? '/usr/bin',
            HOME: workspace,
            SIGSTORE_ROOT_FILE: sigstore.pem.fulcioRoot,
            SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: sigstore.pem.ctLogKey,
            SIGSTORE_REKOR_PUBLIC_KEY: sigstore.pem.rekorKey,
          },
        },
      )
      const envelope = JSON.parse(attestation.stdout.trim().split('\n')[0]!) as { payload: string }
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
        predicateType: string
        subject: { digest: { sha256: string } }[]
      }
      expect(statement.predicateType).toBe('https://cyclonedx.org/bom')
      expect(statement.subject[0]?.digest.sha256).toBe(digest.replace('sha256:', ''))
    }, 180_000)

    it('verifies the keyless signature by exact identity and issuer, offline against the trusted root', async () => {
      const tokens = sigstore.requests.filter((r) => r.url.startsWith('/token')).length
      const run = await verify({
        'certificate-identity': sigstore.identity,
        'certificate-oidc-issuer': GITHUB_OIDC_ISSUER,
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.verified).toBe('true')
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.findings).toEqual([])
      expect(report.notices).toContain(
        `signed by ${sigstore.identity} (OIDC issuer ${GITHUB_OIDC_ISSUER})`,
      )
      expect(
        (report.notices ?? []).some((n) => /^Rekor entry: log index \d+, integrated /.test(n)),
      ).toBe(true)
      expect(report.notices).toContain(
        'cosign checked: The code-signing certificate was verified using trusted certificate authority certificates',
      )
      // Verification needs no token, and the bundle's entry timestamp is checked with the Rekor key.
      expect(sigstore.requests.filter((r) => r.url.startsWith('/token')).length).toBe(tokens)
    }, 120_000)

    it('a regular expression over the identity passes too', async () => {
      const run = await verify({
        'certificate-identity-regexp': '^https://github\\.com/org/app/\\.github/workflows/',
        'certificate-oidc-issuer': GITHUB_OIDC_ISSUER,
      })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.verified).toBe('true')
    }, 120_000)

    it('refuses another workflow identity: a critical signature finding, the step fails', async () => {
      const wrong = 'https://github.com/org/other/.github/workflows/release.yml@refs/heads/main'
      const run = await verify({
        'certificate-identity': wrong,
        'certificate-oidc-issuer': GITHUB_OIDC_ISSUER,
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verified).toBe('false')
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
        ['signature-not-verified', 'critical'],
      ])
      expect(report.findings[0]!.description).toContain(
        `none of the expected identities matched what was in the certificate, got subjects [${sigstore.identity}]`,
      )
    }, 120_000)

    it('refuses the right workflow under another OIDC issuer', async () => {
      const run = await verify({
        'certificate-identity': sigstore.identity,
        'certificate-oidc-issuer': 'https://accounts.google.com',
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verified).toBe('false')
      expect(readReport(run).findings[0]?.ruleId).toBe('signature-not-verified')
    }, 120_000)

    it("refuses the signature under another Sigstore's roots: its Rekor key never signed that entry", async () => {
      const run = await verify({
        'certificate-identity': sigstore.identity,
        'certificate-oidc-issuer': GITHUB_OIDC_ISSUER,
        'trusted-root': 'sigstore/other_root.json',
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verified).not.toBe('true')
      const report = readReport(run)
      expect(report.findings.map((f) => f.ruleId)).toEqual(['signature-not-verified'])
      expect(report.findings[0]!.description).toContain('rekor log public key not found')
    }, 120_000)

    it("refuses the certificate when the trusted root has this Sigstore's logs but another CA", async () => {
      await execFileAsync(tools.cosign!, [
        'trusted-root',
        'create',
        '--certificate-chain',
        other.pem.fulcioRoot,
        '--ctfe-key',
        sigstore.pem.ctLogKey,
        '--rekor-key',
        sigstore.pem.rekorKey,
        '--out',
        join(workspace, 'sigstore/mixed_root.json'),
      ])
      const run = await verify({
        'certificate-identity': sigstore.identity,
        'certificate-oidc-issuer': GITHUB_OIDC_ISSUER,
        'trusted-root': 'sigstore/mixed_root.json',
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verified).not.toBe('true')
      const report = readReport(run)
      expect(report.findings.map((f) => f.ruleId)).toEqual(['signature-not-verified'])
      expect(report.findings[0]!.description).toContain('certificate signed by unknown authority')
    }, 120_000)

    it('keyless signing with a private trusted root but no fulcio-url is refused before cosign runs', async () => {
      const before = sigstore.requests.length
      const run = await runAction('sign-image', {
        workspace,
        env: sigstore.oidcEnv,
        inputs: { ...privateSigstore(), image: ref, 'fulcio-url': '' },
      })
      expect(run.exitCode).toBe(1)
      expect(readReport(run).reason).toMatch(
        /Input 'fulcio-url': is empty, but trusted-root names a private Sigstore/,
      )
      expect(sigstore.requests.length).toBe(before)
    }, 60_000)

    it('a trusted-root that is not a Sigstore trusted root is refused, naming the input', async () => {
      const run = await verify({
        'certificate-identity': sigstore.identity,
        'trusted-root': 'sbom.cdx.json',
      })
      expect(run.exitCode).toBe(1)
      expect(readReport(run).reason).toMatch(
        /Input 'trusted-root': 'sbom.cdx.json' is not a Sigstore trusted root/,
      )
    }, 60_000)

    it('keyless signing refuses tlog-upload: false before running cosign', async () => {
      const before = sigstore.requests.length
      const run = await runAction('sign-image', {
        workspace,
        env: sigstore.oidcEnv,
        inputs: { ...privateSigstore(), image: ref, 'tlog-upload': 'false' },
      })
      expect(run.exitCode).toBe(1)
      expect(readReport(run).reason).toMatch(/Input 'tlog-upload': is false, but keyless signing/)
      expect(sigstore.requests.length).toBe(before)
    }, 60_000)
  },
)
