import { ACTION_NAMES } from '@portcullis/core'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '@portcullis/devtools'
import { maskedLog, runBundle, type RunResult } from '@portcullis/devtools'
import { planCompliance } from './compliance.js'
import { pullRequestEvent } from './event.js'
import { DemoStepError, mustRun } from './exec.js'
import { appImageSpec } from './image.js'
import { pushLayout, resolveDigest, writeOciLayout } from './oci.js'
import { startRegistry, type LocalRegistry } from './registry.js'
import { findTools, missingTools, provision, type DemoTools } from './tools.js'
import { publishVulnDb } from './vuln-db.js'
import { createDemoRepository, DEMO_REPOSITORY } from './workspace.js'

export interface DemoOptions {
  /** Run over the corrected example (project-fixed/ laid over project/, no secret commit). */
  readonly fixed: boolean
  /** Folder for SARIF, findings reports, summaries and the gate summary. */
  readonly outDir: string
  /** Keep the temporary job folder (workspace, runner temp, registry storage, keys). */
  readonly keep: boolean
  /** Skip test/provision.sh (the tools are known to be there). */
  readonly skipProvision?: boolean
  /** Progress lines as the demo goes. */
  readonly log?: (line: string) => void
}

export type StepStatus = 'complete' | 'failed' | 'skipped' | 'signed' | 'verified' | 'pass' | 'fail'

export interface StepResult {
  /** The step's name in the output, e.g. `sign-image (verify)`. */
  readonly step: string
  readonly action: string
  readonly status: StepStatus
  /** Findings counted by the action (suppressed excluded); undefined when it wrote no report. */
  readonly findings?: number
  readonly counts?: Readonly<Record<string, number>>
  readonly exitCode?: number | null
  /** Why a step was skipped or failed, in one sentence. */
  readonly note?: string
}

export interface GateReason {
  readonly code: string
  readonly message: string
}

export interface DemoResult {
  readonly fixed: boolean
  /** The pull request the job ran for: main's commit and the feature branch's head. */
  readonly pullRequest: {
    readonly baseSha: string
    readonly headSha: string
    readonly commits: number
  }
  readonly steps: readonly StepResult[]
  readonly stage: string
  readonly stageNote: string
  readonly verdict: 'pass' | 'fail'
  readonly riskScore?: number
  readonly reasons: readonly GateReason[]
  readonly notes: readonly string[]
  readonly outDir: string
  /** Files written to the out folder, relative to it. */
  readonly files: readonly string[]
  /** The temporary job folder when kept. */
  readonly jobDir?: string
}

/** The marker that makes an out folder the demo's own, so a re-run may empty it. */
export const OUT_MARKER = '.portcullis-demo'
const IMAGE_REPOSITORY = 'example-org/shop-api'
const IMAGE_TAG = '1.4.2'
const STEP_TIMEOUT_MS = 5 * 60_000
/** The actions the demo runs, by their dist/ folder. */
export const DEMO_ACTIONS = ACTION_NAMES

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function countsOf(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const counts: Record<string, number> = {}
  for (const [k, v] of Object.entries(value)) if (typeof v === 'number') counts[k] = v
  return counts
}

function reasonsOf(value: unknown): GateReason[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((r: unknown) => {
    if (typeof r !== 'object' || r === null) return []
    const { code, message } = r as { code?: unknown; message?: unknown }
    return typeof code === 'string' && typeof message === 'string' ? [{ code, message }] : []
  })
}

/**
 * Copies the built bundles (dist/<action>/, chunks included) into the job folder, so a rebuild of
 * dist/ while the demo runs cannot swap a bundle between two steps. A bundle being rebuilt right
 * now is waited for a little; one that stays missing breaks the demo.
 */
async function snapshotBundles(target: string): Promise<string> {
  for (const action of DEMO_ACTIONS) {
    const source = join(REPO_ROOT, 'dist', action)
    for (let attempt = 0; !existsSync(join(source, 'index.js')); attempt++) {
      if (attempt >= 20) {
        throw new DemoStepError(`no bundle at dist/${action}/index.js; run npm run build first`)
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
    await cp(source, join(target, action), { recursive: true })
  }
  return target
}

/** The first error a step reported (what the runner would show as the step's failure). */
function firstError(run: RunResult): string | undefined {
  return run.annotations.find((a) => a.command === 'error')?.message
}

/** Reads a scan action's result: its status output, findings total and counts. */
function scanStep(step: string, action: string, run: RunResult): StepResult {
  const error = firstError(run)
  if (run.timedOut) {
    return { step, action, status: 'failed', exitCode: run.exitCode, note: 'timed out' }
  }
  const total = Number.parseInt(run.outputs.total ?? '', 10)
  const counts = countsOf(parseJson(run.outputs.counts))
  const status: StepStatus =
    run.outputs.status === 'complete' && run.exitCode === 0 ? 'complete' : 'failed'
  return {
    step,
    action,
    status,
    exitCode: run.exitCode,
    ...(Number.isFinite(total) ? { findings: total } : {}),
    ...(counts ? { counts } : {}),
    ...(status === 'failed' && error !== undefined ? { note: error } : {}),
  }
}

/** Reads sign-image's result: signed (sign mode) or verified (verify mode), else failed. */
async function signStep(
  step: string,
  run: RunResult,
  mode: 'sign' | 'verify',
): Promise<StepResult> {
  const error = firstError(run)
  let findings: number | undefined
  const report = run.outputs.report
  if (report !== undefined && report !== '' && existsSync(report)) {
    const data = parseJson(await readFile(report, 'utf8'))
    const list = (data as { findings?: unknown } | undefined)?.findings
    if (Array.isArray(list)) findings = list.length
  }
  const ok =
    run.exitCode === 0 &&
    (mode === 'sign' ? run.outputs.digest !== undefined : run.outputs.verified === 'true')
  return {
    step,
    action: 'sign-image',
    status: ok ? (mode === 'sign' ? 'signed' : 'verified') : 'failed',
    exitCode: run.exitCode,
    ...(findings !== undefined ? { findings } : {}),
    ...(!ok && error !== undefined ? { note: error } : {}),
  }
}

async function prepareOutDir(outDir: string): Promise<void> {
  if (existsSync(outDir)) {
    const entries = await readdir(outDir)
    if (entries.length > 0 && !entries.includes(OUT_MARKER)) {
      throw new DemoStepError(
        `${outDir} exists and was not written by the demo; choose another folder with --out`,
      )
    }
    await rm(outDir, { recursive: true, force: true })
  }
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, OUT_MARKER), 'Written by `npm run demo`; emptied on each run.\n')
}

function required(tools: DemoTools): Required<Omit<DemoTools, 'oscap'>> & Pick<DemoTools, 'oscap'> {
  const missing = missingTools(tools)
  if (missing.length > 0) {
    throw new DemoStepError(
      `the demo needs these tools: ${missing.join(', ')}. As root on Debian, \`bash test/provision.sh\` installs them.`,
    )
  }
  return tools as Required<Omit<DemoTools, 'oscap'>> & Pick<DemoTools, 'oscap'>
}

/**
 * The main job, end to end: provision the tools, make the example repository and its pull request,
 * build the vulnerability DB, start a registry on 127.0.0.1, build and push the app image, make a
 * cosign key pair, then run every action's bundle through the runner contract in one job (shared
 * workspace, RUNNER_TEMP and tool cache) and the quality gate last. Findings and verdicts are
 * values; only a broken demo throws.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const log = options.log ?? (() => undefined)
  const notes: string[] = []

  if (!options.skipProvision) {
    log('Provisioning the tools (test/provision.sh)…')
    const result = await provision()
    if (result.exitCode !== 0) {
      // provision.sh also lists tools the demo does not use; only the demo's own are fatal.
      log(result.output.trimEnd())
    }
  }
  const tools = required(findTools())
  await prepareOutDir(options.outDir)

  const job = await mkdtemp(join(tmpdir(), 'portcullis-demo-'))
  const dirs = {
    workspace: join(job, 'workspace'),
    runnerTemp: join(job, 'runner-temp'),
    toolCache: join(job, 'tool-cache'),
    home: join(job, 'home'),
    steps: join(job, 'steps'),
    keys: join(job, 'keys'),
  }
  for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true })
  const bundles = await snapshotBundles(join(job, 'dist'))
  let registry: LocalRegistry | undefined
  try {
    log(`Example project${options.fixed ? ' (fixed)' : ''} → ${dirs.workspace}`)
    const repo = await createDemoRepository(tools.git, dirs.workspace, options.fixed)
    const event = pullRequestEvent(repo)

    log('Starting a registry on 127.0.0.1 and publishing the vulnerability DB…')
    registry = await startRegistry(tools.registry, join(job, 'registry'))
    const dbRepository = await publishVulnDb(tools, registry.host, join(job, 'vuln-db'))

    log('Building the app image (OCI layout, no docker) and pushing it with skopeo…')
    const layout = join(job, 'image')
    await writeOciLayout(layout, await appImageSpec(dirs.workspace, options.fixed, IMAGE_TAG))
    const imageRef = `${registry.host}/${IMAGE_REPOSITORY}:${IMAGE_TAG}`
    await pushLayout(tools.skopeo, layout, IMAGE_TAG, imageRef)
    const digest = await resolveDigest(registry.host, IMAGE_REPOSITORY, IMAGE_TAG)

    const keyPassword = randomBytes(18).toString('base64url')
    await mustRun(
      'cosign generate-key-pair',
      tools.cosign,
      ['generate-key-pair', '--output-key-prefix', 'cosign'],
      {
        cwd: dirs.keys,
        env: { ...process.env, COSIGN_PASSWORD: keyPassword, HOME: dirs.home },
      },
    )

    const compliance = await planCompliance(tools.oscap, dirs.runnerTemp)
    notes.push(compliance.note)

    let index = 0
    const steps: StepResult[] = []
    const summaries: { step: string; markdown: string; stdout: string }[] = []
    const masks: string[] = [keyPassword]
    const runStep = async (step: string, action: string, inputs: Record<string, string>) => {
      index += 1
      const id = `${String(index).padStart(2, '0')}-${step.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`
      log(`▶ ${step}`)
      const run = await runBundle(join(bundles, action, 'index.js'), {
        root: join(dirs.steps, id),
        actionName: action,
        workspace: dirs.workspace,
        runnerTemp: dirs.runnerTemp,
        toolCache: dirs.toolCache,
        eventName: 'pull_request',
        event,
        // No test merge commit exists locally: every report is for the pull request's head.
        sha: repo.headSha,
        repository: `${DEMO_REPOSITORY.owner}/${DEMO_REPOSITORY.name}`,
        inputs,
        // A home of the job's own: tools write no config or cache into the user's.
        env: { HOME: dirs.home },
        timeoutMs: STEP_TIMEOUT_MS,
      })
      // What the runner would show: masked values never reach the files the demo writes.
      // A mask holds for the rest of the job, as on a runner.
      masks.push(...run.masks)
      summaries.push({
        step: id,
        markdown: maskedLog(run.summary, masks),
        stdout: maskedLog(run.stdout, masks),
      })
      return run
    }
    const scan = { 'upload-sarif': 'false', 'github-token': '' }

    steps.push(
      scanStep(
        'scan-secrets',
        'scan-secrets',
        await runStep('scan-secrets', 'scan-secrets', { ...scan, 'gitleaks-path': tools.gitleaks }),
      ),
    )
    steps.push(
      scanStep(
        'scan-deps',
        'scan-deps',
        await runStep('scan-deps', 'scan-deps', {
          ...scan,
          'trivy-path': tools.trivy,
          'db-repository': dbRepository,
        }),
      ),
    )
    steps.push(
      scanStep(
        'scan-iac',
        'scan-iac',
        await runStep('scan-iac', 'scan-iac', { ...scan, 'trivy-path': tools.trivy }),
      ),
    )
    steps.push(
      scanStep(
        'scan-image',
        'scan-image',
        await runStep('scan-image', 'scan-image', {
          ...scan,
          image: imageRef,
          scanners: 'vuln,secret,misconfig',
          'trivy-path': tools.trivy,
          'db-repository': dbRepository,
        }),
      ),
    )
    const cosign = {
      image: imageRef,
      'cosign-path': tools.cosign,
      'tlog-upload': 'false',
      'allow-insecure-registry': 'true',
    }
    steps.push(
      await signStep(
        'sign-image (sign)',
        await runStep('sign-image (sign)', 'sign-image', {
          ...cosign,
          mode: 'sign',
          key: join(dirs.keys, 'cosign.key'),
          'key-password': keyPassword,
        }),
        'sign',
      ),
    )
    steps.push(
      await signStep(
        'sign-image (verify)',
        await runStep('sign-image (verify)', 'sign-image', {
          ...cosign,
          mode: 'verify',
          key: join(dirs.keys, 'cosign.pub'),
        }),
        'verify',
      ),
    )
    if (compliance.run) {
      steps.push(
        scanStep(
          'compliance',
          'compliance',
          await runStep('compliance', 'compliance', {
            ...scan,
            ...compliance.inputs,
            'oscap-path': tools.oscap ?? '',
          }),
        ),
      )
    } else {
      steps.push({
        step: 'compliance',
        action: 'compliance',
        status: 'skipped',
        note: compliance.note,
      })
    }

    // Stage final needs every scan; a host that cannot run compliance gets a policy without it.
    const gateInputs: Record<string, string> = {
      stage: 'final',
      'system-level': '3',
      image: digest,
      comment: 'false',
      'github-token': '',
    }
    let stageNote = 'final (secrets, deps, iac, image, compliance and a verified signature)'
    if (!compliance.run) {
      const policy = join(dirs.runnerTemp, 'portcullis-demo-policy.yml')
      await writeFile(
        policy,
        'version: 1\nstages:\n  final: [secrets, deps, iac, image, signature]\n',
      )
      gateInputs.policy = policy
      stageNote =
        'final without compliance (this host cannot run it; a policy file drops it from the stage): secrets, deps, iac, image and a verified signature'
    }
    const gateRun = await runStep('quality-gate', 'quality-gate', gateInputs)
    const verdict = gateRun.outputs.verdict
    if (verdict !== 'pass' && verdict !== 'fail') {
      const why = firstError(gateRun) ?? gateRun.stderr.trim()
      throw new DemoStepError(
        `the quality gate gave no verdict (exit code ${gateRun.exitCode}): ${why}`,
      )
    }
    const reasons = reasonsOf(parseJson(gateRun.outputs.reasons))
    const riskScore = Number.parseInt(gateRun.outputs['risk-score'] ?? '', 10)
    steps.push({
      step: 'quality-gate',
      action: 'quality-gate',
      status: verdict,
      exitCode: gateRun.exitCode,
      ...(countsOf(parseJson(gateRun.outputs.counts))
        ? { counts: countsOf(parseJson(gateRun.outputs.counts))! }
        : {}),
    })

    const files = await collectOutputs(
      options.outDir,
      dirs.runnerTemp,
      summaries,
      gateRun.outputs['summary-file'],
    )
    const result: DemoResult = {
      fixed: options.fixed,
      pullRequest: { baseSha: repo.baseSha, headSha: repo.headSha, commits: repo.commits.length },
      steps,
      stage: 'final',
      stageNote,
      verdict,
      ...(Number.isFinite(riskScore) ? { riskScore } : {}),
      reasons,
      notes,
      outDir: options.outDir,
      files: [...files, 'demo.json'],
      ...(options.keep ? { jobDir: job } : {}),
    }
    await writeFile(join(options.outDir, 'demo.json'), `${JSON.stringify(result, null, 2)}\n`)
    return result
  } finally {
    await registry?.stop()
    if (!options.keep) await rm(job, { recursive: true, force: true })
  }
}

/**
 * Copies what the job produced into the out folder: every file of the findings folder (findings
 * reports, SARIF, SBOMs), each step's summary and log, and the gate summary.
 */
async function collectOutputs(
  outDir: string,
  runnerTemp: string,
  summaries: readonly { step: string; markdown: string; stdout: string }[],
  gateSummary: string | undefined,
): Promise<string[]> {
  const files: string[] = []
  const findings = join(runnerTemp, 'portcullis', 'findings')
  if (existsSync(findings)) {
    for (const entry of await readdir(findings, { withFileTypes: true })) {
      if (!entry.isFile()) continue
      await copyFile(join(findings, entry.name), join(outDir, entry.name))
      files.push(entry.name)
    }
  }
  await mkdir(join(outDir, 'summaries'), { recursive: true })
  await mkdir(join(outDir, 'logs'), { recursive: true })
  for (const s of summaries) {
    if (s.markdown.trim() !== '') {
      await writeFile(join(outDir, 'summaries', `${s.step}.md`), s.markdown)
      files.push(`summaries/${s.step}.md`)
    }
    await writeFile(join(outDir, 'logs', `${s.step}.log`), s.stdout)
    files.push(`logs/${s.step}.log`)
  }
  if (gateSummary !== undefined && gateSummary !== '' && existsSync(gateSummary)) {
    await copyFile(gateSummary, join(outDir, 'quality-gate.summary.md'))
    files.push('quality-gate.summary.md')
  }
  return files.sort((a, b) => a.localeCompare(b))
}
