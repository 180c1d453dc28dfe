import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Log, ReportingDescriptor, Result, Run } from 'sarif'
import { describe, expect, it } from 'vitest'
import { severityRank, type Severity } from '@portcullis/core'
import {
  budgetSarif,
  describeOmitted,
  resultSeverity,
  runCategory,
  SARIF_LIMITS,
} from '@portcullis/sarif/budget'

// How each synthetic rule states its severity: a security-severity score, or only a level.
const ENCODINGS: Record<Severity, Partial<ReportingDescriptor>> = {
  critical: { properties: { 'security-severity': '9.8' } },
  high: { properties: { 'security-severity': '7.5' } },
  medium: { defaultConfiguration: { level: 'warning' } },
  low: { defaultConfiguration: { level: 'note' } },
  info: { properties: { 'security-severity': '0.0' } },
}
const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info']

interface Synthetic {
  log: Log
  /** The severity each result was generated with, by ruleId. */
  severityOf: Map<string, Severity>
  total: number
}

function syntheticLog(): Synthetic {
  const rules: ReportingDescriptor[] = []
  const severityOf = new Map<string, Severity>()
  for (let i = 0; i < 25; i += 1) {
    const severity = ORDER[Math.floor(i / 5)]!
    const id = `rule-${String(i).padStart(2, '0')}`
    severityOf.set(id, severity)
    rules.push({
      id,
      name: i === 3 ? 'N'.repeat(400) : `Rule${i}`,
      shortDescription: { text: i === 4 ? 's'.repeat(3000) : `short ${i}` },
      fullDescription: { text: `full ${i}` },
      ...ENCODINGS[severity],
      properties: {
        ...ENCODINGS[severity].properties,
        tags: Array.from({ length: i === 0 ? 30 : 2 }, (_, t) => `tag-${t}`),
      },
    })
  }
  // Rule i has 2,000 + 40·i results, interleaved so severity order differs from file order.
  const perRule = rules.map((_, i) => 2000 + 40 * i)
  const results: Result[] = []
  for (let round = 0; results.length < perRule.reduce((a, b) => a + b, 0); round += 1) {
    rules.forEach((rule, i) => {
      if (round >= perRule[i]!) return
      const many = round === 0 && i < 3
      results.push({
        ruleId: rule.id,
        ruleIndex: i,
        message: { text: `${rule.id} #${round}` },
        locations: Array.from({ length: many ? 1200 : 1 }, (_, l) => ({
          physicalLocation: {
            artifactLocation: { uri: `src/m${round % 300}.ts` },
            region: { startLine: (round % 500) + 1 + l },
          },
        })),
        partialFingerprints: { primaryLocationLineHash: `${rule.id}:${round}` },
      })
    })
  }
  const main: Run = {
    tool: { driver: { name: 'synthetic', version: '1.0.0', rules } },
    automationDetails: { id: 'portcullis/scan-iac/synthetic/repo/' },
    results,
  }
  const small = (n: number, category: string): Run => ({
    tool: {
      driver: {
        name: `engine-${n}`,
        rules: [{ id: 'x', defaultConfiguration: { level: 'error' } }],
      },
    },
    automationDetails: { id: category },
    results: [{ ruleId: 'x', message: { text: `small ${n}` } }],
  })
  const runs = [main]
  for (let n = 0; n < 22; n += 1) runs.push(small(n, `portcullis/scan-deps/engine-${n}/repo/`))
  // Two more runs whose category clashes with the main run's.
  runs.push(small(100, 'portcullis/scan-iac/synthetic/repo/'))
  runs.push(small(101, 'portcullis/scan-iac/synthetic/repo/run-2'))
  const total = runs.reduce((a, r) => a + (r.results?.length ?? 0), 0)
  return { log: { version: '2.1.0', runs }, severityOf, total }
}

function gz(value: unknown): number {
  return gzipSync(JSON.stringify(value)).length
}

function expectWithinLimits(uploads: Log[]): void {
  for (const upload of uploads) {
    expect(gz(upload)).toBeLessThanOrEqual(SARIF_LIMITS.maxGzippedBytes)
    expect(upload.runs.length).toBeLessThanOrEqual(SARIF_LIMITS.maxRunsPerUpload)
    const categories = upload.runs.map(runCategory)
    expect(new Set(categories).size).toBe(categories.length)
    for (const run of upload.runs) {
      expect(run.results?.length ?? 0).toBeLessThanOrEqual(SARIF_LIMITS.maxResultsPerRun)
      expect(run.tool.driver.rules?.length ?? 0).toBeLessThanOrEqual(SARIF_LIMITS.maxRulesPerRun)
      for (const rule of run.tool.driver.rules ?? []) {
        expect((rule.properties?.tags as unknown[] | undefined)?.length ?? 0).toBeLessThanOrEqual(
          20,
        )
        expect(rule.name?.length ?? 0).toBeLessThanOrEqual(SARIF_LIMITS.maxRuleNameChars)
        expect(rule.shortDescription?.text.length ?? 0).toBeLessThanOrEqual(
          SARIF_LIMITS.maxShortDescriptionChars,
        )
      }
      for (const result of run.results ?? []) {
        expect(result.locations?.length ?? 0).toBeLessThanOrEqual(
          SARIF_LIMITS.maxLocationsPerResult,
        )
      }
    }
  }
}

describe('budgetSarif', () => {
  it('brings 60,000+ results across 25 rules within every limit, keeping the most severe', () => {
    const { log, severityOf, total } = syntheticLog()
    const mainResults = log.runs[0]!.results!
    expect(mainResults.length).toBeGreaterThanOrEqual(60_000)
    expect(severityOf.size).toBe(25)
    const before = JSON.stringify(log)

    const { uploads, omitted, notes } = budgetSarif(log)
    expectWithinLimits(uploads)
    expect(JSON.stringify(log)).toBe(before)

    // 25 runs, three sharing a category: at least two uploads, every run somewhere exactly once.
    expect(uploads.length).toBeGreaterThanOrEqual(2)
    const names = uploads.flatMap((u) => u.runs.map((r) => r.tool.driver.name)).sort()
    expect(names).toEqual(log.runs.map((r) => r.tool.driver.name).sort())

    const main = uploads.flatMap((u) => u.runs).find((r) => r.tool.driver.name === 'synthetic')!
    const kept = main.results!
    expect(kept).toHaveLength(SARIF_LIMITS.maxResultsPerRun)
    // Expected split, from the generated severities: fill 25,000 from the most severe down.
    const generated = new Map<Severity, number>(ORDER.map((s) => [s, 0]))
    for (const r of mainResults) {
      const s = severityOf.get(r.ruleId!)!
      generated.set(s, generated.get(s)! + 1)
    }
    let room = SARIF_LIMITS.maxResultsPerRun
    const expectedKept = new Map<Severity, number>()
    for (const s of ORDER) {
      const take = Math.min(room, generated.get(s)!)
      expectedKept.set(s, take)
      room -= take
    }
    const keptBy = new Map<Severity, number>(ORDER.map((s) => [s, 0]))
    for (const r of kept) {
      const s = severityOf.get(r.ruleId!)!
      keptBy.set(s, keptBy.get(s)! + 1)
      // The budget reads the same severity the generator meant.
      expect(resultSeverity(main, r)).toBe(s)
    }
    expect(keptBy).toEqual(expectedKept)
    expect(keptBy.get('critical')).toBe(generated.get('critical'))
    expect(keptBy.get('high')).toBe(generated.get('high'))
    expect(keptBy.get('info')).toBe(0)
    // Nothing left out is more severe than anything kept.
    const worstKept = Math.max(...kept.map((r) => severityRank(severityOf.get(r.ruleId!)!)))
    const omittedRules = Object.keys(omitted.byRule)
    expect(
      Math.min(...omittedRules.map((id) => severityRank(severityOf.get(id)!))),
    ).toBeGreaterThanOrEqual(worstKept)

    // What was left out is counted by severity and by rule, and adds up.
    expect(omitted.results).toBe(
      total - uploads.flatMap((u) => u.runs).reduce((a, r) => a + r.results!.length, 0),
    )
    for (const s of ORDER)
      expect(omitted.bySeverity[s]).toBe(generated.get(s)! - expectedKept.get(s)!)
    expect(Object.values(omitted.byRule).reduce((a, b) => a + b, 0)).toBe(omitted.results)
    expect(omitted.byRule['rule-24']).toBe(2000 + 40 * 24)

    // Trimmed, not dropped: the 1,200-location results keep their first 1,000.
    const wide = kept.find((r) => r.message.text === 'rule-00 #0')!
    expect(wide.locations).toHaveLength(1000)
    expect(wide.locations![0]?.physicalLocation?.region?.startLine).toBe(1)
    expect(notes.join('\n')).toMatch(/kept the 25000 most severe of 62000 results/)
    // Rule 0's 30 tags, rule 3's name and rule 4's short description; no other rule is counted.
    expect(notes.join('\n')).toMatch(
      /Run 1 \(synthetic\): shortened the texts or tags of 3 rules\./,
    )
    expect(notes.join('\n')).toMatch(/Split 25 runs into \d+ uploads/)
    expect(describeOmitted(omitted)).toMatch(/^37,000 results left out .*medium.*low.*info/)
  })

  it('drops the least severe results when a run is over 10 MB gzipped', () => {
    const severities: Severity[] = []
    const results: Result[] = []
    for (let i = 0; i < 2600; i += 1) {
      const severity = ORDER[i % 4]!
      severities.push(severity)
      results.push({
        ruleId: severity,
        message: { text: randomBytes(4096).toString('base64') },
        properties: {
          'security-severity': {
            critical: '9.5',
            high: '8.0',
            medium: '5.0',
            low: '2.0',
            info: '0',
          }[severity],
        },
      })
    }
    const log: Log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'noisy' } }, automationDetails: { id: 'c/' }, results }],
    }
    expect(gz(log)).toBeGreaterThan(SARIF_LIMITS.maxGzippedBytes)
    const { uploads, omitted, notes } = budgetSarif(log)
    expect(uploads).toHaveLength(1)
    expectWithinLimits(uploads)
    const kept = uploads[0]!.runs[0]!.results!
    expect(kept.length).toBeLessThan(results.length)
    expect(kept.filter((r) => r.ruleId === 'critical')).toHaveLength(650)
    expect(omitted.bySeverity.critical).toBe(0)
    expect(omitted.bySeverity.low).toBeGreaterThan(0)
    expect(omitted.results).toBe(results.length - kept.length)
    // Kept results stay in the scanner's order.
    const positions = kept.map((r) => results.indexOf(r))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(notes.some((n) => n.includes('MB gzipped'))).toBe(true)
  })

  it('a run whose rules alone are over 10 MB gzipped keeps its most severe results and only their rules', () => {
    // One rule per result (as an image report's CVEs), each with help no compressor can shrink:
    // dropping results must drop their rules too, or the run never fits and nothing is uploaded.
    const rules: ReportingDescriptor[] = []
    const results: Result[] = []
    for (let i = 0; i < 3000; i += 1) {
      const severity = ORDER[i % 4]!
      rules.push({
        id: `CVE-${i}`,
        shortDescription: { text: `CVE-${i}` },
        help: { text: randomBytes(4096).toString('base64') },
        ...ENCODINGS[severity],
      })
      results.push({ ruleId: `CVE-${i}`, ruleIndex: i, message: { text: `finding ${i}` } })
    }
    const log: Log = {
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'image', rules } }, automationDetails: { id: 'i/' }, results },
      ],
    }
    expect(gz({ ...log, runs: [{ ...log.runs[0]!, results: [] }] })).toBeGreaterThan(
      SARIF_LIMITS.maxGzippedBytes,
    )
    const { uploads, omitted } = budgetSarif(log)
    expect(uploads).toHaveLength(1)
    expectWithinLimits(uploads)
    const run = uploads[0]!.runs[0]!
    const kept = run.results!
    // Every critical result is kept, and most of what fits besides.
    expect(kept.length).toBeGreaterThan(1500)
    expect(omitted.bySeverity.critical + omitted.bySeverity.high).toBe(0)
    expect(omitted.results).toBe(results.length - kept.length)
    // The upload holds exactly the rules its results use, and each result points at its own.
    const used = new Set(kept.map((r) => r.ruleId))
    expect(run.tool.driver.rules!.map((r) => r.id).sort()).toEqual([...used].sort())
    for (const r of kept) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId)
  })

  it('over both the rule count and the size: every kept result still points at its own rule', () => {
    const rules: ReportingDescriptor[] = []
    const results: Result[] = []
    for (let i = 0; i < 300; i += 1) {
      rules.push({
        id: `R${i}`,
        help: { text: randomBytes(768).toString('base64') },
        ...ENCODINGS[ORDER[i % 5]!],
      })
      // Rules with results only from index 40 on: compacting moves every index.
      if (i >= 40) results.push({ ruleId: `R${i}`, ruleIndex: i, message: { text: `r${i}` } })
    }
    const log: Log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 't', rules } }, automationDetails: { id: 't/' }, results }],
    }
    const { uploads, omitted } = budgetSarif(log, { maxRulesPerRun: 250, maxGzippedBytes: 60_000 })
    const run = uploads[0]!.runs[0]!
    expect(run.results!.length).toBeGreaterThan(0)
    expect(omitted.results).toBeGreaterThan(0)
    expect(gz(uploads[0])).toBeLessThanOrEqual(60_000)
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId)
  })

  it('leaves a log that is within limits as it is', () => {
    const log: Log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'gitleaks', rules: [{ id: 'aws' }] } },
          automationDetails: { id: 'portcullis/scan-secrets/gitleaks/repo/' },
          results: [{ ruleId: 'aws', level: 'error', message: { text: 'key' } }],
        },
      ],
    }
    const { uploads, omitted, notes } = budgetSarif(log)
    expect(uploads).toEqual([log])
    expect(omitted).toEqual({
      results: 0,
      byRule: {},
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    })
    expect(notes).toEqual([])
    expect(describeOmitted(omitted)).toBe('No results were left out of the upload.')
  })

  it('keeps only the rules results use, re-indexed, when a run has too many rules', () => {
    const rules = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}` }))
    const log: Log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't', rules } },
          results: [
            { ruleId: 'r29', ruleIndex: 29, level: 'error', message: { text: 'a' } },
            { ruleId: 'r7', ruleIndex: 7, level: 'note', message: { text: 'b' } },
          ],
        },
      ],
    }
    const { uploads } = budgetSarif(log, { maxRulesPerRun: 10 })
    const run = uploads[0]!.runs[0]!
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(['r29', 'r7'])
    expect(run.results?.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['r29', 0],
      ['r7', 1],
    ])
  })
})
