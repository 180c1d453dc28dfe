import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createExec, memoryLogger } from '@portcullis/action-kit'
import { signImage, resolveSigningTarget, type SignImageInputs } from '@portcullis/scanners/cosign'
import { pushLayout, resolveDigest } from '../../support/oci.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { runAction } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { readReport, unexpectedCommands, writeAppImage } from '../scan-image/image-fixture.js'

const execFileAsync = promisify(execFile)
const PASSWORD = ['pc', 'test', 'pw', '7Q'].join('-')

/** The log as shown: `::add-mask::` lines are the runner's to consume, never displayed. */
function shown(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
}

describeWithTools(
  ['cosign', 'skopeo', 'docker-registry'],
  'sign-image with cosign 2.5 and a local registry',
  (tools) => {
    let registry: TestRegistry
    let work: string
    let keys: string
    let ref: string
    let digest: string

    beforeAll(async () => {
      registry = await startRegistry()
      work = mkdtempSync(join(tmpdir(), 'sign-image-test-'))
      keys = join(work, 'keys')
      await execFileAsync('mkdir', ['-p', keys])
      await execFileAsync(tools.cosign, ['generate-key-pair'], {
        cwd: keys,
        env: { ...process.env, COSIGN_PASSWORD: PASSWORD },
      })
      digest = await writeAppImage(join(work, 'v1'), 'v1')
      ref = `${registry.host}/portcullis/app:v1`
      await pushLayout(join(work, 'v1'), ref, 'v1')
    }, 120_000)
    afterAll(async () => {
      await registry?.stop()
    })

    const local = () => ({
      image: ref,
      'cosign-path': tools.cosign,
      'tlog-upload': 'false',
      'allow-insecure-registry': 'true',
    })

    it('signs the digest the tag names with a password-protected key, then verifies it by the public key', async () => {
      const signed = await runAction('sign-image', {
        inputs: { ...local(), key: join(keys, 'cosign.key'), 'key-password': PASSWORD },
      })
      expect(signed.exitCode, signed.stdout).toBe(0)
      expect(signed.outputs.digest).toBe(digest)
      expect(signed.outputs['signature-ref']).toBe(
        `${registry.host}/portcullis/app:${digest.replace(':', '-')}.sig`,
      )
      const signReport = readReport(signed)
      expect(signReport).toMatchObject({
        action: 'sign-image',
        status: 'complete',
        scanner: { name: 'cosign' },
        target: { kind: 'image', name: ref, digest },
        findings: [],
      })
      expect(signReport.notices).toContain('mode: sign')
      expect(signed.stdout).toContain(`Signing ${registry.host}/portcullis/app@${digest}`)
      expect(shown(signed.stdout)).not.toContain(PASSWORD)
      expect(signed.masks).toContain(PASSWORD)
      expect(unexpectedCommands(signed)).toEqual([])

      const verified = await runAction('sign-image', {
        inputs: { ...local(), mode: 'verify', key: join(keys, 'cosign.pub') },
      })
      expect(verified.exitCode, verified.stdout).toBe(0)
      expect(verified.outputs.verified).toBe('true')
      expect(verified.outputs.digest).toBe(digest)
      const report = readReport(verified)
      expect(report.status).toBe('complete')
      expect(report.target).toEqual({ kind: 'image', name: ref, digest })
      expect(report.findings).toEqual([])
      expect(report.notices).toContain('mode: verify')
      expect(report.notices).toContain(`verified ${registry.host}/portcullis/app@${digest}`)
      expect(report.notices).toContain(
        'cosign checked: The signatures were verified against the specified public key',
      )
      expect(verified.summary).toContain('signature verified')
    }, 120_000)

    it('takes the private key as PEM text from a secret; the key never reaches the log', async () => {
      const pem = readFileSync(join(keys, 'cosign.key'), 'utf8')
      const run = await runAction('sign-image', {
        inputs: { ...local(), key: pem, 'key-password': PASSWORD },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const body = pem.split('\n')[1]!
      expect(shown(run.stdout)).not.toContain(body)
      expect(readFileSync(run.outputs.report!, 'utf8')).not.toContain(body)
      expect(readReport(run).notices).toContain(
        `signed ${registry.host}/portcullis/app@${digest} with key from the \`key\` input (PEM)`,
      )
    }, 120_000)

    it('a wrong password fails the step with a failed report, never a signature', async () => {
      const run = await runAction('sign-image', {
        inputs: { ...local(), key: join(keys, 'cosign.key'), 'key-password': 'wrong' },
      })
      expect(run.exitCode).toBe(1)
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.reason).toMatch(/cosign sign failed/)
      expect(report.target.digest).toBe(digest)
    }, 120_000)

    it('refuses when the tag moves between resolving and finishing (the signature covers the old digest only)', async () => {
      const other = await writeAppImage(join(work, 'moved'), 'moved')
      const moveRef = `${registry.host}/portcullis/moving:v1`
      await pushLayout(join(work, 'v1'), moveRef, 'v1')
      const log = memoryLogger()
      const runnerTemp = mkdtempSync(join(tmpdir(), 'sign-image-move-'))
      let lookups = 0
      const ports = {
        exec: createExec(log, process.env),
        log,
        env: process.env,
        workspace: work,
        workDir: runnerTemp,
        cosign: {
          name: 'cosign',
          version: '2.5.0',
          source: 'input-path' as const,
          path: tools.cosign,
        },
        timeoutMs: 60_000,
        // The real registry lookup; after the first one the tag is pushed to other content.
        resolveDigest: async (r: { registry: string; repository: string; tag?: string }) => {
          const d = await resolveDigest(`${r.registry}/${r.repository}:${r.tag ?? 'latest'}`)
          if (++lookups === 1) await pushLayout(join(work, 'moved'), moveRef, 'v1')
          return d
        },
      }
      const inputs: SignImageInputs = {
        mode: 'sign',
        image: moveRef,
        key: join(keys, 'cosign.key'),
        keyPassword: PASSWORD,
        certificateIdentity: undefined,
        certificateIdentityRegexp: undefined,
        certificateOidcIssuer: undefined,
        certificateOidcIssuerRegexp: undefined,
        attestSbom: undefined,
        attestReport: undefined,
        tlogUpload: false,
        rekorUrl: undefined,
        fulcioUrl: undefined,
        allowInsecureRegistry: true,
        registryUsername: undefined,
        registryPassword: undefined,
      }
      const target = await resolveSigningTarget(inputs, ports)
      expect(target.digest).toBe(digest)
      await expect(signImage(inputs, target, ports)).rejects.toThrow(
        `${moveRef} moved during the job: it named ${digest} when signing started and names ${other} now`,
      )
      expect(lookups).toBe(2)
    }, 120_000)

    it('attests the SBOM (cyclonedx) and the scan results of this digest (vuln)', async () => {
      const ws = mkdtempSync(join(tmpdir(), 'sign-image-attest-'))
      const { writeFileSync } = await import('node:fs')
      writeFileSync(
        join(ws, 'app.cdx.json'),
        JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [] }),
      )
      const now = new Date().toISOString()
      writeFileSync(
        join(ws, 'scan.findings.json'),
        JSON.stringify({
          schema: 'urn:portcullis:findings-report',
          schemaVersion: 1,
          action: 'scan-image',
          scanner: { name: 'trivy', version: '0.44.1' },
          target: { kind: 'image', name: ref, digest },
          commitSha: 'a'.repeat(40),
          status: 'complete',
          startedAt: now,
          finishedAt: now,
          findings: [],
        }),
      )
      const run = await runAction('sign-image', {
        workspace: ws,
        inputs: {
          ...local(),
          key: join(keys, 'cosign.key'),
          'key-password': PASSWORD,
          'attest-sbom': 'app.cdx.json',
          'attest-report': 'scan.findings.json',
        },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const notices = readReport(run).notices ?? []
      expect(notices).toContain('attested the CycloneDX SBOM (cyclonedx)')
      expect(notices).toContain('attested the scan results (vuln)')
      const { stdout } = await execFileAsync(tools.cosign, [
        'verify-attestation',
        '--key',
        join(keys, 'cosign.pub'),
        '--type',
        'vuln',
        '--insecure-ignore-tlog',
        '--allow-http-registry',
        '--allow-insecure-registry',
        `${registry.host}/portcullis/app@${digest}`,
      ])
      const envelope = JSON.parse(stdout.trim().split('\n')[0]!) as { payload: string }
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
        predicateType: string
        predicate: { scanner: { result: { target: { digest: string } } } }
        subject: { digest: { sha256: string } }[]
      }
      expect(statement.predicateType).toBe('https://cosign.sigstore.dev/attestation/vuln/v1')
      expect(statement.predicate.scanner.result.target.digest).toBe(digest)
      expect(statement.subject[0]!.digest.sha256).toBe(digest.slice('sha256:'.length))
    }, 120_000)

    it('tamper: other content pushed under the signed tag fails verification with a critical signature finding', async () => {
      const tamperRef = `${registry.host}/portcullis/tamper:v1`
      await pushLayout(join(work, 'v1'), tamperRef, 'v1')
      const signed = await runAction('sign-image', {
        inputs: {
          ...local(),
          image: tamperRef,
          key: join(keys, 'cosign.key'),
          'key-password': PASSWORD,
        },
      })
      expect(signed.exitCode, signed.stdout).toBe(0)
      const evil = await writeAppImage(join(work, 'evil'), 'evil')
      await pushLayout(join(work, 'evil'), tamperRef, 'v1')

      const run = await runAction('sign-image', {
        inputs: { ...local(), image: tamperRef, mode: 'verify', key: join(keys, 'cosign.pub') },
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs.verified).toBe('false')
      expect(run.outputs.digest).toBe(evil)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.target.digest).toBe(evil)
      expect(report.findings).toHaveLength(1)
      expect(report.findings[0]).toMatchObject({
        category: 'signature',
        ruleId: 'signature-not-verified',
        severity: 'critical',
        title: `No valid signature for ${registry.host}/portcullis/tamper@${evil}`,
      })
      expect(report.findings[0]!.description).toContain('no signatures found')
      expect(report.notices).toContain('mode: verify')
    }, 120_000)

    it('a different public key does not verify the signature', async () => {
      const otherKeys = join(work, 'other-keys')
      await execFileAsync('mkdir', ['-p', otherKeys])
      await execFileAsync(tools.cosign, ['generate-key-pair'], {
        cwd: otherKeys,
        env: { ...process.env, COSIGN_PASSWORD: 'x' },
      })
      await runAction('sign-image', {
        inputs: { ...local(), key: join(keys, 'cosign.key'), 'key-password': PASSWORD },
      })
      const run = await runAction('sign-image', {
        inputs: { ...local(), mode: 'verify', key: join(otherKeys, 'cosign.pub') },
      })
      expect(run.exitCode).toBe(1)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.findings.map((f) => [f.category, f.severity])).toEqual([
        ['signature', 'critical'],
      ])
    }, 120_000)
  },
)
