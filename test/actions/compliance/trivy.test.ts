import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseReport } from '@portcullis/core'
import { writeOciLayout } from '../../support/oci.js'
import { runAction } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { buildTrivyDb, debian12RootFiles } from '../../support/trivy-db.js'

/**
 * `engine: trivy` through the built bundle: the real trivy 0.44.1 checks an OCI layout (written
 * without docker) against CIS Docker 1.1.0 (`docker-cis`), offline, with a test-built vulnerability
 * DB restored where the engine keeps it ($RUNNER_TOOL_CACHE/portcullis/trivy-db).
 */
describeWithTools(
  ['trivy', 'go', 'bbolt'],
  'compliance bundle: trivy docker-cis on an OCI layout',
  (tools) => {
    let work: string
    let workspace: string
    let toolCache: string
    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'portcullis-compliance-trivy-'))
      workspace = join(work, 'workspace')
      toolCache = join(work, 'tool-cache')
      mkdirSync(join(toolCache, 'portcullis'), { recursive: true })
      const db = await buildTrivyDb()
      renameSync(db, join(toolCache, 'portcullis', 'trivy-db'))
      await writeOciLayout(join(workspace, 'image'), {
        layers: [
          { files: debian12RootFiles('2.36-9+deb12u1') },
          {
            files: {
              // minimist 1.2.5: CVE-2021-44906, CRITICAL — what control 4.4 counts.
              'app/node_modules/minimist/package.json': JSON.stringify({
                name: 'minimist',
                version: '1.2.5',
              }),
              'app/run.sh': { content: '#!/bin/sh\necho hi\n', mode: 0o755 },
            },
          },
        ],
        config: { User: 'root', Cmd: ['/app/run.sh'] },
        // trivy rebuilds a Dockerfile from this history: root user, no HEALTHCHECK, ADD, a lone update.
        history: [
          { created_by: '/bin/sh -c #(nop) ADD file:debian-12-rootfs in / ' },
          { created_by: '/bin/sh -c apt-get update', empty_layer: true },
          { created_by: 'USER root', empty_layer: true },
          { created_by: '/bin/sh -c #(nop) ADD app /app' },
          { created_by: 'CMD ["/app/run.sh"]', empty_layer: true },
        ],
      })
    })
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true })
    })

    it('fails 4.1, 4.4, 4.6, 4.7 and 4.9 with the failing checks; manual controls listed', async () => {
      const result = await runAction('compliance', {
        workspace,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: toolCache },
        inputs: {
          engine: 'trivy',
          image: 'image',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(result.stderr).toBe('')
      expect(result.exitCode).toBe(0)
      const report = parseReport(readFileSync(result.outputs.report!, 'utf8'), 'report')
      expect(report).toMatchObject({
        status: 'complete',
        scanner: { name: 'trivy', version: '0.44.1' },
        target: { kind: 'image', name: 'image' },
      })
      const byRule = report.findings.map((f) => [f.ruleId, f.title, f.severity])
      expect(byRule).toEqual([
        ['docker-cis/4.1', 'Ensure a user for the container has been created (DS002)', 'high'],
        [
          'docker-cis/4.4',
          'Ensure images are scanned and rebuilt to include security patches (CVE-2021-44906)',
          'critical',
        ],
        [
          'docker-cis/4.6',
          'Ensure HEALTHCHECK instructions have been added to the container image (DS026)',
          'low',
        ],
        [
          'docker-cis/4.7',
          'Ensure update instructions are not use alone in the Dockerfile (DS017)',
          'high',
        ],
        ['docker-cis/4.9', 'Ensure COPY is used instead of ADD in Dockerfile (DS005)', 'low'],
        ['docker-cis/4.9', 'Ensure COPY is used instead of ADD in Dockerfile (DS005)', 'low'],
      ])
      const vuln = report.findings[1]!
      expect(vuln).toMatchObject({
        category: 'compliance',
        advisories: ['CVE-2021-44906'],
        // trivy lists every fixed release line of the advisory.
        package: { name: 'minimist', version: '1.2.5', fixedVersion: '0.2.4, 1.2.6' },
        remediation: 'Rebuild the image with a fixed minimist (0.2.4, 1.2.6).',
      })
      const adds = report.findings.filter((f) => f.ruleId === 'docker-cis/4.9')
      // One finding per flagged instruction (trivy does not keep their order stable).
      expect(adds.map((f) => /Flagged: (.*)/.exec(f.description ?? '')?.[1]).sort()).toEqual([
        'ADD app /app',
        'ADD file:debian-12-rootfs in /',
      ])
      expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(6)
      expect(report.findings[0]!.remediation).toBeTruthy()

      expect(report.notices).toContain(
        'CIS Docker Community Edition Benchmark v1.1.0: 11 controls — pass 1, fail 5, manual 5.',
      )
      expect(report.notices).toContainEqual(
        expect.stringMatching(
          /^5 control\(s\) have no automated check and need a manual review: 4\.2 Ensure that containers use trusted base images;/,
        ),
      )
      // 4.10 (secrets) is the one automated control that passed: 1 of 6.
      expect(result.outputs['pass-rate']).toBe(String(Math.round((1 / 6) * 10_000) / 100))
      expect(result.outputs.arf, 'no ARF from trivy').toBeUndefined()
      expect(result.summary).toMatch(
        /\| 4\.10 \| Ensure secrets are not stored in Dockerfiles \| CRITICAL \| pass \|/,
      )
      expect(result.summary).toMatch(/vulnerability DB: cached/)
    })

    it('without a vulnerability DB (none cached, no network) the scan fails instead of passing 4.4', async () => {
      const empty = join(work, 'empty-tool-cache')
      mkdirSync(empty, { recursive: true })
      const result = await runAction('compliance', {
        workspace,
        timeoutMs: 180_000,
        // Where trivy would download a DB from: the discard port on loopback, so nothing leaves the host.
        env: { RUNNER_TOOL_CACHE: empty, TRIVY_DB_REPOSITORY: '127.0.0.1:9/trivy-db' },
        inputs: {
          engine: 'trivy',
          image: 'image',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(result.exitCode).toBe(1)
      const report = parseReport(readFileSync(result.outputs.report!, 'utf8'), 'report')
      expect(report.status).toBe('failed')
      expect(report.reason).toMatch(
        /^no trivy vulnerability DB could be had: downloading it from trivy's default repository failed.* and no trivy DB in /,
      )
    })
  },
)
