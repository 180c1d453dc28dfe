import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { writeDockerArchive, writeOciLayout } from '../support/oci.js'
import { describeWithTools } from '../support/scanners.js'
import { buildTrivyDb, debian12RootFiles } from '../support/trivy-db.js'
import { resultFor, runTrivyJson, type TrivyReport } from './trivy-report.js'

// Built at run time so no key-shaped string sits in the repository for secret scanners to flag.
// It matches AWS's access key id shape (AKIA + 16 of [A-Z0-9]) and belongs to no account.
const FAKE_AWS_KEY_ID = ['AKIA', 'Q7WZ', 'LP3N', 'X4RB', 'T2MS'].join('')

describeWithTools(
  ['trivy', 'skopeo', 'go', 'bbolt'],
  'trivy image on images written without docker',
  (tools) => {
    let work: string
    let layout: string
    let archive: string
    const caches: string[] = []

    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'portcullis-trivy-image-test-'))
      layout = join(work, 'layout')
      archive = join(work, 'image.tar')
      await writeOciLayout(layout, {
        layers: [
          { files: debian12RootFiles('2.36-9+deb12u1') },
          {
            files: {
              // Image scans read installed packages, not lockfiles (those are for fs/repo scans).
              'app/node_modules/lodash/package.json': JSON.stringify({
                name: 'lodash',
                version: '4.17.20',
                license: 'MIT',
              }),
              'app/config.env': `REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${FAKE_AWS_KEY_ID}\n`,
            },
          },
        ],
        // The image runs as root: trivy rebuilds a Dockerfile from the history and flags it.
        config: { User: 'root', Cmd: ['/bin/sh'] },
        history: [
          { created_by: '/bin/sh -c #(nop) ADD file:debian-12-rootfs in / ' },
          { created_by: 'USER root', empty_layer: true },
          { created_by: 'COPY app /app # buildkit' },
          { created_by: 'CMD ["/bin/sh"]', empty_layer: true },
        ],
        tag: 'v1',
      })
      await writeDockerArchive(layout, archive, 'portcullis/app:v1', 'v1')
    })
    afterAll(async () => {
      await rm(work, { recursive: true, force: true })
      await Promise.all(caches.map((c) => rm(c, { recursive: true, force: true })))
    })

    async function scan(input: string): Promise<{ report: TrivyReport; stdout: string }> {
      // A cache of its own per input, so the second scan cannot reuse the first one's layer analysis.
      const cacheDir = await buildTrivyDb()
      caches.push(cacheDir)
      return runTrivyJson(tools.trivy, [
        'image',
        '--input',
        input,
        '--scanners',
        'vuln,secret,config',
        '--image-config-scanners',
        'config',
        '--skip-db-update',
        '--skip-policy-update',
        '--cache-dir',
        cacheDir,
      ])
    }

    function expectFindings(report: TrivyReport, input: string): void {
      expect(report.ArtifactType).toBe('container_image')
      expect(report.Metadata.OS).toEqual({ Family: 'debian', Name: '12.1' })
      expect(report.Metadata.DiffIDs).toHaveLength(2)

      const os = resultFor(report, `${input} (debian 12.1)`)
      expect(os.Vulnerabilities?.map((v) => [v.VulnerabilityID, v.PkgName, v.Severity])).toEqual([
        ['CVE-2023-4911', 'libc6', 'HIGH'],
      ])

      const npm = resultFor(report, 'Node.js')
      expect(npm.Type).toBe('node-pkg')
      expect(
        npm.Vulnerabilities?.map((v) => [v.VulnerabilityID, v.InstalledVersion, v.FixedVersion]),
      ).toEqual([['CVE-2021-23337', '4.17.20', '4.17.21']])

      const secrets = resultFor(report, '/app/config.env')
      expect(secrets.Class).toBe('secret')
      expect(secrets.Secrets).toHaveLength(1)
      expect(secrets.Secrets?.[0]).toMatchObject({
        RuleID: 'aws-access-key-id',
        Severity: 'CRITICAL',
        StartLine: 2,
      })
      expect(secrets.Secrets?.[0]?.Match).toMatch(/^AWS_ACCESS_KEY_ID=\*+$/)

      const config = resultFor(report, input)
      expect(config.Class).toBe('config')
      const failed = (config.Misconfigurations ?? []).filter((m) => m.Status === 'FAIL')
      expect(failed.map((m) => [m.ID, m.Severity])).toContainEqual(['DS002', 'HIGH'])
    }

    it('scans a docker-archive tar: OS and npm vulnerabilities, the planted key, root user', async () => {
      const { report, stdout } = await scan(archive)
      expectFindings(report, archive)
      expect(stdout).not.toContain(FAKE_AWS_KEY_ID)
    })

    it('scans an OCI layout folder the same way', async () => {
      const { report, stdout } = await scan(layout)
      expectFindings(report, layout)
      expect(stdout).not.toContain(FAKE_AWS_KEY_ID)
    })
  },
)
