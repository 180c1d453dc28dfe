/**
 * Everything the suite prints goes through here, because the runner reads workflow commands out of
 * every line a step writes (stdout and stderr), in two forms (actions/runner,
 * src/Runner.Common/ActionCommand.cs, `TryParseV2` then `TryParse`, called from
 * src/Runner.Worker/ActionCommandManager.cs `TryProcessCommand`):
 *
 * - `::name props::data` where the line starts with `::` after leading whitespace (V2), and
 * - `##[name props]data` ANYWHERE in the line (legacy: it looks for `##[` with IndexOf, not at the
 *   start), so a tool line such as `[trivy] INFO a ##[stop-commands]x/package-lock.json` stops
 *   command processing for the rest of the step, and `##[notice]…` forges an annotation.
 *
 * Both look-ups are .NET string comparisons that are culture-sensitive (ICU on Linux), which skip
 * default-ignorable characters such as U+200B or U+00AD: `#\u200b#[` matches `##[` there. So each
 * line loses its terminal escapes, control characters and default-ignorable characters first; then
 * a line that could start a V2 command gets a visible prefix, and every `##[` is broken to `## [`.
 * A scanner (or a hostile file name it echoes) can then never issue a command.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g
/** What ICU's comparisons skip; none of it is visible in a log. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/
const COMMANDISH = /^\s*(::|##\[|##vso\[)/i
/** The legacy command prefix, wherever it is in a line. */
const LEGACY = /##\[/g

/** Text without terminal escapes, invisible characters or controls other than tab and line breaks. */
export function stripEscapes(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '').replace(IGNORABLE, '')
}

/** Returns lines that are safe to print: no terminal escapes, no control characters, no command lines. */
export function neutralizeLines(text: string, prefix = ''): string[] {
  const lines = text.split(LINE_BREAKS)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((raw) => {
    const line = stripEscapes(raw).replace(LEGACY, '## [')
    if (prefix !== '') return `${prefix}${line}`
    return COMMANDISH.test(line) ? `│ ${line}` : line
  })
}

export function neutralize(text: string, prefix = ''): string {
  return neutralizeLines(text, prefix).join('\n')
}

/** The logging port every package takes: a runner, a CLI and a test each give their own. */
export interface Logger {
  info(message: string): void
  debug(message: string): void
  /** A plain warning line (not an annotation; annotations go through the Annotator). */
  warning(message: string): void
  /** Relays a tool's own output, every line prefixed with `[tool] ` so none can be read as a command. */
  relay(tool: string, text: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

export interface LineSink {
  write(line: string): void
  isDebug(): boolean
}

/** A Logger that writes neutralised lines to a sink (stdout in the runner, an array in tests). */
export function createLogger(sink: LineSink): Logger {
  const out = (text: string, prefix = '') => {
    for (const line of neutralizeLines(text, prefix)) sink.write(line)
  }
  return {
    info: (message) => out(message),
    debug: (message) => {
      if (sink.isDebug()) out(message, '[debug] ')
    },
    warning: (message) => out(message, 'Warning: '),
    relay: (tool, text) => out(text, `[${tool}] `),
    async group(title, fn) {
      // ::group:: is ours to emit; the title is neutralised to one line first.
      sink.write(`::group::${neutralize(title).replace(/\n/g, ' ')}`)
      try {
        return await fn()
      } finally {
        sink.write('::endgroup::')
      }
    },
  }
}

/** A Logger that records lines, for tests and for the CLI's quiet mode. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = []
  const logger = createLogger({ write: (l) => lines.push(l), isDebug: () => true })
  return Object.assign(logger, { lines })
}
