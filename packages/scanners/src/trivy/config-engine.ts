import { rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { InputError, ScanFailedError } from '@portcullis/core'
import {
  ignoreFileUsed,
  unusedSettingsNotice,
  type CommonScanInputs,
  type EngineResult,
  type ScanEngine,
  type FindingStore,
} from '@portcullis/engine'
import type { ParseContext, ParseResult } from '../types.js'
import { defusedCopy, hiddenByMarkers } from './inline-ignores.js'
import {
  reportWritten,
  resolveScanRoot,
  resolveWorkspaceFiles,
  runTrivy,
  skipPathArg,
} from './common.js'
import { parseTrivyFile, TrivyStreamParser } from './stream.js'
import { resolveTrivyVersion, trivyDialect } from './version.js'
import { TRIVY } from './tool.js'

/** The scan-iac inputs the trivy engine reads (the action's Inputs type satisfies it structurally). */
export interface TrivyConfigInputs extends CommonScanInputs {
  readonly path: string | undefined
  readonly policyDirs: readonly string[]
  readonly skipChecks: readonly string[]
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
  /** Deprecated `exclude-paths`: each entry is skipped as a folder and as a file. */
  readonly excludePaths: readonly string[]
  readonly tfvars: readonly string[]
}

/** Result types trivy's misconfiguration scanner reports, for the summary. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  terraform: 'Terraform',
  cloudformation: 'CloudFormation',
  kubernetes: 'Kubernetes',
  helm: 'Helm',
  dockerfile: 'Dockerfile',
  'azure-arm': 'Azure ARM',
  yaml: 'YAML',
  json: 'JSON',
}

/**
 * The ignore file trivy reads: the `skip-checks` ids and nothing else (trivy matches either the short
 * id, KSV017, DS002, or the AVD id, AVD-KSV-0017). The repository's own `.trivyignore` is not read:
 * the change under review could add to it.
 */
function ignoreFile(workDir: string, skipChecks: readonly string[]): string {
  const lines: string[] = []
  for (const id of skipChecks) {
    if (!/^[A-Za-z0-9_.:-]+$/.test(id)) {
      throw new InputError('skip-checks', `'${id}' is not a check id (e.g. AVD-AWS-0086, KSV017)`)
    }
    lines.push(id)
  }
  const path = join(workDir, 'trivyignore')
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

/** Per-type count of the files trivy scanned, from the report's Results (passes included). */
function scannedTypes(types: ReadonlyMap<string, number>): string {
  const counts = new Map<string, number>()
  for (const [type, n] of types) {
    const name = TYPE_NAMES[type] ?? type
    counts.set(name, (counts.get(name) ?? 0) + n)
  }
  return [...counts].map(([t, n]) => `${t} ${n}`).join(', ')
}

/** What scan-iac reads from one trivy report besides its findings: file types and excepted count. */
interface ConfigReport {
  readonly parsed: ParseResult
  readonly types: string
  readonly exceptions: number
}

/**
 * Reads a report trivy wrote for the folder `rel` into `findings`: as a stream, never whole (a large
 * tree's report can outgrow the longest string V8 holds), each slice added as it is normalised;
 * file targets are named relative to the workspace.
 */
async function readConfigReport(
  path: string,
  rel: string,
  context: ParseContext,
  findings: FindingStore,
): Promise<ConfigReport> {
  reportWritten(path)
  const parser = new TrivyStreamParser(context, { targetPrefix: rel })
  const parsed = await parseTrivyFile(path, context, {
    parser,
    onFindings: (slice) => slice.forEach((f) => findings.add(f)),
  })
  return {
    parsed,
    types: scannedTypes(parser.resultTypes),
    exceptions: parser.misconfigExceptions,
  }
}

/**
 * scan-iac on trivy: `trivy fs --scanners config` (`misconfig` from 0.48, `--security-checks` before
 * 0.37) over Terraform (with `tfvars`), CloudFormation, Kubernetes, Helm, Dockerfile and Azure ARM.
 * Checks come from the trivy binary itself (`--skip-policy-update`), so a scan needs no network and
 * the same binary always applies the same checks; `policy-dirs` add Rego checks (package `user.*`).
 */
export const trivyConfigEngine: ScanEngine<TrivyConfigInputs> = {
  name: 'trivy',
  tool: TRIVY,
  async run(context): Promise<EngineResult> {
    const { inputs, workspace, workDir } = context
    const root = resolveScanRoot(workspace, inputs.path, 'path')
    const version = resolveTrivyVersion(context.binary)
    const dialect = trivyDialect(version)
    // trivy reads variable files through the scanned folder's file system: relative to it, inside it.
    const tfvars = resolveWorkspaceFiles(workspace, inputs.tfvars, 'tfvars').map((file) => {
      const inRoot = relative(root.abs, file)
      if (inRoot === '' || inRoot.startsWith('..') || isAbsolute(inRoot)) {
        throw new InputError(
          'tfvars',
          `'${relative(workspace, file)}' is outside the scanned folder '${root.rel}'; trivy reads variable files from inside it`,
        )
      }
      return inRoot.split(sep).join('/')
    })
    const policies = resolveWorkspaceFiles(workspace, inputs.policyDirs, 'policy-dirs')
    const ignore = ignoreFile(workDir, inputs.skipChecks)
    // The args for a scan of `scanRoot` (the folder itself, or a copy of it at another place).
    const argsFor = (scanRoot: string, output: string): string[] => {
      const moved = (p: string): string =>
        scanRoot !== root.abs && (p === root.abs || p.startsWith(root.abs + sep))
          ? join(scanRoot, relative(root.abs, p))
          : p
      return [
        'fs',
        dialect.scannersFlag,
        dialect.misconfigScanner,
        '--format',
        'json',
        '--output',
        output,
        // Misconfiguration scanning needs no vulnerability DB; a private cache keeps runs apart.
        '--cache-dir',
        join(workDir, 'trivy-cache'),
        dialect.skipCheckUpdate,
        '--timeout',
        `${inputs.timeoutMinutes ?? 30}m`,
        '--ignorefile',
        ignore,
        ...tfvars.flatMap((f) => ['--tf-vars', f]),
        ...policies.flatMap((d) => [dialect.configCheck, d]),
        ...(policies.length > 0 ? [dialect.checkNamespaces, 'user'] : []),
        ...inputs.skipDirs.flatMap((d) => ['--skip-dirs', moved(skipPathArg(workspace, d))]),
        ...inputs.skipFiles.flatMap((f) => ['--skip-files', moved(skipPathArg(workspace, f))]),
        // The deprecated list names folders and files alike: each is passed as both.
        ...inputs.excludePaths
          .map((p) => moved(skipPathArg(workspace, p)))
          .flatMap((p) => ['--skip-dirs', p, '--skip-files', p]),
        scanRoot,
      ]
    }
    const output = join(workDir, 'trivy-config.json')
    await runTrivy(context, { args: argsFor(root.abs, output) })

    const parseContext = { workspace, readLines: context.readLines }
    const findings = context.store()
    const { parsed, types, exceptions } = await readConfigReport(
      output,
      root.rel,
      parseContext,
      findings,
    )
    const notices = [...parsed.notices]
    if (exceptions > 0) {
      // Something hid findings from trivy's report: an inline marker in the scanned files, or an
      // exception rule in a policy folder the workflow named. Scan a defused copy to see which.
      const copy = join(workDir, 'inline-ignores', 'tree')
      const markers = defusedCopy(root.abs, copy, workspace)
      const copyOutput = join(workDir, 'trivy-config-defused.json')
      await runTrivy(context, { args: argsFor(copy, copyOutput) })
      const all = context.store()
      const defused = await readConfigReport(copyOutput, root.rel, parseContext, all)
      const hidden = hiddenByMarkers(findings, all, markers)
      for (const f of hidden) findings.add(f)
      rmSync(join(workDir, 'inline-ignores'), { recursive: true, force: true })
      const left = defused.exceptions
      if (left > 0 && policies.length === 0) {
        throw new ScanFailedError(
          `trivy left out ${left} misconfiguration(s) as exceptions that no inline marker explains; the scan cannot show what they were`,
        )
      }
      notices.push(
        `${hidden.length} misconfiguration(s) hidden by inline trivy:ignore/tfsec:ignore comments are reported as suppressed${left > 0 ? `; ${left} more were excepted by rules in the policy folders` : ''}.`,
      )
    }
    if (version.note) notices.push(version.note)
    const unused = unusedSettingsNotice(
      'trivy',
      workspace,
      [workspace, root.abs],
      ignoreFileUsed(workspace, inputs),
    )
    if (unused) notices.push(unused)
    if (types === '') {
      notices.push(
        `trivy found no Terraform, CloudFormation, Kubernetes, Helm, Dockerfile or ARM files under '${root.rel}'; nothing was checked.`,
      )
    }
    const summary = [
      '### trivy',
      '',
      `- trivy ${version.version}${version.note ? ` — ${version.note}` : ''}; checks embedded in the binary${policies.length > 0 ? `, plus ${policies.length} policy folder(s)` : ''}`,
      `- files checked: ${types === '' ? 'none' : types}`,
      ...(tfvars.length > 0
        ? [`- Terraform variables from ${inputs.tfvars.map((f) => `\`${f}\``).join(', ')}`]
        : []),
      ...(inputs.skipChecks.length > 0
        ? [`- skipped checks: ${inputs.skipChecks.join(', ')}`]
        : []),
      ...(inputs.skipDirs.length > 0 ? [`- skipped folders: ${inputs.skipDirs.join(', ')}`] : []),
      ...(inputs.skipFiles.length > 0 ? [`- skipped files: ${inputs.skipFiles.join(', ')}`] : []),
      ...(inputs.excludePaths.length > 0 ? [`- excluded: ${inputs.excludePaths.join(', ')}`] : []),
    ].join('\n')
    return {
      scanner: { name: 'trivy', version: version.version },
      target: { kind: 'path', name: root.rel },
      findings,
      notices,
      summary,
    }
  },
}
