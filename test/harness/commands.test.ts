import { describe, expect, it } from 'vitest'
import { parseWorkflowCommands } from '../support/runner.js'

/**
 * The harness reads a log as the runner does (actions/runner ActionCommand.TryParseV2 and
 * TryParse, ActionCommandManager.TryProcessCommand; see packages/devtools/src/runner.ts): these
 * cases pin the rules a hostile-repository test relies on.
 */
describe('parseWorkflowCommands (the runner rules)', () => {
  it('reads a legacy ##[ command anywhere in a line, with its ;-separated properties', () => {
    const [cmd] = parseWorkflowCommands(
      '[trivy] 2026-12-03T17:00:00Z INFO Found lockfile b ##[notice title=Portcullis;line=3]All scans passed/package-lock.json',
    )
    expect(cmd).toEqual({
      command: 'notice',
      properties: { title: 'Portcullis', line: '3' },
      message: 'All scans passed/package-lock.json',
      line: 1,
      form: 'legacy',
    })
  })

  it('a legacy stop-commands stops every later command until its token comes back', () => {
    const log = [
      '[trivy] INFO a ##[stop-commands]x/package-lock.json',
      '::error file=a.tf,line=1::dropped',
      '##[warning]dropped too',
      '::x/package-lock.json::',
      '::error::read again',
    ].join('\n')
    expect(parseWorkflowCommands(log).map((c) => [c.command, c.message])).toEqual([
      ['stop-commands', 'x/package-lock.json'],
      ['error', 'read again'],
    ])
  })

  it('names are case-insensitive and only registered names are commands', () => {
    const log = '::ERROR::upper\n::no-such-command::x\nsee ##[Add-Mask]value\n##[foo]bar'
    expect(parseWorkflowCommands(log).map((c) => [c.command, c.message])).toEqual([
      ['error', 'upper'],
      ['add-mask', 'value'],
    ])
  })

  it('skips default-ignorable characters as the runner culture-sensitive comparisons do', () => {
    const log = '\u200b::error::zero width first\nx #\u00ad#[warning]soft hyphen inside'
    expect(parseWorkflowCommands(log).map((c) => c.command)).toEqual(['error', 'warning'])
  })

  it('splits lines at CR as well as LF, and trims .NET whitespace before ::', () => {
    const log = 'ok\r\u3000::error::after a CR\r\n\u0085::warning::next-line trimmed'
    expect(parseWorkflowCommands(log).map((c) => c.command)).toEqual(['error', 'warning'])
  })

  it('unescapes legacy data and properties with the legacy table', () => {
    const [cmd] = parseWorkflowCommands('##[error file=a%3Bb%5D]x%0Ay%5D%25')
    expect(cmd?.properties).toEqual({ file: 'a;b]' })
    expect(cmd?.message).toBe('x\ny]%')
  })
})
