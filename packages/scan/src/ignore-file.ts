import { readFileSync } from 'node:fs'
import picomatch from 'picomatch'
import { parse } from 'yaml'
import { InputError, type Finding } from '@portcullis/core'
import { workspacePath } from '@portcullis/engine'

/**
 * The `ignore-file` input: an ignore file in trivy's formats, named by the workflow, applied by
 * Portcullis rather than by the scanner. The scanner always reports everything; each finding an
 * entry covers stays in the report as a suppressed finding whose source names the file and line,
 * so a summary and the gate see exactly what the file hid (and the gate's `repo-suppressions`
 * policy decides what that is worth).
 *
 * - `.trivyignore` (any name not ending in .yaml/.yml): one id per line (`CVE-2023-1234`,
 *   `AVD-AWS-0086`, `aws-access-key-id`), optionally followed by `exp:YYYY-MM-DD`; `#` starts a
 *   comment.
 * - `.trivyignore.yaml`: `vulnerabilities`, `misconfigurations`, `secrets` and `licenses` lists of
 *   `{ id, paths?, expired_at?, statement? }`.
 *
 * An id matches a finding's rule id or any of its advisory ids, case-insensitively. An entry past
 * its expiry date covers nothing (as in trivy), and the notice says so.
 */
export interface IgnoreEntry {
  readonly id: string
  readonly line: number
  readonly paths: readonly string[]
  readonly expires: string | undefined
  readonly statement: string | undefined
}

export interface IgnoreFile {
  /** Workspace-relative path of the file, as the suppression source names it. */
  readonly name: string
  readonly entries: readonly IgnoreEntry[]
}

const INPUT = 'ignore-file'
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Reads and checks the file the `ignore-file` input names; every mistake names the input and line. */
export function readIgnoreFile(workspace: string, input: string): IgnoreFile {
  const { abs: path, rel: name } = workspacePath(workspace, input, INPUT)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(
      INPUT,
      `'${input}' cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); name an existing ignore file or leave the input empty`,
    )
  }
  const entries = /\.ya?ml$/i.test(path) ? yamlEntries(text, input) : textEntries(text, input)
  return { name, entries }
}

function textEntries(text: string, input: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === '') return
    const [id, ...rest] = line.split(/\s+/)
    let expires: string | undefined
    for (const word of rest) {
      const exp = /^exp:(.*)$/.exec(word)
      if (exp && DATE.test(exp[1]!) && !Number.isNaN(Date.parse(exp[1]!))) expires = exp[1]
      else {
        throw new InputError(
          INPUT,
          `'${input}' line ${i + 1}: '${word}' is neither a comment nor exp:YYYY-MM-DD`,
        )
      }
    }
    entries.push({ id: id!, line: i + 1, paths: [], expires, statement: undefined })
  })
  return entries
}

const YAML_LISTS = ['vulnerabilities', 'misconfigurations', 'secrets', 'licenses'] as const

function yamlEntries(text: string, input: string): IgnoreEntry[] {
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    throw new InputError(INPUT, `'${input}' is not valid YAML: ${(error as Error).message}`)
  }
  if (data === null || data === undefined) return []
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(INPUT, `'${input}' must be a mapping of ${YAML_LISTS.join(', ')}`)
  }
  const lines = text.split(/\r?\n/)
  const entries: IgnoreEntry[] = []
  for (const [key, list] of Object.entries(data)) {
    if (!(YAML_LISTS as readonly string[]).includes(key)) {
      throw new InputError(INPUT, `'${input}': unknown key '${key}' (${YAML_LISTS.join(', ')})`)
    }
    if (list === null) continue
    if (!Array.isArray(list)) throw new InputError(INPUT, `'${input}': '${key}' must be a list`)
    for (const item of list as unknown[]) {
      const entry = item as Record<string, unknown> | null
      const id = entry?.id
      if (typeof id !== 'string' || id.trim() === '') {
        throw new InputError(INPUT, `'${input}': every entry of '${key}' needs an id`)
      }
      const paths = entry?.paths ?? []
      if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) {
        throw new InputError(INPUT, `'${input}': paths of '${id}' must be a list of strings`)
      }
      const expiredAt = entry?.expired_at
      const expires =
        expiredAt instanceof Date
          ? expiredAt.toISOString().slice(0, 10)
          : typeof expiredAt === 'string'
            ? expiredAt
            : undefined
      if (expiredAt !== undefined && (expires === undefined || Number.isNaN(Date.parse(expires)))) {
        throw new InputError(INPUT, `'${input}': expired_at of '${id}' must be a date (YYYY-MM-DD)`)
      }
      const statement = typeof entry?.statement === 'string' ? entry.statement : undefined
      const at = lines.findIndex((l) => new RegExp(`\\bid:\\s*['"]?${escape(id)}\\b`).test(l))
      entries.push({ id, line: at + 1, paths: paths as string[], expires, statement })
    }
  }
  return entries
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Marks every counted finding an unexpired entry covers as suppressed by `file:line`, handing each
 * finding on in order; returns the notices saying what it did.
 */
export function applyIgnoreFile(
  file: IgnoreFile,
  findings: Iterable<Finding>,
  now: Date,
  add: (finding: Finding) => void,
): string[] {
  const today = now.toISOString().slice(0, 10)
  const live = file.entries.filter((e) => e.expires === undefined || e.expires >= today)
  const expired = file.entries.filter((e) => !live.includes(e))
  const matchers = live.map((e) => ({
    entry: e,
    id: e.id.toLowerCase(),
    paths: e.paths.length > 0 ? picomatch([...e.paths], { dot: true }) : undefined,
  }))
  let hidden = 0
  const mark = (f: Finding): Finding => {
    if (f.suppression) return f
    const ids = new Set([f.ruleId, ...(f.advisories ?? [])].map((id) => id.toLowerCase()))
    const path = f.location?.path
    const hit = matchers.find(
      (m) => ids.has(m.id) && (m.paths === undefined || (path !== undefined && m.paths(path))),
    )
    if (!hit) return f
    hidden += 1
    return {
      ...f,
      suppression: {
        kind: 'external' as const,
        source: `${file.name}:${hit.entry.line}`,
        justification:
          hit.entry.statement ??
          `listed in ${file.name} (input ignore-file)${hit.entry.expires ? ` until ${hit.entry.expires}` : ''}`,
      },
    }
  }
  for (const f of findings) add(mark(f))
  const notices = [
    `${file.name} (input ignore-file): ${hidden} finding(s) suppressed by ${live.length} entr${live.length === 1 ? 'y' : 'ies'}.`,
  ]
  if (expired.length > 0) {
    notices.push(
      `${file.name}: ${expired.length} expired entr${expired.length === 1 ? 'y covers' : 'ies cover'} nothing: ${expired.map((e) => `${e.id} (line ${e.line}, ${e.expires})`).join(', ')}.`,
    )
  }
  return notices
}
