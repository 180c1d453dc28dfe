/**
 * GitHub's markdown renderer (apt `cmark-gfm`, with the extensions github.com enables) for tests
 * that check what a summary, comment or SARIF help really renders. `--unsafe` keeps raw HTML in the
 * output, so a test sees every element a hostile text would have produced.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { expect } from 'vitest'

export const CMARK_GFM = 'cmark-gfm'

export function hasCmarkGfm(): boolean {
  return spawnSync(CMARK_GFM, ['--version'], { stdio: 'ignore' }).status === 0
}

/** Renders GFM to HTML: tables, autolinks and strikethrough on, raw HTML kept. */
export function renderGfm(markdown: string): string {
  return execFileSync(
    CMARK_GFM,
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'],
    { input: markdown, maxBuffer: 64 * 1024 * 1024 },
  ).toString('utf8')
}

/** Tag names (lower case) of every element in rendered HTML. */
export function elementsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase())
}

/**
 * Asserts rendered HTML has no link, image, raw HTML element, heading or other element than the
 * ones the suite's own markdown makes (`allowed`), and names what it found.
 */
export function expectOnlyElements(html: string, allowed: readonly string[]): void {
  const found = new Set(elementsOf(html))
  const extra = [...found].filter((t) => !allowed.includes(t))
  expect(extra, `elements the text should not have made:\n${html}`).toEqual([])
}

/** What the suite's own summaries and comments are made of. */
export const SUMMARY_ELEMENTS = [
  'p',
  'h2',
  'h3',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'strong',
  'em',
  'code',
  'blockquote',
  'details',
  'summary',
  'br',
] as const
