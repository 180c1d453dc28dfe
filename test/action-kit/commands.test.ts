import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { commandWriter, formatCommand } from '@portcullis/action-kit'

/** What @actions/core writes to stdout for one call. */
function coreWrites(call: () => void): string {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    call()
  } finally {
    spy.mockRestore()
  }
  return out
}

const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('100%', 'a\r\nb', 'x::y', 'k=v,w=z', '%0A', ':: error ::', '##[error]x', 'ü 😀'),
)

describe('workflow commands written without @actions/core', () => {
  afterEach(() => {
    process.exitCode = undefined
  })

  it('annotations are byte for byte what @actions/core writes, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('error', 'warning', 'notice') as fc.Arbitrary<
          'error' | 'warning' | 'notice'
        >,
        tricky,
        tricky,
        tricky,
        fc.option(fc.nat(100000), { nil: undefined }),
        fc.option(fc.nat(100000), { nil: undefined }),
        (level, message, title, file, startLine, endLine) => {
          const props = { title, file, startLine, endLine }
          const expected = coreWrites(() => core[level](message, props))
          const ours = coreWrites(() =>
            commandWriter({}).command(level, { title, file, line: startLine, endLine }, message),
          )
          expect(ours).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('masks and failures are what @actions/core writes', () => {
    fc.assert(
      fc.property(tricky, (value) => {
        expect(coreWrites(() => commandWriter({}).mask(value))).toBe(
          coreWrites(() => core.setSecret(value)),
        )
        expect(coreWrites(() => commandWriter({}).fail(value))).toBe(
          coreWrites(() => core.setFailed(value)),
        )
      }),
    )
    commandWriter({}).fail('x')
    expect(process.exitCode).toBe(1)
  })

  it('a step output is a GITHUB_OUTPUT heredoc with a fresh delimiter, read back exactly', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cmd-')), 'output')
    const value = 'line one\nghadelimiter_not-ours\n%0A ::x::'
    commandWriter({ GITHUB_OUTPUT: file }).setOutput('report', value)
    const text = readFileSync(file, 'utf8')
    const match = /^report<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*)\n\1\n$/.exec(text)
    expect(match?.[2]).toBe(value)
  })

  it('outside a runner, set-output is the command @actions/core falls back to', () => {
    expect(coreWrites(() => commandWriter({}).setOutput('n', 'a,b:c%'))).toBe(
      coreWrites(() => {
        const saved = process.env.GITHUB_OUTPUT
        delete process.env.GITHUB_OUTPUT
        try {
          core.setOutput('n', 'a,b:c%')
        } finally {
          if (saved !== undefined) process.env.GITHUB_OUTPUT = saved
        }
      }),
    )
    expect(formatCommand('set-output', { name: 'n' }, 'v')).toBe('::set-output name=n::v')
  })
})
