import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fileFingerprint, normalizeContent } from '@portcullis/core'
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
})
