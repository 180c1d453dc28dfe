import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path'
import {
  InputError,
  ScanFailedError,
  secretDigest,
  UserError,
  type Finding,
  type ScanScope,
  type Severity,
  type Target,
} from '@portcullis/core'
import {
  countRange,
  ensureRange,
  eventGitScope,
  FETCH_DEPTH_HINT,
  findExecutable,
  gitIn,
  gitTopLevel,
  hasCommit,
  newBranchBase,
  runTool,
  ignoreFileUsed,
  unusedSettingsNotice,
  type CommonScanInputs,
  type EngineContext,
  type EngineResult,
  type Git,
  type ScanEngine,
} from '@portcullis/engine'
import { isRecord } from '../shared/json.js'
import {
  maskOnce,
  plural,
  secretFingerprintKey,
  secretScanRoot,
  treeScope,
  workspaceRelative,
} from '../shared/secret-scan.js'
import { parseGitleaks } from './parse.js'
import { secretValue, secretValues, type LocatedLeak } from './secret-values.js'
import { GITLEAKS } from './tool.js'

/** The scan-secrets inputs the gitleaks engine reads (the action's Inputs satisfy it structurally). */
export interface GitleaksSecretInputs extends CommonScanInputs {
  readonly path: string
  /** auto | dir | git */
  readonly mode: string
  readonly logOpts: string | undefined
  readonly config: string | undefined
  readonly secretSeverity: Severity
  /** The `fingerprint-key` input: the key secret fingerprints digest values under. */
  readonly fingerprintKey: string | undefined
}

/**
 * gitleaks 8 exits 1 both when it finds leaks (the `--exit-code` default) and when it fails: a fatal
 * error, or a git error mid-scan, after which it still writes the partial report
 * (cmd/detect.go, v8.16.0: `if err != nil { os.Exit(1) }`). Leaks therefore get their own exit code,
 * so 1 can only mean a failed scan. 2 is Go's exit code for a panic, 126 gitleaks' for an unknown flag.
 */
export const GITLEAKS_LEAKS_EXIT_CODE = 3
const CLEAN_EXIT_CODE = 0
const REPORT_FILE = 'gitleaks-report.json'
/**
 * History scans read at most this many blobs again to find secret values (to mask them and digest
 * them for fingerprints); the first ones by commit and path, so the same history always reads the
 * same blobs and its fingerprints stay put however gitleaks orders its report.
 */
const MAX_MASK_BLOBS = 500

/**
 * Options every history scan's `git log -p` gets, first, so a `log-opts` of the workflow's own can
 * still choose otherwise:
 *
 * - `--diff-merges=remerge` (git 2.36+): `git log -p` prints no diff for a merge commit, so a secret
 *   added in a merge (an "evil merge" or a conflict resolution) was never scanned (gitleaks issue
 *   1028). remerge shows what the merge itself changed against the automatic merge of its parents:
 *   exactly the content the merge commit adds (the parents' own commits are scanned as themselves).
 * - `--text --no-textconv`: for a path whose attributes say `-diff` or `binary`, git prints "Binary
 *   files differ" instead of the lines, and `diff=<driver>` runs a text conversion the job's git
 *   config names. gitleaks runs git in an empty folder, so the scanned tree's `.gitattributes` is
 *   not read, but `.git/info/attributes`, `core.attributesFile` and the git config are, and any
 *   earlier step of the job can write them. Real binary files are scanned as text too: slower on
 *   large blobs, never blind.
 */
export const HISTORY_LOG_OPTS = '--diff-merges=remerge --text --no-textconv'

/** One gitleaks run: a folder as files, or a git log range; and what it covers, in words. */
type Scan =
  | { readonly kind: 'dir'; readonly scope: ScanScope }
  | {
      readonly kind: 'git'
      readonly logOpts: string
      readonly top: string
      readonly scope: ScanScope
    }

/** What an event or the inputs ask to scan: no run (a deleted branch), one, or history and tree. */
interface Plan {
  readonly target: Target
  readonly scans: readonly Scan[]
  readonly notices: string[]
}

/**
 * gitleaks' own defaults, as a config file: gitleaks 8.16 reads `<source>/.gitleaks.toml` (and the
 * GITLEAKS_CONFIG variable) whenever `--config` is not given, so it is always given.
 */
const DEFAULT_CONFIG = '[extend]\nuseDefault = true\n'

/**
 * The gitleaks config to use: the file `config` names (it must exist), else a private copy of
 * gitleaks' defaults. A `.gitleaks.toml` in the scanned tree is never picked up by itself: the change
 * under review could add one that allows its own secret.
 */
export function resolveGitleaksConfig(
  workspace: string,
  workDir: string,
  config: string | undefined,
): { readonly path: string; readonly named: boolean } {
  if (config !== undefined && config.trim() !== '') {
    const file = resolve(workspace, config)
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new InputError(
        'config',
        `the gitleaks config '${config}' does not exist in the workspace; fix the path, or leave config empty to use gitleaks' defaults`,
      )
    }
    return { path: file, named: true }
  }
  const path = join(workDir, 'gitleaks-default.toml')
  writeFileSync(path, DEFAULT_CONFIG)
  return { path, named: false }
}

async function gitRoot(git: Git, why: string): Promise<string> {
  const top = await gitTopLevel(git)
  if (top === undefined) {
    throw new UserError(
      'not-a-repository',
      `${why} needs a git checkout, but the scanned folder is not inside a git repository. Check out the repository with actions/checkout (fetch-depth: 0), or set mode: dir to scan the files only.`,
    )
  }
  return top
}

/** The git pathspec that keeps a history scan inside `path` when it is a subfolder of the repository. */
function pathspec(top: string, root: string): string {
  const rel = relative(top, root).split(sep).join('/')
  if (rel === '') return ''
  if (/\s/.test(rel)) {
    throw new InputError(
      'path',
      `'${rel}' contains whitespace, which gitleaks cannot pass to git log (it splits log options on spaces); scan the repository root or use mode: dir`,
    )
  }
  return ` -- ${rel}`
}

/** "3 commits (1a2b3c4d5e6f..6f5e4d3c2b1a)": a range and how many commits `base..head` lists. */
function commitsScope(count: number | undefined, range: string): ScanScope {
  const n = count === undefined ? 'an unknown number of commits' : plural(count, 'commit')
  return { kind: 'commits', description: `${n} (${range})` }
}

function short(commit: string): string {
  return commit.slice(0, 12)
}

async function plan<I extends GitleaksSecretInputs>(
  ctx: EngineContext<I>,
  root: string,
): Promise<Plan> {
  const { inputs, workspace } = ctx
  const pathTarget: Target = { kind: 'path', name: workspaceRelative(workspace, root) }
  const tree = (): Scan => ({ kind: 'dir', scope: treeScope(workspace, root) })
  const git = gitIn(ctx.exec, root, ctx.timeoutMs)
  /**
   * On the default branch the tree is what ships: the secrets already in it are found on every
   * push, not only those the pushed commits add.
   */
  const withTree = (history: Plan, toDefaultBranch: boolean | undefined): Plan =>
    toDefaultBranch
      ? {
          target: { kind: 'repository', name: pathTarget.name },
          scans: [...history.scans, tree()],
          notices: [
            ...history.notices,
            'A push to the default branch: the working tree was scanned as well as the pushed commits.',
          ],
        }
      : history

  if (inputs.mode === 'dir') return { target: pathTarget, scans: [tree()], notices: [] }
  if (inputs.mode === 'git') {
    const top = await gitRoot(git, 'mode: git')
    const opts = (inputs.logOpts ?? '').trim()
    const spec = opts.includes(' -- ') || opts.startsWith('-- ') ? '' : pathspec(top, root)
    const selected = opts === '' ? `--full-history --all${spec}` : `${opts}${spec}`
    return {
      target: { kind: 'git-range', name: opts === '' ? '--all' : opts },
      scans: [
        {
          kind: 'git',
          logOpts: `${HISTORY_LOG_OPTS} ${selected}`,
          top,
          scope: { kind: 'commits', description: `the commits git log ${selected} lists` },
        },
      ],
      notices: [],
    }
  }
  if (inputs.mode !== 'auto') {
    throw new InputError(
      'mode',
      `must be one of auto, dir, git; got ${JSON.stringify(inputs.mode)}`,
    )
  }

  const scope = eventGitScope(ctx.runner.eventName, ctx.runner.event)
  switch (scope.kind) {
    case 'tree':
      return { target: pathTarget, scans: [tree()], notices: [] }
    case 'deleted':
      return {
        target: { kind: 'git-range', name: scope.ref },
        scans: [],
        notices: [
          `The push deleted ${scope.ref}; it added no commits, so there was nothing to scan.`,
        ],
      }
    case 'range': {
      const top = await gitRoot(git, `Scanning the ${scope.what}`)
      await ensureRange(git, scope.base, scope.head, { log: ctx.log, what: scope.what })
      const count = await countRange(git, scope.base, scope.head)
      const range = `${scope.base}..${scope.head}`
      return withTree(
        {
          target: { kind: 'git-range', name: range },
          scans: [
            {
              kind: 'git',
              logOpts: `${HISTORY_LOG_OPTS} ${range}${pathspec(top, root)}`,
              top,
              scope: commitsScope(count, `${short(scope.base)}..${short(scope.head)}`),
            },
          ],
          notices: [
            `Scanned the ${count ?? 'unknown number of'} commit(s) of the ${scope.what}: ${range}.`,
          ],
        },
        scope.toDefaultBranch,
      )
    }
    case 'new-branch': {
      const top = await gitRoot(git, `Scanning the push that created ${scope.ref}`)
      if (!(await hasCommit(git, scope.head))) {
        throw new UserError(
          'shallow-checkout',
          `The pushed commit ${scope.head} is not in the checkout. ${FETCH_DEPTH_HINT}`,
        )
      }
      const spec = pathspec(top, root)
      const base = await newBranchBase(git, scope.head, scope.defaultBranch, { log: ctx.log })
      if (base === undefined) {
        return withTree(
          {
            target: { kind: 'git-range', name: scope.head },
            scans: [
              {
                kind: 'git',
                logOpts: `${HISTORY_LOG_OPTS} --max-count=1 ${scope.head}${spec}`,
                top,
                scope: commitsScope(1, short(scope.head)),
              },
            ],
            notices: [
              `The push created ${scope.ref}, and its commits could not be told apart from the default branch${scope.defaultBranch ? ` (${scope.defaultBranch})` : ''}, so only the pushed commit ${scope.head} was scanned.`,
            ],
          },
          scope.toDefaultBranch,
        )
      }
      const count = await countRange(git, base, scope.head)
      return withTree(
        {
          target: { kind: 'git-range', name: `${base}..${scope.head}` },
          scans: [
            {
              kind: 'git',
              logOpts: `${HISTORY_LOG_OPTS} ${base}..${scope.head}${spec}`,
              top,
              scope: commitsScope(count, `${short(base)}..${short(scope.head)}`),
            },
          ],
          notices: [
            `The push created ${scope.ref}: scanned its ${count ?? 'unknown number of'} commit(s) not on ${scope.defaultBranch ?? 'the default branch'} (${base}..${scope.head}).`,
          ],
        },
        scope.toDefaultBranch,
      )
    }
  }
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
}

/** Reads gitleaks' report without ever echoing its text (a parse error message quotes the input). */
function readReport(file: string, exitCode: number): unknown[] {
  if (!existsSync(file)) {
    throw new ScanFailedError(
      `gitleaks exited with code ${exitCode} but wrote no report; the scan did not complete`,
    )
  }
  const text = readFileSync(file, 'utf8')
  if (text.trim() === '') {
    throw new ScanFailedError(
      'gitleaks wrote an empty report (it writes [] when it finds nothing); the scan did not complete',
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    throw new ScanFailedError(
      `gitleaks' report is not valid JSON (${text.length} characters); the scan was interrupted or wrote another format`,
    )
  }
  if (data === null) return []
  if (!Array.isArray(data)) {
    throw new ScanFailedError(
      "gitleaks' report is not a JSON array of leaks; the scan did not produce a gitleaks JSON report",
    )
  }
  // Every leak is a flat object; anything else (e.g. arrays nested thousands deep) is not gitleaks'
  // output and must fail here, before any code walks or re-serialises it.
  const bad = data.findIndex((entry) => !isRecord(entry))
  if (bad !== -1) {
    throw new ScanFailedError(
      `gitleaks' report entry ${bad + 1} is not a leak object; the scan did not produce a gitleaks JSON report`,
    )
  }
  return data
}

/** gitleaks names files relative to the repository in history scans; make them absolute. */
function absoluteFiles(entries: unknown[], top: string): unknown[] {
  return entries.map((entry) =>
    isRecord(entry) && typeof entry.File === 'string' && !isAbsolute(entry.File)
      ? { ...entry, File: join(top, entry.File) }
      : entry,
  )
}

function locate(entry: unknown): LocatedLeak | undefined {
  if (!isRecord(entry) || typeof entry.File !== 'string' || typeof entry.Match !== 'string')
    return undefined
  const startLine = positive(entry.StartLine)
  const startColumn = positive(entry.StartColumn)
  if (startLine === undefined || startLine === 0 || startColumn === undefined) return undefined
  return {
    startLine,
    endLine: Math.max(startLine, positive(entry.EndLine) ?? startLine),
    startColumn,
    endColumn: positive(entry.EndColumn) ?? 0,
    match: entry.Match,
  }
}

/**
 * The text of the lines each leak is on, as the scanned tree or commit holds them (read again, in
 * memory; undefined where it cannot be read): for masking and for inline markers.
 */
async function leakLines<I>(
  ctx: EngineContext<I>,
  entries: readonly unknown[],
  scan: Scan,
): Promise<(string | undefined)[]> {
  const blobs = new Map<string, string[] | undefined>()
  const git = scan.kind === 'git' ? gitIn(ctx.exec, scan.top, ctx.timeoutMs) : undefined
  // `<commit>:<path>` takes the path relative to the repository root.
  const blobKey = (entry: unknown): string | undefined =>
    scan.kind === 'git' &&
    isRecord(entry) &&
    typeof entry.File === 'string' &&
    typeof entry.Commit === 'string' &&
    /^[0-9a-f]{40,64}$/.test(entry.Commit)
      ? `${entry.Commit}:${isAbsolute(entry.File) ? relative(scan.top, entry.File).split(sep).join('/') : entry.File}`
      : undefined
  const readable = new Set(
    [...new Set(entries.map(blobKey).filter((k): k is string => k !== undefined))]
      .sort()
      .slice(0, MAX_MASK_BLOBS),
  )
  const out: (string | undefined)[] = []
  for (const entry of entries) {
    const leak = locate(entry)
    if (leak === undefined || !isRecord(entry) || typeof entry.File !== 'string') {
      out.push(undefined)
      continue
    }
    let lines: string | undefined
    const key = blobKey(entry)
    if (git !== undefined && key !== undefined) {
      if (!blobs.has(key) && readable.has(key)) {
        const shown = await git(['show', '--no-textconv', key])
        blobs.set(key, shown.exitCode === 0 ? shown.stdout.split('\n') : undefined)
      }
      lines = blobs
        .get(key)
        ?.slice(leak.startLine - 1, leak.endLine)
        .join('\n')
    } else if (scan.kind === 'dir') {
      const rel = relative(ctx.workspace, entry.File).split(sep).join('/')
      lines = ctx.readLines(rel, leak.startLine, leak.endLine)
    }
    out.push(lines)
  }
  return out
}

/** Per entry: the keyed digest of its secret, read again from its lines; undefined where unreadable. */
function digests(
  entries: readonly unknown[],
  lines: readonly (string | undefined)[],
  scan: Scan,
  key: string,
): (string | undefined)[] {
  return entries.map((entry, i) => {
    const leak = locate(entry)
    const text = lines[i]
    if (leak === undefined || text === undefined) return undefined
    const value = secretValue(leak, text, scan.kind === 'dir' ? leak.startLine === 1 : undefined)
    return value === undefined ? undefined : secretDigest(key, value)
  })
}

/** Feeds every secret value gitleaks located to the mask callback. */
function maskSecrets(
  entries: readonly unknown[],
  lines: readonly (string | undefined)[],
  scan: Scan,
  mask: (value: string) => void,
): void {
  const maskNew = maskOnce(mask)
  entries.forEach((entry, i) => {
    const leak = locate(entry)
    const text = lines[i]
    if (leak === undefined || text === undefined) return
    // A --no-git scan reads each file as one fragment, so line 1 is the only first line.
    const firstLine = scan.kind === 'dir' ? leak.startLine === 1 : undefined
    maskNew(secretValues(leak, text, firstLine))
  })
}

/**
 * gitleaks 8.16 drops, without a word, every match on a line holding `gitleaks:allow`
 * (detect/detect.go: `gitleaksAllowSignature`), and has no switch to stop it. The scanned text is
 * therefore given to gitleaks with the marker spelt differently (same length, same character
 * classes, so no rule matches differently), and each leak on a marked line becomes a suppressed
 * finding naming the marker.
 */
export const GITLEAKS_ALLOW = 'gitleaks:allow'
const GITLEAKS_ALLOW_NEUTRAL = 'gitleaks:alloW'

/**
 * Where gitleaks is pointed (`--source`) and how, chosen so that it finds no settings of the scanned
 * tree and honours no inline marker by itself. gitleaks 8.16 always reads `<source>/.gitleaksignore`
 * (cmd/detect.go), with no switch to turn that off. History scans therefore run in an empty private
 * folder with GIT_DIR naming the repository (gitleaks runs `git -C <source> log`), through a `git`
 * that respells the marker in what `git log` prints. Working-tree scans of a tree holding a
 * `.gitleaksignore` or the marker scan a private copy of the tree without the one and with the other
 * respelt; the copy's paths are mapped back.
 */
interface GitleaksSource {
  readonly source: string
  readonly env: Readonly<Record<string, string>>
  /** For a copied tree: the copy's root and the folder it stands for. */
  readonly copy?: { readonly from: string; readonly to: string }
}

async function gitleaksSource<I>(
  ctx: EngineContext<I>,
  scan: Scan,
  root: string,
): Promise<GitleaksSource> {
  if (scan.kind === 'git') {
    const git = gitIn(ctx.exec, scan.top, ctx.timeoutMs)
    const dir = await git(['rev-parse', '--absolute-git-dir'])
    const gitDir = dir.stdout.trim()
    if (dir.exitCode !== 0 || gitDir === '') {
      throw new ScanFailedError(`git could not name the repository folder of ${scan.top}`)
    }
    const source = join(ctx.workDir, 'gitleaks-source')
    mkdirSync(source, { recursive: true })
    return { source, env: { GIT_DIR: gitDir, ...markerNeutralGit(ctx.workDir) } }
  }
  const marked = filesWithMarker(root)
  if (marked.length === 0 && !isFile(join(root, GITLEAKSIGNORE))) return { source: root, env: {} }
  const copy = join(ctx.workDir, 'gitleaks-tree')
  stageTree(root, copy, marked)
  return { source: copy, env: {}, copy: { from: copy, to: root } }
}

/**
 * PATH and variables that put a `git` in front of the real one for gitleaks: it runs the real git
 * and respells the marker in its output. Its exit status is the real git's.
 */
function markerNeutralGit(workDir: string): Record<string, string> {
  const pathEnv = process.env.PATH ?? ''
  const real = findExecutable('git', pathEnv)
  if (real === undefined) {
    throw new ScanFailedError('git is not on PATH; gitleaks needs it to read the history')
  }
  const bin = join(workDir, 'gitleaks-git')
  mkdirSync(bin, { recursive: true })
  const script = join(bin, 'git')
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      '{ "$PORTCULLIS_REAL_GIT" "$@"; echo $? > "$PORTCULLIS_GIT_STATUS"; } |',
      `  LC_ALL=C sed 's/${GITLEAKS_ALLOW}/${GITLEAKS_ALLOW_NEUTRAL}/g'`,
      'exit "$(cat "$PORTCULLIS_GIT_STATUS")"',
      '',
    ].join('\n'),
    { mode: 0o755 },
  )
  return {
    PATH: `${bin}${delimiter}${pathEnv}`,
    PORTCULLIS_REAL_GIT: real,
    PORTCULLIS_GIT_STATUS: join(bin, 'status'),
  }
}

const GITLEAKSIGNORE = '.gitleaksignore'

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

/** Regular files under `root` (not in `.git` folders, not through symlinks) holding the marker. */
export function filesWithMarker(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path)
      } else if (entry.isFile()) {
        if (readFileSync(path).includes(GITLEAKS_ALLOW)) found.push(path)
      }
    }
  }
  walk(root)
  return found
}

/**
 * Copies the files gitleaks would scan (not `.git` folders, which it skips; symlinks stay links,
 * which it does not follow) without the root's `.gitleaksignore`, and respells the marker in
 * `marked` (absolute paths under `root`).
 */
export function stageTree(root: string, dest: string, marked: readonly string[] = []): void {
  const skip = join(root, GITLEAKSIGNORE)
  cpSync(root, dest, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => src !== skip && basename(src) !== '.git',
  })
  for (const file of marked) {
    const copy = join(dest, relative(root, file))
    const bytes = readFileSync(copy)
    writeFileSync(
      copy,
      Buffer.from(
        bytes.toString('latin1').split(GITLEAKS_ALLOW).join(GITLEAKS_ALLOW_NEUTRAL),
        'latin1',
      ),
    )
  }
}

/** Runs gitleaks once and returns its report's entries, with files made absolute workspace paths. */
async function runGitleaks<I>(
  ctx: EngineContext<I>,
  scan: Scan,
  source: GitleaksSource,
  config: string,
): Promise<unknown[]> {
  const reportPath = join(ctx.workDir, REPORT_FILE)
  rmSync(reportPath, { force: true })
  const args = [
    'detect',
    '--source',
    source.source,
    '--redact',
    '--no-banner',
    '--report-format',
    'json',
    '--report-path',
    reportPath,
    `--exit-code=${GITLEAKS_LEAKS_EXIT_CODE}`,
    '--config',
    config,
    ...(scan.kind === 'dir' ? ['--no-git'] : [`--log-opts=${scan.logOpts}`]),
  ]
  const result = await runTool(ctx, {
    args,
    okExitCodes: [CLEAN_EXIT_CODE, GITLEAKS_LEAKS_EXIT_CODE],
    relayStdout: true,
    maxStdoutBytes: 1024 * 1024,
    // Outside the workspace; the environment is the action kit's allow-list plus GIT_DIR.
    cwd: ctx.workDir,
    env: source.env,
  })
  const exitCode = result.exitCode ?? -1
  let entries = readReport(reportPath, exitCode)
  if (exitCode === CLEAN_EXIT_CODE && entries.length > 0) {
    throw new ScanFailedError(
      `gitleaks exited with code 0 (no leaks) but its report lists ${entries.length}; the output cannot be trusted`,
    )
  }
  if (exitCode === GITLEAKS_LEAKS_EXIT_CODE && entries.length === 0) {
    throw new ScanFailedError(
      `gitleaks exited with code ${GITLEAKS_LEAKS_EXIT_CODE} (leaks found) but its report lists none; the output cannot be trusted`,
    )
  }
  if (scan.kind === 'git') entries = absoluteFiles(entries, scan.top)
  if (source.copy) entries = copiedFiles(entries, source.copy.from, source.copy.to)
  return entries
}

/** Identifies one leak across two runs over the same source (rule, place, commit). */
function leakKey(entry: unknown): string {
  if (!isRecord(entry)) return ''
  return JSON.stringify([
    entry.RuleID,
    entry.File,
    entry.Commit,
    entry.StartLine,
    entry.StartColumn,
    entry.EndLine,
    entry.EndColumn,
  ])
}

/** Paths gitleaks reported inside a staged copy, mapped back to the tree the copy stands for. */
function copiedFiles(entries: unknown[], from: string, to: string): unknown[] {
  return entries.map((entry) => {
    if (!isRecord(entry) || typeof entry.File !== 'string') return entry
    const rel = relative(from, entry.File)
    if (rel.startsWith('..') || isAbsolute(rel)) return entry
    return { ...entry, File: join(to, rel) }
  })
}

/** Runs gitleaks over one scan (twice with a named config) and turns its leaks into findings. */
async function scanOnce<I extends GitleaksSecretInputs>(
  ctx: EngineContext<I>,
  scan: Scan,
  root: string,
  config: { readonly path: string; readonly named: boolean },
): Promise<{ findings: Finding[]; notices: string[]; scannerVersion: string | undefined }> {
  const { inputs, workspace } = ctx
  const fingerprintKey = secretFingerprintKey(inputs.fingerprintKey, ctx.runner)
  const source = await gitleaksSource(ctx, scan, root)
  const named = await runGitleaks(ctx, scan, source, config.path)
  // With a config the workflow named, what it hides is what gitleaks' defaults find and it
  // does not: run both and keep the difference as suppressed findings naming the file.
  const hiddenByConfig = config.named
    ? (
        await runGitleaks(
          ctx,
          scan,
          source,
          resolveGitleaksConfig(workspace, ctx.workDir, undefined).path,
        )
      ).filter((entry) => !named.some((n) => leakKey(n) === leakKey(entry)))
    : []
  const entries = [...named, ...hiddenByConfig]
  const lines = entries.length > 0 ? await leakLines(ctx, entries, scan) : []
  const parsed = parseGitleaks(JSON.stringify(entries), {
    workspace,
    readLines: ctx.readLines,
    defaultSeverity: inputs.secretSeverity,
    secretDigests: digests(entries, lines, scan, fingerprintKey),
  })
  if (entries.length > 0) maskSecrets(entries, lines, scan, ctx.mask)
  const configName = `${workspaceRelative(workspace, config.path)} (input config)`
  const findings = parsed.findings.map((finding, i): Finding => {
    const where = finding.location
      ? `${finding.location.path}${finding.location.startLine ? `:${finding.location.startLine}` : ''}`
      : 'a file outside the workspace'
    if (lines[i]?.includes(GITLEAKS_ALLOW)) {
      return {
        ...finding,
        suppression: {
          kind: 'in-source',
          source: `${GITLEAKS_ALLOW} at ${where}`,
          justification: `an inline ${GITLEAKS_ALLOW} comment on the line`,
        },
      }
    }
    if (i >= named.length) {
      return {
        ...finding,
        suppression: {
          kind: 'external',
          source: configName,
          justification: `not reported under the gitleaks config the config input names`,
        },
      }
    }
    return finding
  })
  return { findings, notices: parsed.notices, scannerVersion: parsed.scannerVersion }
}

/**
 * scan-secrets with gitleaks 8 (`gitleaks detect`, which 8.19+ keeps as a hidden alias of
 * `gitleaks git` / `gitleaks dir`): the working tree (`--no-git`), exactly the commits an event
 * or `log-opts` names, or on a push to the default branch both. Always `--redact`, so neither its
 * log nor its report holds a secret.
 */
export const gitleaksSecretEngine: ScanEngine<GitleaksSecretInputs> = {
  name: 'gitleaks',
  tool: GITLEAKS,
  async run(ctx): Promise<EngineResult> {
    const { inputs, workspace } = ctx
    const root = secretScanRoot(workspace, inputs.path)
    const config = resolveGitleaksConfig(workspace, ctx.workDir, inputs.config)
    const planned = await plan(ctx, root)
    const notices = [...planned.notices]
    if (config.named)
      notices.push(`gitleaks config: ${workspaceRelative(workspace, config.path)} (input config).`)
    const tops = planned.scans.flatMap((s) => (s.kind === 'git' ? [s.top] : []))
    const unused = unusedSettingsNotice(
      'gitleaks',
      workspace,
      [workspace, root, ...tops],
      [...(config.named ? [config.path] : []), ...ignoreFileUsed(workspace, inputs)],
    )
    if (unused) notices.push(unused)
    const findings: Finding[] = []
    const scanNotices: string[] = []
    let version: string | undefined
    for (const scan of planned.scans) {
      const one = await scanOnce(ctx, scan, root, config)
      findings.push(...one.findings)
      scanNotices.push(...one.notices)
      version ??= one.scannerVersion
    }
    const marked = findings.filter((f) => f.suppression?.kind === 'in-source').length
    if (marked > 0) {
      notices.push(
        `${marked} leak(s) are on lines marked ${GITLEAKS_ALLOW}; they are reported as suppressed findings, and the gate's policy decides what they count for.`,
      )
    }
    const outside = findings.filter((f) => f.location === undefined).length
    if (outside > 0) {
      notices.push(
        `${outside} leak(s) are in files outside the workspace; they are reported without a location.`,
      )
    }
    return {
      scanner: { name: 'gitleaks', version: version ?? ctx.binary.version },
      target: planned.target,
      scopes: planned.scans.map((s) => s.scope),
      findings,
      notices: [...notices, ...scanNotices],
    }
  },
}
