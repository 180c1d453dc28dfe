import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Log } from 'sarif'
import {
  camelCase,
  findingsDir,
  AnnotationPlanner,
  privateDir,
  type ActionIO,
  type Exec,
  type Outcome,
} from '@portcullis/action-kit'
import {
  completeReport,
  escapeMarkdown,
  SEVERITIES,
  failedReport,
  InputError,
  scopeOf,
  ScanFailedError,
  UserError,
  type ActionName,
  type Finding,
  type FindingsReport,
  type ReportInit,
  type Target,
  type ToolProvenance,
} from '@portcullis/core'
import {
  categorySlug,
  SARIF_RESULTS_PER_RUN,
  sarifCategory,
  writeSarif,
  type LeftOut,
  type WrittenSarif,
} from '@portcullis/sarif'
import {
  FindingStore,
  WorkspaceReader,
  textWriter,
  type CommonScanInputs,
  type EngineInstaller,
  type EngineResult,
  type ScanEngine,
  type ToolRequest,
} from '@portcullis/engine'
import type { ScanReport } from './report.js'
import { renderScanSummary } from './summary.js'
import { CHECK_RUN_ANNOTATIONS, FindingTally } from './tally.js'

/** How a SARIF upload went; a skipped upload is reported, never pretended. */
export interface UploadOutcome {
  readonly uploaded: boolean
  /** One sentence for the log and summary (e.g. processing id, or why it was skipped). */
  readonly message: string
}

/** One check-run annotation; `failure` for critical/high, `warning` for medium, `notice` below. */
export interface CheckRunAnnotation {
  readonly path: string
  readonly startLine: number
  readonly endLine?: number
  readonly level: 'notice' | 'warning' | 'failure'
  readonly title: string
  readonly message: string
}

export interface CheckRunRequest {
  readonly name: string
  readonly conclusion: 'success' | 'failure' | 'neutral'
  readonly title: string
  readonly summary: string
  readonly annotations: readonly CheckRunAnnotation[]
}

export interface ScanDeps {
  /**
   * A verified binary for the engine's tool: through the engine's own installer where it declares
   * one (a pip or OS package), else the release installer.
   */
  readonly install: (request: ToolRequest, own?: EngineInstaller) => Promise<ToolProvenance>
  /** Absent when no token is available; the summary then says the upload was skipped. */
  readonly upload?: (log: Log, category: string, leftOut?: LeftOut) => Promise<UploadOutcome>
  /**
   * For pull requests and pushes: a test of whether a location is on a changed line, so annotations
   * show those findings first. Undefined when the event has no changed lines or the API says no.
   */
  /** Publishes a check run (needs `checks: write`); returns a sentence for the summary. */
  readonly checkRun?: (request: CheckRunRequest) => Promise<string>
  /** Creates or updates this scan's sticky pull request comment; returns a sentence for the summary. */
  readonly comment?: (key: string, head: string, details: string) => Promise<string>
  readonly onChangedLine?: () => Promise<
    ((path: string, startLine?: number, endLine?: number) => boolean) | undefined
  >
}

export interface ScanRequest<I extends CommonScanInputs, P = unknown> {
  readonly action: ActionName
  readonly engines: Readonly<Record<string, ScanEngine<I, P>>>
  readonly inputs: I
  /** What the action resolved before the scan, handed to the engine as `context.prepared`. */
  readonly prepared?: P
  /**
   * What the inputs say will be scanned, before the engine runs (it may refine it, e.g. with a
   * digest); an engine's own `plannedTarget` comes first.
   */
  readonly target?: Target
  /** Notices every report of this request opens with, a failed one included (sign-image's mode). */
  readonly notices?: readonly string[]
  /** The report's file name, before slugging; default `<action>-<engine>-<target>`. */
  readonly reportName?: string
  /**
   * false for a report that is no code-scanning analysis (a signature): no SARIF file or upload and
   * none of the scan outputs `sarif`, `total`, `counts` and `status`. Default true.
   */
  readonly codeScanning?: boolean
  /** The outputs a failed run sets in place of the ones the engine returns when it finishes. */
  readonly failedOutputs?: (report: ScanReport) => Readonly<Record<string, string>>
}

export interface ScanOutcome {
  readonly outcome: Outcome
  readonly report: ScanReport
  /** What the findings report holds: counts and the most severe findings. */
  readonly tally: FindingTally
  readonly reportPath: string
  readonly sarifPath?: string
}

/** GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/x.yml@ref`: the workflow file is SARIF's anchor of last resort. */
function workflowPath(env: NodeJS.ProcessEnv): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF
  const match = ref ? /^[^/]+\/[^/]+\/(.+?)@/.exec(ref) : null
  return match?.[1]
}

/** The outputs every scan action sets; an engine adds the ones it declares (`ScanEngine.outputs`). */
export const SCAN_OUTPUTS = ['report', 'sarif', 'total', 'counts', 'status'] as const

/**
 * The engine's `<tool>-path` input, as the action read it; an action that offers the engine without
 * the input is a defect of the action (a test holds each action.yml to its engines), never "unset".
 */
function pathInput(
  action: string,
  engine: ScanEngine<unknown>,
  inputs: object,
): string | undefined {
  const key = camelCase(engine.tool.pathInput)
  if (!(key in inputs)) {
    throw new Error(
      `${action} offers engine ${engine.name} without its '${engine.tool.pathInput}' input`,
    )
  }
  const value = (inputs as Record<string, unknown>)[key]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** Outputs an engine may set are the ones it declares (and action.yml lists): any other is a defect. */
function undeclaredOutputs(engine: ScanEngine<unknown>, result: EngineResult): string[] {
  // The pipeline's own outputs (status, total, counts…) are never an engine's to set.
  const own: readonly string[] = SCAN_OUTPUTS
  return Object.keys(result.outputs ?? {}).filter(
    (name) => !engine.outputs?.includes(name) || own.includes(name),
  )
}

/**
 * The one flow of every scan action: install a verified scanner, run the engine, write the findings
 * report (always — a failed scan writes a `failed` report so the gate fails closed), write SARIF,
 * upload it, annotate, summarise and set outputs. Only a failed scan fails the step; findings are
 * the gate's to judge.
 */
export async function runScan<I extends CommonScanInputs, P = unknown>(
  request: ScanRequest<I, P>,
  io: ActionIO,
  deps: ScanDeps,
): Promise<ScanOutcome> {
  // Findings past what memory holds are written out here until the report, SARIF and summary
  // have read them; like the scanner's folder, it is private and gone when the scan ends.
  const spill = privateDir(io.context.runnerTemp, `portcullis-${request.action}-findings-`)
  const stores: FindingStore[] = []
  const store = (): FindingStore => {
    const created = new FindingStore(join(spill.path, `findings-${stores.length}.jsonl`))
    stores.push(created)
    return created
  }
  try {
    return await scan(request, io, deps, store)
  } finally {
    try {
      for (const s of stores) s.dispose()
    } finally {
      spill.remove()
    }
  }
}

async function scan<I extends CommonScanInputs, P>(
  request: ScanRequest<I, P>,
  io: ActionIO,
  deps: ScanDeps,
  store: () => FindingStore,
): Promise<ScanOutcome> {
  const { action, inputs } = request
  const engine = request.engines[inputs.engine]
  if (!engine) {
    throw new InputError(
      'engine',
      `must be one of ${Object.keys(request.engines).join(', ')}; got ${JSON.stringify(inputs.engine)}`,
    )
  }
  const planned = engine.plannedTarget?.(inputs) ?? request.target
  if (planned === undefined) {
    throw new Error(`${action} names no target for engine ${engine.name}`)
  }
  const started = new Date()
  const workspace = resolve(io.context.workspace)
  const outputDir = resolve(workspace, inputs.outputDir ?? findingsDir(io.context))
  mkdirSync(outputDir, { recursive: true })
  // Everything the scanner writes besides the report it is asked for (its cache, temporary files
  // through TMPDIR, staged inputs) goes into a private folder that is gone when the scan ends.
  const work = privateDir(io.context.runnerTemp, `portcullis-${action}-`)
  const workDir = work.path
  const exec: Exec = (req) =>
    io.exec({ ...req, env: { TMPDIR: workDir, TMP: workDir, TEMP: workDir, ...req.env } })
  const reader = new WorkspaceReader(workspace)
  const timeoutMs = (inputs.timeoutMinutes ?? 30) * 60_000

  let binary: ToolProvenance | undefined
  let result: EngineResult | undefined
  let resolved: Target | undefined
  let failure: string | undefined
  try {
    // Read before the scanner runs: a mistake in the file is the user's, named before any work.
    // Loaded only when named: YAML and glob matching stay out of every other scan's start.
    const ignoreFiles = inputs.ignoreFile ? await import('./ignore-file.js') : undefined
    const ignore =
      ignoreFiles && inputs.ignoreFile
        ? ignoreFiles.readIgnoreFile(workspace, inputs.ignoreFile)
        : undefined
    const ownBinary = pathInput(action, engine, inputs)
    binary = await deps.install(
      {
        tool: engine.tool.name,
        ...(inputs.version ? { version: inputs.version } : {}),
        ...(inputs.toolSha256 ? { sha256: inputs.toolSha256 } : {}),
        ...(ownBinary ? { toolPath: resolve(workspace, ownBinary) } : {}),
        ...(inputs.toolMirror ? { mirror: inputs.toolMirror } : {}),
      },
      engine.install,
    )
    io.log.info(
      `${engine.tool.name} ${binary.version} from ${binary.source}: ${binary.path}${binary.sha256 ? ` (sha256 ${binary.sha256})` : ''}`,
    )
    const installed = binary
    const ran = await io.log.group(`${action}: ${engine.name}`, () =>
      engine.run({
        inputs,
        prepared: request.prepared as P,
        binary: installed,
        exec,
        log: io.log,
        runner: io.context,
        mask: (value) => io.mask(value),
        workspace,
        workDir,
        outputDir,
        timeoutMs,
        readLines: (path, start, end) => reader.lines(path, start, end),
        store,
        resolvedTarget: (t) => {
          resolved = t
        },
      }),
    )
    const undeclared = undeclaredOutputs(engine, ran)
    if (undeclared.length > 0) {
      throw new Error(
        `engine ${engine.name} set outputs that are not its own (undeclared, or the pipeline's): ${undeclared.join(', ')}`,
      )
    }
    result = ran
    if (ignoreFiles && ignore) {
      const marked = store()
      const notices = ignoreFiles.applyIgnoreFile(ignore, result.findings, new Date(), (f) =>
        marked.add(f),
      )
      result = { ...result, findings: marked, notices: [...result.notices, ...notices] }
    }
  } catch (error) {
    if (error instanceof ScanFailedError || error instanceof UserError) failure = error.message
    else {
      // A bug still leaves a failed report behind, so the gate fails closed rather than missing it silently.
      failure = `internal error: ${(error as Error).message}`
      io.log.debug((error as Error).stack ?? String(error))
    }
  } finally {
    work.remove()
  }

  const target = result?.target ?? resolved ?? planned
  const notices = [...(request.notices ?? []), ...(result?.notices ?? [])]
  const init: ReportInit = {
    action,
    scanner: result?.scanner ?? { name: engine.name, version: binary?.version ?? 'unknown' },
    target,
    commitSha: io.context.sha,
    startedAt: started,
    ...(binary ? { tool: binary } : {}),
    ...(result?.scopes && result.scopes.length > 0 ? { scopes: result.scopes } : {}),
    ...(notices.length > 0 ? { notices } : {}),
  }
  let report: FindingsReport =
    failure === undefined && result
      ? completeReport(init, [])
      : failedReport(init, failure ?? 'the scan did not finish')
  let findings: Iterable<Finding> = report.status === 'complete' && result ? result.findings : []

  // Category and file names come from what the inputs asked to scan, never from what one run
  // resolved (a git range, a digest): reruns and later commits must replace their own analysis.
  const category = sarifCategory(action, engine.name, planned.name)
  const base = categorySlug(request.reportName ?? `${action}-${engine.name}-${planned.name}`)
  const reportPath = join(outputDir, `${base}.findings.json`)
  // One pass writes the report, counts the findings and chooses the annotations.
  let tally = new FindingTally()
  let planner = inputs.annotate ? new AnnotationPlanner() : undefined
  // Findings that cannot be read back the same on every pass are no result: the report is
  // rewritten as failed, with none.
  const failAfterReading = (error: unknown): void => {
    io.log.debug((error as Error).stack ?? String(error))
    report = failedReport(init, `internal error: ${(error as Error).message}`)
    findings = []
    tally = new FindingTally()
    planner = undefined
    writeReport(reportPath, report, findings, () => {})
  }
  try {
    writeReport(reportPath, report, findings, (f) => {
      tally.add(f)
      planner?.add(f)
    })
  } catch (error) {
    failAfterReading(error)
  }

  const codeScanning = request.codeScanning ?? true
  const runs = sarifRuns(report, findings, category)
  let sarifPath: string | undefined
  let written: WrittenSarif | undefined
  if (codeScanning && report.status === 'complete') {
    const path = join(outputDir, `${base}.sarif`)
    try {
      // Written a result at a time: the log of a large report outgrows the longest string V8 holds.
      written = writeFile(path, (write) =>
        writeSarif(
          {
            runs: runs.map((run) => ({
              tool: { name: report.scanner.name, version: report.scanner.version },
              category: run.category,
              findings: run.findings,
              ...(result?.fallbackPath ? { fallbackPath: result.fallbackPath } : {}),
              targetName: target.digest ? `${target.name}@${target.digest}` : target.name,
            })),
            ...(workflowPath(io.env) ? { workflowPath: workflowPath(io.env)! } : {}),
            readFile: (path) => reader.read(path),
          },
          write,
          SARIF_RESULTS_PER_RUN,
        ),
      )
      // Every finding of the report is a result of one run: fewer would close alerts unseen.
      if (written.results !== tally.total) {
        throw new Error(
          `the SARIF log has ${written.results} results for the report's ${tally.total} findings`,
        )
      }
      sarifPath = path
    } catch (error) {
      // A report that says complete must never stand beside a SARIF log that is not.
      rmSync(path, { force: true })
      written = undefined
      failAfterReading(error)
    }
  }
  let uploadLine: string | undefined
  if (!codeScanning) {
    uploadLine = undefined
  } else if (written) {
    if (!inputs.uploadSarif) uploadLine = 'Code-scanning upload: off (`upload-sarif: false`).'
    else if (!deps.upload)
      uploadLine = 'Code-scanning upload: skipped, no GitHub token is available.'
    else {
      const outcome = await deps.upload(written.upload, category, written.leftOut)
      uploadLine = `Code-scanning upload: ${outcome.message}`
    }
  } else {
    // An empty upload would close every open alert of this category while the scanner is broken.
    uploadLine =
      'Code-scanning upload: skipped, because the scan failed (uploading nothing would close open alerts).'
  }
  if (uploadLine !== undefined) io.log.info(uploadLine)

  const plan = report.status === 'complete' ? planner?.plan() : undefined
  for (const annotation of plan?.shown ?? []) io.annotate(annotation)

  const reporting: string[] = []
  if (inputs.checkRun) {
    reporting.push(
      deps.checkRun
        ? `Check run: ${await deps.checkRun(checkRunRequest(report, tally, engine.name, category))}`
        : 'Check run: skipped, no GitHub token is available.',
    )
  }
  for (const line of reporting) io.log.info(line)

  const reportingLines = [...(uploadLine !== undefined ? [uploadLine] : []), ...reporting]
  const summary = renderScanSummary({
    report,
    tally,
    ...(codeScanning ? { category: runs.map((r) => r.category).join(', ') } : {}),
    ...(plan ? { notShown: plan.notShown } : {}),
    ...(result?.summary ? { extra: result.summary } : {}),
    ...(reportingLines.length > 0 ? { uploadLine: reportingLines.join('\n\n') } : {}),
  })
  io.writeSummary(summary)
  if (inputs.comment) {
    const line = deps.comment
      ? await deps.comment(category, scanCommentHead(report, tally), summary)
      : 'skipped, no GitHub token is available.'
    io.log.info(`Pull request comment: ${line}`)
  }

  io.setOutput('report', reportPath)
  if (codeScanning) {
    io.setOutput('sarif', sarifPath ?? '')
    // A failed scan counted nothing: its total and counts are empty, never a reassuring zero.
    const complete = report.status === 'complete'
    io.setOutput('total', complete ? tally.counted : '')
    io.setOutput('counts', complete ? tally.counts : '')
    io.setOutput('status', report.status)
  }
  const outputs =
    report.status === 'failed' && request.failedOutputs
      ? request.failedOutputs(report)
      : (result?.outputs ?? {})
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value)

  const outcome: Outcome =
    report.status === 'failed'
      ? {
          ok: false,
          message: `${action}: the ${engine.name} scan failed: ${report.reason}. The findings report says so, and a quality gate will fail.`,
        }
      : { ok: true }
  const { findings: _written, ...kept } = report
  return { outcome, report: kept, tally, reportPath, ...(sarifPath ? { sarifPath } : {}) }
}

/**
 * Writes the report as JSON.stringify would, one finding at a time, showing each to `visit`.
 * Compact: the gate reads runs of findings at once where one ends and the next begins
 * (`},{"fingerprint":`), which indented JSON would hide from it.
 */
function writeReport(
  path: string,
  report: FindingsReport,
  findings: Iterable<Finding>,
  visit: (finding: Finding) => void,
): void {
  const empty = JSON.stringify(report)
  const tail = '"findings":[]}'
  if (report.findings.length > 0 || !empty.endsWith(tail)) {
    throw new Error('a findings report is written with its findings last, from the scan')
  }
  writeFile(path, (write) => {
    let chunk = empty.slice(0, -2)
    let first = true
    for (const f of findings) {
      visit(f)
      chunk += first ? JSON.stringify(f) : `,${JSON.stringify(f)}`
      first = false
      if (chunk.length >= WRITE_CHUNK) {
        write(chunk)
        chunk = ''
      }
    }
    write(`${chunk}]}\n`)
  })
}

const WRITE_CHUNK = 1 << 20

/** Writes a file piece by piece through `fill`, closing it however `fill` ends. */
function writeFile<T>(path: string, fill: (write: (text: string) => void) => T): T {
  const fd = openSync(path, 'w')
  try {
    return fill(textWriter(fd))
  } finally {
    closeSync(fd)
  }
}

/**
 * The SARIF runs of a report: one per scope when the report names scopes, with the scope in the
 * category (`…/commits/`, `…/tree/`), since code scanning closes every alert of a category that
 * the next analysis of that category lacks: a push's scan of three commits must not close the
 * alerts of the nightly scan of the tree. With one scope every finding is in it; with commits and
 * tree, a finding belongs to the scope it was found in (see `scopeOf`).
 */
export function sarifRuns(
  report: Pick<FindingsReport, 'scopes'>,
  findings: Iterable<Finding>,
  category: string,
): { readonly category: string; readonly findings: Iterable<Finding> }[] {
  const scopes = report.scopes ?? []
  if (scopes.length === 0) return [{ category, findings }]
  const kinds = [...new Set(scopes.map((s) => s.kind))]
  return kinds.map((kind) => ({
    category: `${category}${kind}/`,
    findings:
      kinds.length === 1
        ? findings
        : {
            *[Symbol.iterator]() {
              for (const f of findings) if (scopeOf(f) === kind) yield f
            },
          },
  }))
}

const CHECK_LEVEL = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
} as const

/**
 * The located findings as check-run annotations, most severe first (the API takes 50 per request),
 * at most {@link CHECK_RUN_ANNOTATIONS}; the summary says how many more the report holds.
 */
export function checkRunRequest(
  report: ScanReport,
  tally: FindingTally,
  engine: string,
  category: string,
): CheckRunRequest {
  const located = tally.topLocated()
  const more = tally.located - located.length
  return {
    name: `Portcullis ${report.action} (${engine})`,
    // Findings are the gate's to judge; a scan's own check fails only when the scan did.
    conclusion:
      report.status === 'failed' ? 'failure' : tally.counted === 0 ? 'success' : 'neutral',
    title:
      report.status === 'failed'
        ? `Scan failed: ${report.reason ?? 'unknown reason'}`
        : `${tally.counted} finding(s)`,
    summary: [
      `Category ${escapeMarkdown(category)}.`,
      SEVERITIES.map((s) => `${s}: ${tally.counts[s]}`).join(' · '),
      ...(more > 0
        ? [
            `${more} more located finding(s) are not annotated here (at most ${CHECK_RUN_ANNOTATIONS}, most severe first); the findings report and the SARIF have all of them.`,
          ]
        : []),
    ].join('\n\n'),
    annotations: located.map((f) => ({
      path: f.location!.path,
      startLine: f.location!.startLine ?? 1,
      ...(f.location!.endLine ? { endLine: f.location!.endLine } : {}),
      level: CHECK_LEVEL[f.severity],
      title: `${f.severity.toUpperCase()} ${f.ruleId}`,
      message: f.title,
    })),
  }
}

/** The always-visible part of a scan's sticky comment; the full summary sits collapsed below it. */
export function scanCommentHead(report: ScanReport, tally: FindingTally): string {
  if (report.status === 'failed') {
    return `### ❌ Portcullis ${report.action}: scan failed\n\n${escapeMarkdown(report.reason ?? '')}`
  }
  return `### Portcullis ${report.action}: ${tally.counted} finding(s)\n\n${SEVERITIES.map((s) => `${s} ${tally.counts[s]}`).join(' · ')}`
}
