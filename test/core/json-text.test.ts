import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gzippedJsonSize, jsonBatches, jsonPieces } from '@portcullis/core/json-text'
import { encodeSarif } from '@portcullis/action-kit/github'

const CORPUS = join(import.meta.dirname, '..', 'corpus')
const sarifFiles = readdirSync(CORPUS).flatMap((tool) => {
  try {
    return readdirSync(join(CORPUS, tool, 'sarif')).map((f) => join(CORPUS, tool, 'sarif', f))
  } catch {
    return []
  }
})

describe('jsonPieces', () => {
  it('joins to the bytes JSON.stringify gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value))
      }),
      { numRuns: 500 },
    )
  })

  it('leaves out what JSON.stringify leaves out, and calls toJSON as it does', () => {
    const value = {
      a: undefined,
      b: () => 1,
      c: Symbol('s'),
      d: [undefined, () => 1, Symbol('s'), 1],
      e: new Date(0),
      f: { toJSON: () => 'own' },
      g: { h: { i: { j: { k: { l: { m: { n: { o: [1, { p: 'q' }] } } } } } } } },
      'key "quoted"\n': 'é中\u2028',
    }
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value))
    expect([...jsonPieces(value, 1)].join('')).toBe(JSON.stringify(value))
  })

  it('writes boxed primitives as their primitive, and a toJSON answer with its key', () => {
    const cases: unknown[] = [
      { a: new String('ab'), b: new Number(5), c: [new Boolean(false)] },
      { a: { toJSON: () => undefined }, b: 1 },
      [{ toJSON: () => undefined }, { toJSON: () => () => 1 }],
      { k: { toJSON: (key: string) => `key=${key}` }, l: [{ toJSON: (key: string) => key }] },
      { d: { toJSON: () => ({ nested: [1, { toJSON: (key: string) => `at ${key}` }] }) } },
      [1, , 3], // eslint-disable-line no-sparse-arrays
      { 2: 'b', 1: 'a', z: -0, n: NaN, i: Infinity },
      Object.assign(Object.create(null) as object, { x: 1 }),
    ]
    for (const value of cases) {
      for (const depth of [0, 1, 2, 6]) {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value))
      }
    }
    expect([...jsonBatches({ toJSON: () => undefined })]).toEqual([])
  })

  it.each(sarifFiles.map((f) => [f.slice(CORPUS.length + 1), f]))(
    'writes the corpus log %s byte for byte, in batches',
    (_name, file) => {
      const log: unknown = JSON.parse(readFileSync(file, 'utf8'))
      const whole = JSON.stringify(log)
      const batches = [...jsonBatches(log, 4096)]
      expect(batches.join('')).toBe(whole)
      if (whole.length > 64 * 1024) expect(batches.length).toBeGreaterThan(1)
    },
  )
})

describe('gzippedJsonSize', () => {
  it.each(sarifFiles.map((f) => [f.slice(CORPUS.length + 1), f]))(
    'is at least the gzipped size of the whole text, and close to it: %s',
    (_name, file) => {
      const log: unknown = JSON.parse(readFileSync(file, 'utf8'))
      const whole = gzipSync(JSON.stringify(log)).length
      // Small batches, so even a small log is sized in several.
      const estimate = gzippedJsonSize(log, 64 * 1024)
      expect(estimate).toBeGreaterThanOrEqual(whole)
      // Within the per-batch margin (4,096 bytes) and a little more.
      expect(estimate).toBeLessThanOrEqual(
        whole * 1.15 + 4096 * [...jsonBatches(log, 64 * 1024)].length,
      )
      expect(gzippedJsonSize(log)).toBeGreaterThanOrEqual(whole)
    },
  )
})

describe('gzippedJsonSize on text built to gzip worse in batches than as one stream', () => {
  it('stays at or above the one stream where batches of random digits and letters alternate', () => {
    // Deterministic random-looking text: SHA-256 of a counter, one byte per character.
    let counter = 0
    const text = (alphabet: string, n: number): string => {
      let out = ''
      while (out.length < n) {
        for (const byte of createHash('sha256').update(String(counter++)).digest()) {
          out += alphabet[byte % alphabet.length]
        }
      }
      return out.slice(0, n)
    }
    for (const batch of [64 * 1024, 1024 * 1024]) {
      const items = Array.from({ length: 40 }, (_, i) =>
        text(i % 2 ? 'abcdefghijklmnopqrstuvwxyz' : '0123456789', batch - 8),
      )
      expect(gzippedJsonSize(items, batch)).toBeGreaterThanOrEqual(
        gzipSync(JSON.stringify(items)).length,
      )
    }
  })
})

describe('encodeSarif', () => {
  it.each(sarifFiles.map((f) => [f.slice(CORPUS.length + 1), f]))(
    'gzips a log as one gzip member with the text JSON.stringify gives: %s',
    async (_name, file) => {
      const log = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof encodeSarif>[0]
      const { encoded, gzippedBytes } = await encodeSarif(log)
      const gz = Buffer.from(encoded, 'base64')
      expect(gz.length).toBe(gzippedBytes)
      expect(gunzipSync(gz).toString('utf8')).toBe(JSON.stringify(log))
      // One member: the first member's trailer ends the buffer (ISIZE is the whole text's length).
      expect(gz.readUInt32LE(gz.length - 4)).toBe(Buffer.byteLength(JSON.stringify(log)) % 2 ** 32)
    },
  )
})
