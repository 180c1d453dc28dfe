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
      expect(estimate).toBeLessThanOrEqual(whole * 1.15 + 64)
      expect(gzippedJsonSize(log)).toBeGreaterThanOrEqual(whole)
    },
  )
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
