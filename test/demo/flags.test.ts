import { describe, expect, it } from 'vitest'
import { maskedLog } from '@portcullis/devtools'
import { parseFlags, USAGE } from '../../packages/demo/src/flags.js'

describe('demo flags', () => {
  it('defaults to demo-output/ under the working folder, example project, temp folder removed', () => {
    expect(parseFlags([], '/w')).toEqual({ fixed: false, keep: false, outDir: '/w/demo-output' })
  })

  it('reads --fixed, --keep and --out in both spellings', () => {
    expect(parseFlags(['--fixed', '--out', 'o', '--keep'], '/w')).toEqual({
      fixed: true,
      keep: true,
      outDir: '/w/o',
    })
    expect(parseFlags(['--out=/abs'], '/w').outDir).toBe('/abs')
  })

  it('refuses an unknown flag or an --out without a folder, with the usage line', () => {
    expect(() => parseFlags(['--fix'], '/w')).toThrow(`unknown flag --fix\n${USAGE}`)
    expect(() => parseFlags(['--out'], '/w')).toThrow(`--out needs a folder\n${USAGE}`)
  })
})

describe('maskedLog', () => {
  it('drops add-mask commands and masks every value, longest first', () => {
    const log = 'a\n::add-mask::abc123\nkey abc123 and abc\n  ::add-mask::abc\nend abc'
    expect(maskedLog(log, ['abc', 'abc123'])).toBe('a\nkey *** and ***\nend ***')
  })

  it('ignores empty masks', () => {
    expect(maskedLog('x y', ['', ' '])).toBe('x y')
  })
})
