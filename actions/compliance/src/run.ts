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
import { installOscap, openscapEngine, OSCAP_TOOL } from '@portcullis/scanners/openscap'
import { trivyComplianceEngine } from '@portcullis/scanners/trivy'
import type { ComplianceInputs } from './inputs.js'

/** The engines of the compliance action, by their `engine` input value. */
export const ENGINES: Readonly<Record<string, ScanEngine<ComplianceInputs>>> = {
  openscap: openscapEngine,
  trivy: trivyComplianceEngine,
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
 * The scan deps of this action: OpenSCAP is an OS package, so `oscap` comes from `oscap-path`, PATH
 * or a pinned apt install instead of the release-download installer the other tools use.
 */
export function complianceDeps(io: ActionIO, inputs: ComplianceInputs): ScanDeps {
  const base = runnerScanDeps(io, inputs)
  return {
    ...base,
    install: (request) =>
      request.tool === OSCAP_TOOL
        ? installOscap(
            {
              ...(request.toolPath ? { toolPath: request.toolPath } : {}),
              ...(request.version ? { version: request.version } : {}),
            },
            {
              exec: io.exec,
              log: io.log,
              pathEnv: io.env.PATH ?? '',
              osRelease: readOsRelease,
              isRoot: process.getuid?.() === 0,
            },
          ).then((oscap) => secureExternal(io, oscap))
        : base.install(request),
  }
}

function target(inputs: ComplianceInputs): Target {
  if (inputs.engine === 'openscap') return { kind: 'host', name: hostname() }
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
