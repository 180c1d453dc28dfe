import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import type { Exec, Logger } from '@portcullis/core/ports'
import { InputError, ScanFailedError, type ToolProvenance } from '@portcullis/core'
import type { CommonScanInputs, EngineResult, ScanEngine, ToolRequest } from '@portcullis/engine'
import {
  findExecutable,
  isExecutable,
  runTool,
  unusedSettingsNotice,
  workspacePath,
} from '@portcullis/engine'
import { parseCheckov } from './parse.js'
import { CHECKOV } from './tool.js'

/**
 * checkov is a Python package, not a release binary: it is installed with pip into a virtual
 * environment of its own (so it never touches the runner's Python), at a pinned version, under
 * `$RUNNER_TOOL_CACHE/portcullis/checkov/<version>`, and reused from there. `checkov-path` skips
 * all of that and runs the given executable as is.
 *
 * The pin is a version, not a hash-locked tree: checkov pulls in ~80 dependencies whose hashes
 * would have to be locked per platform and Python version.
 */
export const CHECKOV_VERSION = '3.3.30'

/** The scan-iac inputs the checkov engine reads. */
export interface CheckovInputs extends CommonScanInputs {
  readonly path: string | undefined
  readonly policyDirs: readonly string[]
  readonly skipChecks: readonly string[]
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
  /** Deprecated `exclude-paths`: skipped like `skip-dirs` and `skip-files`. */
  readonly excludePaths: readonly string[]
  readonly tfvars: readonly string[]
}

/** Written beside an installed checkov so a later run can reuse the environment. */
const MARKER = 'portcullis-checkov.json'

function lastLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-2)
    .join(' / ')
    .slice(0, 500)
}

/** What the checkov installer needs from the runner. */
export interface CheckovInstallPorts {
  readonly exec: Exec
  readonly log: Logger
  /** RUNNER_TOOL_CACHE */
  readonly toolCache: string
  /** The PATH to find python3 on. */
  readonly pathEnv: string
  /** Bounds each pip call. */
  readonly timeoutMs?: number
}

async function probeVersion(
  ports: CheckovInstallPorts,
  binary: string,
): Promise<string | undefined> {
  const result = await ports.exec({
    tool: 'checkov',
    file: binary,
    args: ['--version'],
    timeoutMs: 120_000,
  })
  if (result.exitCode !== 0) return undefined
  return /(\d+\.\d+\.\d+\S*)/.exec(result.stdout)?.[1]
}

/**
 * The installer for `tool: 'checkov'` requests: `checkov-path` as is, else a pip install of the
 * pinned (or `version`) release into an isolated virtual environment. A failed install is a failed
 * scan whose reason says what the runner lacks.
 */
export function checkovInstaller(
  ports: CheckovInstallPorts,
): (request: ToolRequest) => Promise<ToolProvenance> {
  return async (request) => {
    if (request.toolPath !== undefined) {
      const path = request.toolPath
      if (!isAbsolute(path) || !isExecutable(path)) {
        throw new InputError(
          'checkov-path',
          `no executable checkov at '${path}'; give the absolute path of checkov, or remove the input to install it with pip`,
        )
      }
      const version = await probeVersion(ports, path)
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex')
      return {
        name: 'checkov',
        version: version ?? 'unknown',
        source: 'input-path',
        path,
        sha256,
        verified: false,
      }
    }
    const version = (request.version ?? CHECKOV_VERSION).replace(/^v/, '')
    if (!/^\d+\.\d+\.\d+$/.test(version)) {
      throw new InputError(
        'version',
        `'${version}' is not a checkov release number (e.g. ${CHECKOV_VERSION})`,
      )
    }
    const venv = join(ports.toolCache, 'portcullis', 'checkov', version)
    const bin =
      process.platform === 'win32'
        ? join(venv, 'Scripts', 'checkov.cmd')
        : join(venv, 'bin', 'checkov')
    const python =
      process.platform === 'win32'
        ? join(venv, 'Scripts', 'python.exe')
        : join(venv, 'bin', 'python')
    if (existsSync(join(venv, MARKER)) && isExecutable(bin)) {
      ports.log.info(`Using checkov ${version} installed earlier in ${venv}`)
      return { name: 'checkov', version, source: 'tool-cache', path: bin, verified: false }
    }
    const system = findExecutable(['python3', 'python'], ports.pathEnv)
    if (!system) {
      throw new ScanFailedError(
        'checkov is installed with pip and needs Python 3.9 or later on the runner (add actions/setup-python before this step), or give checkov-path',
      )
    }
    rmSync(venv, { recursive: true, force: true })
    mkdirSync(venv, { recursive: true })
    const step = async (what: string, file: string, args: string[]) => {
      const result = await ports.exec({
        tool: 'pip',
        file,
        args,
        timeoutMs: ports.timeoutMs ?? 600_000,
      })
      if (result.exitCode !== 0 || result.timedOut) {
        rmSync(venv, { recursive: true, force: true })
        const detail = lastLines(result.stderrTail)
        throw new ScanFailedError(
          `checkov ${version} could not be installed: ${what} ${result.timedOut ? 'timed out' : `exited with code ${result.exitCode}`}` +
            `${detail ? ` (${detail})` : ''}. The runner needs access to the Python package index ` +
            '(or PIP_INDEX_URL naming a mirror), or give checkov-path',
        )
      }
    }
    ports.log.info(`Installing checkov ${version} with pip into ${venv}`)
    await step('creating the virtual environment', system, ['-m', 'venv', venv])
    await step(`pip install checkov==${version}`, python, [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--retries',
      '2',
      '--timeout',
      '30',
      `checkov==${version}`,
    ])
    if (!isExecutable(bin)) {
      throw new ScanFailedError(`pip installed checkov ${version}, but ${bin} is missing`)
    }
    writeFileSync(join(venv, MARKER), `${JSON.stringify({ tool: 'checkov', version })}\n`)
    return {
      name: 'checkov',
      version,
      source: 'download',
      path: bin,
      url: `pypi:checkov==${version}`,
    }
  }
}

/**
 * A path glob as the regular expression checkov's `--skip-path` takes (it searches file paths with
 * Python's `re`): `**` any depth, `*` and `?` within one segment, everything else literal.
 */
export function globToRegex(glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return out
}

/** The argv of one checkov run (tested on its own; checkov itself cannot be installed offline). */
export function checkovArgs(options: {
  root: string
  outputDir: string
  skipChecks: readonly string[]
  policyDirs: readonly string[]
  excludePaths: readonly string[]
  tfvars: readonly string[]
}): string[] {
  return [
    // One token: checkov reads a .checkov.yaml from each folder given as `-d X`/`--directory X`
    // (looking at argv for that spelling), from its working directory and from the home folder.
    // This spelling, a private working directory and a private HOME leave it none to read.
    `--directory=${options.root}`,
    '--output',
    'json',
    '--output-file-path',
    options.outputDir,
    // Failed checks are findings for the gate to judge; only a crash should be a non-zero exit.
    '--soft-fail',
    ...(options.skipChecks.length > 0 ? ['--skip-check', options.skipChecks.join(',')] : []),
    ...options.policyDirs.flatMap((d) => ['--external-checks-dir', d]),
    ...options.tfvars.flatMap((f) => ['--var-file', f]),
    ...options.excludePaths.flatMap((p) => ['--skip-path', globToRegex(p)]),
  ]
}

function insideWorkspace(workspace: string, value: string, input: string): string {
  const { abs } = workspacePath(workspace, value, input)
  if (!existsSync(abs)) throw new InputError(input, `'${value}' does not exist in the workspace`)
  return abs
}

/**
 * scan-iac on checkov: `checkov -d <path> -o json --output-file-path <dir> --soft-fail`, parsed with
 * the checkov parser (list or object report; null severities mapped by its documented table).
 */
export const checkovEngine: ScanEngine<CheckovInputs> = {
  name: 'checkov',
  tool: CHECKOV,
  // A pip package, not a release binary: installed into a virtual environment of its own.
  install: (request, ports) => checkovInstaller(ports)(request),
  async run(context): Promise<EngineResult> {
    const { inputs, workspace, workDir } = context
    const root = insideWorkspace(workspace, inputs.path?.trim() || '.', 'path')
    const outputDir = join(workDir, 'checkov')
    mkdirSync(outputDir, { recursive: true })
    const home = join(workDir, 'home')
    mkdirSync(home, { recursive: true })
    await runTool(context, {
      args: checkovArgs({
        root,
        outputDir,
        skipChecks: inputs.skipChecks,
        policyDirs: inputs.policyDirs.map((d) => insideWorkspace(workspace, d, 'policy-dirs')),
        excludePaths: [...inputs.skipDirs, ...inputs.skipFiles, ...inputs.excludePaths],
        tfvars: inputs.tfvars.map((f) => insideWorkspace(workspace, f, 'tfvars')),
      }),
      okExitCodes: [0],
      maxStdoutBytes: 1024 * 1024,
      cwd: workDir,
      env: { HOME: home },
    })
    const output = join(outputDir, 'results_json.json')
    if (!existsSync(output)) {
      throw new ScanFailedError(`checkov exited without writing its JSON report (${output})`)
    }
    const parsed = parseCheckov(readFileSync(output, 'utf8'), {
      workspace,
      readLines: context.readLines,
    })
    const rel = relative(workspace, root).split(sep).join('/') || '.'
    return {
      scanner: { name: 'checkov', version: parsed.scannerVersion ?? context.binary.version },
      target: { kind: 'path', name: rel },
      findings: parsed.findings,
      notices: [
        ...parsed.notices,
        ...[unusedSettingsNotice('checkov', workspace, [workspace, root])].filter(
          (n): n is string => n !== undefined,
        ),
      ],
      summary: [
        '### checkov',
        '',
        `- checkov ${context.binary.version}: ${parsed.stats.failed} failed, ${parsed.stats.passed} passed, ${parsed.stats.skipped} skipped check(s), ${parsed.stats.parsingErrors} file(s) checkov could not parse`,
        "- severities: the open-source checkov writes none; they come from the suite's documented table (unlisted checks are medium)",
      ].join('\n'),
    }
  },
}
