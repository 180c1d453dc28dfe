import { describe, expect, it } from 'vitest'
import { InputError } from '@portcullis/core'
import { readInputs } from '@portcullis/core/inputs'

const SPECS = {
  findings: { kind: 'list', default: '' },
  stage: { kind: 'enum', values: ['code', 'final'], required: true },
  fail: { kind: 'boolean', default: 'true' },
} as const

describe('readInputs from a source that is no runner (the gate command line)', () => {
  it('takes list values given one by one whole, never split on commas or read as comments', () => {
    const inputs = readInputs(SPECS, (name) =>
      name === 'findings' ? ['a,b.json', ' #c.json ', ''] : name === 'stage' ? 'code' : undefined,
    )
    expect(inputs).toEqual({ findings: ['a,b.json', '#c.json'], stage: 'code', fail: true })
  })

  it('refuses several values for an input that takes one, naming it', () => {
    expect(() =>
      readInputs(SPECS, (name) => (name === 'stage' ? ['code', 'final'] : undefined)),
    ).toThrow("Input 'stage': takes one value")
  })

  it("says what to do about a missing required input in the surface's words", () => {
    const read = () => readInputs(SPECS, () => undefined, { requiredHint: 'see --help' })
    expect(read).toThrow(InputError)
    expect(read).toThrow("Input 'stage': is required (one of code, final); see --help")
    expect(() => readInputs(SPECS, () => undefined)).toThrow(
      "Input 'stage': is required (one of code, final); set it in the step's `with:` block",
    )
  })

  it('keeps what is wrong apart from the name, so a surface can name the input its own way', () => {
    try {
      readInputs(SPECS, (name) => (name === 'stage' ? 'deploy' : undefined))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).input).toBe('stage')
      expect((error as InputError).detail).toBe('must be one of code, final; got "deploy"')
    }
  })
})
