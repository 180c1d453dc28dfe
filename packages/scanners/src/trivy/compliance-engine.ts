import { existsSync, rmSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError, escapeMarkdown } from '@portcullis/core'
import type { CommonScanInputs, EngineResult, ScanEngine } from '@portcullis/engine'
import { reportWritten, runTrivy } from './common.js'
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
import { parseTrivyComplianceFile, type TrivyComplianceResult } from './stream.js'
import { resolveTrivyVersion, trivyDialect } from './version.js'
import { TRIVY } from './tool.js'

/** The compliance inputs the trivy engine reads (the action's Inputs type satisfies it structurally). */
export interface TrivyComplianceInputs extends CommonScanInputs, TrivyDbInputs {
  readonly image: string
  readonly complianceSpec: string
}

/** A workspace path to an image (OCI layout folder or docker-archive tar), or undefined for a reference. */
function localImage(workspace: string, image: string): string | undefined {
  const abs = resolve(workspace, image)
  if (!existsSync(abs)) return undefined
  const rel = relative(workspace, abs)
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      'image',
      `'${image}' is outside the workspace; give an image reference or a path inside it`,
    )
  }
  return abs
}

/**
 * The compliance action's image engine: `trivy image --compliance <spec>` on a registry reference, an
 * OCI layout folder or a docker-archive tar in the workspace. trivy's vulnerability DB is needed by
 * the vulnerability control (4.4): it is readied and verified as for scan-image (db-archive, cache or
 * download; db-max-age, db-digest), and a run without a usable DB fails rather than pass 4.4 on an
 * empty DB.
 */
export const trivyComplianceEngine: ScanEngine<TrivyComplianceInputs> = {
  name: 'trivy',
  tool: TRIVY,
  outputs: ['pass-rate'],
  plannedTarget: (inputs) => ({ kind: 'image', name: inputs.image.trim() || '(no image)' }),
  async run(context): Promise<EngineResult> {
    const { inputs, workspace } = context
    const image = inputs.image.trim()
    if (image === '')
      throw new InputError(
        'image',
        'is required with engine trivy; give an image reference or the path of an OCI layout or docker-archive tar',
      )
    const spec = inputs.complianceSpec.trim()
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(spec)) {
      throw new InputError(
        'compliance-spec',
        `'${spec}' is not a trivy compliance spec name (e.g. docker-cis)`,
      )
    }
    const local = localImage(workspace, image)
    const version = resolveTrivyVersion(context.binary)
    const dialect = trivyDialect(version)
    const policy = trivyDbPolicy(inputs, workspace)
    const cacheDir = trivyCacheDir(context.runner, !policy.archive, context.workDir)
    const db = await readyTrivyDb(context, cacheDir, policy)
    const output = join(context.workDir, 'trivy-compliance.json')
    await runTrivy(
      context,
      {
        args: [
          'image',
          '--compliance',
          spec,
          '--report',
          'all',
          '--format',
          'json',
          '--output',
          output,
          '--cache-dir',
          cacheDir,
          '--timeout',
          `${inputs.timeoutMinutes ?? 30}m`,
          // Checks from the binary itself: the same binary always applies the same checks.
          dialect.skipCheckUpdate,
          // The DB was fetched and verified above; the scan never fetches one itself.
          dialect.skipDbUpdate,
          ...javaDbArgs(db),
          ...(local ? ['--input', local] : [image]),
        ],
      },
      () => dbRunFailure(cacheDir),
    )
    assertTrivyDbUsable(cacheDir)
    // A fat image's report can outgrow the longest string V8 holds: it is read as a stream, one
    // trivy finding at a time. trivy copies the image config lines around a secret into the
    // report, so the report is deleted as soon as it is read, however the parse ends.
    reportWritten(output, 'compliance report')
    let parsed: TrivyComplianceResult
    try {
      parsed = await parseTrivyComplianceFile(output, { ref: image })
    } finally {
      rmSync(output, { force: true })
    }
    const notices = [...parsed.notices]
    if (version.note) notices.push(version.note)
    const passRate =
      parsed.passRate === undefined ? '' : String(Math.round(parsed.passRate * 10_000) / 100)
    const rows = parsed.controls.map(
      (c) =>
        `| ${escapeMarkdown(c.id)} | ${escapeMarkdown(c.name)} | ${c.severity} | ${c.status} |`,
    )
    const summary = [
      `### trivy ${escapeMarkdown(parsed.spec.title ?? parsed.spec.id)}`,
      '',
      `- trivy ${version.version}; spec \`${spec}\`${parsed.spec.version ? ` (version ${parsed.spec.version})` : ''}; image \`${image}\`${local ? ' (from the workspace)' : ''}`,
      dbSummaryLine(db, policy),
      ...(passRate ? [`- pass rate ${passRate} % of the automated controls`] : []),
      '',
      '| control | name | severity | status |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n')
    return {
      scanner: { name: 'trivy', version: version.version },
      target: { kind: 'image', name: image },
      findings: parsed.findings,
      notices,
      summary,
      outputs: { 'pass-rate': passRate },
    }
  },
}
