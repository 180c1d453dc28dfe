import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ruleFingerprint, type Finding } from '@portcullis/core'
import { FINDINGS_HELD, FindingStore, textWriter } from '@portcullis/engine'

function finding(i: number, title = `t${i}`): Finding {
  return {
    fingerprint: ruleFingerprint(`R${i}`, String(i)),
    category: 'vulnerability',
    ruleId: `R${i % 7}`,
    title,
    severity: i % 2 === 0 ? 'high' : 'low',
    ...(i % 3 === 0 ? { location: { path: `src/${i}.ts`, startLine: i + 1 } } : {}),
  }
}

function store(): { store: FindingStore; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'findings.jsonl')
  return { store: new FindingStore(path), path }
}

describe('FindingStore', () => {
  it('holds a few findings in memory and writes nothing', () => {
    const { store: s, path } = store()
    const added = [finding(1), finding(2)]
    for (const f of added) s.add(f)
    expect([...s]).toEqual(added)
    expect(s.size).toBe(2)
    expect(existsSync(path)).toBe(false)
  })

  it('writes out past what it holds, reads everything back in order on every pass, and removes its file', () => {
    const { store: s, path } = store()
    const n = FINDINGS_HELD * 2 + 17
    // Multi-byte text makes chunk ends fall inside characters.
    const added = Array.from({ length: n }, (_, i) =>
      finding(i, `t${i} ✓ ünïcödé 🔒 ${'é'.repeat(i % 50)}`),
    )
    for (const f of added) s.add(f)
    expect(s.size).toBe(n)
    expect(existsSync(path)).toBe(true)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(FINDINGS_HELD * 2 + 1)
    expect([...s]).toEqual(added)
    expect([...s]).toEqual(added)
    s.dispose()
    expect(existsSync(path)).toBe(false)
  })

  it('refuses a finding added while it is read', () => {
    const { store: s } = store()
    s.add(finding(1))
    expect(() => {
      for (const f of s) s.add(f)
    }).toThrow(/added while the store was being read/)
  })

  it('fails, never reads fewer, when its file changed under it', () => {
    const { store: s, path } = store()
    for (let i = 0; i < FINDINGS_HELD + 1; i += 1) s.add(finding(i))
    const lines = readFileSync(path, 'utf8').split('\n')
    writeFileSync(path, `${lines.slice(0, 10).join('\n')}\n`)
    expect(() => [...s]).toThrow(/changed while the scan ran: 10 of 4096 read back/)
  })
})

describe('FindingStore read back', () => {
  it('reads a finding longer than its read chunk, and fails on a file cut inside a line', () => {
    const { store: s, path } = store()
    const added = Array.from({ length: FINDINGS_HELD + 3 }, (_, i) =>
      finding(i, i === 7 ? `long ${'ü'.repeat(1_500_000)}` : `t${i}`),
    )
    for (const f of added) s.add(f)
    expect([...s]).toEqual(added)
    const text = readFileSync(path, 'utf8')
    writeFileSync(path, text.slice(0, text.length - 20))
    expect(() => [...s]).toThrow(/changed while the scan ran: 4095 of 4096 read back/)
  })
})

describe('FindingStore integrity', () => {
  it('fails a pass when the file was edited in place, line count and length kept', () => {
    const { store: s, path } = store()
    for (let i = 0; i < FINDINGS_HELD + 1; i += 1) s.add(finding(i))
    const text = readFileSync(path, 'utf8')
    // A severity lowered in place: same lines, same length.
    const edited = text.replace('"severity":"high"', '"severity":"low" ')
    expect(edited).not.toBe(text)
    expect(edited.length).toBe(text.length)
    writeFileSync(path, edited)
    expect(() => [...s]).toThrow(/changed while the scan ran/)
  })
})

describe('textWriter', () => {
  it('writes the bytes Buffer.from gives, through a buffer of any size, whole characters each time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'text-writer-'))
    fc.assert(
      fc.property(
        // Full Unicode, lone surrogates included (both become U+FFFD's bytes).
        fc.array(
          fc.string({
            unit: fc.oneof(
              fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
              fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff'),
            ),
            maxLength: 40,
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 4, max: 64 }),
        (pieces, size) => {
          const path = join(dir, 'out')
          const fd = openSync(path, 'w')
          const seen: Buffer[] = []
          try {
            const write = textWriter(fd, (bytes) => seen.push(Buffer.from(bytes)), size)
            for (const piece of pieces) write(piece)
          } finally {
            closeSync(fd)
          }
          // Each piece as Buffer.from writes it: a surrogate pair split over two pieces is two U+FFFD.
          const expected = Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8')))
          expect(readFileSync(path)).toEqual(expected)
          expect(Buffer.concat(seen)).toEqual(expected)
          expect(seen.every((b) => b.length <= size)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})
