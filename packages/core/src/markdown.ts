/**
 * The one escape for text that came from a scanned repository or a scanner (file names, rule
 * titles, descriptions, failure reasons) before it goes into GitHub-flavoured markdown: job
 * summaries, pull request comments, check-run text and SARIF help. The result renders as exactly
 * the text it was given, on one line, with no link, image, HTML element, heading, list, emphasis,
 * code span, table break, autolink, @-mention or #-reference.
 *
 * Characters that make structure become numeric character references: CommonMark decodes them to
 * plain text and never reads them as structure (spec 0.30, "Entity and numeric character
 * references"), GFM splits table cells before decoding them, and the same reference is right
 * inside an HTML block (`<summary>…</summary>`), where backslash escapes would show. That is `&`,
 * `<`, `>` (HTML), `[`, `]` (links, images), `|` (table cells), backtick, `*`, `_`, `~`, `\` and
 * `#`, plus the first character when the text could open a block (`-`, `+`, `=`, `1.`, `>`…).
 * GFM's autolinks (`www.`, `scheme://`, `a@b.c`) and GitHub's `@user`/`#123` references are found
 * in the decoded text, so a WORD JOINER (U+2060, zero width) goes inside `www.` and `://` and after
 * each `@` and `#`: the text still reads the same, and nothing in it is a link or a ping. Other
 * characters (`.`, `/`, `:`, `-`, `@`…) stay as they are, so paths, versions and rule ids read
 * plainly in the raw markdown too.
 * https://github.github.com/gfm/#autolinks-extension-
 */

/** Characters with a meaning in GFM inline syntax or in HTML, wherever they are. */
const SPECIAL = /[&<>[\]|`*_~\\#]/g
/** A start that could open a block: a list (`-`, `+`, `1.`, `1)`), quote, setext line, fence. */
const BLOCK_START = /^(?:[-+=>.:)(!"$%'*,/;?^{}]|\d+[.)](?:\s|$))/
/** Terminal escapes, C0/C1 controls and bidirectional overrides (they reorder what a reviewer reads). */
const INVISIBLE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g
const WORD_JOINER = '\u2060'

function reference(c: string): string {
  return `&#${c.charCodeAt(0)};`
}

/**
 * Escapes untrusted text for GitHub-flavoured markdown (inline text, table cells, list items, and
 * the text of HTML elements such as `<summary>`). Whitespace runs become one space; text longer
 * than `max` characters is cut (before escaping, so no reference is cut in half) and ends in `…`.
 */
export function escapeMarkdown(text: string, max?: number): string {
  const flat = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  const cut =
    max !== undefined && chars.length > max
      ? `${chars.slice(0, Math.max(max - 1, 0)).join('')}…`
      : flat
  const escaped = cut
    .replace(SPECIAL, (c) => (c === '#' ? `${reference(c)}${WORD_JOINER}` : reference(c)))
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/(www)(\.)/gi, `$1${WORD_JOINER}$2`)
  return BLOCK_START.test(escaped) ? `${reference(escaped)}${escaped.slice(1)}` : escaped
}
