import { describe, expect, it } from 'vitest'
import { memoryLogger, neutralizeLines } from '@portcullis/action-kit'

describe('neutralizeLines', () => {
  it.each([
    '::error::x',
    '  ::add-mask::y',
    '::stop-commands::z',
    '::set-output name=a::b',
    '##[error]legacy',
    '##vso[task.setvariable variable=a]b',
    '\x1b[31m::error::coloured',
  ])('never lets %j start a line as a workflow command', (text) => {
    for (const line of neutralizeLines(text)) expect(line.trim()).not.toMatch(/^(::|##\[|##vso\[)/)
  })

  it('splits on every line break the runner honours, so a CR cannot hide a command', () => {
    const lines = neutralizeLines('ok\r::error::hidden\u2028::warning::w')
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line.trim()).not.toMatch(/^::/)
  })

  it('strips terminal escapes and control characters', () => {
    expect(neutralizeLines('\x1b]8;;http://x\x07link\x1b]8;;\x07 \x1b[1mbold\x1b[0m\x07')).toEqual([
      'link bold',
    ])
  })

  it('relays tool output with a prefix on every line', () => {
    const log = memoryLogger()
    log.relay('gitleaks', '::error::x\n::add-mask::y\n')
    expect(log.lines).toEqual(['[gitleaks] ::error::x', '[gitleaks] ::add-mask::y'])
  })
})
