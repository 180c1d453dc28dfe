/**
 * The one escape for text that came from a scanned repository or a scanner (file names, rule
 * titles, descriptions, failure reasons) before it goes into GitHub-flavoured markdown: job
 * summaries, pull request comments, check-run text and SARIF help. The result renders as exactly
 * the text it was given, on one line, with no link, image, HTML element, heading, list, emphasis,
 * code span, table break, autolink, @-mention or #-reference.
 *
 * Every character with a meaning in GFM becomes a numeric character reference: CommonMark decodes
 * references to plain text and never reads them as structure (spec 0.30, "Entity and numeric
 * character references"), GFM splits table cells before decoding them, and the same reference is
 * right inside an HTML block (`<summary>…</summary>`), where backslash escapes would show. GFM's
 * autolinks (`www.`, `scheme://`, `a@b.c`) and GitHub's `@user`/`#123` references are found in the
 * decoded text, so a WORD JOINER (U+2060, zero width) is put after each `:`, `@` and `#` and
 * inside `www.`: the text still reads the same, and nothing in it is a link or a ping.
 * https://github.github.com/gfm/#autolinks-extension-
 */

/** Characters with a meaning in GFM inline or block syntax, or in HTML. */
const SPECIAL = /[!"#$%&'()*+\-./:;<=>?@[\\\]^_`{|}~]/g
/** Terminal escapes, C0/C1 controls and bidirectional overrides (they reorder what a reviewer reads). */
const INVISIBLE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g
const WORD_JOINER = '\u2060'

/**
 * Escapes untrusted text for GitHub-flavoured markdown (inline text, table cells, list items, and
 * the text of HTML elements such as `<summary>`). Whitespace runs become one space; text longer
 * than `max` characters is cut (before escaping, so no reference is cut in half) and ends in `…`.
 */
export function escapeMarkdown(text: string, max?: number): string {
  const flat = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  let cut = flat
  if (max !== undefined && [...flat].length > max) {
    cut = `${[...flat].slice(0, Math.max(max - 1, 0)).join('')}…`
  }
  return cut
    .replace(SPECIAL, (c) => {
      const ref = `&#${c.charCodeAt(0)};`
      return c === ':' || c === '@' || c === '#' ? `${ref}${WORD_JOINER}` : ref
    })
    .replace(/(w)(w)(w)(?=&#46;)/gi, `$1$2$3${WORD_JOINER}`)
}
