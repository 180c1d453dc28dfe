/**
 * Everything the suite prints goes through here, because the runner turns any output line that
 * starts with `::` (after leading whitespace) into a workflow command — `::error::`, `::add-mask::`,
 * `::stop-commands::`, `::set-output::` — and legacy `##[` / `##vso[` lines are parsed too. A scanner
 * (or a hostile file name it echoes) must never be able to do that, so each line is checked after
 * stripping terminal escapes and is given a visible prefix when it could be read as a command.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/
const COMMANDISH = /^\s*(::|##\[|##vso\[)/i

/** Text without terminal escapes or control characters other than tab and line breaks. */
export function stripEscapes(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '')
}

/** Returns lines that are safe to print: no terminal escapes, no control characters, no command lines. */
export function neutralizeLines(text: string, prefix = ''): string[] {
  const lines = text.split(LINE_BREAKS)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((raw) => {
    const line = stripEscapes(raw)
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
