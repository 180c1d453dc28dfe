import { actionsToolCache, type ActionIO } from '@portcullis/action-kit'
import { Installer } from '@portcullis/installer'
import type { CommonScanInputs } from './inputs.js'
import type { ScanDeps } from './pipeline.js'

/** The real installer on a runner: tool cache, release downloads staged under RUNNER_TEMP, PATH from the step. */
export function runnerInstaller(io: ActionIO): ScanDeps['install'] {
  const installer = new Installer({
    toolCache: actionsToolCache(),
    logger: io.log,
    tempDir: io.context.runnerTemp,
    pathEnv: io.env.PATH ?? '',
  })
  return (request) => installer.install(request)
}

/** Everything a scan action needs from the runner and GitHub; every scan action's run() uses this. */
export function runnerScanDeps(
  io: ActionIO,
  _inputs: Pick<CommonScanInputs, 'githubToken'>,
): ScanDeps {
  return { install: runnerInstaller(io) }
}
