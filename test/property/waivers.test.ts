import fc from 'fast-check'
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { evaluateGate, parseWaivers, waiverFieldMatches, waiverFields } from '@portcullis/gate'
import { ruleFingerprint } from '@portcullis/core'
import { loaded, report, secret, SHA } from '../gate/helpers.js'

const DAY = 24 * 60 * 60 * 1000
const OPTIONS = { maxSpanDays: 90, warnDays: 14 }

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** A waivers file with one entry, written as a user would. */
function waiverFile(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)
  return `version: 1\nwaivers:\n  -${lines.join('\n').slice(3)}\n`
}

const pathChar = fc.constantFrom(...'abc019-_.')
const seg = fc.string({ unit: pathChar, minLength: 1, maxLength: 5 })
const path = fc.array(seg, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
const globPart = fc.oneof(seg, fc.constantFrom('*', '**', '?', '*.env', '{a,b}*', '[ab]*', '.*'))
const glob = fc.array(globPart, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))

describe('waiver matching (property)', () => {
  it('an expired waiver never applies; one in force does, up to the last millisecond before expiry', () => {
    const start = Date.UTC(2025, 0, 1)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 * DAY }),
        fc.integer({ min: -400, max: 90 }),
        (nowOffset, expiryDays) => {
          const now = new Date(start + nowOffset)
          const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
          const expires = isoDay(today + expiryDays * DAY)
          const leak = secret({ rule: 'aws-access-token', path: 'config/keys.env', line: 2 })
          const set = parseWaivers(
            waiverFile({ rule: 'aws-access-token', reason: 'fixture', expires }),
            'waivers.yml',
            { ...OPTIONS, now },
          )
          const result = evaluateGate(loaded([['s.json', report('scan-secrets', [leak])]]), {
            systemLevel: 3,
            stage: 'code',
            commitSha: SHA,
            now,
            waivers: set,
          })
          const expiresAt = Date.parse(`${expires}T00:00:00Z`)
          const inForce = now.getTime() < expiresAt
          expect(set.expired.length).toBe(inForce ? 0 : 1)
          expect(set.active.length).toBe(inForce ? 1 : 0)
          expect(result.findings).toHaveLength(1)
          expect(result.findings[0]!.status).toBe(inForce ? 'waived' : 'counted')
        },
      ),
      { numRuns: 500 },
    )
  })

  it('a path glob matches exactly the paths picomatch (dot: true) matches', () => {
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 6 }), (pattern, paths) => {
        const now = new Date('2026-01-01T00:00:00Z')
        const set = parseWaivers(
          // A path only narrows a rule (a path-only waiver is refused), so every finding has the rule.
          waiverFile({ rule: 'R1', path: pattern, reason: 'r', expires: '2026-02-01' }),
          'waivers.yml',
          { ...OPTIONS, now },
        )
        const waiver = set.active[0]!
        const isMatch = picomatch(pattern, { dot: true })
        for (const p of paths) {
          const finding = {
            fingerprint: ruleFingerprint('R1', p),
            category: 'misconfiguration' as const,
            ruleId: 'R1',
            title: 'R1',
            severity: 'high' as const,
            location: { path: p },
          }
          expect(
            waiverFieldMatches(waiver, finding) === waiverFields(waiver),
            `${pattern} vs ${p}`,
          ).toBe(isMatch(p))
        }
      }),
      { numRuns: 1000 },
    )
  })
})
