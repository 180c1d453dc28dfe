import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { memoryLogger, type ExecRequest, type ExecResult } from '@portcullis/action-kit'
import { UserError } from '@portcullis/core'
import { installOscap, OPENSCAP_PACKAGE, type OsPackagePorts } from '@portcullis/scanners/openscap'

const DEBIAN12 = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nVERSION_ID="12"\nID=debian\n'
const UBUNTU2204 =
  'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nVERSION_ID="22.04"\nID=ubuntu\nID_LIKE=debian\n'
const VERSION_OUTPUT =
  'OpenSCAP command line tool (oscap) 1.3.7\nCopyright 2009--2021 Red Hat Inc.\n'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function ok(stdout = '', exitCode = 0, stderrTail = ''): ExecResult {
  return {
    exitCode,
    signal: null,
    timedOut: false,
    stdout,
    stdoutTruncated: false,
    stderrTail,
    durationMs: 1,
  }
}

function fakeOscap(dir: string): string {
  const path = join(dir, 'oscap')
  writeFileSync(path, '#!/bin/sh\nexit 0\n')
  chmodSync(path, 0o755)
  return path
}

/**
 * A stand-in for the package manager: records each command and, on `apt-get install`, puts an oscap
 * on PATH as the real package would. dpkg-query answers with `installedVersion`.
 */
function ports(options: {
  osRelease?: string
  isRoot?: boolean
  installedVersion?: string
  pathDir?: string
  /** The version the manifest gives when it knows the digest (the binary is then verified). */
  knownVersion?: string
}) {
  const pathDir = options.pathDir ?? mkdtempSync(join(tmpdir(), 'oscap-path-'))
  const vault = mkdtempSync(join(tmpdir(), 'oscap-vault-'))
  dirs.push(pathDir, vault)
  const calls: ExecRequest[] = []
  /** `secure <origin>` and `exec <file>`, in the order they happened. */
  const order: string[] = []
  const log = memoryLogger()
  const p: OsPackagePorts = {
    log,
    pathEnv: pathDir,
    isRoot: options.isRoot ?? false,
    osRelease: () => options.osRelease,
    // The private copy the pipeline's port makes (there, hashed against the manifest's builds).
    secure: async (tool) => {
      order.push(`secure ${tool.path}`)
      const copy = join(vault, 'oscap')
      copyFileSync(tool.path, copy)
      return {
        ...tool,
        path: copy,
        origin: tool.path,
        sha256: 'a'.repeat(64),
        ...(options.knownVersion
          ? { version: options.knownVersion, verified: true, verifiedBy: 'a known build' }
          : { verified: false }),
      }
    },
    exec: async (request) => {
      calls.push(request)
      order.push(`exec ${request.file}`)
      const argv = [request.file, ...request.args].join(' ')
      if (argv.endsWith('--version')) return ok(VERSION_OUTPUT)
      if (argv.includes('apt-get install')) fakeOscap(pathDir)
      if (request.file === 'dpkg-query')
        return ok(options.installedVersion ?? '1.3.7+dfsg-1+deb12u1')
      return ok()
    },
  }
  return { ports: p, calls, log, pathDir, vault, order }
}

describe('installOscap', () => {
  it('oscap-path: copied and hashed first, the version asked of the copy, never of the original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oscap-input-'))
    dirs.push(dir)
    const binary = fakeOscap(dir)
    const { ports: p, calls, vault, order } = ports({})
    const tool = await installOscap({ toolPath: binary }, p)
    expect(tool).toMatchObject({
      name: 'oscap',
      version: '1.3.7',
      source: 'input-path',
      path: join(vault, 'oscap'),
      origin: binary,
      verified: false,
    })
    expect(tool.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(order).toEqual([`secure ${binary}`, `exec ${join(vault, 'oscap')}`])
    expect(calls.map((c) => c.args)).toEqual([['--version']])
  })

  it('a build the manifest knows is not run at all before the scan: its version is the manifest’s', async () => {
    const {
      ports: p,
      pathDir,
      order,
    } = ports({
      osRelease: DEBIAN12,
      knownVersion: '1.3.7+dfsg-1+deb12u1',
    })
    fakeOscap(pathDir)
    const tool = await installOscap({}, p)
    expect(tool).toMatchObject({ source: 'path', version: '1.3.7+dfsg-1+deb12u1', verified: true })
    expect(order).toEqual([`secure ${join(pathDir, 'oscap')}`])
  })

  it('oscap-path that is not an executable: a user error naming the input', async () => {
    const { ports: p } = ports({})
    await expect(installOscap({ toolPath: '/nonexistent/oscap' }, p)).rejects.toThrow(
      /^Input 'oscap-path': no executable oscap at '\/nonexistent\/oscap'/,
    )
  })

  it('oscap on PATH is used when no version is asked for', async () => {
    const { ports: p, pathDir } = ports({ osRelease: DEBIAN12 })
    fakeOscap(pathDir)
    const tool = await installOscap({}, p)
    expect(tool).toMatchObject({
      source: 'path',
      origin: join(pathDir, 'oscap'),
      version: '1.3.7',
    })
  })

  it('Debian 12 without oscap: sudo apt-get install of every pinned package, then checked with dpkg-query', async () => {
    const { ports: p, calls, pathDir, vault } = ports({ osRelease: DEBIAN12 })
    const tool = await installOscap({}, p)
    const pin = OPENSCAP_PACKAGE.pins['debian 12']!
    expect(calls.map((c) => [c.file, ...c.args])).toEqual([
      ['sudo', '-n', 'apt-get', 'update', '-qq'],
      [
        'sudo',
        '-n',
        'apt-get',
        'install',
        '-y',
        '-qq',
        '--no-install-recommends',
        `${pin.package}=${pin.version}`,
        ...Object.entries(pin.with ?? {}).map(([n, v]) => `${n}=${v}`),
      ],
      ['dpkg-query', '-W', '-f=${Version}', 'openscap-scanner'],
      [join(vault, 'oscap'), '--version'],
    ])
    expect(calls[1]!.env).toEqual({ DEBIAN_FRONTEND: 'noninteractive' })
    expect(calls[1]!.args).toContain('openscap-scanner=1.3.7+dfsg-1+deb12u1')
    expect(tool).toMatchObject({
      source: 'system',
      version: '1.3.7',
      origin: join(pathDir, 'oscap'),
      path: join(vault, 'oscap'),
    })
  })

  it('as root, apt-get runs without sudo; `version` replaces the scanner pin only', async () => {
    const { ports: p, calls } = ports({
      osRelease: DEBIAN12,
      isRoot: true,
      installedVersion: '1.3.7+dfsg-1',
    })
    await installOscap({ version: '1.3.7+dfsg-1' }, p)
    expect(calls[1]!.file).toBe('apt-get')
    expect(calls[1]!.args).toContain('openscap-scanner=1.3.7+dfsg-1')
    expect(calls[1]!.args).toContain('ssg-debian=0.1.65-1')
  })

  it('a different installed version than the pin fails the install', async () => {
    const { ports: p } = ports({ osRelease: DEBIAN12, installedVersion: '1.4.2+dfsg-1' })
    await expect(installOscap({}, p)).rejects.toThrow(
      'apt-get installed openscap-scanner 1.4.2+dfsg-1, not the pinned 1.3.7+dfsg-1+deb12u1.',
    )
  })

  it('Ubuntu 22.04 has no pins: a user error pointing at oscap-path, and no apt-get run', async () => {
    const { ports: p, calls } = ports({ osRelease: UBUNTU2204 })
    const attempt = installOscap({}, p)
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    await expect(attempt).rejects.toThrow(
      /^oscap is not installed and Ubuntu 22\.04\.4 LTS has no pinned OpenSCAP packages \(pinned for Debian 12 \(bookworm\), Debian 13 \(trixie\), Ubuntu 24\.04 \(noble\)\)\..*'oscap-path'/,
    )
    expect(calls).toEqual([])
  })

  it('a failing apt-get names the command and the way out', async () => {
    const { ports: p } = ports({ osRelease: DEBIAN12 })
    const failing: OsPackagePorts = {
      ...p,
      exec: async (r) =>
        r.args.includes('update') ? ok('', 1, 'sudo: a password is required\n') : p.exec(r),
    }
    await expect(installOscap({}, failing)).rejects.toThrow(
      /^Could not refresh the apt package lists: sudo -n apt-get update -qq exited with code 1 \(sudo: a password is required\)\. The runner user needs password-less sudo\./,
    )
  })
})
