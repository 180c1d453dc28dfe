import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError, ScanFailedError } from '@portcullis/core'
import type { CommonScanInputs, EngineResult, ScanEngine } from '@portcullis/engine'
import { runTool, unusedSettingsNotice } from '@portcullis/engine'
import { parseOsvScanner } from './parse.js'
import { OSV_SCANNER } from './tool.js'

/** The scan-deps inputs the osv-scanner engine reads. */
export interface OsvScannerInputs extends CommonScanInputs {
  readonly path: string | undefined
  readonly ignoreUnfixed: boolean
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
  readonly sbom: boolean
}

/**
 * osv-scanner exit codes (https://google.github.io/osv-scanner/output/#return-codes): 0 nothing
 * found, 1 vulnerabilities found, 128 no packages found; 127 and anything else is an error.
 */
export const OSV_EXIT = { clean: 0, found: 1, noPackages: 128 } as const

function release(version: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined
}

function atLeast(v: [number, number, number] | undefined, want: [number, number, number]): boolean {
  if (!v) return true
  for (let i = 0; i < 3; i++) if (v[i]! !== want[i]!) return v[i]! > want[i]!
  return true
}

/**
 * The argv for a source scan. v2 has subcommands (`scan source`, v1 had none) and `--exclude`
 * from v2.3.3 (`--experimental-exclude` before). Globs in `skip-dirs` are passed as
 * `g:<glob>`, plain folder names as they are.
 */
export function osvScannerArgs(
  version: string,
  target: string,
  output: string,
  skipDirs: readonly string[],
  config?: string,
): string[] {
  const v = release(version)
  const v2 = atLeast(v, [2, 0, 0])
  const exclude = atLeast(v, [2, 3, 3]) ? '--exclude' : '--experimental-exclude'
  if (!v2 && skipDirs.length > 0) {
    throw new InputError(
      'skip-dirs',
      `osv-scanner ${version} cannot exclude folders; use osv-scanner 2.x`,
    )
  }
  return [
    ...(v2 ? ['scan', 'source'] : []),
    '--format',
    'json',
    '--output',
    output,
    '--recursive',
    // osv-scanner otherwise reads an osv-scanner.toml beside each lockfile (ignored vulnerabilities
    // and packages): an explicit file of our own overrides them all.
    ...(config ? ['--config', config] : []),
    ...skipDirs.flatMap((d) => [exclude, /[*?[]/.test(d) ? `g:${d}` : d]),
    target,
  ]
}

/**
 * scan-deps on osv-scanner: `osv-scanner scan source --format json --recursive` over `path`, parsed
 * with the osv-scanner parser. osv-scanner queries the osv.dev API, so it needs network access;
 * `ignore-unfixed` drops findings for which no fixed version is known. No SBOM is written by this
 * engine (the summary says so).
 */
export const osvScannerEngine: ScanEngine<OsvScannerInputs> = {
  name: 'osv-scanner',
  tool: OSV_SCANNER,
  outputs: ['sbom'],
  async run(context): Promise<EngineResult> {
    const { inputs, workspace, workDir } = context
    const abs = resolve(workspace, inputs.path?.trim() || '.')
    const rel = relative(workspace, abs)
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) || !existsSync(abs)) {
      throw new InputError('path', `'${inputs.path ?? '.'}' is not a folder inside the workspace`)
    }
    if (inputs.skipFiles.length > 0) {
      throw new InputError(
        'skip-files',
        'osv-scanner skips folders only: list them in `skip-dirs`, or use engine trivy to skip files',
      )
    }
    const output = `${workDir}/osv-scanner.json`
    const config = `${workDir}/osv-scanner.toml`
    writeFileSync(config, '')
    const result = await runTool(context, {
      args: osvScannerArgs(context.binary.version, abs, output, inputs.skipDirs, config),
      cwd: workDir,
      okExitCodes: [OSV_EXIT.clean, OSV_EXIT.found, OSV_EXIT.noPackages],
    })
    const name = rel === '' ? '.' : rel.split(sep).join('/')
    const notices: string[] = []
    let raw: string
    if (result.exitCode === OSV_EXIT.noPackages) {
      // osv-scanner writes no report when it finds nothing to scan; that is a clean, empty scan.
      raw = existsSync(output) ? readFileSync(output, 'utf8') : ''
      notices.push(
        `osv-scanner found no lockfiles or package manifests under '${name}'; nothing was checked.`,
      )
      if (raw.trim() === '') raw = '{"results":[]}'
    } else {
      if (!existsSync(output))
        throw new ScanFailedError('osv-scanner exited without writing its JSON report')
      raw = readFileSync(output, 'utf8')
    }
    const parsed = parseOsvScanner(raw, { workspace, readLines: context.readLines })
    const findings = inputs.ignoreUnfixed
      ? parsed.findings.filter((f) => f.package?.fixedVersion !== undefined)
      : parsed.findings
    if (inputs.ignoreUnfixed && findings.length < parsed.findings.length) {
      notices.push(
        `${parsed.findings.length - findings.length} finding(s) without a known fixed version were left out (ignore-unfixed).`,
      )
    }
    return {
      scanner: { name: 'osv-scanner', version: parsed.scannerVersion ?? context.binary.version },
      target: { kind: 'path', name },
      findings,
      notices: [
        ...parsed.notices,
        ...notices,
        ...[unusedSettingsNotice('osv-scanner', workspace, [workspace, abs])].filter(
          (n): n is string => n !== undefined,
        ),
      ],
      outputs: { sbom: '' },
      summary: [
        '### osv-scanner',
        '',
        `- osv-scanner ${context.binary.version}; ${parsed.stats.sources} source file(s), ${parsed.stats.packages} vulnerable package(s)`,
        ...(inputs.sbom
          ? [
              '- no SBOM: the osv-scanner engine does not write one (use `engine: trivy` for a CycloneDX SBOM)',
            ]
          : []),
      ].join('\n'),
    }
  },
}
