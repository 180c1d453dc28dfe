import { describe, expect, it } from 'vitest'
import { ScanFailedError } from '@portcullis/core'
import { parseXccdf } from '@portcullis/scanners/openscap'
import { NESTING_DEPTH } from '../support/hostile.js'

const XCCDF = 'http://checklists.nist.gov/xccdf/1.2'

function nested(depth: number): string {
  return `<?xml version="1.0"?>\n<Benchmark xmlns="${XCCDF}">${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</Benchmark>\n`
}

describe('deeply nested scanner output', () => {
  it('oscap results nested 100,000 levels deep are refused at once, with a reason', () => {
    const started = Date.now()
    let error: unknown
    try {
      parseXccdf(nested(NESTING_DEPTH))
    } catch (e) {
      error = e
    }
    // saxes' namespace scopes made this quadratic: minutes before the depth limit.
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(error).toBeInstanceOf(ScanFailedError)
    expect((error as Error).message).toMatch(/nest elements more than \d+ levels deep/)
  })

  it('ordinary nesting is read as before (no TestResult is its own reason)', () => {
    expect(() => parseXccdf(nested(200))).toThrow(/contain no XCCDF TestResult/)
  })
})
