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
