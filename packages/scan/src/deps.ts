import { actionsToolCache, type ActionIO } from '@portcullis/action-kit'
import type { ToolProvenance } from '@portcullis/core'
import { Installer, secureExecutable } from '@portcullis/installer'
import { readOsRelease, type CommonScanInputs, type InstallPorts } from '@portcullis/engine'
import type { ScanDeps } from './pipeline.js'

/** The real installer on a runner: tool cache, release downloads staged under RUNNER_TEMP, PATH from the step. */
export function runnerInstaller(io: ActionIO): ScanDeps['install'] {
  const installer = new Installer({
    toolCache: actionsToolCache(io.context.toolCache),
    logger: io.log,
    tempDir: io.context.runnerTemp,
    pathEnv: io.env.PATH ?? '',
  })
  return (request) => installer.install(request)
}

/**
 * Verification for a binary the installer did not resolve (OpenSCAP from the OS's packages): the
 * private copy runs, and it counts as verified only when the manifest knows its digest. Otherwise
 * it runs marked unverified, as an explicitly named binary would, and the summary and the quality
 * gate say so.
 */
export async function secureExternal(io: ActionIO, tool: ToolProvenance): Promise<ToolProvenance> {
  const { path, sha256, known } = await secureExecutable(tool.name, tool.path, {
    tempDir: io.context.runnerTemp,
  })
  const origin = tool.origin ?? tool.path
  if (known) {
    io.log.info(`${tool.name} at ${origin} verified: sha256 ${sha256} is ${known.source}.`)
    return {
      ...tool,
      version: known.version,
      path,
      sha256,
      origin,
      verified: true,
      verifiedBy: known.source,
    }
  }
  io.log.warning(
    `UNVERIFIED binary: ${tool.name} at ${origin} has sha256 ${sha256}, which the tool manifest does not know. ` +
      'The report records it as unverified; a quality gate at system level 3 or 4 refuses it unless its policy lists the digest under `verified-tools`.',
  )
  return { ...tool, path, sha256, origin, verified: false }
}

/** What an engine's own installer (a pip or OS package) gets on a runner. */
export function runnerInstallPorts(io: ActionIO): InstallPorts {
  return {
    exec: io.exec,
    log: io.log,
    pathEnv: io.env.PATH ?? '',
    toolCache: io.context.toolCache,
    osRelease: readOsRelease,
    isRoot: process.getuid?.() === 0,
    secure: (tool) => secureExternal(io, tool),
  }
}

/**
 * Everything a scan action needs from the runner and GitHub; every scan action's run() uses this.
 * Without a token there is no uploader and no changed-line lookup, and the summary says so.
 */
export function runnerScanDeps(
  io: ActionIO,
  inputs: Pick<CommonScanInputs, 'githubToken'>,
): ScanDeps {
  const release = runnerInstaller(io)
  const install: ScanDeps['install'] = (request, own) =>
    own ? own(request, runnerInstallPorts(io)) : release(request)
  const token = inputs.githubToken
  if (!token) return { install }
  // Octokit and the budget manager load only when a run reports to GitHub: a cold start stays lean.
  const github = async () => {
    const gh = await import('@portcullis/action-kit/github')
    const context = gh.readGitHubContext(io.env)
    const client = gh.createGitHubClient(token, { apiUrl: context.apiUrl, logger: io.log })
    return { gh, context, client }
  }
  let connection: ReturnType<typeof github> | undefined
  const connect = () => (connection ??= github())
  return {
    install,
    upload: async (log, _category, leftOut) => {
      const { gh, context, client } = await connect()
      const { budgetSarif } = await import('@portcullis/sarif/budget')
      // Within every code-scanning limit: split into uploads, then trim least severe first.
      const budget = budgetSarif(log, {}, leftOut)
      const parts: string[] = []
      let uploaded = budget.uploads.length > 0
      for (const sarif of budget.uploads) {
        const outcome = await gh.uploadSarif(client, context, { sarif, logger: io.log })
        if (outcome.status === 'uploaded') {
          const errors =
            outcome.errors.length > 0 ? `; GitHub reported: ${outcome.errors.join('; ')}` : ''
          parts.push(
            `uploaded (analysis ${outcome.sarifId}, processing ${outcome.processing}${errors})`,
          )
          if (outcome.processing === 'failed') uploaded = false
        } else {
          uploaded = false
          parts.push(`not uploaded: ${outcome.message}`)
        }
      }
      return { uploaded, message: [...parts, ...budget.notes].join(' ') || 'nothing to upload' }
    },
    checkRun: async (request) => {
      const { gh, context, client } = await connect()
      const outcome = await gh.publishCheckRun(client, context, request, io.log)
      return outcome.status === 'published'
        ? `published with ${request.annotations.length} annotation(s)`
        : outcome.message
    },
    comment: async (key, head, details) => {
      const { gh, context, client } = await connect()
      const outcome = await gh.upsertStickyComment(
        client,
        context,
        { key, head, details: [{ title: 'Scan summary', body: details }] },
        io.log,
      )
      return outcome.status === 'skipped' ? outcome.message : `${outcome.status} ${outcome.url}`
    },
    onChangedLine: async () => {
      const { gh, context, client } = await connect()
      const changed = await gh.changedLines(client, context, io.log)
      if (!changed) return undefined
      return (path, start, end) => gh.onChangedLine(changed, path, start, end)
    },
  }
}
