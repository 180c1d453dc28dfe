import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import type { ActionIO, Outcome } from '@portcullis/action-kit'
import type { Target } from '@portcullis/core'
import {
  runnerScanDeps,
  runScan,
  secureExternal,
  type ScanDeps,
  type ScanEngine,
} from '@portcullis/scan'
import { installNmap, nmapEngine, NMAP_TOOL } from '@portcullis/scanners/nmap'
import { installOscap, openscapEngine, OSCAP_TOOL } from '@portcullis/scanners/openscap'
import { trivyComplianceEngine } from '@portcullis/scanners/trivy'
import type { ComplianceInputs } from './inputs.js'

/** The engines of the compliance action, by their `engine` input value. */
export const ENGINES: Readonly<Record<string, ScanEngine<ComplianceInputs>>> = {
  openscap: openscapEngine,
  trivy: trivyComplianceEngine,
  nmap: nmapEngine,
}

function readOsRelease(): string | undefined {
  for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      // try the next one
    }
  }
  return undefined
}

/**
 * The scan deps of this action: OpenSCAP and nmap are OS packages, so `oscap` and `nmap` come from
 * their path input, PATH or a pinned apt install instead of the release-download installer the
 * other tools use.
 */
export function complianceDeps(io: ActionIO, inputs: ComplianceInputs): ScanDeps {
  const base = runnerScanDeps(io, inputs)
  const ports = {
    exec: io.exec,
    log: io.log,
    pathEnv: io.env.PATH ?? '',
    osRelease: readOsRelease,
    isRoot: process.getuid?.() === 0,
  }
  return {
    ...base,
    install: (request) => {
      const osRequest = {
        ...(request.toolPath ? { toolPath: request.toolPath } : {}),
        ...(request.version ? { version: request.version } : {}),
      }
      // Both come from outside the installer, so both are checked against the manifest's builds.
      if (request.tool === OSCAP_TOOL)
        return installOscap(osRequest, ports).then((tool) => secureExternal(io, tool))
      if (request.tool === NMAP_TOOL)
        return installNmap(osRequest, ports).then((tool) => secureExternal(io, tool))
      return base.install(request)
    },
  }
}

function target(inputs: ComplianceInputs): Target {
  if (inputs.engine === 'openscap') return { kind: 'host', name: hostname() }
  if (inputs.engine === 'nmap')
    return { kind: 'host', name: inputs.targets.join(', ') || '(no targets)' }
  return { kind: 'image', name: inputs.image.trim() || '(no image)' }
}

/** The compliance action: a host benchmark with OpenSCAP, or an image benchmark with trivy. */
export async function run(inputs: ComplianceInputs, io: ActionIO): Promise<Outcome> {
  const result = await runScan(
    { action: 'compliance', engines: ENGINES, inputs, target: target(inputs) },
    io,
    complianceDeps(io, inputs),
  )
  return result.outcome
}
