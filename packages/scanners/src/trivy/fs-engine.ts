import { join } from 'node:path'
import { escapeMarkdown, ScanFailedError } from '@portcullis/core'
import {
  ignoreFileUsed,
  unusedSettingsNotice,
  type CommonScanInputs,
  type EngineContext,
  type EngineResult,
  type ScanEngine,
} from '@portcullis/engine'
import { readOutput, reportWritten, resolveScanRoot, runTrivy, skipPathArg } from './common.js'
import { parseTrivyFile, TrivyStreamParser } from './stream.js'
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
import { resolveTrivyVersion, trivyDialect } from './version.js'
import { TRIVY } from './tool.js'

/** The scan-deps inputs the trivy engine reads (the action's Inputs type satisfies it structurally). */
export interface TrivyFsInputs extends CommonScanInputs, TrivyDbInputs {
  readonly path: string | undefined
  readonly ignoreUnfixed: boolean
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
  readonly cacheDb: boolean
  readonly sbom: boolean
}

/** File name of the CycloneDX SBOM in the output folder. */
export function sbomFileName(rel: string): string {
  const slug = rel === '.' ? 'workspace' : rel.replace(/[^A-Za-z0-9._-]+/g, '-')
  return `scan-deps-trivy-${slug}.cdx.json`
}

/** Runs trivy's SBOM pass (CycloneDX disables vulnerability scanning, so no DB is involved). */
async function writeSbom(
  context: EngineContext<TrivyFsInputs>,
  target: string,
  cacheDir: string,
  skip: { readonly skipDirs: readonly string[]; readonly skipFiles: readonly string[] },
  rel: string,
): Promise<{ path: string; components: number }> {
  const path = join(context.outputDir, sbomFileName(rel))
  await runTrivy(context, {
    args: [
      'fs',
      '--format',
      'cyclonedx',
      '--output',
      path,
      '--cache-dir',
      cacheDir,
      '--quiet',
      ...skip.skipDirs.flatMap((d) => ['--skip-dirs', skipPathArg(context.workspace, d)]),
      ...skip.skipFiles.flatMap((f) => ['--skip-files', skipPathArg(context.workspace, f)]),
      target,
    ],
  })
  const raw = readOutput(path, 'CycloneDX SBOM')
  let components = 0
  try {
    const bom = JSON.parse(raw) as { bomFormat?: unknown; components?: unknown }
    if (bom.bomFormat !== 'CycloneDX') throw new Error('bomFormat is not CycloneDX')
    components = Array.isArray(bom.components) ? bom.components.length : 0
  } catch (error) {
    throw new ScanFailedError(
      `trivy wrote an SBOM that is not CycloneDX JSON (${(error as Error).message})`,
    )
  }
  return { path, components }
}

/**
 * scan-deps on trivy: `trivy fs --scanners vuln` over the lockfiles (and any OS package database)
 * under `path`, then, with `sbom: true`, a CycloneDX SBOM of the same tree. The vulnerability DB is
 * checked before and after the run (see db.ts): a missing, broken or undownloadable DB is a failed
 * scan, never zero findings.
 */
export const trivyFsEngine: ScanEngine<TrivyFsInputs> = {
  name: 'trivy',
  tool: TRIVY,
  outputs: ['sbom'],
  async run(context): Promise<EngineResult> {
    const { inputs } = context
    const root = resolveScanRoot(context.workspace, inputs.path, 'path')
    const version = resolveTrivyVersion(context.binary)
    const dialect = trivyDialect(version)
    const policy = trivyDbPolicy(inputs, context.workspace)
    // A db-archive is unpacked into the run's own folder: it must not replace a cached DB.
    const cacheDir = trivyCacheDir(
      context.runner,
      inputs.cacheDb && !policy.archive,
      context.workDir,
    )

    const db = await readyTrivyDb(context, cacheDir, policy)

    const output = join(context.workDir, 'trivy-fs.json')
    const target = root.abs
    await runTrivy(
      context,
      {
        args: [
          'fs',
          dialect.scannersFlag,
          'vuln',
          '--format',
          'json',
          '--output',
          output,
          '--list-all-pkgs',
          '--cache-dir',
          cacheDir,
          '--timeout',
          `${inputs.timeoutMinutes ?? 30}m`,
          // The DB was fetched and verified above; the scan never fetches one itself.
          dialect.skipDbUpdate,
          ...javaDbArgs(db),
          ...(inputs.ignoreUnfixed ? ['--ignore-unfixed'] : []),
          ...inputs.skipDirs.flatMap((d) => ['--skip-dirs', skipPathArg(context.workspace, d)]),
          ...inputs.skipFiles.flatMap((f) => ['--skip-files', skipPathArg(context.workspace, f)]),
          target,
        ],
      },
      () => dbRunFailure(cacheDir),
    )
    assertTrivyDbUsable(cacheDir)

    // A monorepo's report can outgrow the longest string V8 holds: it is read as a stream and
    // normalised in slices, never whole; the lockfiles and packages trivy read are counted on the way.
    reportWritten(output)
    const parseContext = { workspace: context.workspace, readLines: context.readLines }
    const parser = new TrivyStreamParser(parseContext, { targetPrefix: root.rel })
    // Each slice goes to the scan's store as it is normalised: no finding waits for the rest.
    const findings = context.store()
    const parsed = await parseTrivyFile(output, parseContext, {
      parser,
      onFindings: (slice) => slice.forEach((f) => findings.add(f)),
    })
    const { targets: files, packages } = parser.inventory
    const notices = [...parsed.notices]
    if (version.note) notices.push(version.note)
    const unused = unusedSettingsNotice(
      'trivy',
      context.workspace,
      [context.workspace, root.abs],
      ignoreFileUsed(context.workspace, context.inputs),
    )
    if (unused) notices.push(unused)
    if (files.length === 0) {
      notices.push(
        `trivy found no lockfile or OS package database under '${root.rel}'; nothing was checked for vulnerabilities.`,
      )
    }

    let sbom: { path: string; components: number } | undefined
    if (inputs.sbom) sbom = await writeSbom(context, target, cacheDir, inputs, root.rel)

    const summary = [
      '### trivy',
      '',
      `- trivy ${version.version}${version.note ? ` — ${version.note}` : ''}`,
      dbSummaryLine(db, policy),
      ...(db.source !== 'archive' && inputs.cacheDb
        ? [`  - kept in \`${cacheDir}\` for the next run`]
        : []),
      `- ${files.length} file(s) with packages, ${packages} package(s) checked${
        files.length > 0
          ? `: ${files
              .slice(0, 20)
              .map((f) => escapeMarkdown(f, 200))
              .join(', ')}${files.length > 20 ? ', …' : ''}`
          : ''
      }`,
      ...(inputs.ignoreUnfixed
        ? ['- vulnerabilities without a fixed version are left out (`ignore-unfixed`)']
        : []),
      ...(sbom ? [`- CycloneDX SBOM: \`${sbom.path}\` (${sbom.components} component(s))`] : []),
    ].join('\n')

    const lockfile = files.find((f) => !/\(.*\)$/.test(f))
    return {
      scanner: { name: 'trivy', version: version.version },
      target: { kind: 'path', name: root.rel },
      findings,
      notices,
      ...(lockfile ? { fallbackPath: lockfile } : {}),
      outputs: { sbom: sbom?.path ?? '' },
      summary,
    }
  },
}
