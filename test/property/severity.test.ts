import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  normalizeSeverity,
  severityFromSarifLevel,
  severityFromScore,
  severityRank,
  SEVERITIES,
  SEVERITY_WORDS,
  UNKNOWN_SEVERITY,
} from '@portcullis/core'

/** Anything a scanner may put where a severity belongs. */
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.object(),
  fc.array(fc.anything()),
  fc.constantFrom(...Object.keys(SEVERITY_WORDS)),
)

describe('severity normalisation (property)', () => {
  it('any string, number, null or object maps to exactly one of the five severities, without throwing', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(SEVERITIES).toContain(normalizeSeverity(value))
        expect(SEVERITIES).toContain(severityFromSarifLevel(value))
      }),
      { numRuns: 2000 },
    )
  })

  it('numeric scores are monotonic: a higher score is never a lower severity', () => {
    const score = fc.double({ min: 0, max: 10, noNaN: true })
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        // severityRank: 0 is critical, so a higher score has a rank no greater.
        expect(severityRank(severityFromScore(hi))).toBeLessThanOrEqual(
          severityRank(severityFromScore(lo)),
        )
        expect(severityRank(normalizeSeverity(hi))).toBeLessThanOrEqual(
          severityRank(normalizeSeverity(lo)),
        )
      }),
      { numRuns: 2000 },
    )
  })

  it('a number and its decimal string agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (tenths) => {
        const n = tenths / 10
        expect(normalizeSeverity(n.toFixed(1))).toBe(normalizeSeverity(n))
      }),
    )
  })

  it('case and surrounding whitespace of a known word do not matter', () => {
    const word = fc.constantFrom(...Object.keys(SEVERITY_WORDS))
    const pad = fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 })
    fc.assert(
      fc.property(
        word,
        pad,
        pad,
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (w, l, r, upper) => {
          const mixed = [...w]
            .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c))
            .join('')
          expect(normalizeSeverity(`${l}${mixed}${r}`)).toBe(SEVERITY_WORDS[w])
        },
      ),
    )
  })

  it('unknown words, negative or non-finite scores are the unknown severity (medium), never info', () => {
    const unknownWord = fc
      .string({ minLength: 1 })
      .filter((s) => !(s.trim().toLowerCase() in SEVERITY_WORDS) && !/^\s*\d+(\.\d+)?\s*$/.test(s))
    fc.assert(
      fc.property(unknownWord, (s) => {
        expect(normalizeSeverity(s)).toBe(UNKNOWN_SEVERITY)
      }),
      { numRuns: 1000 },
    )
    for (const n of [-0.1, -10, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(normalizeSeverity(n)).toBe(UNKNOWN_SEVERITY)
    expect(UNKNOWN_SEVERITY).not.toBe('info')
  })
})
