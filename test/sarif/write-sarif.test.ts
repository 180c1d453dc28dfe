import { describe, expect, it } from 'vitest'
import type { Log, Result } from 'sarif'
import type { Finding } from '@portcullis/core'
import { findingsToSarif, writeSarif, type SarifWriterInput } from '@portcullis/sarif'
import { budgetSarif } from '@portcullis/sarif/budget'
import { parseCheckov } from '@portcullis/scanners/checkov'
import { parseGitleaks } from '@portcullis/scanners/gitleaks'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { readCorpus } from '../support/corpus.js'

const WORKSPACE = '/home/runner/work/app/app'

/** Findings the parsers make of real reports: vulnerabilities, misconfigurations, secrets. */
function corpusFindings(): Finding[][] {
  const context = { workspace: WORKSPACE }
  return [
    parseTrivy(readCorpus('trivy/json/trivy-golden-alpine-310.json'), {
      ...context,
      image: { ref: 'alpine:3.10', digest: `sha256:${'a'.repeat(64)}` },
    }).findings,
    parseTrivy(readCorpus('trivy/json/dd-trivy-misconfig-and-secrets.json'), context).findings,
    parseTrivy(readCorpus('trivy/json/trivy-golden-npm.json'), context).findings,
    parseCheckov(readCorpus('checkov/json/dd-checkov-2.0.209-multi-check_type.json'), context)
      .findings,
    parseGitleaks(readCorpus('gitleaks/json/dd-gitleaks8_many.json'), context).findings,
  ]
}

function input(runs: Finding[][]): SarifWriterInput {
  return {
    runs: runs.map((findings, i) => ({
      tool: { name: `tool${i}`, version: '1.2.3' },
      category: `portcullis/test/${i}/`,
      findings,
      fallbackPath: 'Dockerfile',
      targetName: 'the target',
    })),
    readFile: (path) => (path === 'Dockerfile' ? 'FROM alpine:3.10\nUSER app\n' : undefined),
  }
}

function written(source: SarifWriterInput, keep: number, budget?: number) {
  let text = ''
  const out = writeSarif(source, (chunk) => (text += chunk), keep, budget)
  return { text, ...out }
}

describe('writeSarif', () => {
  it('writes the bytes JSON.stringify gives of the log findingsToSarif builds, and keeps it all for the upload', () => {
    const runs = corpusFindings()
    expect(runs.every((r) => r.length > 0)).toBe(true)
    const log = findingsToSarif(input(runs))
    const out = written(input(runs), 25_000)
    expect(out.text).toBe(JSON.stringify(log))
    expect(out.upload).toEqual(log)
    expect(out.leftOut).toEqual({
      results: 0,
      byRule: {},
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      notes: [],
    })
  })

  it.each([1, 7, 40])(
    'keeps for the upload, at %i results per run, what the budget keeps of the whole log, and counts the rest alike',
    (keep) => {
      const runs = corpusFindings()
      const whole = budgetSarif(findingsToSarif(input(runs)), { maxResultsPerRun: keep })
      const out = written(input(runs), keep)
      const bounded = budgetSarif(out.upload, { maxResultsPerRun: keep }, out.leftOut)
      expect(bounded.omitted).toEqual(whole.omitted)
      expect(bounded.notes).toEqual(whole.notes)
      // The same results, each pointing at a rule equal to its rule in the whole log.
      const described = (log: Log) =>
        log.runs.flatMap((run) =>
          (run.results ?? []).map((r: Result) => ({
            ...r,
            ruleIndex: undefined,
            rule: run.tool.driver.rules![r.ruleIndex!],
          })),
        )
      expect(bounded.uploads.flatMap(described)).toEqual(whole.uploads.flatMap(described))
      expect(out.upload.runs.every((r) => (r.results ?? []).length <= keep)).toBe(true)
    },
  )

  it('reads each run a finding at a time: an iterable read twice gives the same log as an array', () => {
    const runs = corpusFindings()
    const once = (findings: Finding[]): Iterable<Finding> => ({
      *[Symbol.iterator]() {
        for (const f of findings) yield structuredClone(f)
      },
    })
    const source = input(runs)
    const streamed = {
      ...source,
      runs: source.runs.map((r, i) => ({ ...r, findings: once(runs[i]!) })),
    }
    expect(written(streamed, 25_000).text).toBe(JSON.stringify(findingsToSarif(source)))
  })

  it.each([1, 5_000])(
    'gathers rules in passes of about %i bytes when they outgrow one, and writes the same log',
    (budget) => {
      const runs = corpusFindings()
      const log = findingsToSarif(input(runs))
      let passes = 0
      const counted = input(runs)
      const source = {
        ...counted,
        runs: counted.runs.map((r) => ({
          ...r,
          findings: {
            *[Symbol.iterator]() {
              passes += 1
              yield* r.findings
            },
          },
        })),
      }
      for (const keep of [25_000, 3]) {
        passes = 0
        const out = written(source, keep, budget)
        expect(out.text).toBe(JSON.stringify(log))
        // Two reads per run (rules, results) when its rules fit one pass; more when they do not.
        expect(passes).toBeGreaterThan(2 * runs.length)
        if (keep === 25_000) expect(out.upload).toEqual(log)
      }
    },
  )

  it('starts the next pass at the first rule left out, even when a rule held shrinks after the budget is reached', () => {
    const base = {
      category: 'vulnerability' as const,
      location: { path: 'Dockerfile', startLine: 1 },
    }
    const f = (ruleId: string, severity: Finding['severity'], helpUri?: string): Finding => ({
      ...base,
      fingerprint: `v1:${ruleId}${severity}`.padEnd(43, '0'),
      ruleId,
      title: ruleId,
      severity,
      ...(helpUri ? { helpUri } : {}),
    })
    // A's facts pass the budget; then a more severe A without the long link makes them shrink below it.
    const findings = [
      f('A', 'low', `https://example.com/${'x'.repeat(4000)}`),
      f('B', 'low'),
      f('A', 'critical'),
      f('C', 'low'),
    ]
    const source = input([findings])
    expect(written(source, 25_000, 1000).text).toBe(JSON.stringify(findingsToSarif(source)))
  })
})
