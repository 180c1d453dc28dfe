import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ScanFailedError, secretDigest, type Finding } from '@portcullis/core'
import type { ParseContext } from '@portcullis/scanners'
import { parseTrivy } from '@portcullis/scanners/trivy'
import {
  trivySecretRewriter,
  trivySecretValues,
} from '../../../packages/scanners/src/trivy/secret-engine.js'
import {
  parseTrivyFile,
  TrivyStreamParser,
  type TrivyStreamOptions,
} from '../../../packages/scanners/src/trivy/stream.js'
import { readChunks } from '../../../packages/scanners/src/shared/read-chunks.js'
import { corpusEntries, readCorpus } from '../../support/corpus.js'

const WORKSPACE = '/home/runner/work/repo/repo'
const entries = corpusEntries((e) => e.tool === 'trivy' && e.format === 'json')
const RECORDED = join(dirname(fileURLToPath(import.meta.url)), 'recorded')
const recorded = readdirSync(RECORDED).filter((f) => f.endsWith('.json'))

/** Lines of a workspace file, as a runner's readLines port would return them (deterministic). */
const readLines = (path: string, start: number, end: number): string =>
  Array.from({ length: end - start + 1 }, (_, i) => `${path}:${start + i} content`).join('\n')

const tmp = mkdtempSync(join(tmpdir(), 'trivy-stream-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Feeds `raw` in chunks of `chunk` bytes; returns what the stream parser made of it. */
function streamed(
  raw: string,
  context: ParseContext,
  chunk: number,
  batchBytes?: number,
  targetPrefix?: string,
  more: TrivyStreamOptions = {},
) {
  const parser = new TrivyStreamParser(context, {
    ...more,
    ...(batchBytes === undefined ? {} : { batchBytes }),
    ...(targetPrefix === undefined ? {} : { targetPrefix }),
  })
  const bytes = Buffer.from(raw, 'utf8')
  const findings: Finding[] = []
  const reused = Buffer.alloc(chunk)
  for (let i = 0; i < bytes.length; i += chunk) {
    // One buffer, reused and overwritten after each push, as readChunks reads a file: the parser
    // must keep nothing of a chunk it has not copied.
    const n = bytes.copy(reused, 0, i, i + chunk)
    findings.push(...parser.push(reused.subarray(0, n)))
    reused.fill(0x7b)
  }
  findings.push(...parser.end())
  return {
    findings,
    notices: parser.notices,
    scannerVersion: parser.scannerVersion,
    inventory: parser.inventory,
    types: parser.resultTypes,
    exceptions: parser.misconfigExceptions,
  }
}

/**
 * The whole-report path the stream parser replaced, kept as the oracle: the report parsed at once,
 * each file Target of its Results put under `rel` (OS package results and absolute paths kept).
 */
function rebasedWhole(raw: string, rel: string): string {
  const data = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw) as unknown
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return raw
  const results = (data as { Results?: unknown }).Results
  if (!Array.isArray(results)) return raw
  for (const result of results) {
    if (typeof result !== 'object' || result === null) continue
    const r = result as Record<string, unknown>
    if (typeof r.Target !== 'string' || r.Class === 'os-pkgs' || isAbsolute(r.Target)) continue
    r.Target = `${rel}/${r.Target}`
  }
  return JSON.stringify(data)
}

/** The Results of an object report, parsed whole ([] for a list or a cluster report). */
function wholeResults(raw: string): Record<string, unknown>[] {
  const data = JSON.parse(raw) as { Results?: unknown } | unknown[]
  const results = Array.isArray(data) ? undefined : data.Results
  return Array.isArray(results) ? (results as Record<string, unknown>[]) : []
}

/** Per-Type count of a report's results, read whole (what scan-iac's summary lists). */
function wholeTypes(raw: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of wholeResults(raw)) {
    if (typeof r.Type === 'string') counts.set(r.Type, (counts.get(r.Type) ?? 0) + 1)
  }
  return counts
}

/** The sum of the results' positive `MisconfSummary.Exceptions`, read whole. */
function wholeExceptions(raw: string): number {
  let total = 0
  for (const r of wholeResults(raw)) {
    const n = (r.MisconfSummary as { Exceptions?: unknown } | null | undefined)?.Exceptions
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) total += n
  }
  return total
}

/** Cluster reports are normalised per workload in document order; parseTrivy goes key by key. */
const byFingerprint = (a: Finding, b: Finding): number =>
  a.fingerprint === b.fingerprint
    ? JSON.stringify(a).localeCompare(JSON.stringify(b))
    : a.fingerprint.localeCompare(b.fingerprint)

const inputs = [
  ...entries.map((e) => ({ name: e.file, raw: readCorpus(e.file) })),
  ...recorded.map((f) => ({ name: `recorded/${f}`, raw: readFileSync(join(RECORDED, f), 'utf8') })),
]

describe('streaming trivy parser gives parseTrivy’s findings', () => {
  it('covers every trivy JSON corpus file and the recorded outputs', () => {
    expect(entries.length).toBeGreaterThanOrEqual(13)
    expect(recorded.length).toBeGreaterThanOrEqual(1)
  })

  for (const { name, raw } of inputs) {
    for (const context of [{ workspace: WORKSPACE }, { workspace: WORKSPACE, readLines }]) {
      const label = `${name}${context.readLines ? ' with file lines' : ''}`
      const whole = parseTrivy(raw, context)
      const data: unknown = JSON.parse(raw)
      const cluster = typeof data === 'object' && data !== null && 'ClusterName' in data
      const expected = cluster ? [...whole.findings].sort(byFingerprint) : whole.findings

      // 1-byte chunks exercise every state across a chunk boundary; batchBytes 1 makes every
      // vulnerability its own slice; the default keeps the report in one slice.
      for (const [chunk, batchBytes] of [
        [1, 1],
        [7, 300],
        [65_536, undefined],
      ] as const) {
        it(`${label}: chunks of ${chunk} B, slices of ${batchBytes ?? 'default'} B`, () => {
          const got = streamed(raw, context, chunk, batchBytes)
          expect(got.findings.length).toBe(whole.findings.length)
          expect(cluster ? [...got.findings].sort(byFingerprint) : got.findings).toEqual(expected)
          expect(got.notices).toEqual(whole.notices)
          expect(got.scannerVersion).toBe(whole.scannerVersion)
        })
      }
    }
  }

  it('reads a file through parseTrivyFile and hands slices to onFindings', async () => {
    const entry = entries.find((e) => e.file.endsWith('dd-trivy-legacy-list.json'))!
    const raw = readCorpus(entry.file)
    const path = join(tmp, 'legacy.json')
    writeFileSync(path, raw)
    const whole = parseTrivy(raw, { workspace: WORKSPACE })
    const slices: number[] = []
    const result = await parseTrivyFile(
      path,
      { workspace: WORKSPACE },
      { batchBytes: 8192, onFindings: (f) => slices.push(f.length) },
    )
    expect(result.findings).toEqual([])
    expect(slices.length).toBeGreaterThan(1)
    expect(slices.reduce((a, b) => a + b, 0)).toBe(whole.findings.length)
    const collected = await parseTrivyFile(path, { workspace: WORKSPACE })
    expect(collected.findings).toEqual(whole.findings)
  })
})

describe('streaming trivy parser fails closed', () => {
  const raw = readCorpus(entries.find((e) => e.file.endsWith('dd-trivy-all-statuses.json'))!.file)
  const context = { workspace: WORKSPACE }

  it('rejects a truncated report instead of returning the findings read so far', () => {
    const cut = raw.slice(0, Math.floor(raw.length * 0.6))
    expect(() => streamed(cut, context, 4096)).toThrow(ScanFailedError)
    expect(() => streamed(cut, context, 4096)).toThrow(/ends at byte \d+ before the JSON document/)
  })

  it('words an empty report as parseTrivy does', () => {
    let expected = ''
    try {
      parseTrivy('  \n', context)
    } catch (error) {
      expected = (error as Error).message
    }
    expect(expected).toMatch(/empty/)
    expect(() => streamed('  \n', context, 1)).toThrow(expected)
  })

  it('rejects text after the document and structural garbage', () => {
    expect(() => streamed(`${raw}\n{}`, context, 1000)).toThrow(/after the document/)
    expect(() => streamed('{"Results" [] }', context, 3)).toThrow(/expected ':'/)
    expect(() => streamed('{"Results":[{"Target":"a"]}', context, 3)).toThrow(ScanFailedError)
    expect(() => streamed('"a string"', context, 3)).toThrow(/not a JSON object or list/)
  })

  it('names the finding’s position in the whole report, not in the slice', () => {
    const data = JSON.parse(raw) as { Results: { Vulnerabilities: Record<string, unknown>[] }[] }
    const vulns = data.Results[0]!.Vulnerabilities
    expect(vulns.length).toBeGreaterThan(5)
    delete vulns[5]!.PkgName
    const broken = JSON.stringify(data)
    expect(() => parseTrivy(broken, context)).toThrow(
      'trivy report Results[0].Vulnerabilities[5] has no PkgName',
    )
    expect(() => streamed(broken, context, 512, 1)).toThrow(
      'trivy report Results[0].Vulnerabilities[5] has no PkgName',
    )
  })
})

describe('a scan of a sub-folder (scan-deps path: services/api)', () => {
  /** Object reports of files (not images, not clusters): the ones scan-deps reads. */
  const fileReports = inputs.filter(({ raw }) => {
    const data: unknown = JSON.parse(raw)
    return (
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data) &&
      !('ClusterName' in data) &&
      (data as { ArtifactType?: unknown }).ArtifactType !== 'container_image'
    )
  })

  it('has file reports with packages to read', () => {
    expect(fileReports.length).toBeGreaterThanOrEqual(3)
    expect(fileReports.some(({ raw }) => raw.includes('"Packages"'))).toBe(true)
  })

  for (const { name, raw } of fileReports) {
    it(`${name}: the findings of the report with its targets rebased, and what it read`, () => {
      const context = { workspace: WORKSPACE, readLines }
      const rebased = rebasedWhole(raw, 'services/api')
      const got = streamed(raw, context, 4096, 2048, 'services/api')
      expect(got.findings).toEqual(parseTrivy(rebased, context).findings)
      const results = ((JSON.parse(rebased) as { Results?: unknown }).Results ?? []) as {
        Target?: unknown
        Packages?: unknown
      }[]
      expect(got.inventory).toEqual({
        targets: results.flatMap((r) => (typeof r.Target === 'string' ? [r.Target] : [])),
        packages: results.reduce(
          (n, r) => n + (Array.isArray(r.Packages) ? r.Packages.length : 0),
          0,
        ),
      })
    })
  }

  it('rebases the targets of a report that starts with a byte-order mark', () => {
    const raw = JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: '.',
      ArtifactType: 'filesystem',
      Results: [{ Target: 'package-lock.json', Class: 'lang-pkgs', Type: 'npm' }],
    })
    expect(
      streamed(`\ufeff${raw}`, { workspace: WORKSPACE }, 2, undefined, 'svc').inventory,
    ).toEqual({ targets: ['svc/package-lock.json'], packages: 0 })
  })

  it('leaves OS package results and absolute targets as trivy wrote them', () => {
    const report = JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: '.',
      ArtifactType: 'filesystem',
      Results: [
        { Target: 'debian (debian 12.5)', Class: 'os-pkgs', Type: 'debian', Packages: [{}, {}] },
        { Target: '/opt/app/package-lock.json', Class: 'lang-pkgs', Type: 'npm' },
        { Target: 'package-lock.json', Class: 'lang-pkgs', Type: 'npm', Packages: [{}] },
      ],
    })
    expect(streamed(report, { workspace: WORKSPACE }, 7, undefined, 'svc').inventory).toEqual({
      targets: ['debian (debian 12.5)', '/opt/app/package-lock.json', 'svc/package-lock.json'],
      packages: 3,
    })
  })
})

describe('what scan-iac reads besides findings: file types and excepted misconfigurations', () => {
  /** Misconfiguration reports of the corpus, each also with its exceptions made non-zero. */
  const misconfig = inputs.filter(({ raw }) => raw.includes('"MisconfSummary"'))
  const excepted = misconfig.flatMap(({ name, raw }) => {
    const data = JSON.parse(raw) as { Results?: Record<string, unknown>[] }
    if (!Array.isArray(data.Results)) return []
    data.Results.forEach((r, i) => {
      if (typeof r.MisconfSummary === 'object' && r.MisconfSummary !== null) {
        ;(r.MisconfSummary as Record<string, unknown>).Exceptions = i + 1
      }
    })
    return [{ name: `${name} with exceptions`, raw: JSON.stringify(data, null, 2) }]
  })

  it('has misconfiguration reports, with and without exceptions', () => {
    expect(misconfig.length).toBeGreaterThanOrEqual(3)
    expect(excepted.filter(({ raw }) => wholeExceptions(raw) > 0).length).toBeGreaterThanOrEqual(3)
  })

  for (const { name, raw } of [...inputs, ...excepted]) {
    it(`${name}: the Types and exceptions the whole report holds`, () => {
      const context = { workspace: WORKSPACE, readLines }
      const got = streamed(raw, context, 97, 512, 'infra')
      expect([...got.types]).toEqual([...wholeTypes(raw)])
      expect(got.exceptions).toBe(wholeExceptions(raw))
      // And the findings of the whole report with its targets rebased.
      const rebased = rebasedWhole(raw, 'infra')
      const whole = parseTrivy(rebased, context)
      const cluster = raw.includes('"ClusterName"')
      expect(cluster ? [...got.findings].sort(byFingerprint) : got.findings).toEqual(
        cluster ? [...whole.findings].sort(byFingerprint) : whole.findings,
      )
    })
  }

  it('counts only positive numbers, for the last MisconfSummary of a result', () => {
    const raw = JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: '.',
      ArtifactType: 'filesystem',
      Results: [
        { Target: 'a.tf', Class: 'config', Type: 'terraform', MisconfSummary: { Exceptions: 3 } },
        { Target: 'b.tf', Class: 'config', Type: 'terraform', MisconfSummary: { Exceptions: -2 } },
        { Target: 'c.yaml', Class: 'config', Type: 'kubernetes', MisconfSummary: null },
        { Target: 'd', Class: 'config', Type: 'dockerfile', MisconfSummary: { Exceptions: '4' } },
      ],
    })
    const got = streamed(`\ufeff${raw}`, { workspace: WORKSPACE }, 5)
    expect(got.exceptions).toBe(3)
    expect(wholeExceptions(raw)).toBe(3)
    expect([...got.types]).toEqual([
      ['terraform', 2],
      ['kubernetes', 1],
      ['dockerfile', 1],
    ])
  })

  it('fails a truncated report instead of counting what it read', () => {
    const entry = excepted.find(({ raw }) => wholeExceptions(raw) > 0)!
    const cut = entry.raw.slice(0, Math.floor(entry.raw.length * 0.7))
    expect(() => streamed(cut, { workspace: WORKSPACE }, 4096)).toThrow(ScanFailedError)
  })
})

describe('what scan-secrets does to each secret before it is normalised (scan-secrets path: app)', () => {
  const ROOT = 'app'
  const KEY = 'fingerprint-key'
  const withSecrets = inputs.filter(({ raw }) => raw.includes('"Secrets"'))

  /**
   * The file lines a runner would read back for each secret: its masked Match with a value of the
   * same length in place of the stars, so the masked spans line up (one secret's lines are read
   * unaligned, to get an `unread` digest too).
   */
  function linesOf(raw: string): (path: string, start: number) => string | undefined {
    const byLine = new Map<string, string>()
    let n = 0
    for (const r of wholeResults(raw)) {
      for (const s of (Array.isArray(r.Secrets) ? r.Secrets : []) as Record<string, unknown>[]) {
        if (typeof s.Match !== 'string' || typeof s.StartLine !== 'number') continue
        const value = (len: number) => `v${n++}`.padEnd(len, 'k').slice(0, len)
        const line = n === 1 ? 'not the line' : s.Match.replace(/\*{3,}/g, (m) => value(m.length))
        byLine.set(`${ROOT}/${String(r.Target)}:${s.StartLine}`, line)
      }
    }
    return (path, start) => byLine.get(`${path}:${start}`)
  }

  /** The whole-report path the stream replaced: targets made absolute, then masked and digested. */
  function wholeSecrets(raw: string, readLines: ParseContext['readLines']) {
    const data = JSON.parse(raw) as { Results?: Record<string, unknown>[] }
    const masked: string[] = []
    for (const r of data.Results ?? []) {
      if (typeof r.Target === 'string') r.Target = join(WORKSPACE, ROOT, r.Target)
      for (const s of (Array.isArray(r.Secrets) ? r.Secrets : []) as Record<string, unknown>[]) {
        if (typeof s.Match !== 'string' || typeof r.Target !== 'string') continue
        const path = r.Target.slice(WORKSPACE.length + 1)
        const start = s.StartLine
        const lines =
          typeof start === 'number' && start >= 1
            ? readLines!(path, start, typeof s.EndLine === 'number' ? s.EndLine : start)
            : undefined
        let digest = 'unread'
        if (lines !== undefined) {
          for (const v of trivySecretValues(s.Match, lines)) {
            if (!masked.includes(v)) masked.push(v)
          }
          const stars = s.Match.trim().split(/(\*{3,})/)
          const pattern = stars
            .map((p, i) =>
              i % 2 === 1 ? `(.{${p.length}})` : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
            )
            .join('')
          const found = stars.length >= 3 ? new RegExp(pattern).exec(lines) : null
          if (found) digest = secretDigest(KEY, found.slice(1).join('\u0000'))
        }
        s.Match = `${s.Match} secret:${digest}`
      }
    }
    return {
      findings: parseTrivy(JSON.stringify(data), { workspace: WORKSPACE, readLines }).findings,
      masked,
    }
  }

  it('has reports with secrets', () => {
    expect(withSecrets.length).toBeGreaterThanOrEqual(5)
  })

  for (const { name, raw } of withSecrets) {
    it(`${name}: the findings and masks of the whole-report path`, () => {
      const lines = linesOf(raw)
      const readLines = (path: string, start: number) => lines(path, start)
      const whole = wholeSecrets(raw, readLines)
      const masked: string[] = []
      const context = { workspace: WORKSPACE, readLines }
      const got = streamed(raw, context, 13, 256, ROOT, {
        rewriteSecret: trivySecretRewriter(context, KEY, (v) => masked.push(v)),
      })
      expect(got.findings).toEqual(whole.findings)
      expect(masked).toEqual(whole.masked)
      // Values shorter than six characters are not masked (trivySecretValues).
      expect(masked.length).toBe(raw.includes('=*****"') ? 0 : 1)
      expect(got.findings.filter((f) => f.category === 'secret').length).toBeGreaterThan(0)
    })
  }

  it('keys each fingerprint by the secret’s value', () => {
    const { raw } = withSecrets.find(({ name }) => name.endsWith('trivy-golden-secrets.json'))!
    const lines = linesOf(raw)
    const context = { workspace: WORKSPACE, readLines: (p: string, s: number) => lines(p, s) }
    const run = (rewriteSecret?: TrivyStreamOptions['rewriteSecret']) =>
      streamed(raw, context, 4096, undefined, ROOT, rewriteSecret ? { rewriteSecret } : {})
        .findings.filter((f) => f.category === 'secret')
        .map((f) => f.fingerprint)
    const plain = run()
    const keyed = run(trivySecretRewriter(context, KEY, () => undefined))
    const other = run(trivySecretRewriter(context, 'another key', () => undefined))
    expect(keyed).toHaveLength(2)
    expect(keyed[0]).not.toBe(plain[0])
    expect(keyed[1]).not.toBe(plain[1])
    // The first secret's lines line up: its digest depends on the key; the second's do not
    // (an \`unread\` digest, the same under any key).
    expect(keyed[0]).not.toBe(other[0])
    expect(keyed[1]).toBe(other[1])
  })
})

describe('readChunks', () => {
  it('reads a file whole, in chunks of at most the size asked, through one buffer', async () => {
    const file = join(RECORDED, recorded[0]!)
    const bytes = readFileSync(file)
    for (const size of [1, 7, 4096, 1024 * 1024]) {
      if (size === 1 && bytes.length > 200_000) continue
      const copies: Buffer[] = []
      const buffers = new Set<ArrayBufferLike>()
      for await (const chunk of readChunks(file, size)) {
        expect(chunk.length).toBeGreaterThan(0)
        expect(chunk.length).toBeLessThanOrEqual(size)
        copies.push(Buffer.from(chunk))
        buffers.add(chunk.buffer)
      }
      expect(Buffer.concat(copies)).toEqual(bytes)
      expect(buffers.size).toBe(1)
    }
  })
})
