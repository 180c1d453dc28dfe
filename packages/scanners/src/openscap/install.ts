import type { ToolProvenance } from '@portcullis/core'
import {
  installOsPackageTool,
  type OsPackagePorts,
  type OsPackageRequest,
  type OsPackageTool,
} from '../shared/os-package.js'
import { OSCAP } from './tool.js'

export type { OsPackagePorts, OsPackageRequest } from '../shared/os-package.js'

/** `oscap --version` prints `OpenSCAP command line tool (oscap) 1.3.7` first. */
export function parseOscapVersion(output: string): string | undefined {
  return /\(oscap\)\s+v?(\d+\.\d+\.\d+)/.exec(output)?.[1]
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
 * (or oscap on PATH). The `version` input replaces the openscap-scanner pin only.
 */
export const OPENSCAP_PACKAGE: OsPackageTool = {
  tool: OSCAP.name,
  label: 'OpenSCAP',
  manualInstall: 'OpenSCAP and the SCAP Security Guide content',
  versionArgs: ['--version'],
  parseVersion: parseOscapVersion,
  pins: {
    'debian 12': {
      release: 'Debian 12 (bookworm)',
      package: 'openscap-scanner',
      version: '1.3.7+dfsg-1+deb12u1',
      with: { 'ssg-base': '0.1.65-1', 'ssg-debderived': '0.1.65-1', 'ssg-debian': '0.1.65-1' },
      source: 'apt-cache policy on Debian 12, bookworm/main',
    },
    'debian 13': {
      release: 'Debian 13 (trixie)',
      package: 'openscap-scanner',
      version: '1.4.2+dfsg-1',
      with: { 'ssg-base': '0.1.76-1', 'ssg-debderived': '0.1.76-1', 'ssg-debian': '0.1.76-1' },
      source: 'apt-cache policy of trixie/main',
    },
    'ubuntu 24.04': {
      release: 'Ubuntu 24.04 (noble)',
      package: 'openscap-scanner',
      version: '1.3.9+dfsg-1.1ubuntu2',
      with: { 'ssg-base': '0.1.71-1', 'ssg-debderived': '0.1.71-1' },
      source: 'packages.ubuntu.com, noble/universe',
    },
  },
}

/** oscap from `oscap-path`, PATH or a pinned apt install of OpenSCAP and its content. */
export function installOscap(
  request: OsPackageRequest,
  ports: OsPackagePorts,
): Promise<ToolProvenance> {
  return installOsPackageTool(OPENSCAP_PACKAGE, request, ports)
}
