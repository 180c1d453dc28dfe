import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FileFingerprints,
  OccurrenceCounter,
  fileFingerprint,
  imageFingerprint,
  normalizeContent,
  packageFingerprint,
  ruleFingerprint,
} from '@portcullis/core'
import { sarifToFindings } from '@portcullis/sarif'

const token = fc.string({
  unit: fc.constantFrom(...'abcXYZ019_-=:"/.'),
  minLength: 1,
  maxLength: 12,
})
/** A line of code-like text with at least one visible character. */
const codeLine = fc.array(token, { minLength: 1, maxLength: 6 }).map((t) => t.join(' '))
const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '  '), maxLength: 4 })
const ruleId = fc.string({
  unit: fc.constantFrom(...'abcdefgh-_0123'),
  minLength: 1,
  maxLength: 10,
})
const path = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcdef0123'), minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((p) => p.join('/'))

/** Re-indents and re-spaces a line the way a formatter might, keeping its words. */
function respace(line: string, pads: readonly string[]): string {
  const words = line.split(' ')
  return words.map((w, i) => `${pads[i % pads.length] ?? ''}${w}`).join(' ') + (pads[0] ?? '')
}

/** A one-result SARIF log flagging `line` of `uri`, written the way any tool writes one (no fingerprint of ours). */
function sarifAt(rule: string, uri: string, line: number) {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'anytool', rules: [{ id: rule }] } },
        results: [
          {
            ruleId: rule,
            level: 'error',
            message: { text: 'flagged' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri },
                  region: { startLine: line },
                },
              },
            ],
          },
        ],
      },
    ],
  }
}

function importedFingerprint(rule: string, uri: string, lines: readonly string[], at: number) {
  const imported = sarifToFindings(sarifAt(rule, uri, at), {
    workspace: '/workspace',
    readLines: (p, start, end) => (p === uri ? lines.slice(start - 1, end).join('\n') : undefined),
  })
  expect(imported.findings).toHaveLength(1)
  return imported.findings[0]!.fingerprint
}

describe('fingerprints (property)', () => {
  it('stable under whitespace changes of the flagged text', () => {
    fc.assert(
      fc.property(
        ruleId,
        path,
        codeLine,
        fc.array(whitespace, { minLength: 1, maxLength: 4 }),
        (r, p, line, pads) => {
          const a = fileFingerprint({ ruleId: r, path: p, content: line })
          const b = fileFingerprint({ ruleId: r, path: p, content: respace(line, pads) })
          expect(b).toBe(a)
          expect(a).toMatch(/^v1:[0-9a-f]{40}$/)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('stable under line shifts: an imported finding keeps its fingerprint when lines are added above it', () => {
    fc.assert(
      fc.property(
        ruleId,
        path,
        fc.array(codeLine, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.array(codeLine, { minLength: 1, maxLength: 10 }),
        (r, p, lines, pick, inserted) => {
          const at = (pick % lines.length) + 1
          const before = importedFingerprint(r, p, lines, at)
          const shifted = [...inserted, ...lines]
          const after = importedFingerprint(r, p, shifted, at + inserted.length)
          // Only when the inserted text repeats the flagged line may the occurrence index change it.
          const flagged = normalizeContent(lines[at - 1]!)
          if (!inserted.some((l) => normalizeContent(l) === flagged)) expect(after).toBe(before)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('different rule, path or content give different fingerprints', () => {
    fc.assert(
      fc.property(ruleId, ruleId, path, path, codeLine, codeLine, (r1, r2, p1, p2, c1, c2) => {
        const base = fileFingerprint({ ruleId: r1, path: p1, content: c1 })
        if (r1 !== r2) expect(fileFingerprint({ ruleId: r2, path: p1, content: c1 })).not.toBe(base)
        if (p1 !== p2) expect(fileFingerprint({ ruleId: r1, path: p2, content: c1 })).not.toBe(base)
        if (normalizeContent(c1) !== normalizeContent(c2))
          expect(fileFingerprint({ ruleId: r1, path: p1, content: c2 })).not.toBe(base)
      }),
      { numRuns: 1000 },
    )
  })

  it('field boundaries cannot be shifted: moving text between rule and path changes the fingerprint', () => {
    fc.assert(
      fc.property(ruleId, ruleId, codeLine, (a, b, c) => {
        const joined = fileFingerprint({ ruleId: a + b, path: 'x', content: c })
        const split = fileFingerprint({ ruleId: a, path: `${b}x`, content: c })
        expect(split).not.toBe(joined)
      }),
    )
  })

  it('the recipe is the v1 one: a SHA-256 fed the kind and each part after a NUL, cut to 40 hex digits', () => {
    // Written out the way fingerprints were first computed (one Hash, one update per part), so a
    // faster implementation cannot change a fingerprint that waivers and baselines already name.
    const v1 = (kind: string, parts: readonly (string | number)[]): string => {
      const h = createHash('sha256')
      h.update(`v1\u0000${kind}`)
      for (const p of parts) h.update(`\u0000${p}`)
      return `v1:${h.digest('hex').slice(0, 40)}`
    }
    // Any UTF-16 text, lone surrogates included (they are encoded as U+FFFD either way).
    const text = fc.string({ unit: 'binary', maxLength: 20 })
    fc.assert(
      fc.property(text, text, text, text, fc.nat(5), (a, b, c, d, n) => {
        expect(fileFingerprint({ ruleId: a, path: b, content: c, occurrence: n })).toBe(
          v1('file', [a, b, normalizeContent(c), n]),
        )
        expect(packageFingerprint({ ecosystem: a, name: b, version: c, advisory: d })).toBe(
          v1('package', [a.toLowerCase(), b, c, d.toUpperCase()]),
        )
        expect(
          imageFingerprint({ digest: a, name: b, version: c, advisory: d, ecosystem: 'Npm' }),
        ).toBe(v1('image', [a, 'npm', b, c, d.toUpperCase()]))
        expect(ruleFingerprint(a, b)).toBe(v1('rule', [a, b]))
      }),
      { numRuns: 500 },
    )
    expect(fileFingerprint({ ruleId: 'r', path: 'a.ts', content: '  x  =\t1 ' })).toBe(
      'v1:17797286446a44d55ab6787b31853a1e51ff0086',
    )
  })

  it('normalizeContent collapses every run of whitespace and trims, as /\\s+/g and trim do', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a']
    const more = ['\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085']
    const unit = fc.constantFrom('a', 'b', '=', '(', ...spaces, ...more)
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (s) => {
        expect(normalizeContent(s)).toBe(s.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 3000 },
    )
  })

  it("FileFingerprints gives fileFingerprint with OccurrenceCounter's occurrence indexes", () => {
    const few = (values: readonly string[]) => fc.constantFrom(...values)
    const triple = fc.tuple(
      few(['r1', 'r2']),
      few(['a.ts', 'b.ts']),
      few(['x = 1', ' x  = 1', 'y']),
    )
    fc.assert(
      fc.property(fc.array(triple, { maxLength: 30 }), (triples) => {
        const counter = new OccurrenceCounter()
        const fingerprints = new FileFingerprints()
        for (const [ruleId, path, content] of triples) {
          const occurrence = counter.next(ruleId, path, content)
          expect(fingerprints.next(ruleId, path, content)).toBe(
            fileFingerprint({ ruleId, path, content, occurrence }),
          )
        }
      }),
      { numRuns: 300 },
    )
  })

  it('FileFingerprints counts apart triples whose fingerprints start alike (its lookup key)', () => {
    const triples = Array.from({ length: 40_000 }, (_, i) => ['r', `f${i % 500}.ts`, `x = ${i}`])
    // FileFingerprints looks a fingerprint up by its first 7 hex digits: make sure some share them.
    const starts = new Set<string>()
    let shared = 0
    for (const [ruleId, path, content] of triples) {
      const start = fileFingerprint({ ruleId: ruleId!, path: path!, content: content! }).slice(
        3,
        10,
      )
      if (starts.has(start)) shared++
      starts.add(start)
    }
    expect(shared).toBeGreaterThan(0)
    const counter = new OccurrenceCounter()
    const fingerprints = new FileFingerprints()
    for (const [ruleId, path, content] of [...triples, ...triples, ...triples.slice(0, 5000)]) {
      const occurrence = counter.next(ruleId!, path!, content!)
      expect(fingerprints.next(ruleId!, path!, content!)).toBe(
        fileFingerprint({ ruleId: ruleId!, path: path!, content: content!, occurrence }),
      )
    }
  })
})
