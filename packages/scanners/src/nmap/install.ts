import type { ToolProvenance } from '@portcullis/core'
import {
  installOsPackageTool,
  type OsPackagePorts,
  type OsPackageRequest,
  type OsPackageTool,
} from '../shared/os-package.js'
import { NMAP } from './tool.js'

/** `nmap --version` prints `Nmap version 7.93 ( https://nmap.org )` first. */
export function parseNmapVersion(output: string): string | undefined {
  return /^Nmap version (\d+\.\d+(?:\.\d+)?\S*)/m.exec(output)?.[1]
}

/**
 * nmap from the OS packages at pinned versions, per OS release:
 *
 * | release     | nmap           | checked against                   |
 * |-------------|----------------|-----------------------------------|
 * | Debian 12   | 7.93+dfsg1-1   | apt-cache policy, bookworm/main   |
 * | Debian 13   | 7.95+dfsg-3    | apt-cache policy, trixie/main     |
 *
 * Ubuntu's archive could not be checked, so an Ubuntu runner needs nmap on PATH or `nmap-path`
 * (`sudo apt-get install nmap` in an earlier step).
 */
export const NMAP_PACKAGE: OsPackageTool = {
  tool: NMAP.name,
  label: 'nmap',
  versionArgs: ['--version'],
  parseVersion: parseNmapVersion,
  pins: {
    'debian 12': {
      release: 'Debian 12 (bookworm)',
      package: 'nmap',
      version: '7.93+dfsg1-1',
      source: 'apt-cache policy on Debian 12, bookworm/main',
    },
    'debian 13': {
      release: 'Debian 13 (trixie)',
      package: 'nmap',
      version: '7.95+dfsg-3',
      source: 'apt-cache policy of trixie/main',
    },
  },
}

/** nmap from `nmap-path`, PATH or a pinned apt install. */
export function installNmap(
  request: OsPackageRequest,
  ports: OsPackagePorts,
): Promise<ToolProvenance> {
  return installOsPackageTool(NMAP_PACKAGE, request, ports)
}
