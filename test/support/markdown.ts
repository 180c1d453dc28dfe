/**
 * The text a reader sees in markdown written with core's `escapeMarkdown`: numeric character
 * references decoded and word joiners removed. Tests assert on wording with it, so the escaping
 * of file names and `#` references does not have to be spelt out in every expectation.
 */
export function readAsText(markdown: string): string {
  return markdown
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\u2060/g, '')
}
