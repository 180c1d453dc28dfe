import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLogger, neutralize, neutralizeLines } from '@portcullis/action-kit'
import { parseWorkflowCommands } from '../support/runner.js'

/** What the runner trims before it looks for a command: .NET's Char.IsWhiteSpace set and JS's. */
const RUNNER_WHITESPACE =
  /^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/

/** Pieces hostile text is made of: command starts, their encodings, escapes and line breaks. */
const piece = fc.oneof(
  fc.constantFrom(
    '::',
    ':',
    '##[',
    '##vso[',
    '#',
    '[',
    'error',
    'add-mask',
    'set-output name=x',
    'stop-commands',
    '::error::',
    '::add-mask::',
    '::stop-commands::tok',
    '##[stop-commands]x',
    '##[notice title=Portcullis]All scans passed',
    '##[add-mask]critical',
    '#\u200b#[',
    '#\u00ad#[',
    '\u2060',
    '\ufe0f',
    ']',
    ';',
    '%0A',
    '%0D',
    '%25',
    '\n',
    '\r',
    '\r\n',
    '\u2028',
    '\u2029',
    '\u0085',
    '\x1b',
    '\x1b[31m',
    '\x1b[0m',
    '\x1b]0;title\x07',
    '\x1b]8;;http://x\x1b\\',
    '\x00',
    '\x07',
    '\x7f',
    ' ',
    '\t',
    '\u00a0',
    '\ufeff',
    '\u3000',
  ),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
)
const hostile = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''))
/** The prefixes the logger uses: none (info), debug, warning and a tool relay. */
const prefix = fc.constantFrom('', '[debug] ', 'Warning: ', '[gitleaks] ', '[trivy] ')

/** What the runner's culture-sensitive comparisons skip. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu

function commandLike(line: string): boolean {
  const visible = line.replace(IGNORABLE, '')
  const trimmed = visible.replace(RUNNER_WHITESPACE, '')
  // V2 commands start a line; legacy ones (`##[`) are read anywhere in it.
  return /^(::|##vso\[)/i.test(trimmed) || visible.includes('##[')
}

describe('neutralizeLines (property)', () => {
  it('no output line starts with :: or holds ##[ anywhere, and none holds a line break or escape', () => {
    fc.assert(
      fc.property(hostile, prefix, (text, p) => {
        for (const line of neutralizeLines(text, p)) {
          expect(commandLike(line), JSON.stringify(line)).toBe(false)
          expect(line).not.toMatch(/[\r\n\u0085\u2028\u2029\x1b\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/)
        }
      }),
      { numRuns: 5000 },
    )
  })

  it('a logger fed hostile text prints nothing the runner reads as a command (its own group lines aside)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (title, text) => {
        const lines: string[] = []
        const log = createLogger({ write: (l) => lines.push(l), isDebug: () => true })
        log.info(text)
        log.debug(text)
        log.warning(text)
        log.relay('tool', text)
        await log.group(title, () => Promise.resolve())
        const commands = parseWorkflowCommands(lines.join('\n'))
        expect(commands.map((c) => c.command)).toEqual(['group', 'endgroup'])
        // The group title is one line: it cannot end the group or open another command.
        expect(lines.filter((l) => l.startsWith('::group::'))).toHaveLength(1)
      }),
      { numRuns: 2000 },
    )
  })

  it('text without escapes, controls or commands is kept as it was', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abc XYZ019.,;=-_/'), maxLength: 40 })
    fc.assert(
      fc.property(plain, (text) => {
        expect(neutralize(text)).toBe(text)
      }),
    )
  })
})
