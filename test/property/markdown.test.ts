import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '@portcullis/core'
import { expectOnlyElements, hasCmarkGfm, renderGfm } from '../support/gfm.js'

/**
 * The suite's one markdown escape, rendered by the real GFM renderer: hostile text from a
 * repository or a scanner yields no link, image, HTML element, heading, emphasis or table break,
 * and reads back as exactly the text it was (whitespace runs as one space).
 */
const HOSTILE = [
  '[Security team - rotate the leaked key here](https:evil.example).env',
  '<a href="https://evil.example">click</a>',
  '<img src=x onerror=alert(1)>',
  '![tracker](https://evil.example/p.png)',
  '# Heading',
  '=== setext',
  '| a | b |',
  'x \\| y',
  '`code` and ```fence```',
  '**bold** _em_ ~~strike~~',
  'www.evil.example',
  'https://evil.example/path',
  'mailto:security@evil.example',
  'security@evil.example',
  '@octo-org/security-team please rotate',
  'fixes #123 and GH-1',
  '[ref]: https://evil.example',
  '[x][ref]',
  '<!-- hidden -->',
  '&lt;script&gt; &amp; &#60;b&#62;',
  '\\[not a link\\](x)',
  '1. ordered',
  '- list',
  '> quote',
  'line\nbreak\r\nand\u2028more',
  '\u202egnp.exe',
  '<details><summary>x</summary>',
  '</summary></details><a href=x>y</a>',
]

const piece = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '!',
    '|',
    '`',
    '*',
    '_',
    '~',
    '#',
    '&',
    ';',
    ':',
    '@',
    '\\',
    'www.',
    'http://',
    'a.b',
    '\n',
    ' ',
  ),
  fc.string({ maxLength: 6 }),
)
const hostile = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''))

/**
 * The text a browser shows for rendered HTML: entities decoded (inside an HTML block such as
 * `<summary>` the renderer passes numeric references through for the browser to decode), the word
 * joiners the escape adds removed.
 */
function textOf(html: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' }
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|(quot|lt|gt|amp));/g, (_, n?: string, name?: string) =>
      n !== undefined ? String.fromCodePoint(Number(n)) : named[name!]!,
    )
    .replace(/\u2060/g, '')
    .trim()
}

/** What escapeMarkdown promises to keep: the text, on one line, without invisible controls. */
function expected(text: string): string {
  return text
    .replace(/[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

describe.skipIf(!hasCmarkGfm())('escapeMarkdown rendered by cmark-gfm', () => {
  it('each hostile text renders as itself, inside a table cell, a list item and <summary>', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 20 }), (texts) => {
        const cells = texts.map((t) => `| ${escapeMarkdown(t)} | end |`)
        const doc = [
          '| text | marker |',
          '|---|---|',
          ...cells,
          '',
          ...texts.map((t) => `- ${escapeMarkdown(t)}`),
          '',
          ...texts.map(
            (t) => `<details><summary>${escapeMarkdown(t)}</summary>\n\nbody\n</details>\n`,
          ),
        ].join('\n')
        const html = renderGfm(doc)
        expectOnlyElements(html, [
          'table',
          'thead',
          'tbody',
          'tr',
          'th',
          'td',
          'ul',
          'li',
          'p',
          'details',
          'summary',
        ])
        // No table break: one row per text, each with exactly its two cells, the second intact.
        const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1)
        expect(rows).toHaveLength(texts.length)
        rows.forEach((row, i) => {
          const cells = [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!)
          expect(cells).toHaveLength(2)
          expect(textOf(cells[0]!)).toBe(expected(texts[i]!))
          expect(cells[1]).toBe('end')
        })
        const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!))
        expect(items).toEqual(texts.map(expected))
        const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) =>
          textOf(m[1]!),
        )
        expect(summaries).toEqual(texts.map(expected))
      }),
      { numRuns: 150 },
    )
  })

  it.each(HOSTILE)('%j: no link, image, HTML element or heading in a paragraph', (text) => {
    const html = renderGfm(`Found in ${escapeMarkdown(text)} today.\n`)
    expectOnlyElements(html, ['p'])
    expect(textOf(html)).toBe(`Found in ${expected(text)} today.`)
  })

  it('cuts long text before escaping, so no character reference is cut in half', () => {
    const cut = escapeMarkdown('<'.repeat(50), 10)
    expect(cut).toBe(`${'&#60;'.repeat(9)}…`)
  })
})
