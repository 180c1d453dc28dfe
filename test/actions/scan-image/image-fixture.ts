import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { TRIVY_DB_CACHE_SUBDIR } from '@portcullis/scanners/trivy'
import { writeOciLayout } from '../../support/oci.js'
import type { RunResult } from '../../support/runner.js'
import { scannerPaths } from '../../support/scanners.js'
import { buildTrivyDb, debian12RootFiles } from '../../support/trivy-db.js'

const execFileAsync = promisify(execFile)

// Built at run time so no key-shaped string sits in the repository for secret scanners to flag.
// It matches AWS's access key id shape (AKIA + 16 of [A-Z0-9]) and belongs to no account.
export const FAKE_AWS_KEY_ID = ['AKIA', 'Q7WZ', 'LP3N', 'X4RB', 'T2MS'].join('')

/**
 * The app image the image tests ship: a Debian 12 root whose dpkg status holds libc6 2.36-9+deb12u1
 * (CVE-2023-4911), a second layer with a planted AWS key id, and USER root in the image config.
 * `variant` changes a file so a second image (the tamper case) gets another digest.
 */
export async function writeAppImage(layout: string, variant = 'v1'): Promise<string> {
  return writeOciLayout(layout, {
    layers: [
      { files: debian12RootFiles('2.36-9+deb12u1') },
      {
        files: {
          'app/config.env': `REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${FAKE_AWS_KEY_ID}\n`,
          'app/VERSION': `${variant}\n`,
        },
      },
    ],
    config: { User: 'root', Cmd: ['/bin/sh'] },
    history: [
      { created_by: '/bin/sh -c #(nop) ADD file:debian-12-rootfs in / ' },
      { created_by: 'USER root', empty_layer: true },
      { created_by: 'COPY app /app # buildkit' },
      { created_by: 'CMD ["/bin/sh"]', empty_layer: true },
    ],
    tag: 'v1',
  })
}

/** The manifest of a layout's only image, read back from its blobs. */
export function layoutManifest(
  layout: string,
  digest: string,
): { config: { digest: string }; layers: { digest: string }[] } {
  const blob = readFileSync(join(layout, 'blobs/sha256', digest.slice('sha256:'.length)), 'utf8')
  return JSON.parse(blob) as { config: { digest: string }; layers: { digest: string }[] }
}

/** Writes the layout's image as an OCI archive tar (what `skopeo copy … oci-archive:` writes). */
export async function writeOciArchive(layout: string, archive: string): Promise<void> {
  const skopeo = scannerPaths().skopeo
  if (skopeo === undefined) throw new Error('skopeo is not installed: run test/provision.sh')
  await execFileAsync(skopeo, [
    '--insecure-policy',
    'copy',
    '--quiet',
    `oci:${layout}:v1`,
    `oci-archive:${archive}:v1`,
  ])
}

/** A tool cache holding the test-built DB where the image scan keeps it. */
export async function toolCacheWithDb(): Promise<string> {
  const built = await buildTrivyDb()
  const toolCache = mkdtempSync(join(tmpdir(), 'scan-image-tool-cache-'))
  cpSync(join(built, 'db'), join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db'), { recursive: true })
  rmSync(built, { recursive: true, force: true })
  return toolCache
}

export function readReport(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, run.stdout).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

/** Workflow commands other than the ones the suite emits on purpose. */
export function unexpectedCommands(run: RunResult): string[] {
  const allowed = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'add-mask'])
  return run.commands.filter((c) => !allowed.has(c.command)).map((c) => c.command)
}
