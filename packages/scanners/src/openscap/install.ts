import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { Exec, Logger } from '@portcullis/action-kit'
import { UserError, type ToolProvenance } from '@portcullis/core'
import { findExecutable, isExecutable } from '@portcullis/scan'
import { describeOs, parseOsRelease, type OsRelease } from './datastream.js'

/** The installer tool name of the OpenSCAP scanner (the `<tool>-path` input is `oscap-path`). */
export const OSCAP_TOOL = 'oscap'

export interface OsPackagePins {
  /** How the release is named in messages. */
  readonly release: string
  /** Package name → exact Debian package version, installed as `name=version`. */
  readonly packages: Readonly<Record<string, string>>
  /** The package whose version is the scanner's (the `version` input replaces this pin). */
  readonly scanner: string
  /** Where the versions come from, so a reader can check them. */
  readonly source: string
}

/**
 * OpenSCAP and SCAP Security Guide content at pinned versions, per OS release (`<ID> <VERSION_ID>`
 * from /etc/os-release). OpenSCAP is an OS package (it links libxml2, libcurl, rpm or dpkg
 * libraries), not a release binary, so it cannot come from the suite's download manifest: on a
 * Debian or Ubuntu runner without `oscap` the action runs `apt-get install name=version …`.
 *
 * | release       | openscap-scanner        | ssg-base / ssg-debderived / ssg-debian | checked against                  |
 * |---------------|-------------------------|----------------------------------------|----------------------------------|
 * | Debian 12     | 1.3.7+dfsg-1+deb12u1    | 0.1.65-1                               | apt-cache policy, bookworm/main   |
 * | Debian 13     | 1.4.2+dfsg-1            | 0.1.76-1                               | apt-cache policy, trixie/main     |
 * | Ubuntu 24.04  | 1.3.9+dfsg-1.1ubuntu2   | 0.1.71-1                               | packages.ubuntu.com, noble/universe |
 *
 * Ubuntu 22.04 is not pinned: its archive could not be checked, so a jammy runner needs `oscap-path`
 * (or oscap on PATH). A pin that the archive no longer carries makes apt-get fail, and the scan with
 * it, rather than installing whatever is current.
 */
export const OPENSCAP_PACKAGE_PINS: Readonly<Record<string, OsPackagePins>> = {
  'debian 12': {
    release: 'Debian 12 (bookworm)',
    scanner: 'openscap-scanner',
    packages: {
      'openscap-scanner': '1.3.7+dfsg-1+deb12u1',
      'ssg-base': '0.1.65-1',
      'ssg-debderived': '0.1.65-1',
      'ssg-debian': '0.1.65-1',
    },
    source: 'apt-cache policy on Debian 12, bookworm/main',
  },
  'debian 13': {
    release: 'Debian 13 (trixie)',
    scanner: 'openscap-scanner',
    packages: {
      'openscap-scanner': '1.4.2+dfsg-1',
      'ssg-base': '0.1.76-1',
      'ssg-debderived': '0.1.76-1',
      'ssg-debian': '0.1.76-1',
    },
    source: 'apt-cache policy of trixie/main',
  },
  'ubuntu 24.04': {
    release: 'Ubuntu 24.04 (noble)',
    scanner: 'openscap-scanner',
    packages: {
      'openscap-scanner': '1.3.9+dfsg-1.1ubuntu2',
      'ssg-base': '0.1.71-1',
      'ssg-debderived': '0.1.71-1',
    },
    source: 'packages.ubuntu.com, noble/universe',
  },
}

/** The pins for a host, or undefined when its release has none. */
export function pinsFor(os: OsRelease): OsPackagePins | undefined {
  return OPENSCAP_PACKAGE_PINS[`${os.id} ${os.versionId}`]
}

/** `oscap --version` prints `OpenSCAP command line tool (oscap) 1.3.7` first. */
export function parseOscapVersion(output: string): string | undefined {
  return /\(oscap\)\s+v?(\d+\.\d+\.\d+)/.exec(output)?.[1]
}

export interface OscapInstallRequest {
  /** Absolute `oscap-path` (already resolved against the workspace). */
  readonly toolPath?: string
  /** `version` input: the openscap-scanner package version to install instead of the pin. */
  readonly version?: string
}

export interface OscapInstallPorts {
  readonly exec: Exec
  readonly log: Logger
  readonly pathEnv: string
  /** The text of /etc/os-release, undefined when missing. */
  readonly osRelease: () => string | undefined
  /** Root runs apt-get itself; anyone else through `sudo -n` (hosted runners allow it without a password). */
  readonly isRoot: boolean
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

async function probe(ports: OscapInstallPorts, path: string): Promise<string | undefined> {
  try {
    const r = await ports.exec({
      tool: 'oscap',
      file: path,
      args: ['--version'],
      timeoutMs: 60_000,
    })
    return r.exitCode === 0 ? parseOscapVersion(r.stdout) : undefined
  } catch {
    return undefined
  }
}

async function run(
  ports: OscapInstallPorts,
  file: string,
  args: readonly string[],
  what: string,
  privileged = true,
): Promise<string> {
  const [cmd, argv] = ports.isRoot || !privileged ? [file, args] : ['sudo', ['-n', file, ...args]]
  let result
  try {
    result = await ports.exec({
      tool: file,
      file: cmd,
      args: argv,
      env: { DEBIAN_FRONTEND: 'noninteractive' },
      timeoutMs: 15 * 60_000,
      relayStdout: true,
    })
  } catch (error) {
    throw new UserError(
      'oscap-install-failed',
      `Could not ${what}: ${cmd} did not start (${(error as Error).message}). Install OpenSCAP yourself and give its path in 'oscap-path'.`,
    )
  }
  if (result.exitCode !== 0) {
    const tail = result.stderrTail.trim().split('\n').slice(-2).join(' / ').slice(0, 400)
    throw new UserError(
      'oscap-install-failed',
      `Could not ${what}: ${[cmd, ...argv].join(' ')} exited with code ${result.exitCode}${tail ? ` (${tail})` : ''}. ` +
        (ports.isRoot ? '' : 'The runner user needs password-less sudo. ') +
        "Install OpenSCAP yourself and give its path in 'oscap-path'.",
    )
  }
  return result.stdout
}

/**
 * A verified oscap for the run: `oscap-path` as given → `oscap` on PATH → on Debian and Ubuntu
 * releases listed in {@link OPENSCAP_PACKAGE_PINS}, `apt-get install` of the pinned packages (with
 * `sudo -n` unless root), checked afterwards with dpkg-query. The provenance says which way it came.
 */
export async function installOscap(
  request: OscapInstallRequest,
  ports: OscapInstallPorts,
): Promise<ToolProvenance> {
  if (request.toolPath !== undefined) {
    let path = request.toolPath
    try {
      if (statSync(path).isDirectory()) path = join(path, 'oscap')
    } catch {
      // reported below
    }
    if (!isAbsolute(path) || !isExecutable(path)) {
      throw new UserError(
        'tool-path-missing',
        `Input 'oscap-path': no executable oscap at '${request.toolPath}'. Give the path of the oscap binary, or remove 'oscap-path' to use oscap from PATH or the OS packages.`,
      )
    }
    const version = await probe(ports, path)
    if (!version) ports.log.warning(`oscap at '${path}' did not report a version with --version.`)
    ports.log.info(`Using oscap ${version ?? '(unknown version)'} from 'oscap-path': ${path}`)
    return {
      name: OSCAP_TOOL,
      version: version ?? 'unknown',
      source: 'input-path',
      path,
      sha256: sha256(path),
    }
  }

  const onPath = findExecutable('oscap', ports.pathEnv)
  if (onPath) {
    const version = await probe(ports, onPath)
    if (request.version === undefined || request.version === version) {
      ports.log.info(`Using oscap ${version ?? '(unknown version)'} found on PATH: ${onPath}`)
      return {
        name: OSCAP_TOOL,
        version: version ?? 'unknown',
        source: 'path',
        path: onPath,
        sha256: sha256(onPath),
      }
    }
    ports.log.info(
      `Not using oscap on PATH (${onPath}): it reports ${version ?? 'no version'}, 'version' asks for ${request.version}.`,
    )
  }

  const text = ports.osRelease()
  const os = text === undefined ? undefined : parseOsRelease(text)
  const pins = os ? pinsFor(os) : undefined
  if (!os || !pins) {
    const known = Object.values(OPENSCAP_PACKAGE_PINS)
      .map((p) => p.release)
      .join(', ')
    throw new UserError(
      'oscap-unavailable',
      `oscap is not installed and ${os ? describeOs(os) : 'this runner (no /etc/os-release)'} has no pinned OpenSCAP packages (pinned for ${known}). Install OpenSCAP and the SCAP Security Guide content, then give the oscap binary in 'oscap-path' or put it on PATH.`,
    )
  }
  const packages = {
    ...pins.packages,
    ...(request.version ? { [pins.scanner]: request.version } : {}),
  }
  const specs = Object.entries(packages).map(([name, version]) => `${name}=${version}`)
  ports.log.info(`Installing OpenSCAP for ${pins.release} at pinned versions: ${specs.join(' ')}`)
  await run(ports, 'apt-get', ['update', '-qq'], 'refresh the apt package lists')
  await run(
    ports,
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...specs],
    `install ${specs.join(' ')}`,
  )
  const installed = await run(
    ports,
    'dpkg-query',
    ['-W', '-f=${Version}', pins.scanner],
    `check the installed ${pins.scanner}`,
    false,
  )
  if (installed.trim() !== packages[pins.scanner]) {
    throw new UserError(
      'oscap-install-failed',
      `apt-get installed ${pins.scanner} ${installed.trim() || '(none)'}, not the pinned ${packages[pins.scanner]}.`,
    )
  }
  const path = findExecutable('oscap', ports.pathEnv) ?? '/usr/bin/oscap'
  if (!isExecutable(path)) {
    throw new UserError(
      'oscap-install-failed',
      `${pins.scanner} was installed but ${path} is missing.`,
    )
  }
  const version = await probe(ports, path)
  return {
    name: OSCAP_TOOL,
    version: version ?? 'unknown',
    source: 'system',
    path,
    sha256: sha256(path),
  }
}
