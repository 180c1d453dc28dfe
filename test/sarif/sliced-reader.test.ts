import { createHash } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScanFailedError } from '@portcullis/core'
import {
  parseSarif,
  readSarif,
  readSarifLog,
  sarifToFindings,
  type SarifImportContext,
} from '@portcullis/sarif'
import { resultSlices, sliceSarif } from '../../packages/sarif/src/results-slices.js'
import { CORPUS_DIR, readCorpus } from '../support/corpus.js'

/*
 * readSarifLog reads a log's results a slice at a time. It must give what the whole-log read gives
 * (JSON.parse of the text, then sarifToFindings, which still serves logs that are already objects)
 * on every input: the same findings, fingerprints, notices and failures, and the same error.
 */

const WORKSPACE = '/home/runner/work/repo/repo'
const CONTEXT: SarifImportContext = { workspace: WORKSPACE }
/** Content fingerprints from lines the test makes up, so the readLines path is covered too. */
const WITH_LINES: SarifImportContext = {
  workspace: WORKSPACE,
  readLines: (path, start, end) => `${path}:${start}-${end}`,
}

/**
 * sha256 (first 24 hex digits) of JSON.stringify(parseSarif(file)), without and with readLines,
 * recorded from the whole-log importer before logs were read in slices.
 */
const RECORDED: readonly (readonly [string, string, string])[] = [
  [
    'checkov/sarif/checkov-3.2.255-secrets.sarif',
    '2b522acf0f6b1317c2c66d53',
    '6703c96ad377ef949fd8e8ba',
  ],
  [
    'checkov/sarif/checkov-3.2.470-empty.sarif',
    'f2be19f9baf1fd2eceacf3af',
    'f2be19f9baf1fd2eceacf3af',
  ],
  ['checkov/sarif/checkov-3.2.470.sarif', 'a5bd94f4e3de174341ba3947', 'a5bd94f4e3de174341ba3947'],
  [
    'generic-sarif/sarif/codeql-2.20.4-python.sarif',
    '4e379a2349cffe38e7a3d17c',
    '087513d78f4e59bf0e952437',
  ],
  [
    'generic-sarif/sarif/dd-codeql-2.5.4.sarif',
    '97692c114e9f523404badeef',
    '1abf3d4ff8872b1232d88e9e',
  ],
  [
    'generic-sarif/sarif/dd-dependency-check-6.1.2.sarif',
    '7a40e47811cea47e58c924e0',
    '7a40e47811cea47e58c924e0',
  ],
  [
    'generic-sarif/sarif/dd-dockle-0.3.15.sarif',
    'de59e80c432c4bf23d757a3a',
    'de59e80c432c4bf23d757a3a',
  ],
  [
    'generic-sarif/sarif/dd-flawfinder-2.0.19.sarif',
    '36a68c686c245fa6c43e3a59',
    '4b50e20c2d6c233baf41b243',
  ],
  [
    'generic-sarif/sarif/dd-lgtm-export-2runs.sarif',
    '4693f01e911c5b33f8dab276',
    '6350e1f7bc00248582aface5',
  ],
  ['generic-sarif/sarif/dd-no_runs.sarif', '7720f8a8adf3cd9e3c18503b', '7720f8a8adf3cd9e3c18503b'],
  [
    'generic-sarif/sarif/dd-spotbugs-4.4.0.sarif',
    '8290814e173da0f71b2b8ef0',
    'a3fb1ce7f1129f63aa11b6ee',
  ],
  [
    'generic-sarif/sarif/dd-suppression-current.sarif',
    '420893090a0b09aaff7e24c3',
    '420893090a0b09aaff7e24c3',
  ],
  [
    'generic-sarif/sarif/derived-dockle-no-tool.sarif',
    'a0802178e4cd2200baa3f2eb',
    'a0802178e4cd2200baa3f2eb',
  ],
  ['gitleaks/sarif/dd-gitleaks-v7.sarif', '05e7b8ff6d6d2454ae19ebad', 'd1b50f95a4148ad4a1b8d614'],
  [
    'gitleaks/sarif/gitleaks-edd-core-empty.sarif',
    '159628b1ae40ad3023491397',
    '159628b1ae40ad3023491397',
  ],
  [
    'gitleaks/sarif/gitleaks-sarif_simple.sarif',
    'dbd33476c3ae224e57871417',
    '2f2f3efcdc3167fd894cb6cc',
  ],
  ['grype/sarif/dd-grype-0.34.7-cxf.sarif', '5661e4668b5d616abd4807f7', '3fb85504f417cf3391a232f3'],
  ['grype/sarif/grype-golden-image.sarif', '36faae40de132c2dbf7077ce', '0bc70246ee8a30367ae089bd'],
  ['kics/sarif/kics-2.1.14-empty.sarif', '0c068e9a4f2909582367ba5a', '0c068e9a4f2909582367ba5a'],
  ['kics/sarif/kics-2.1.8.sarif', '6fa4941ae9fc1d2d1fb63c61', '6fa4941ae9fc1d2d1fb63c61'],
  [
    'osv-scanner/sarif/osv-2.5.0-sarif-with-vulns.sarif',
    'dc9006c449cb479122442525',
    'dc9006c449cb479122442525',
  ],
  [
    'osv-scanner/sarif/osv-sarif-empty.sarif',
    'fefe53c0c2c8e616b631cc1d',
    'fefe53c0c2c8e616b631cc1d',
  ],
  ['semgrep/sarif/dd-semgrep-1.69.0.sarif', 'ae775da738d8e9ebda0ee7dc', '10b11119b51ff7590f31f107'],
  [
    'semgrep/sarif/semgrep-1.56.0-2.5MB.sarif',
    'a942ecddb4dfbc649773f05b',
    'a386f1afaa78e0173dbc2b4d',
  ],
  [
    'semgrep/sarif/semgrep-snapshot-dataflow.sarif',
    '61781bc03110ea40d6572eb4',
    '73bb737d3a14750ba9c4d75e',
  ],
  [
    'semgrep/sarif/semgrep-snapshot-nosemgrep.sarif',
    '44dfdaa030d78238fcb38138',
    'c5048a9311b3305769540e58',
  ],
  [
    'semgrep/sarif/semgrep-snapshot-when-errors.sarif',
    '77918dc49754804c3a787107',
    '77918dc49754804c3a787107',
  ],
  [
    'trivy/sarif/trivy-0.72.0-terraform-misconfig.sarif',
    '23c4276ec0169b4f6eb0aae7',
    '97256606b5ccc6c24b47f4f4',
  ],
  [
    'trivy/sarif/trivy-golden-alpine-310.sarif',
    '09afcd299a84defa4209caed',
    'a549d9f639e19263d3fbd266',
  ],
]

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24)
}

function corpusSarifFiles(): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.sarif')) out.push(relative(CORPUS_DIR, path))
    }
  }
  walk(CORPUS_DIR)
  return out
}

type Outcome = { readonly ok: string } | { readonly error: string }

/** What reading `text` gives: the import's JSON, or the error's class and message. */
function outcome(read: () => unknown): Outcome {
  try {
    return { ok: JSON.stringify(read()) }
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` }
  }
}

const sliced = (text: string, context = CONTEXT): Outcome =>
  outcome(() => readSarifLog(text, context).imported)
const whole = (text: string, context = CONTEXT): Outcome =>
  outcome(() => sarifToFindings(readSarif(text), context))

/**
 * The log of `text` put back together from its envelope and slices, or undefined when a piece does
 * not parse or a slice holds another count of results than the scan saw (the reader then reads
 * the whole text).
 */
function reassemble(text: string, sliceChars: number): unknown {
  const cut = sliceSarif(text, sliceChars)
  if (cut === undefined) return undefined
  try {
    const log = JSON.parse(cut.envelope) as { runs: ({ results?: unknown[] } | undefined)[] }
    for (const span of cut.spans) {
      const results: unknown[] = []
      for (const slice of resultSlices(text, span)) results.push(...slice)
      const run = log.runs[span.run]
      if (!Array.isArray(run?.results) || run.results.length > 0) return undefined
      run.results = results
    }
    return log
  } catch {
    return undefined
  }
}

/** A small log of two runs whose results come before the rules they refer to by index. */
function smallLog(): Record<string, unknown> {
  const run = (name: string, n: number) => ({
    results: Array.from({ length: n }, (_, i) => ({
      ruleIndex: i % 2,
      message: { id: 'default', arguments: [`arg "${i}" ]},{`] },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `src/a\\b ${i}.js`, uriBaseId: '%SRCROOT%' },
            region: { startLine: i + 1, snippet: { text: '"results": [1, 2]' } },
          },
        },
      ],
      properties: { results: [{ nested: true }], tags: ['security'] },
    })),
    tool: {
      driver: {
        name,
        rules: [
          { id: 'R0', messageStrings: { default: { text: 'zero {0}' } } },
          {
            id: 'R1',
            defaultConfiguration: { level: 'error' },
            messageStrings: { default: { text: 'one {0}' } },
          },
        ],
      },
    },
  })
  return { version: '2.1.0', runs: [run('first', 5), run('second', 3)] }
}

describe('readSarifLog on every SARIF file of the corpus', () => {
  it('covers every corpus SARIF file the digests were recorded for', () => {
    expect(corpusSarifFiles()).toEqual(RECORDED.map(([file]) => file))
  })

  for (const [file, plain, withLines] of RECORDED) {
    it(`${file}: the recorded findings, notices and failures, read in slices`, () => {
      const text = readCorpus(file)
      expect(digest(parseSarif(text, CONTEXT))).toBe(plain)
      expect(digest(parseSarif(text, WITH_LINES))).toBe(withLines)
      const { log, imported } = readSarifLog(text, CONTEXT)
      expect(imported).toEqual(sarifToFindings(readSarif(text), CONTEXT))
      // The results were read in slices (the log handed back has none), except where the log
      // has no runs at all.
      const runs = (log.runs ?? []) as { results?: unknown }[]
      for (const run of runs) if (run.results !== undefined) expect(run.results).toEqual([])
      // Cut at every result, the pieces are the log itself.
      expect(reassemble(text, 1)).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')))
    })
  }
})

describe('findings of the SARIF importer', () => {
  it('are plain objects', () => {
    const { findings } = parseSarif(readCorpus('semgrep/sarif/dd-semgrep-1.69.0.sarif'), CONTEXT)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(Object.getPrototypeOf(finding)).toBe(Object.prototype)
      expect(finding.constructor).toBe(Object)
    }
  })
})

describe('sliceSarif', () => {
  it('cuts a run’s results at result boundaries only, whatever the strings hold', () => {
    const text = JSON.stringify(smallLog())
    const cut = sliceSarif(text, 1)!
    expect(cut.spans.map((s) => [s.run, s.counts])).toEqual([
      [0, [1, 1, 1, 1, 1]],
      [1, [1, 1, 1]],
    ])
    expect(JSON.parse(cut.envelope)).toEqual({
      version: '2.1.0',
      runs: (smallLog().runs as object[]).map((r) => ({ ...r, results: [] })),
    })
    const big = sliceSarif(text)!
    expect(big.spans.map((s) => s.counts)).toEqual([[5], [3]])
    expect(reassemble(text, 200)).toEqual(smallLog())
  })

  it('leaves a text it does not cut to the whole read', () => {
    const log = JSON.stringify(smallLog())
    for (const text of [
      '[]',
      '"2.1.0"',
      log.slice(0, -1),
      `{"runs":[],${log.slice(1)}`, // runs twice: JSON.parse keeps the last
      log.replace('"results":[', '"results":[],"results":['), // results twice in a run
      '{"version":"2.1.0","runs":{}}',
      '{"version":"2.1.0","runs":[{"results":[{"a":"unterminated}]}]}',
    ]) {
      expect(sliceSarif(text), text.slice(0, 60)).toBeUndefined()
    }
  })
})

describe('readSarifLog gives what the whole-log read gives', () => {
  const log = smallLog()
  const compact = JSON.stringify(log)
  const cases: readonly (readonly [string, string])[] = [
    ['compact, results before the rules they use', compact],
    ['indented', JSON.stringify(log, null, 2)],
    ['with a byte-order mark', `\uFEFF${compact}`],
    ['with two byte-order marks', `\uFEFF\uFEFF${compact}`],
    [
      'results twice in a run (the last counts)',
      compact.replace(
        '"results":[',
        '"results":[{"ruleId":"gone","message":{"text":"x"}}],"results":[',
      ),
    ],
    [
      'runs twice (the last counts)',
      `{"runs":[{"results":[{"ruleId":"gone"}]}],${compact.slice(1)}`,
    ],
    ['an escaped "results" key', compact.replace('"results":[', '"r\\u0065sults":[')],
    ['an escaped "runs" key', compact.replace('"runs":[', '"\\u0072uns":[')],
    [
      'a trailing comma in results',
      compact
        .replace(/}\]}\],"tool"/, '}]}],},"tool"'.replace('},}', '},'))
        .replace(/(\}\]\}\]\}),("tool")/, '$1,,$2'),
    ],
    ['an empty slot in results', compact.replace('"results":[{', '"results":[,{')],
    ['a result that is not an object', compact.replace('"results":[{', '"results":[7,{')],
    [
      'a result that is not an object, then a syntax error',
      compact.replace('"results":[{', '"results":[7,{').replace('"level":"error"', '"level":error'),
    ],
    [
      'results that are not an array',
      compact.replace(/"results":\[.*?\],"tool"/, '"results":{"a":1},"tool"'),
    ],
    ['results null', compact.replace(/"results":\[.*?\],"tool"/, '"results":null,"tool"')],
    [
      'empty results with spaces',
      compact.replace(/"results":\[.*?\],"tool"/g, '"results":[ \n ],"tool"'),
    ],
    [
      'a non-breaking space as results',
      compact.replace(/"results":\[.*?\],"tool"/, '"results":[\u00a0],"tool"'),
    ],
    ['text after the log', `${compact} {}`],
    ['another version', compact.replace('"2.1.0"', '"2.0.0"')],
    ['a run that is not an object', compact.replace('"runs":[', '"runs":[3,')],
    ['a lone surrogate escape', compact.replace('zero {0}', 'zero \\ud800 {0}')],
    ['a backslash before a closing quote', compact.replace('"R0"', '"R0\\\\"')],
    [
      'a control character in a result',
      compact.replace('zero', 'ze\u0001ro').replace('arg ', 'a\u0001rg '),
    ],
    ['a bad escape in a result', compact.replace('arg \\"', 'arg \\q')],
    [
      'results nested deeper than a run',
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"properties":{"results":[1,2]},"results":[{"ruleId":"a","message":{"text":"m"}}]}]}`,
    ],
  ]
  for (const [name, text] of cases) {
    it(name, () => {
      expect(sliced(text)).toEqual(whole(text))
    })
  }

  it('fails a truncated log with the whole read’s error, wherever it is cut', () => {
    const text = JSON.stringify(smallLog())
    for (let end = 0; end < text.length; end++) {
      const cut = text.slice(0, end)
      const got = sliced(cut)
      expect(got, `cut at ${end}`).toEqual(whole(cut))
      expect('error' in got, `cut at ${end}`).toBe(true)
    }
    expect(sliced(text.slice(0, 200))).toEqual({
      error: `ScanFailedError: The SARIF output is not valid JSON (it ends early (truncated)); check that the tool wrote SARIF and nothing else to the file.`,
    })
  })

  it('reads a result holding a huge string', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'big' } },
          results: [
            { ruleId: 'a', message: { text: 'x'.repeat(8 * 1024 * 1024) } },
            { ruleId: 'b', message: { text: `${'"\\'.repeat(1024)}]},{` } },
          ],
        },
      ],
    })
    expect(sliceSarif(text)!.spans[0]!.counts).toEqual([1, 1])
    const { imported } = readSarifLog(text, CONTEXT)
    expect(imported.findings.map((f) => f.ruleId)).toEqual(['a', 'b'])
    expect(JSON.stringify(imported)).toBe(
      JSON.stringify(sarifToFindings(JSON.parse(text), CONTEXT)),
    )
  })

  it('throws ScanFailedError naming the result that is not an object', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: [{ ruleId: 'a', message: { text: 'm' } }, 'no'],
        },
      ],
    })
    expect(() => readSarifLog(text, CONTEXT)).toThrow(ScanFailedError)
    expect(() => readSarifLog(text, CONTEXT)).toThrow('SARIF run 0 (t) result 1 is not an object.')
  })
})

describe('readSarifLog on edited logs (property)', () => {
  const bases = [JSON.stringify(smallLog()), JSON.stringify(smallLog(), null, 1)]
  const edit = fc.record({
    at: fc.nat({ max: bases[1]!.length }),
    remove: fc.nat({ max: 3 }),
    insert: fc.string({ unit: fc.constantFrom(...'"\\{}[],: \nu0a'), maxLength: 3 }),
  })

  it('gives the whole read’s findings or error, and its pieces are the log whenever they parse', () => {
    const runs = Number(process.env.SLICED_READER_RUNS ?? 3000)
    let pieced = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 300 }),
        (base, edits, sliceChars) => {
          let text = base
          for (const e of edits) {
            const at = Math.min(e.at, text.length)
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove)
          }
          const parts = reassemble(text, sliceChars)
          if (parts !== undefined) {
            pieced++
            expect(parts).toEqual(JSON.parse(text))
          }
          expect(sliced(text)).toEqual(whole(text))
        },
      ),
      { numRuns: runs },
    )
    // Edits inside strings and whitespace keep the log valid (about a fifth): those were pieced.
    expect(pieced).toBeGreaterThan(runs / 10)
  })
})
