import { statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { Exec, Logger } from '@portcullis/core/ports'
import { UserError, type ToolProvenance } from '@portcullis/core'
import { findExecutable, isExecutable } from '@portcullis/engine'
import { describeOs, parseOsRelease } from './os-release.js'

/**
 * The install strategy of a scanner that ships as an OS package rather than a release binary
 * (nmap links libpcap, OpenSSL and Lua; its data files live under /usr/share): `<tool>-path` as
 * given → the command on PATH → on a Debian or Ubuntu release it has pins for, `apt-get install
 * name=version` (through `sudo -n` unless root), checked afterwards with dpkg-query. A pin the archive
 * no longer carries makes apt-get fail, and the scan with it, rather than installing whatever is current.
 */
export interface OsPackageTool {
  /** The installer tool name and command (`nmap`); its path input is `<tool>-path`. */
  readonly tool: string
  /** What messages call it (`nmap`, `OpenSCAP`). */
  readonly label: string
  /** What a runner without a pin needs installed, when more than the tool (its content packages). */
  readonly manualInstall?: string
  /** Arguments that make it print its version, and how to read the version from that output. */
  readonly versionArgs: readonly string[]
  readonly parseVersion: (output: string) => string | undefined
  /** `<ID> <VERSION_ID>` from /etc/os-release → the package and its exact Debian version. */
  readonly pins: Readonly<Record<string, OsPackagePin>>
}

export interface OsPackagePin {
  /** How the release is named in messages. */
  readonly release: string
  readonly package: string
  /** Exact package version, installed as `package=version` (the `version` input replaces it). */
  readonly version: string
  /** Packages installed with it at their exact versions (content the tool reads), kept as pinned. */
  readonly with?: Readonly<Record<string, string>>
  /** Where the version comes from, so a reader can check it. */
  readonly source: string
}

export interface OsPackageRequest {
  /** Absolute `<tool>-path` (already resolved against the workspace). */
  readonly toolPath?: string
  /** `version` input: the package version to install instead of the pin. */
  readonly version?: string
}

export interface OsPackagePorts {
  readonly exec: Exec
  readonly log: Logger
  readonly pathEnv: string
  /** The text of /etc/os-release, undefined when missing. */
  readonly osRelease: () => string | undefined
  /**
   * Copies the binary into the step's private folder, hashes the copy and holds the digest against
   * the manifest's builds (version from the manifest when it knows the digest). Nothing runs before.
   */
  readonly secure: (tool: ToolProvenance) => Promise<ToolProvenance>
  /** Root runs apt-get itself; anyone else through `sudo -n` (hosted runners allow it without a password). */
  readonly isRoot: boolean
}

async function probe(
  spec: OsPackageTool,
  ports: OsPackagePorts,
  path: string,
): Promise<string | undefined> {
  try {
    const r = await ports.exec({
      tool: spec.tool,
      file: path,
      args: spec.versionArgs,
      timeoutMs: 60_000,
    })
    return r.exitCode === 0 ? spec.parseVersion(r.stdout) : undefined
  } catch {
    return undefined
  }
}

async function system(
  spec: OsPackageTool,
  ports: OsPackagePorts,
  file: string,
  args: readonly string[],
  what: string,
  privileged = true,
): Promise<string> {
  const [cmd, argv] = ports.isRoot || !privileged ? [file, args] : ['sudo', ['-n', file, ...args]]
  const advice = `Install ${spec.label} yourself and give its path in '${spec.tool}-path'.`
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
      `${spec.tool}-install-failed`,
      `Could not ${what}: ${cmd} did not start (${(error as Error).message}). ${advice}`,
    )
  }
  if (result.exitCode !== 0) {
    const tail = result.stderrTail.trim().split('\n').slice(-2).join(' / ').slice(0, 400)
    throw new UserError(
      `${spec.tool}-install-failed`,
      `Could not ${what}: ${[cmd, ...argv].join(' ')} exited with code ${result.exitCode}${tail ? ` (${tail})` : ''}. ` +
        (ports.isRoot ? '' : 'The runner user needs password-less sudo. ') +
        advice,
    )
  }
  return result.stdout
}

/** Resolves the tool as {@link OsPackageTool} describes; the provenance says which way it came. */
export async function installOsPackageTool(
  spec: OsPackageTool,
  request: OsPackageRequest,
  ports: OsPackagePorts,
): Promise<ToolProvenance> {
  const { tool } = spec
  // Hash first: what runs, the version probe included, is the private copy whose digest was
  // checked; a build the manifest knows is not run at all before the scan (its version is known).
  const secured = async (
    path: string,
    source: ToolProvenance['source'],
  ): Promise<ToolProvenance> => {
    const held = await ports.secure({ name: tool, version: 'unknown', source, path })
    if (held.verified) return held
    const version = await probe(spec, ports, held.path)
    if (!version) ports.log.warning(`${tool} at '${path}' did not report its version.`)
    return { ...held, version: version ?? 'unknown' }
  }
  const use = (found: ToolProvenance, from: string): ToolProvenance => {
    ports.log.info(`Using ${tool} ${found.version} ${from}: ${found.origin ?? found.path}`)
    return found
  }

  if (request.toolPath !== undefined) {
    let path = request.toolPath
    try {
      if (statSync(path).isDirectory()) path = join(path, tool)
    } catch {
      // reported below
    }
    if (!isAbsolute(path) || !isExecutable(path)) {
      throw new UserError(
        'tool-path-missing',
        `Input '${tool}-path': no executable ${tool} at '${request.toolPath}'. Give the path of the ${tool} binary, or remove '${tool}-path' to use ${tool} from PATH or the OS packages.`,
      )
    }
    return use(await secured(path, 'input-path'), `from '${tool}-path'`)
  }

  const onPath = findExecutable(tool, ports.pathEnv)
  if (onPath) {
    const found = await secured(onPath, 'path')
    if (request.version === undefined || request.version === found.version) {
      return use(found, 'found on PATH')
    }
    ports.log.info(
      `Not using ${tool} on PATH (${onPath}): it is ${found.version === 'unknown' ? 'of no known version' : found.version}, 'version' asks for ${request.version}.`,
    )
  }

  const text = ports.osRelease()
  const os = text === undefined ? undefined : parseOsRelease(text)
  const pin = os ? spec.pins[`${os.id} ${os.versionId}`] : undefined
  if (!os || !pin) {
    const pins = Object.values(spec.pins)
    const known = pins.map((p) => p.release).join(', ')
    const packages = pins.some((p) => p.with !== undefined) ? 'packages' : 'package'
    throw new UserError(
      `${tool}-unavailable`,
      `${tool} is not installed and ${os ? describeOs(os) : 'this runner (no /etc/os-release)'} has no pinned ${spec.label} ${packages} (pinned for ${known}). Install ${spec.manualInstall ?? spec.label}, then give the ${tool} binary in '${tool}-path' or put it on PATH.`,
    )
  }
  const wanted = request.version ?? pin.version
  const specs = Object.entries({ [pin.package]: wanted, ...pin.with }).map(([n, v]) => `${n}=${v}`)
  const plural = specs.length > 1
  ports.log.info(
    `Installing ${spec.label} for ${pin.release} at ${plural ? 'pinned versions' : 'a pinned version'}: ${specs.join(' ')}`,
  )
  await system(spec, ports, 'apt-get', ['update', '-qq'], 'refresh the apt package lists')
  await system(
    spec,
    ports,
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...specs],
    `install ${specs.join(' ')}`,
  )
  const installed = (
    await system(
      spec,
      ports,
      'dpkg-query',
      ['-W', '-f=${Version}', pin.package],
      `check the installed ${pin.package}`,
      false,
    )
  ).trim()
  if (installed !== wanted) {
    throw new UserError(
      `${tool}-install-failed`,
      `apt-get installed ${pin.package} ${installed || '(none)'}, not the pinned ${wanted}.`,
    )
  }
  const path = findExecutable(tool, ports.pathEnv) ?? `/usr/bin/${tool}`
  if (!isExecutable(path)) {
    throw new UserError(
      `${tool}-install-failed`,
      `${pin.package} was installed but ${path} is missing.`,
    )
  }
  return use(await secured(path, 'system'), `from ${pin.package} ${installed}`)
}
