import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { imageFingerprint, type FindingsReport } from '@portcullis/core'
import { pushLayout, resolveDigest, writeDockerArchive } from '../../support/oci.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { runAction, type RunResult } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import {
  FAKE_AWS_KEY_ID,
  layoutManifest,
  readReport,
  toolCacheWithDb,
  unexpectedCommands,
  writeAppImage,
  writeOciArchive,
} from './image-fixture.js'

describeWithTools(
  ['trivy', 'skopeo', 'docker-registry', 'go', 'bbolt'],
  'scan-image with trivy 0.44.1, a local registry and a test-built DB',
  (tools) => {
    let registry: TestRegistry
    let workspace: string
    let toolCache: string
    let manifestDigest: string
    let layers: string[]
    let configDigest: string
    /** A docker-archive holds uncompressed layers: trivy names them by their diff IDs. */
    let diffIds: string[]
    let ref: string

    beforeAll(async () => {
      ;[registry, toolCache] = await Promise.all([startRegistry(), toolCacheWithDb()])
      workspace = mkdtempSync(join(tmpdir(), 'scan-image-ws-'))
      const layout = join(workspace, 'images/layout')
      await mkdir(layout, { recursive: true })
      manifestDigest = await writeAppImage(layout)
      const manifest = layoutManifest(layout, manifestDigest)
      layers = manifest.layers.map((l) => l.digest)
      configDigest = manifest.config.digest
      const config = JSON.parse(
        readFileSync(join(layout, 'blobs/sha256', configDigest.slice('sha256:'.length)), 'utf8'),
      ) as { rootfs: { diff_ids: string[] } }
      diffIds = config.rootfs.diff_ids
      ref = `${registry.host}/portcullis/app:v1`
      await Promise.all([
        pushLayout(layout, ref, 'v1'),
        writeDockerArchive(layout, join(workspace, 'images/app.tar'), 'portcullis/app:v1', 'v1'),
        writeOciArchive(layout, join(workspace, 'images/app-oci.tar')),
      ])
    }, 180_000)
    afterAll(async () => {
      await registry?.stop()
    })

    function scan(inputs: Record<string, string>, env: Record<string, string> = {}) {
      return runAction('scan-image', {
        workspace,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: toolCache, ...env },
        inputs: {
          scanners: 'vuln,secret,misconfig',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
          ...inputs,
        },
      })
    }

    /** The planted findings, reported against `digest`, with the layer trivy names. */
    function expectPlanted(
      run: RunResult,
      report: FindingsReport,
      digest: string,
      layerIds: readonly string[] = layers,
    ): void {
      expect(report.status, report.reason).toBe('complete')
      expect(report.action).toBe('scan-image')
      expect(report.scanner).toEqual({ name: 'trivy', version: '0.44.1' })
      expect(report.target.kind).toBe('image')
      expect(report.target.digest).toBe(digest)

      const glibc = report.findings.filter((f) => f.ruleId === 'CVE-2023-4911')
      expect(glibc).toHaveLength(1)
      expect(glibc[0]!.category).toBe('vulnerability')
      expect(glibc[0]!.package).toMatchObject({
        name: 'libc6',
        version: '2.36-9+deb12u1',
        fixedVersion: '2.36-9+deb12u3',
      })
      expect(glibc[0]!.image).toEqual({ ref: report.target.name, digest, layer: layerIds[0] })
      // trivy 0.44 writes no purl for OS packages: the ecosystem is the result's Type.
      expect(glibc[0]!.package?.ecosystem).toBe('debian')
      expect(glibc[0]!.fingerprint).toBe(
        imageFingerprint({
          digest,
          advisory: 'CVE-2023-4911',
          name: 'libc6',
          version: '2.36-9+deb12u1',
          ecosystem: 'debian',
        }),
      )

      const secrets = report.findings.filter((f) => f.category === 'secret')
      expect(secrets.map((f) => [f.ruleId, f.severity])).toEqual([
        ['aws-access-key-id', 'critical'],
      ])
      expect(secrets[0]!.title).toContain('/app/config.env')
      expect(secrets[0]!.image?.layer).toBe(layerIds[1])

      const misconfig = report.findings.filter((f) => f.category === 'misconfiguration')
      expect(misconfig.map((f) => f.ruleId)).toContain('DS002')
      expect(misconfig.find((f) => f.ruleId === 'DS002')!.severity).toBe('high')

      expect(run.outputs.digest).toBe(digest)
      expect(run.outputs.status).toBe('complete')
      expect(Number(run.outputs.total)).toBe(report.findings.length)
      expect(run.stdout).not.toContain(FAKE_AWS_KEY_ID)
      expect(readFileSync(run.outputs.report!, 'utf8')).not.toContain(FAKE_AWS_KEY_ID)
      expect(unexpectedCommands(run)).toEqual([])
    }

    it('a registry tag is resolved to its digest first and the planted findings are reported against it', async () => {
      const run = await scan({ image: ref })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(await resolveDigest(ref)).toBe(manifestDigest)
      expect(report.target.name).toBe(ref)
      expectPlanted(run, report, manifestDigest)
      expect(run.stdout).toContain(`${registry.host}/portcullis/app@${manifestDigest}`)

      const sbom = JSON.parse(readFileSync(run.outputs.sbom!, 'utf8')) as {
        bomFormat: string
        components: { purl?: string }[]
      }
      expect(sbom.bomFormat).toBe('CycloneDX')
      const libc = sbom.components.map((c) => decodeURIComponent(c.purl ?? ''))
      expect(libc.some((p) => p.startsWith('pkg:deb/debian/libc6@2.36-9+deb12u1'))).toBe(true)
      expect(run.summary).toContain(manifestDigest)
      expect(run.summary).toContain('vulnerability DB: cached')
    }, 200_000)

    it('a docker-archive is reported against its image ID, said so in a notice', async () => {
      const run = await scan({ input: 'images/app.tar', sbom: 'false' })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(report.target.name).toBe('images/app.tar')
      expectPlanted(run, report, configDigest, diffIds)
      expect(report.notices?.some((n) => n.includes('image ID (config digest)'))).toBe(true)
      expect(run.outputs.sbom).toBe('')
    }, 200_000)

    it('an OCI layout folder is reported against the manifest digest of its index', async () => {
      const run = await scan({ input: 'images/layout', sbom: 'false' })
      expect(run.exitCode, run.stdout).toBe(0)
      expectPlanted(run, readReport(run), manifestDigest)
    }, 200_000)

    it('an OCI archive tar is unpacked into a layout (trivy 0.44 cannot read one) and scanned', async () => {
      const run = await scan({ input: 'images/app-oci.tar', sbom: 'false' })
      expect(run.exitCode, run.stdout).toBe(0)
      expectPlanted(run, readReport(run), manifestDigest)
    }, 200_000)

    it('scanners selects what trivy looks for: secret only gives the key and nothing else', async () => {
      const run = await scan({ image: ref, scanners: 'secret', sbom: 'false' })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(report.findings.map((f) => [f.category, f.ruleId])).toEqual([
        ['secret', 'aws-access-key-id'],
      ])
    }, 200_000)

    it('skip-files and skip-dirs leave those paths of the image unscanned, and the summary names them', async () => {
      const files = await scan({
        input: 'images/layout',
        scanners: 'secret',
        sbom: 'false',
        'skip-files': '/app/config.env',
      })
      expect(files.exitCode, files.stdout).toBe(0)
      expect(readReport(files).findings).toEqual([])
      expect(files.summary).toContain(
        'skipped files in the image (input skip-files): `/app/config.env`',
      )
      const dirs = await scan({
        input: 'images/layout',
        scanners: 'secret',
        sbom: 'false',
        'skip-dirs': 'app',
      })
      expect(dirs.exitCode, dirs.stdout).toBe(0)
      expect(readReport(dirs).findings).toEqual([])
      expect(dirs.summary).toContain('skipped folders in the image (input skip-dirs): `/app`')
      const climbing = await scan({ input: 'images/layout', sbom: 'false', 'skip-dirs': '../x' })
      expect(climbing.exitCode).toBe(1)
      expect(climbing.stdout).toMatch(/Input 'skip-dirs': '\.\.\/x' is not a path inside the image/)
    }, 200_000)

    it('without a vulnerability DB the scan fails (never zero findings), naming db-repository', async () => {
      const emptyCache = mkdtempSync(join(tmpdir(), 'scan-image-no-db-'))
      const run = await scan(
        {
          image: ref,
          scanners: 'vuln',
          sbom: 'false',
          'db-repository': `${registry.host}/no-such-db`,
        },
        { RUNNER_TOOL_CACHE: emptyCache },
      )
      expect(run.exitCode).toBe(1)
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.findings).toEqual([])
      expect(report.reason).toMatch(/no trivy vulnerability DB could be had/)
      expect(report.reason).toContain(`${registry.host}/no-such-db`)
      expect(report.target.digest).toBe(manifestDigest)
      expect(run.outputs.status).toBe('failed')
    }, 200_000)

    it('an unknown tag fails the scan with a reason naming the reference', async () => {
      const missing = `${registry.host}/portcullis/app:nope`
      const run = await scan({ image: missing, sbom: 'false' })
      expect(run.exitCode).toBe(1)
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.reason).toContain(`${missing} does not exist`)
    }, 60_000)

    it('image and input together are refused naming the input', async () => {
      writeFileSync(join(workspace, 'x.tar'), '')
      const run = await scan({ image: ref, input: 'x.tar' })
      expect(run.exitCode).toBe(1)
      expect(readReport(run).reason).toMatch(/Input 'input': cannot be given together with image/)
    }, 60_000)
  },
)
