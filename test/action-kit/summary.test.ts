import { describe, expect, it } from 'vitest'
import { md, SUMMARY_LIMIT_BYTES, SummaryBuilder } from '@portcullis/action-kit'

describe('SummaryBuilder', () => {
  it('never exceeds 1 MiB and says how many sections were left out', () => {
    const b = new SummaryBuilder()
    const section = 'x'.repeat(100_000)
    for (let i = 0; i < 15; i += 1) b.add(section)
    const text = b.render('the findings report')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(b.omitted).toBe(5)
    expect(text).toMatch(
      /5 more section\(s\) did not fit in the 1 MiB job summary; see the findings report/,
    )
  })

  it('escapes markdown and HTML in untrusted text', () => {
    expect(md('a|b <script>`x`\nnext')).toBe('a&#124;b &#60;script&#62;&#96;x&#96; next')
  })
})
