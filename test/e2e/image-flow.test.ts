import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { writeOciLayout, pushLayout } from '../support/oci.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction, type RunResult } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'
import { debian12RootFiles } from '../support/trivy-db.js'
import { readReport, toolCacheWithDb } from '../actions/scan-image/image-fixture.js'

const PASSWORD = ['e2e', 'key', 'pw'].join('-')

/** An image with nothing to report: glibc fixed (2.36-9+deb12u3), no secret, a non-root user. */
function writeCleanImage(layout: string, variant: string): Promise<string> {
  return writeOciLayout(layout, {
    layers: [
      { files: debian12RootFiles('2.36-9+deb12u3') },
      { files: { 'app/VERSION': `${variant}\n` } },
    ],
    config: { User: '1000', Cmd: ['/app/run'] },
    tag: 'v1',
  })
}

interface GateReason {
  code: string
  message: string
}

describeWithTools(
  ['trivy', 'cosign', 'skopeo', 'docker-registry', 'go', 'bbolt'],
  'image flow through the built bundles: scan → sign → verify → quality gate',
  (tools) => {
    let registry: TestRegistry
    let work: string
    let toolCache: string
    let policy: string
    const keys = { private: '', public: '' }

    beforeAll(async () => {
      ;[registry, toolCache] = await Promise.all([startRegistry(), toolCacheWithDb()])
      work = mkdtempSync(join(tmpdir(), 'image-flow-'))
      const { execFile } = await import('node:child_process')
      await new Promise<void>((resolve, reject) =>
        execFile(
          tools.cosign,
          ['generate-key-pair'],
          { cwd: work, env: { ...process.env, COSIGN_PASSWORD: PASSWORD } },
          (error) => (error ? reject(error) : resolve()),
        ),
      )
      keys.private = join(work, 'cosign.key')
      keys.public = join(work, 'cosign.pub')
      // The final stage of this flow: the image scan and a verified signature.
      policy = join(work, 'policy.yml')
      writeFileSync(policy, 'version: 1\nstages:\n  final: [image, signature]\n')
    }, 180_000)
    afterAll(async () => {
      await registry?.stop()
    })

    /** One job: every step shares RUNNER_TEMP, so the gate finds the reports where it looks by default. */
    function job() {
      const runnerTemp = mkdtempSync(join(tmpdir(), 'image-flow-job-'))
      const env = { RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: toolCache }
      const cosign = {
        'cosign-path': tools.cosign,
        'tlog-upload': 'false',
        'allow-insecure-registry': 'true',
      }
      return {
        scan: (image: string) =>
          runAction('scan-image', {
            env,
            timeoutMs: 180_000,
            inputs: { image, 'trivy-path': tools.trivy, 'upload-sarif': 'false', sbom: 'false' },
          }),
        sign: (image: string) =>
          runAction('sign-image', {
            env,
            inputs: { ...cosign, image, key: keys.private, 'key-password': PASSWORD },
          }),
        verify: (image: string) =>
          runAction('sign-image', {
            env,
            inputs: { ...cosign, image, mode: 'verify', key: keys.public },
          }),
        gate: () =>
          runAction('quality-gate', {
            env,
            inputs: {
              stage: 'final',
              'system-level': '1',
              policy,
              comment: 'false',
              'github-token': '',
            },
          }),
      }
    }

    function reasons(run: RunResult): GateReason[] {
      return JSON.parse(run.outputs.reasons ?? '[]') as GateReason[]
    }

    it('a clean, signed and verified image passes the final stage', async () => {
      const digest = await writeCleanImage(join(work, 'clean'), 'clean')
      const ref = `${registry.host}/portcullis/shop:v1`
      await pushLayout(join(work, 'clean'), ref, 'v1')
      const steps = job()

      const scan = await steps.scan(ref)
      expect(scan.exitCode, scan.stdout).toBe(0)
      const scanned = readReport(scan)
      expect(scanned.target.digest).toBe(digest)
      expect(scanned.findings).toEqual([])

      const sign = await steps.sign(ref)
      expect(sign.exitCode, sign.stdout).toBe(0)
      expect(sign.outputs.digest).toBe(digest)

      const verify = await steps.verify(ref)
      expect(verify.exitCode, verify.stdout).toBe(0)
      expect(verify.outputs.verified).toBe('true')

      const gate = await steps.gate()
      expect(gate.outputs.verdict, gate.stdout).toBe('pass')
      expect(reasons(gate)).toEqual([])
      expect(gate.exitCode).toBe(0)
    }, 400_000)

    it('tamper: other content pushed under the tag after signing fails verification and the gate, naming the digest', async () => {
      const digest = await writeCleanImage(join(work, 'good'), 'good')
      const ref = `${registry.host}/portcullis/tampered:v1`
      await pushLayout(join(work, 'good'), ref, 'v1')
      const steps = job()

      expect((await steps.scan(ref)).exitCode).toBe(0)
      expect((await steps.sign(ref)).exitCode).toBe(0)

      const evil = await writeCleanImage(join(work, 'evil'), 'evil')
      await pushLayout(join(work, 'evil'), ref, 'v1')

      const verify = await steps.verify(ref)
      expect(verify.exitCode).toBe(1)
      expect(verify.outputs.verified).toBe('false')
      const report = readReport(verify)
      expect(report.target.digest).toBe(evil)
      expect(report.findings.map((f) => [f.category, f.severity])).toEqual([
        ['signature', 'critical'],
      ])

      const gate = await steps.gate()
      expect(gate.outputs.verdict, gate.stdout).toBe('fail')
      expect(gate.exitCode).toBe(1)
      const signatureReasons = reasons(gate).filter((r) => r.code === 'signature-not-verified')
      // The verification names the tampered digest; the scanned (promoted) one has no verification.
      expect(signatureReasons.some((r) => r.message.includes(evil))).toBe(true)
      expect(
        signatureReasons.some(
          (r) => r.message.includes(digest) && r.message.includes('without a verified signature'),
        ),
      ).toBe(true)
    }, 400_000)
  },
)
