import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError, ScanFailedError } from '@portcullis/core'
import {
  isLoopbackRegistry,
  resolveImageTarget,
  runTool,
  unusedSettingsNotice,
  type CommonScanInputs,
  type EngineResult,
  type ImageTarget,
  type ImageTargetInputs,
  type ScanEngine,
} from '@portcullis/engine'
import { imageSkips } from '../shared/image-paths.js'
import { parseGrype } from './parse.js'
import { GRYPE } from './tool.js'

/** The scan-image inputs the grype engine reads (the action's Inputs type satisfies it structurally). */
export interface GrypeImageInputs extends CommonScanInputs, ImageTargetInputs {
  readonly scanners: readonly string[]
  readonly ignoreUnfixed: boolean
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
  readonly dbRepository: string | undefined
  readonly sbom: boolean
}

/**
 * grype's source scheme for each target (https://github.com/anchore/grype#supported-sources):
 * `registry:` pulls from the registry without a docker daemon; local formats are read directly.
 */
export function grypeSource(target: ImageTarget): string {
  if (target.kind === 'registry') return `registry:${target.pinned}`
  switch (target.local.format) {
    case 'docker-archive':
      return `docker-archive:${target.local.path}`
    case 'oci-layout':
      return `oci-dir:${target.local.path}`
    case 'oci-archive':
      return `oci-archive:${target.local.path}`
  }
}

/**
 * grype reads registry credentials and plain-HTTP permission from its environment
 * (GRYPE_REGISTRY_AUTH_*, GRYPE_REGISTRY_INSECURE_USE_HTTP), so passwords never reach argv.
 * Credentials from the docker config are read by grype's own keychain.
 */
export function grypeEnv(target: ImageTarget): Record<string, string> {
  if (target.kind !== 'registry') return {}
  return {
    ...(isLoopbackRegistry(target.reference.registry)
      ? { GRYPE_REGISTRY_INSECURE_USE_HTTP: 'true' }
      : {}),
    ...(target.inputCredentials
      ? {
          GRYPE_REGISTRY_AUTH_AUTHORITY: target.reference.registry,
          GRYPE_REGISTRY_AUTH_USERNAME: target.inputCredentials.username,
          GRYPE_REGISTRY_AUTH_PASSWORD: target.inputCredentials.password,
        }
      : {}),
  }
}

/** The argv of one grype run: JSON findings and, when asked, a CycloneDX SBOM from the same pass. */
export function grypeArgs(
  target: ImageTarget,
  files: { readonly json: string; readonly sbom?: string; readonly config?: string },
  ignoreUnfixed: boolean,
  skip: { readonly dirs: readonly string[]; readonly files: readonly string[] } = {
    dirs: [],
    files: [],
  },
): string[] {
  return [
    grypeSource(target),
    // grype otherwise reads .grype.yaml and .grype/config.yaml from its working directory and the
    // home folder (ignore rules, `only-fixed`, `fail-on`, DB settings): an explicit file of our own
    // is the only one it reads.
    ...(files.config ? ['--config', files.config] : []),
    '-o',
    `json=${files.json}`,
    ...(files.sbom ? ['-o', `cyclonedx-json=${files.sbom}`] : []),
    ...(ignoreUnfixed ? ['--only-fixed'] : []),
    // grype excludes by glob over the image's absolute paths: a folder is everything below it.
    ...skip.dirs.flatMap((d) => ['--exclude', `${d}/**`]),
    ...skip.files.flatMap((f) => ['--exclude', f]),
    '--quiet',
  ]
}

/**
 * scan-image on grype: vulnerabilities only (grype has no secret or misconfiguration scanner, which
 * the report says when they were asked for). grype keeps and updates its own DB; a run that cannot
 * get one exits 1 and is a failed scan.
 */
export const grypeImageEngine: ScanEngine<GrypeImageInputs, ImageTarget | undefined> = {
  name: 'grype',
  tool: GRYPE,
  outputs: ['digest', 'sbom'],
  async run(context): Promise<EngineResult> {
    const { inputs, log } = context
    const asked = inputs.scanners.map((s) => s.trim().toLowerCase()).filter((s) => s !== '')
    const unknown = asked.filter((s) => !['vuln', 'secret', 'misconfig'].includes(s))
    if (unknown.length > 0 || asked.length === 0) {
      throw new InputError('scanners', 'use a comma-separated list of vuln, secret, misconfig')
    }
    const notices: string[] = []
    const skipped = asked.filter((s) => s !== 'vuln')
    if (!asked.includes('vuln')) {
      throw new InputError(
        'scanners',
        `grype finds vulnerabilities only and ${skipped.join(', ')} was asked for; use engine trivy`,
      )
    }
    if (skipped.length > 0) {
      notices.push(
        `grype finds vulnerabilities only; the ${skipped.join(' and ')} scanner(s) asked for in \`scanners\` did not run (use engine trivy for them).`,
      )
    }
    const skip = imageSkips(inputs)
    const notScanned = [...skip.dirs, ...skip.files]
    if (notScanned.length > 0) {
      notices.push(
        `Not scanned inside the image (skip-dirs, skip-files): ${notScanned.join(', ')}.`,
      )
    }
    if (inputs.dbRepository?.trim()) {
      notices.push('db-repository applies to trivy only; grype used its own DB.')
    }
    // grype reads OCI archives itself: no unpacking.
    const target =
      context.prepared ??
      (await resolveImageTarget(inputs, { workspace: context.workspace, env: process.env }))
    log.info(
      `Image: ${target.shown} → ${target.kind === 'registry' ? target.pinned : target.digest}`,
    )
    const json = join(context.workDir, 'grype.json')
    const sbom = inputs.sbom
      ? join(
          context.outputDir,
          `scan-image-grype-${target.shown.replace(/[^A-Za-z0-9._-]+/g, '-')}.cdx.json`,
        )
      : undefined
    const config = join(context.workDir, 'grype-config.yaml')
    writeFileSync(config, 'check-for-app-update: false\n')
    await runTool(context, {
      args: grypeArgs(
        target,
        { json, config, ...(sbom ? { sbom } : {}) },
        inputs.ignoreUnfixed,
        skip,
      ),
      // 0: ran (findings do not change it without --fail-on); anything else is an error.
      okExitCodes: [0],
      env: grypeEnv(target),
      cwd: context.workDir,
    })
    let raw: string
    try {
      raw = readFileSync(json, 'utf8')
    } catch {
      throw new ScanFailedError(`grype exited without writing its JSON report (${json})`)
    }
    const parsed = parseGrype(raw, {
      workspace: context.workspace,
      image: { ref: target.shown, digest: target.digest },
    })
    return {
      scanner: { name: 'grype', version: parsed.scannerVersion ?? context.binary.version },
      target: { kind: 'image', name: target.shown, digest: target.digest },
      findings: parsed.findings,
      notices: [
        ...parsed.notices,
        ...notices,
        ...[unusedSettingsNotice('grype', context.workspace, [context.workspace])].filter(
          (n): n is string => n !== undefined,
        ),
      ],
      outputs: { digest: target.digest, sbom: sbom ?? '' },
    }
  },
}
