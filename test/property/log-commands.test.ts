import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLogger } from '@portcullis/action-kit'
import { parseWorkflowCommands } from '../support/runner.js'

/**
 * Scanner output, file names and commit messages as a hostile repository would shape them, through
 * every way the suite logs, read back with the runner's own rules (V2 at a line start, legacy
 * `##[` anywhere): only the suite's own group lines may be commands.
 */
const COMMAND = fc.constantFrom(
  'stop-commands',
  'notice',
  'error',
  'warning',
  'add-mask',
  'set-output',
  'save-state',
  'add-path',
  'echo',
  'STOP-COMMANDS',
  'Notice',
)
const legacy = fc
  .tuple(COMMAND, fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }))
  .map(([c, props, data]) => `##[${c}${props ? ` ${props}` : ''}]${data}`)
const v2 = fc
  .tuple(COMMAND, fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }))
  .map(([c, props, data]) => `::${c}${props ? ` ${props}` : ''}::${data}`)
const junk = fc.constantFrom(
  '\u200b',
  '\u00ad',
  '\u2060',
  '\ufeff',
  '\r',
  '\n',
  '\u2028',
  ' ',
  '\t',
)
const fragment = fc.oneof(legacy, v2, junk, fc.string({ maxLength: 8 }))
const text = fc.array(fragment, { maxLength: 6 }).map((p) => p.join(''))

/** A file name a repository can hold (no `/` or NUL), as trivy and gitleaks echo it. */
const fileName = text.map((t) => t.replace(/[/\0]/g, '_')).filter((t) => t !== '')

const scannerLine = fc.oneof(
  fileName.map(
    (f) => `2026-12-03T17:00:00.000Z\tINFO\tDetected config files: 1 (${f}/package-lock.json)`,
  ),
  fileName.map((f) => `INF 1 commits scanned. leak in ${f}`),
  text.map((m) => `commit 1a2b3c: ${m}`),
  text,
)

function commandsOf(lines: readonly string[]): string[] {
  return parseWorkflowCommands(lines.join('\n')).map((c) => c.command)
}

describe('the logger against the runner parser (property)', () => {
  it('relayed scanner output, file names and commit messages issue no command', () => {
    fc.assert(
      fc.property(fc.array(scannerLine, { maxLength: 5 }), (lines) => {
        const out: string[] = []
        const log = createLogger({ write: (l) => out.push(l), isDebug: () => true })
        for (const line of lines) {
          log.relay('trivy', `${line}\n`)
          log.info(line)
          log.debug(line)
          log.warning(line)
        }
        expect(commandsOf(out)).toEqual([])
      }),
      { numRuns: 3000 },
    )
  })

  it('a relayed stop-commands line cannot drop the annotations that follow it', () => {
    fc.assert(
      fc.property(fileName, (name) => {
        const out: string[] = []
        const log = createLogger({ write: (l) => out.push(l), isDebug: () => false })
        log.relay('trivy', `INFO Found ${name} ##[stop-commands]x\n`)
        out.push('::error file=a.tf,line=1::a finding')
        expect(commandsOf(out)).toEqual(['error'])
      }),
      { numRuns: 1000 },
    )
  })

  it('agrees with the legacy parser on a hand-made case (sanity check of the harness)', () => {
    // Without the logger the same line is a command: the property above is not vacuous.
    expect(commandsOf(['[trivy] INFO a ##[stop-commands]x', '::error::gone'])).toEqual([
      'stop-commands',
    ])
  })
})
