/**
 * Pins what every JSON scanner parser makes of every corpus report (and the recorded trivy and
 * gitleaks outputs): a digest of the whole parse result (findings with every field, notices,
 * version, stats), one of its JSON as written (key order matters there: the gate's reader finds a
 * finding by its leading `{"fingerprint":`) and one of the fingerprints alone, under a bare context
 * and under one that sets every optional member a parser may read. The parsers are tuned for speed; this holds each tuning
 * to the same output. fixtures/normalised-corpus.json was recorded from the parsers before that
 * work: `RECORD_NORMALISED_CORPUS=1 npx vitest run test/scanners/normalised-corpus.test.ts`.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseCheckov } from '@portcullis/scanners/checkov'
import { parseGitleaks } from '@portcullis/scanners/gitleaks'
import { parseGrype } from '@portcullis/scanners/grype'
import { parseHadolint } from '@portcullis/scanners/hadolint'
import { parseKics } from '@portcullis/scanners/kics'
import { parseOsvScanner } from '@portcullis/scanners/osv-scanner'
import { parseSemgrep } from '@portcullis/scanners/semgrep'
import { parseTfsec } from '@portcullis/scanners/tfsec'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { corpusEntries, readCorpus } from '../support/corpus.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const FIXTURE = join(HERE, 'fixtures/normalised-corpus.json')
const RECORD = process.env.RECORD_NORMALISED_CORPUS === '1'
const WORKSPACE = '/home/runner/work/repo/repo'

/** gitleaks' context is the widest: the common one plus the secrets' digests. */
type GitleaksParseContext = Parameters<typeof parseGitleaks>[1]

const PARSERS: Record<string, (raw: string, context: GitleaksParseContext) => unknown> = {
  trivy: parseTrivy,
  grype: parseGrype,
  'osv-scanner': parseOsvScanner,
  semgrep: parseSemgrep,
  checkov: parseCheckov,
  tfsec: parseTfsec,
  kics: parseKics,
  hadolint: parseHadolint,
  gitleaks: parseGitleaks,
}

/** Every optional member set, so the image, file-content and secret-digest paths are taken. */
const FULL: GitleaksParseContext = {
  workspace: WORKSPACE,
  readLines: (path, start, end) =>
    path.endsWith('.md') ? undefined : `  line ${start}\tto ${end}  of ${path}\n`,
  image: {
    ref: 'registry.example.com/app:1.2',
    digest: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  defaultSeverity: 'medium',
  secretDigests: Array.from({ length: 2000 }, (_, i) => (i % 5 === 3 ? undefined : `digest-${i}`)),
}
const CONTEXTS: Record<string, GitleaksParseContext> = {
  bare: { workspace: WORKSPACE },
  full: FULL,
}

/** The lists of findings (or of what holds them) in the tools' reports. */
const FINDING_LISTS = new Set([
  'Results',
  'Resources',
  'results',
  'failed_checks',
  'files',
  'matches',
])

/**
 * The report with each list of findings written twice, so every finding has an identical twin
 * (the occurrence indexes of file fingerprints then count past 0). Undefined when nothing doubled.
 */
function doubled(raw: string): string | undefined {
  let changed = false
  const twice = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) {
      const items = value.map((v) => twice(v))
      if (key !== undefined && !FINDING_LISTS.has(key)) return items
      changed ||= items.length > 0
      return [...items, ...items]
    }
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, twice(v, k)]))
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return undefined
  }
  const text = JSON.stringify(twice(data))
  return changed ? text : undefined
}

/**
 * The reports: each tool's JSON corpus files and the outputs recorded next to its tests, each also
 * with its findings doubled.
 */
function inputs(): { tool: string; name: string; raw: string }[] {
  const found = corpusEntries((e) => e.format === 'json' && e.tool in PARSERS).map((e) => ({
    tool: e.tool,
    name: e.file,
    raw: readCorpus(e.file),
  }))
  for (const tool of ['trivy', 'gitleaks']) {
    const dir = join(HERE, tool, 'recorded')
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      found.push({
        tool,
        name: `test/scanners/${tool}/recorded/${file}`,
        raw: readFileSync(join(dir, file), 'utf8'),
      })
    }
  }
  return found.flatMap((input) => {
    const twice = doubled(input.raw)
    return twice === undefined
      ? [input]
      : [input, { ...input, name: `${input.name} doubled`, raw: twice }]
  })
}

/** JSON with keys sorted and undefined members kept, so only a change of value changes it. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32)

interface Digest {
  readonly findings: number
  readonly fingerprints: string
  readonly result: string
  readonly written: string
}

function digestOf(tool: string, raw: string, context: GitleaksParseContext): Digest | string {
  let result: unknown
  try {
    result = PARSERS[tool]!(raw, context)
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`
  }
  const findings = (result as { findings: { fingerprint: string }[] }).findings
  return {
    findings: findings.length,
    fingerprints: sha(findings.map((f) => f.fingerprint).join('\n')),
    result: sha(canonical(result)),
    written: sha(JSON.stringify(result)),
  }
}

const reports = inputs()
const actual: Record<string, Record<string, Digest | string>> = {}
for (const { tool, name, raw } of reports) {
  actual[name] = Object.fromEntries(
    Object.entries(CONTEXTS).map(([label, context]) => [label, digestOf(tool, raw, context)]),
  )
}
if (RECORD) writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`)
const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as typeof actual

describe('scanner parsers give the recorded results on every corpus report', () => {
  it('covers every JSON report of the parsed tools, and every report has findings somewhere', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(recorded).sort())
    for (const tool of Object.keys(PARSERS)) {
      expect(reports.filter((r) => r.tool === tool).length, tool).toBeGreaterThan(0)
    }
    const total = Object.values(actual)
      .flatMap((byContext) => Object.values(byContext))
      .reduce((n, d) => n + (typeof d === 'string' ? 0 : d.findings), 0)
    expect(total).toBeGreaterThan(10_000)
  })

  it.each(reports.map((r) => [r.name]))('%s', (name) => {
    expect(actual[name]).toEqual(recorded[name])
  })
})
