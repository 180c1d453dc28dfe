import { join } from 'node:path'
import { escapeMarkdown, InputError, ScanFailedError } from '@portcullis/core'
import {
  resolveImageTarget,
  stageLocalImage,
  type CommonScanInputs,
  type EngineContext,
  type EngineResult,
  type ImageTarget,
  type ImageTargetInputs,
  type ScanEngine,
} from '@portcullis/engine'
import { imageSkips, skippedInImage } from '../shared/image-paths.js'
import { readOutput, reportWritten, runTrivy } from './common.js'
import { trivyCacheDir } from './db.js'
import {
  assertTrivyDbUsable,
  dbRunFailure,
  dbSummaryLine,
  readyTrivyDb,
  trivyDbPolicy,
  type TrivyDbInputs,
  javaDbArgs,
} from './db-run.js'
import { parseTrivyFile, TrivyStreamParser } from './stream.js'
import { resolveTrivyVersion, trivyDialect, type TrivyDialect } from './version.js'
import { TRIVY } from './tool.js'

/** The scan-image inputs the trivy engine reads (the action's Inputs type satisfies it structurally). */
export interface TrivyImageInputs extends CommonScanInputs, ImageTargetInputs, TrivyDbInputs {
  readonly scanners: readonly string[]
  readonly ignoreUnfixed: boolean
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
  readonly sbom: boolean
}

/** The `scanners` input's words. */
export const IMAGE_SCANNERS = ['vuln', 'secret', 'misconfig'] as const
export type ImageScanner = (typeof IMAGE_SCANNERS)[number]

/** Validates the `scanners` input: known words, at least one. */
export function imageScanners(values: readonly string[]): ImageScanner[] {
  const picked = [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))]
  const unknown = picked.filter((v) => !(IMAGE_SCANNERS as readonly string[]).includes(v))
  if (unknown.length > 0 || picked.length === 0) {
    throw new InputError(
      'scanners',
      `${picked.length === 0 ? 'is empty' : `has ${unknown.map((u) => `'${u}'`).join(', ')}`}; use a comma-separated list of ${IMAGE_SCANNERS.join(', ')}`,
    )
  }
  return picked as ImageScanner[]
}

/** File name of the CycloneDX SBOM in the output folder, from what was asked to be scanned. */
export function imageSbomFileName(engine: string, shown: string): string {
  const slug = shown.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'image'
  return `scan-image-${engine}-${slug}.cdx.json`
}

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `--input <path>` for local images, `--image-src remote name@digest` for registry images. */
export function trivyImageSource(target: ImageTarget): string[] {
  return target.kind === 'local'
    ? ['--input', target.scanPath]
    : // remote only: a local docker daemon may hold another image under the same name.
      ['--image-src', 'remote', target.pinned]
}

/** Registry credentials given as inputs reach trivy through its environment only, never argv. */
export function trivyImageEnv(target: ImageTarget): Record<string, string> {
  if (target.kind !== 'registry' || !target.inputCredentials) return {}
  return {
    TRIVY_USERNAME: target.inputCredentials.username,
    TRIVY_PASSWORD: target.inputCredentials.password,
  }
}

function scannerArgs(scanners: readonly ImageScanner[], dialect: TrivyDialect): string[] {
  const words = scanners.map((s) => (s === 'misconfig' ? dialect.misconfigScanner : s))
  const args = [dialect.scannersFlag, words.join(',')]
  // The image config (USER, ENV, history) is checked only when asked for explicitly.
  const config = [
    ...(scanners.includes('misconfig') ? ['config'] : []),
    ...(scanners.includes('secret') ? ['secret'] : []),
  ]
  if (config.length > 0) args.push('--image-config-scanners', config.join(','))
  if (scanners.includes('misconfig')) args.push(dialect.skipCheckUpdate)
  return args
}

function describeTarget(target: ImageTarget): string {
  if (target.kind === 'registry') {
    return `${target.shown} → ${target.pinned}${target.credentialSource ? ` (registry credentials from ${target.credentialSource})` : ''}`
  }
  const what =
    target.local.format === 'docker-archive'
      ? 'docker-archive; its digest is the image ID (config digest), the only one docker save records'
      : target.local.format === 'oci-archive'
        ? 'OCI archive, unpacked into an OCI layout for trivy'
        : 'OCI layout'
  return `${target.shown} (${what}) → ${target.digest}`
}

/** Checks trivy scanned the digest that was resolved (registry scans name it in RepoDigests). */
function checkDigest(metadata: Json, target: ImageTarget): void {
  if (target.kind !== 'registry') return
  const digests = Array.isArray(metadata.RepoDigests)
    ? metadata.RepoDigests.filter((d): d is string => typeof d === 'string')
    : []
  if (digests.length > 0 && !digests.some((d) => d.endsWith(`@${target.digest}`))) {
    throw new ScanFailedError(
      `trivy scanned ${digests.join(', ')}, not ${target.digest} that ${target.shown} resolved to; the report would name the wrong image`,
    )
  }
}

async function writeSbom(
  context: EngineContext<TrivyImageInputs>,
  target: ImageTarget,
  cacheDir: string,
): Promise<{ path: string; components: number }> {
  const path = join(context.outputDir, imageSbomFileName('trivy', target.shown))
  await runTrivy(context, {
    args: [
      'image',
      '--format',
      'cyclonedx',
      '--output',
      path,
      '--cache-dir',
      cacheDir,
      '--quiet',
      ...trivyImageSource(target),
    ],
    env: trivyImageEnv(target),
  })
  const raw = readOutput(path, 'CycloneDX SBOM')
  try {
    const bom = JSON.parse(raw) as { bomFormat?: unknown; components?: unknown }
    if (bom.bomFormat !== 'CycloneDX') throw new Error('bomFormat is not CycloneDX')
    return { path, components: Array.isArray(bom.components) ? bom.components.length : 0 }
  } catch (error) {
    throw new ScanFailedError(
      `trivy wrote an SBOM that is not CycloneDX JSON (${(error as Error).message})`,
    )
  }
}

/**
 * scan-image on trivy: `trivy image` on `name@digest` (the tag resolved first), a docker-archive or
 * an OCI layout (`--input`; an OCI archive is unpacked into a layout first), with the scanners
 * asked for. With `vuln`, the vulnerability DB is checked before and after the run as scan-deps
 * does (cached under the tool cache, or downloaded from db-repository): no DB is a failed scan.
 */
export const trivyImageEngine: ScanEngine<TrivyImageInputs, ImageTarget | undefined> = {
  name: 'trivy',
  tool: TRIVY,
  outputs: ['digest', 'sbom'],
  async run(context): Promise<EngineResult> {
    const { inputs, log } = context
    const scanners = imageScanners(inputs.scanners)
    const target = stageLocalImage(
      context.prepared ??
        (await resolveImageTarget(inputs, { workspace: context.workspace, env: process.env })),
      context.workDir,
    )
    log.info(`Image: ${describeTarget(target)}`)
    const version = resolveTrivyVersion(context.binary)
    const dialect = trivyDialect(version)
    const wantsDb = scanners.includes('vuln')
    const policy = trivyDbPolicy(inputs, context.workspace)
    // The same stable cache scan-deps keeps with cache-db: one download serves every scan of the
    // job. A db-archive is unpacked into the run's own folder instead, never over the cache.
    const cacheDir = trivyCacheDir(context.runner, !policy.archive, context.workDir)

    // Without `vuln` there is no DB to speak of: trivy runs with --skip-db-update and nothing is checked.
    const db = wantsDb ? await readyTrivyDb(context, cacheDir, policy) : undefined

    const skip = imageSkips(inputs)
    const output = join(context.workDir, 'trivy-image.json')
    await runTrivy(
      context,
      {
        args: [
          'image',
          ...scannerArgs(scanners, dialect),
          '--format',
          'json',
          '--output',
          output,
          '--cache-dir',
          cacheDir,
          '--timeout',
          `${inputs.timeoutMinutes ?? 30}m`,
          // Any DB was fetched and verified above; the scan never fetches one itself.
          dialect.skipDbUpdate,
          ...javaDbArgs(db),
          ...(inputs.ignoreUnfixed ? ['--ignore-unfixed'] : []),
          ...skip.dirs.flatMap((d) => ['--skip-dirs', d]),
          ...skip.files.flatMap((f) => ['--skip-files', f]),
          ...trivyImageSource(target),
        ],
        env: trivyImageEnv(target),
      },
      () => (wantsDb ? dbRunFailure(cacheDir) : undefined),
    )
    if (wantsDb) assertTrivyDbUsable(cacheDir)

    // A fat image's report can outgrow the longest string V8 holds: it is read as a stream and
    // normalised in slices, never whole.
    reportWritten(output)
    const parseContext = {
      workspace: context.workspace,
      image: { ref: target.shown, digest: target.digest },
    }
    const parser = new TrivyStreamParser(parseContext)
    // Each slice goes to the scan's store as it is normalised: no finding waits for the rest.
    const findings = context.store()
    const parsed = await parseTrivyFile(output, parseContext, {
      parser,
      onFindings: (slice) => slice.forEach((f) => findings.add(f)),
    })
    const header = parser.header('Metadata')
    const metadata = isRecord(header) ? header : {}
    checkDigest(metadata, target)
    const notices = [...parsed.notices]
    if (version.note) notices.push(version.note)
    if (target.kind === 'local' && target.local.format === 'docker-archive') {
      notices.push(
        `${target.shown} is a docker-archive, which records no registry manifest; the digest reported is its image ID (config digest) ${target.digest}.`,
      )
    }
    const os = isRecord(metadata.OS) ? metadata.OS : undefined
    const layers = Array.isArray(metadata.DiffIDs) ? metadata.DiffIDs.length : 0
    if (wantsDb && !os) {
      notices.push(
        'trivy detected no OS in the image; only language packages were checked for vulnerabilities.',
      )
    }

    let sbom: { path: string; components: number } | undefined
    if (inputs.sbom) sbom = await writeSbom(context, target, cacheDir)

    const summary = [
      '### trivy image',
      '',
      `- trivy ${version.version}${version.note ? ` — ${version.note}` : ''}`,
      `- image: \`${target.shown}\` at \`${target.digest}\`${target.kind === 'local' ? ` (${target.local.format})` : ''}; ${layers} layer(s)${os ? `, ${escapeMarkdown(`${String(os.Family)} ${String(os.Name)}`)}` : ''}`,
      `- scanners: ${scanners.join(', ')}`,
      ...(db ? [dbSummaryLine(db, policy)] : []),
      ...(inputs.ignoreUnfixed
        ? ['- vulnerabilities without a fixed version are left out (`ignore-unfixed`)']
        : []),
      ...skippedInImage(skip),
      ...(sbom ? [`- CycloneDX SBOM: \`${sbom.path}\` (${sbom.components} component(s))`] : []),
    ].join('\n')

    return {
      scanner: { name: 'trivy', version: version.version },
      target: { kind: 'image', name: target.shown, digest: target.digest },
      findings,
      notices,
      outputs: { digest: target.digest, sbom: sbom?.path ?? '' },
      summary,
    }
  },
}
