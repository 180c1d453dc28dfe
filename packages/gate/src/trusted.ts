import { execFileSync } from 'node:child_process'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { FULL_COMMIT_SHA, InputError } from '@portcullis/core'

/**
 * Where the gate's own inputs (policy, waivers, repository-held baselines) come from. On a change
 * under review they come from the base commit: the pull request cannot lower its own verdict by
 * editing them. See docs/trust-model.md.
 */
export interface TrustedBase {
  /** The base commit (pull_request.base.sha, merge_group.base_sha). */
  readonly sha: string
  /** The change's head commit, for the merge base; default: HEAD of the workspace. */
  readonly head?: string
  /** What the base is, for messages: e.g. `pull request #42`. */
  readonly what: string
}

/** Runs git synchronously in the workspace; never throws for a non-zero exit. */
export type GitPort = (args: readonly string[]) => {
  readonly status: number
  readonly stdout: string
}

// Only what git needs: the job's environment is not trusted (an earlier step can set GIT_DIR,
// GIT_CONFIG_* or GIT_EXTERNAL_DIFF through $GITHUB_ENV).
const GIT_ENV_KEYS = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT'] as const

/** A {@link GitPort} over the git on PATH, run in `cwd` with a scrubbed environment. */
export function nodeGit(cwd: string): GitPort {
  const env: Record<string, string> = { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' }
  for (const key of GIT_ENV_KEYS) {
    const v = process.env[key]
    if (v !== undefined) env[key] = v
  }
  return (args) => {
    try {
      const stdout = execFileSync('git', args, {
        cwd,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      })
      return { status: 0, stdout }
    } catch (error) {
      const e = error as { status?: number | null; stdout?: string }
      return { status: e.status ?? 1, stdout: typeof e.stdout === 'string' ? e.stdout : '' }
    }
  }
}

/** The workspace-relative path (forward slashes) of `file`, or undefined when it lies outside. */
export function workspacePath(file: string, cwd: string): string | undefined {
  const rel = relative(resolve(cwd), resolve(cwd, file))
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/')
}

/** What the base commit holds at one path, and whether the change under review edits it. */
export interface BaseFile {
  /** The file's text at the base commit; undefined when the base has no such file. */
  readonly text: string | undefined
  /** Whether the workspace's version differs from the base's (added, changed or removed). */
  readonly changed: boolean
  /** `git diff` of base → workspace, when changed (may be cut short). */
  readonly diff?: string
}

const MAX_DIFF_LINES = 200

/** Reads gate inputs from a base commit through git (plumbing only: no filters, no textconv). */
export class BaseReader {
  private checked = false
  constructor(
    readonly base: TrustedBase,
    private readonly git: GitPort,
    private readonly input: string,
  ) {
    if (!FULL_COMMIT_SHA.test(base.sha)) {
      throw new InputError(input, `the base commit must be a full SHA (got '${base.sha}')`)
    }
  }

  /** Throws a clear InputError when the base commit is not in the checkout. */
  requireBase(): void {
    if (this.checked) return
    const r = this.git(['cat-file', '-e', `${this.base.sha}^{commit}`])
    if (r.status !== 0) {
      throw new InputError(
        this.input,
        `the base commit ${this.base.sha} of the ${this.base.what} is not in the checkout, so the gate cannot read its policy, waivers and baselines from it (they are never read from the change itself). Check out with fetch-depth: 0`,
      )
    }
    this.checked = true
  }

  /** The base commit's version of a workspace-relative path, and whether the workspace differs. */
  read(rel: string, workspaceText: string | undefined): BaseFile {
    this.requireBase()
    const spec = `${this.base.sha}:${rel}`
    const exists = this.git(['cat-file', '-e', spec]).status === 0
    const text = exists ? this.git(['cat-file', 'blob', spec]).stdout : undefined
    const changed = text !== workspaceText
    if (!changed) return { text, changed }
    const d = this.git([
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      this.base.sha,
      '--',
      rel,
    ])
    let diff = d.status === 0 ? d.stdout : ''
    if (diff === '' && workspaceText !== undefined && text === undefined) {
      // An untracked file the change added is not in `git diff`; show it whole.
      diff = workspaceText
        .split('\n')
        .map((l) => `+${l}`)
        .join('\n')
    }
    const lines = diff.split('\n')
    if (lines.length > MAX_DIFF_LINES) {
      diff = `${lines.slice(0, MAX_DIFF_LINES).join('\n')}\n… ${lines.length - MAX_DIFF_LINES} more line(s)`
    }
    return { text, changed, ...(diff !== '' ? { diff } : {}) }
  }

  /**
   * The commits a `mode: new` baseline may be for: the base and the merge base of base and head.
   * A merge base git cannot compute (shallow checkout) is left out, never guessed.
   */
  baselineCommits(): string[] {
    this.requireBase()
    const commits = [this.base.sha]
    const r = this.git(['merge-base', this.base.sha, this.base.head ?? 'HEAD'])
    const mb = r.stdout.trim()
    if (r.status === 0 && FULL_COMMIT_SHA.test(mb) && !commits.includes(mb)) commits.push(mb)
    return commits
  }
}

/** The part of the file system the gate reads, as GateFileSystem has it (kept here to avoid a cycle). */
export interface FileSystemLike {
  readFile(path: string): string
  kind(path: string): 'file' | 'directory' | undefined
  list(path: string): string[]
}

/**
 * A file system that shows the workspace as the base commit holds it: paths inside `cwd` are read
 * from the commit's tree (git plumbing, no filters), paths outside from `outside` unchanged (they are
 * the workflow's own: an organisation policy checkout, this run's downloaded artifacts).
 */
export function baseFileSystem(
  reader: BaseReader,
  git: GitPort,
  cwd: string,
  outside: FileSystemLike,
): FileSystemLike {
  const spec = (path: string): string | undefined => {
    const rel = relative(resolve(cwd), resolve(cwd, path))
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined
    reader.requireBase()
    return `${reader.base.sha}:${rel.split(sep).join('/')}`
  }
  return {
    readFile(path) {
      const s = spec(path)
      if (s === undefined) return outside.readFile(path)
      const r = git(['cat-file', 'blob', s])
      if (r.status !== 0) throw new Error(`${s} is not a file at the base commit`)
      return r.stdout
    },
    kind(path) {
      const s = spec(path)
      if (s === undefined) return outside.kind(path)
      const r = git(['cat-file', '-t', s])
      const t = r.stdout.trim()
      return r.status !== 0
        ? undefined
        : t === 'blob'
          ? 'file'
          : t === 'tree'
            ? 'directory'
            : undefined
    },
    list(path) {
      const s = spec(path)
      if (s === undefined) return outside.list(path)
      const r = git(['ls-tree', '--name-only', '-z', s])
      if (r.status !== 0) throw new Error(`${s} is not a folder at the base commit`)
      return r.stdout.split('\0').filter((n) => n !== '')
    },
  }
}

/** A gate input file that the change under review edits; the base commit's version applies. */
export interface InputChange {
  readonly input: string
  /** Workspace-relative path. */
  readonly file: string
  readonly change: 'added' | 'changed' | 'removed'
  /** `git diff` base → change (may be cut short; absent when git gave none). */
  readonly diff?: string
  /** The notice shown in the summary and the log. */
  readonly message: string
}
