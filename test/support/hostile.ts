/**
 * Hostile inputs for the hardening suites: stand-in scanners that misbehave in one named way each,
 * payloads that are truncated, byte-order-marked, enormous or deeply nested, checks that a step's
 * log carries only the commands the action itself emits, a search for secrets in everything a step
 * wrote or sent, and the generated table in docs/hardening.md.
 */
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { REPO_ROOT, runAction, type RunResult, type WorkflowCommand } from './runner.js'

const made: string[] = []
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A temporary folder removed when the test process exits. */
export function hostileTemp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** How a stand-in answers the installer's version probe and where the engine asks it to write. */
export interface FakeToolSpec {
  /** The installer's tool name; the stand-in's file name. */
  readonly name: string
  /** The first argument of the version probe (`version`, `--version`), from the installer manifest. */
  readonly versionArg: string
  /** What the real tool prints for it (the installer parses the version out of this). */
  readonly versionText: string
  /** The flag whose value is the report file the engine reads (`--report-path`, `--output`). */
  readonly outputFlag: string
  /** The exit code the real tool gives when it found something (what the engine accepts as done). */
  readonly foundExitCode: number
  /**
   * Shell that writes a valid report to "$OUT" and sets RC. Defaults to copying `$SAMPLE`.
   * (openscap runs the real oscap, whose results cannot be recorded once for every host.)
   */
  readonly produce?: string
  /** When set, every call whose first argument is not this one runs the real tool ($REAL). */
  readonly fakeOnly?: { readonly firstArg: string; readonly real: string }
}

/** Writes a shell script standing in for `spec.name`: answers the version probe, then runs `body`. */
export function fakeTool(
  spec: FakeToolSpec,
  body: string,
  env: Record<string, string> = {},
): string {
  const dir = hostileTemp(`fake-${spec.name}-`)
  const path = join(dir, spec.name)
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      ...Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`),
      ...(spec.fakeOnly
        ? [
            `REAL=${quote(spec.fakeOnly.real)}`,
            `if [ "$1" != ${quote(spec.fakeOnly.firstArg)} ]; then exec "$REAL" "$@"; fi`,
          ]
        : [
            `if [ "$1" = ${quote(spec.versionArg)} ]; then printf '%s\\n' ${quote(spec.versionText)}; exit 0; fi`,
          ]),
      'OUT=',
      'PREV=',
      'for ARG in "$@"; do',
      `  if [ "$PREV" = ${quote(spec.outputFlag)} ]; then OUT=$ARG; fi`,
      `  case "$ARG" in ${spec.outputFlag}=*) OUT=\${ARG#*=} ;; esac`,
      '  PREV=$ARG',
      'done',
      'RC=0',
      body,
      '',
    ].join('\n'),
  )
  chmodSync(path, 0o755)
  return path
}

/** 300 MiB: larger than any real report of a repository, written in well under a second. */
export const ENORMOUS_BYTES = 300 * 1024 * 1024
/** Nesting depth of the deeply nested payloads. */
export const NESTING_DEPTH = 100_000

/** `[[[…]]]` 100,000 levels deep, inside the top-level shape the tool writes. */
export function deepJson(wrap: (inner: string) => string): string {
  return wrap(`${'['.repeat(NESTING_DEPTH)}${']'.repeat(NESTING_DEPTH)}`)
}

/** An XML document with an element nested 100,000 levels deep under `root`. */
export function deepXml(root: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>${'<x>'.repeat(NESTING_DEPTH)}${'</x>'.repeat(NESTING_DEPTH)}</${root}>\n`
}

export type FaultId =
  | 'control'
  | 'missing'
  | 'signal'
  | 'timeout'
  | 'exit-code'
  | 'empty-output'
  | 'truncated'
  | 'zero-byte'
  | 'bom'
  | 'invalid'
  | 'enormous'
  | 'deep-nesting'

export interface Fault {
  readonly id: FaultId
  /** What the stand-in does, for the table in docs/hardening.md. */
  readonly what: string
  /** Only `control` and `bom` are valid output; every other fault must fail the scan. */
  readonly passes: boolean
  /** The stand-in's body (after the version probe); undefined for `missing` and `timeout`. */
  readonly body?: (tool: FakeToolSpec, payloads: Payloads) => string
}

/** Files the bodies copy from, written once per matrix. */
export interface Payloads {
  /** A valid report of this tool (recorded from the real scanner or from its corpus). */
  readonly sample: string
  /** The deeply nested document in the tool's format. */
  readonly deep: string
}

function produce(tool: FakeToolSpec, payloads: Payloads): string {
  return tool.produce ?? `cat '${payloads.sample}' > "$OUT"; RC=${tool.foundExitCode}`
}

/** The fault matrix, in table order. `timeout` is exercised through runScan (see the matrix files). */
export const FAULTS: readonly Fault[] = [
  {
    id: 'control',
    what: 'a valid report (no fault): the stand-in itself works',
    passes: true,
    body: (t, p) => `${produce(t, p)}\nexit $RC`,
  },
  { id: 'missing', what: '`<tool>-path` names a file that does not exist', passes: false },
  {
    id: 'signal',
    what: 'writes its report, then is killed by SIGKILL',
    passes: false,
    body: (t, p) => `${produce(t, p)}\nkill -KILL $$`,
  },
  {
    id: 'timeout',
    what: 'sleeps past the time limit (runScan with a 0.3 s limit: `timeout-minutes` is whole minutes)',
    passes: false,
  },
  {
    id: 'exit-code',
    what: 'writes a valid report, exits 42',
    passes: false,
    body: (t, p) => `${produce(t, p)}\necho 'fatal: something broke' >&2\nexit 42`,
  },
  {
    id: 'empty-output',
    what: 'prints nothing, writes no report, exits with its "found" code',
    passes: false,
    body: (t) => `exit ${t.foundExitCode}`,
  },
  {
    id: 'truncated',
    what: 'the first half of a valid report',
    passes: false,
    body: (t, p) =>
      `${produce(t, p)}\nhead -c $(( $(wc -c < "$OUT") / 2 )) "$OUT" > "$OUT.part"\nmv "$OUT.part" "$OUT"\nexit $RC`,
  },
  {
    id: 'zero-byte',
    what: 'a 0-byte report file',
    passes: false,
    body: (t) => `: > "$OUT"\nexit ${t.foundExitCode}`,
  },
  {
    id: 'bom',
    what: 'a valid report behind a UTF-8 byte-order mark (valid: must pass)',
    passes: true,
    body: (t, p) =>
      `${produce(t, p)}\n{ printf '\\357\\273\\277'; cat "$OUT"; } > "$OUT.bom"\nmv "$OUT.bom" "$OUT"\nexit $RC`,
  },
  {
    id: 'invalid',
    what: 'text that is not the report format',
    passes: false,
    body: (t) => `printf 'Error: not a report {\\n' > "$OUT"\nexit ${t.foundExitCode}`,
  },
  {
    id: 'enormous',
    what: `a ${ENORMOUS_BYTES / 1024 / 1024} MiB report (its first byte, then spaces: never closed)`,
    passes: false,
    body: (t, p) =>
      `${produce(t, p)}\n{ head -c 1 "$OUT"; head -c ${ENORMOUS_BYTES} /dev/zero | tr '\\000' ' '; } > "$OUT.big"\nmv "$OUT.big" "$OUT"\nexit $RC`,
  },
  {
    id: 'deep-nesting',
    what: `a report nested ${NESTING_DEPTH.toLocaleString('en')} levels deep`,
    passes: false,
    body: (t, p) => `cat '${p.deep}' > "$OUT"\nexit ${t.foundExitCode}`,
  },
]

/** Reads and validates the findings report a step wrote (its `report` output). */
export function reportOf(result: RunResult): FindingsReport {
  const path = result.outputs.report
  expect(path, `the step set no report output\n${result.stdout}`).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

/** Temporary folders and this machine's paths in a reason, replaced so the docs table is stable. */
export function stableReason(reason: string | undefined): string {
  return (
    (reason ?? '')
      .replace(/\/(tmp|var\/tmp)\/[^\s'")]*/g, '<tmp>')
      .replace(new RegExp(REPO_ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '<repo>')
      // Where a cut-off XML report ends depends on the machine the sample was made on (host names,
      // addresses, times): the position and the open tag are not part of the behaviour documented.
      .replace(/\(\d+:\d+: unclosed tag: [\w:.-]+\)/g, '(<line>:<col>: unclosed tag: <tag>)')
      .replace(/\|/g, '\\|')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

export interface GateRun {
  readonly exitCode: number | null
  readonly verdict: string | undefined
  readonly reasons: readonly { code: string; message: string }[]
}

/** Runs the built quality gate over one findings report, as the next step of the job would. */
export async function gateOver(reportPath: string, sha: string): Promise<GateRun> {
  const result = await runAction('quality-gate', {
    sha,
    // The fault cases run stand-in scanners, which are unverified binaries by design: system
    // level 2 does not require verified tools, so the verdict is about the fault alone.
    inputs: { findings: reportPath, comment: 'false', 'system-level': '2' },
  })
  const reasons = JSON.parse(result.outputs.reasons ?? '[]') as { code: string; message: string }[]
  return { exitCode: result.exitCode, verdict: result.outputs.verdict, reasons }
}

/** Workflow commands the suite's actions emit themselves; anything else in a log was injected. */
export const OWN_COMMANDS = new Set(['group', 'endgroup', 'error', 'warning', 'notice', 'debug'])

/**
 * The log holds only commands the action emits: groups, annotations and the masks of values it
 * registered itself (`allowedMasks`). An injected `::set-output`, `::stop-commands::`,
 * `::add-mask::` or `::save-state` fails.
 */
export function expectOnlyOwnCommands(
  result: RunResult,
  allowedMasks: readonly string[] = [],
): WorkflowCommand[] {
  const foreign = result.commands.filter(
    (c) =>
      !OWN_COMMANDS.has(c.command) &&
      !(c.command === 'add-mask' && allowedMasks.includes(c.message)),
  )
  expect(foreign, 'commands the action did not emit').toEqual([])
  // The suite writes only V2 commands; a legacy `##[` one (read anywhere in a line) was injected.
  const legacy = result.commands.filter((c) => c.form === 'legacy')
  expect(legacy, 'legacy ##[ commands').toEqual([])
  return result.commands.filter((c) => c.command === 'group')
}

/** Files larger than this in RUNNER_TEMP or the tool cache are scanner binaries, not step output. */
const LEFT_BEHIND_MAX_BYTES = 32 * 1024 * 1024

/**
 * Every file the step left in RUNNER_TEMP and the tool cache (declared outputs included), by
 * place: whatever a later step, another job on the runner or an artifact upload could read.
 */
export function leftBehind(result: RunResult): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string, label: string, root: string) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path, label, root)
      else if (entry.isFile() && statSync(path).size <= LEFT_BEHIND_MAX_BYTES)
        files[`${label} ${path.slice(root.length + 1)}`] = readFileSync(path, 'latin1')
    }
  }
  walk(result.dirs.runnerTemp, 'RUNNER_TEMP', result.dirs.runnerTemp)
  walk(result.dirs.toolCache, 'tool cache', result.dirs.toolCache)
  return files
}

/**
 * Everything a step wrote or sent, by where, with the runner-consumed `::add-mask::` lines removed:
 * the log, summary, outputs, report and SARIF, and every file left in RUNNER_TEMP and the tool cache.
 */
export function placesOf(
  result: RunResult,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of ['report', 'sarif'] as const) {
    const path = result.outputs[name]
    if (path && existsSync(path)) files[name] = readFileSync(path, 'utf8')
  }
  return {
    stdout: result.stdout
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('::add-mask::'))
      .join('\n'),
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    'exported env': JSON.stringify(result.exportedEnv),
    state: JSON.stringify(result.state),
    ...files,
    ...leftBehind(result),
    ...extra,
  }
}

/** Asserts that no secret appears in any place (each named in the failure). */
export function expectNoLeak(
  places: Readonly<Record<string, string>>,
  secrets: Readonly<Record<string, string>>,
): void {
  const leaks: string[] = []
  for (const [what, value] of Object.entries(secrets)) {
    for (const [where, text] of Object.entries(places)) {
      if (text.includes(value)) leaks.push(`${what} in ${where}`)
    }
  }
  expect(leaks).toEqual([])
}

// --- docs/hardening.md -----------------------------------------------------------------------

export const HARDENING_DOC = join(REPO_ROOT, 'docs/hardening.md')
const DOC_HEADER = `# Hardening: faults and hostile inputs

Generated by the hardening test suites (test/hardening); do not edit by hand. Regenerate with
\`PORTCULLIS_WRITE_DOCS=1 npx vitest run test/hardening\`; each suite checks that its section here
matches what it produced.

Every fault below was tried against the action's built bundle (dist/<name>/index.js) run as the
runner runs it, with a stand-in scanner given as \`<tool>-path\`; "gate" is the built quality gate
run over the report that step wrote.
`

function section(id: string, body: string): string {
  return `<!-- begin ${id} -->\n${body.trimEnd()}\n<!-- end ${id} -->`
}

function sectionPattern(id: string): RegExp {
  const safe = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`<!-- begin ${safe} -->\\n[\\s\\S]*?\\n<!-- end ${safe} -->`)
}

/** Markdown table from a header and rows (cells escaped for `|`). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n')
}

function withLock<T>(fn: () => T): T {
  const lock = `${HARDENING_DOC}.lock`
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is held; remove it if no test runs`)
      execFileSync('sleep', ['0.1'])
    }
  }
  try {
    return fn()
  } finally {
    rmdirSync(lock)
  }
}

/**
 * With PORTCULLIS_WRITE_DOCS=1, writes section `id` of docs/hardening.md (sections are kept in
 * name order); otherwise asserts the committed section equals `body`.
 */
export function syncDocSection(id: string, body: string): void {
  const wanted = section(id, body)
  if (process.env.PORTCULLIS_WRITE_DOCS === '1') {
    withLock(() => {
      const current = existsSync(HARDENING_DOC) ? readFileSync(HARDENING_DOC, 'utf8') : ''
      const sections = new Map<string, string>()
      for (const m of current.matchAll(/<!-- begin (\S+) -->\n[\s\S]*?\n<!-- end \1 -->/g))
        sections.set(m[1]!, m[0])
      sections.set(id, wanted)
      const ordered = [...sections.keys()].sort().map((k) => sections.get(k)!)
      writeFileSync(HARDENING_DOC, `${DOC_HEADER}\n${ordered.join('\n\n')}\n`)
    })
    return
  }
  const current = existsSync(HARDENING_DOC) ? readFileSync(HARDENING_DOC, 'utf8') : ''
  const found = sectionPattern(id).exec(current)?.[0]
  expect(
    found,
    `docs/hardening.md section '${id}' is out of date; run PORTCULLIS_WRITE_DOCS=1 npx vitest run test/hardening`,
  ).toBe(wanted)
}

// --- stand-ins of the suite's scanners ---------------------------------------------------------

/** gitleaks 8.16: `version`; the engine asks for --exit-code=3 on leaks (1 is gitleaks' own error code). */
export const GITLEAKS_FAKE: FakeToolSpec = {
  name: 'gitleaks',
  versionArg: 'version',
  versionText: '8.16.0',
  outputFlag: '--report-path',
  foundExitCode: 3,
}

/** trivy 0.44.1: exits 0 with findings unless --exit-code is given (the engines give none). */
export const TRIVY_FAKE: FakeToolSpec = {
  name: 'trivy',
  versionArg: '--version',
  versionText: 'Version: 0.44.1',
  outputFlag: '--output',
  foundExitCode: 0,
}

/** osv-scanner 2: 1 means vulnerabilities found (https://google.github.io/osv-scanner/output/#return-codes). */
export const OSV_SCANNER_FAKE: FakeToolSpec = {
  name: 'osv-scanner',
  versionArg: '--version',
  versionText: 'osv-scanner version: 2.0.0',
  outputFlag: '--output',
  foundExitCode: 1,
}

/**
 * oscap: every call but `xccdf eval` goes to the real oscap (version probe, `oscap info`); valid
 * results come from the real evaluation. 0 every rule passed, 2 some rule failed.
 */
export function oscapFake(real: string): FakeToolSpec {
  return {
    name: 'oscap',
    versionArg: '--version',
    versionText: 'OpenSCAP command line tool (oscap) 1.3.7',
    outputFlag: '--results',
    foundExitCode: 2,
    produce: '"$REAL" "$@"\nRC=$?',
    fakeOnly: { firstArg: 'xccdf', real },
  }
}

// --- stand-ins for tools that print their output (cosign), and argv recorders --------------------

/**
 * cosign 2.5: the stand-in plays `cosign <firstArg>` only; the version probe and every other call
 * (triangulate; sign when verify is played) run the real cosign. The found code is 0: `cosign
 * verify` exits 0 when it verified, and prints what it verified on stdout (see stdoutReport).
 */
export function cosignFake(
  real: string,
  firstArg: 'sign' | 'verify',
  produce: string,
): FakeToolSpec {
  return {
    name: 'cosign',
    versionArg: 'version',
    versionText: 'GitVersion:    v2.5.0',
    outputFlag: '--output',
    foundExitCode: 0,
    produce,
    fakeOnly: { firstArg, real },
  }
}

/**
 * Wraps a fault body for a tool whose report is its stdout: "$OUT" becomes a scratch file that is
 * printed when the stand-in exits (a stand-in killed by a signal prints nothing, as the real tool
 * would not finish its output either).
 */
export function stdoutReport(body: string): string {
  const dir = hostileTemp('stdout-report-')
  return [`OUT=$(mktemp -p '${dir}')`, `trap 'cat "$OUT"; rm -f "$OUT"' EXIT`, body].join('\n')
}

export interface ArgvRecorder {
  /** The wrapper to give as `<tool>-path`. */
  readonly path: string
  /** Every argv the wrapper was called with (order of calls not kept). */
  readonly calls: () => string[][]
}

/**
 * A wrapper that records each call's argv (a file per call, arguments NUL-terminated) and then
 * execs the real binary with the same arguments and environment.
 */
export function argvRecorder(name: string, real: string): ArgvRecorder {
  const dir = hostileTemp(`argv-${name}-`)
  const calls = join(dir, 'calls')
  mkdirSync(calls)
  const path = join(dir, name)
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      `CALL=$(mktemp -p '${calls}')`,
      `for ARG in "$@"; do printf '%s\\0' "$ARG"; done > "$CALL"`,
      `exec '${real}' "$@"`,
      '',
    ].join('\n'),
  )
  chmodSync(path, 0o755)
  return {
    path,
    calls: () =>
      readdirSync(calls).map((f) => {
        const text = readFileSync(join(calls, f), 'utf8')
        return text === '' ? [] : text.slice(0, -1).split('\0')
      }),
  }
}
