/**
 * The gate reads reports one at a time and keeps only what its verdict and summary need; this
 * holds its answers on corpus-derived reports against the ones the whole-file gate gave. The
 * expected values in fixtures/scale-equivalence.json were recorded by running the gate as it was
 * before (every report and finding held in memory) over these same inputs:
 * `RECORD_GATE_EQUIVALENCE=1 npx vitest run test/gate/scale-equivalence.test.ts`.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeReport, type Finding, type FindingsReport } from '@portcullis/core'
import {
  LISTED_FINDINGS,
  renderGateSummary,
  runGate,
  type GateConfig,
  type GateResult,
} from '@portcullis/gate'
import { findingTemplates } from '../bench/generate.js'
import { NOW, SHA, tempTree, verifiedTool } from './helpers.js'

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/scale-equivalence.json')
const RECORD = process.env.RECORD_GATE_EQUIVALENCE === '1'
const BASE_SHA = 'e'.repeat(40)
const WS = '/home/runner/work/repo/repo'
/** How many findings of the result's list the comparison covers (in the gate's order). */

/** Deterministic, so the recorded answers stay the answers to these inputs. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What the real parsers make of corpus files: vulnerabilities, misconfigurations, secrets, SAST. */
const templates = (): Finding[] => findingTemplates(WS)

const SUPPRESSIONS: readonly NonNullable<Finding['suppression']>[] = [
  { kind: 'in-source', source: 'trivy:ignore at main.tf:4' },
  { kind: 'external', source: '.trivyignore:3' },
  { kind: 'vendor-status' },
  { kind: 'vendor-status', source: 'vex/app.openvex.json' },
]

/**
 * Reports whose findings overlap the way real shards do: a finding seen again by a later report
 * (same fingerprint, sometimes another severity), packages and secret locations shared across
 * rules, suppressions of every kind, and the scanner's own `sources`.
 */
function makeReports(
  count: number,
  per: number,
  seed: number,
  commitSha: string,
): FindingsReport[] {
  const list = templates()
  const r = rng(seed)
  const made: Finding[] = []
  const reports: FindingsReport[] = []
  for (let n = 0; n < count; n++) {
    const findings: Finding[] = []
    for (let i = 0; i < per; i++) {
      const id = n * per + i
      const roll = r()
      const earlier = made.length > 0 ? made[Math.floor(r() * made.length)] : undefined
      if (earlier !== undefined && roll < 0.08) {
        const severity =
          r() < 0.5 ? earlier.severity : list[Math.floor(r() * list.length)]!.severity
        findings.push({ ...earlier, severity })
        continue
      }
      const t = list[Math.floor(r() * list.length)]!
      const f: Finding = {
        ...t,
        fingerprint: `v1:${(id * 2654435761).toString(16).padStart(40, '0').slice(-40)}`,
        ...(t.location
          ? {
              location: {
                ...t.location,
                path: `services/svc-${id % 97}/${t.location.path}`,
                ...(t.location.startLine !== undefined ? { startLine: (id % 13) + 1 } : {}),
              },
            }
          : {}),
        ...(t.package ? { package: { ...t.package, name: `${t.package.name}-${id % 211}` } } : {}),
        ...(roll > 0.9 ? { suppression: SUPPRESSIONS[id % SUPPRESSIONS.length]! } : {}),
        ...(roll > 0.85 && roll <= 0.9 ? { sources: ['trivy', 'grype'] } : {}),
      }
      made.push(f)
      findings.push(f)
    }
    const action = (['scan-deps', 'scan-iac', 'scan-secrets'] as const)[n % 3]!
    const finishedAt = new Date(NOW.getTime() - 60_000 - n * 1000)
    reports.push(
      completeReport(
        {
          action,
          scanner: { name: 'trivy', version: '0.44.1' },
          target: { kind: 'repository', name: `shard-${n}` },
          commitSha,
          startedAt: new Date(finishedAt.getTime() - 5000),
          finishedAt,
          tool: verifiedTool('trivy'),
        },
        findings,
      ),
    )
  }
  return reports
}

function writeReports(dir: string, reports: readonly FindingsReport[]): void {
  mkdirSync(dir, { recursive: true })
  reports.forEach((report, n) => {
    writeFileSync(join(dir, `shard-${n}.findings.json`), JSON.stringify(report))
  })
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** What must not change: verdict, counts, score, reasons, fingerprints and statuses in order, the summary. */
function answers(result: GateResult): Record<string, unknown> {
  const listed = result.findings
    .slice(0, LISTED_FINDINGS)
    .map((f) => `${f.fingerprints.join('+')} ${f.severity} ${f.status} ${f.waiver ?? ''}`)
  return {
    verdict: result.verdict,
    counts: result.counts,
    score: result.score,
    matrix: result.matrix,
    reasons: result.reasons.map((r) => `${r.code}: ${r.message}`),
    top: result.topFindings.map((f) => `${f.fingerprints.join('+')} ${f.sources.join(',')}`),
    listedHead: listed.slice(0, 20),
    listedSha256: sha256(listed.join('\n')),
    waivers: {
      used: result.waivers.used.map((u) => [u.waiver.label, u.findings]),
      unused: result.waivers.unused.map((w) => w.label),
      expired: result.waivers.expired.map((u) => [u.waiver.label, u.findings]),
      expiring: result.waivers.expiring.map((u) => [u.waiver.label, u.daysLeft]),
    },
    suppressed: result.suppressed,
    baseline: result.baseline ?? null,
    scanners: result.scanners.map((s) => [s.file, s.findings, s.bySeverity]),
    summarySha256: sha256(renderGateSummary(result)),
  }
}

/** Waivers of every kind: by rule, advisory, fingerprint, rule under a path, expiring, expired, unused. */
function waiversFile(reports: readonly FindingsReport[]): string {
  const all = reports.flatMap((r) => r.findings)
  const rule = all.find((f) => f.category === 'misconfiguration')?.ruleId ?? 'none'
  const advisory = all.find((f) => (f.advisories?.length ?? 0) > 0)?.advisories?.[0] ?? 'none'
  const secretRule = all.find((f) => f.category === 'secret')?.ruleId ?? 'none'
  const fingerprint = all[123]?.fingerprint ?? 'none'
  const expiredRule = all.find((f) => f.category === 'license')?.ruleId ?? rule
  return [
    'waivers:',
    `  - rule: ${JSON.stringify(rule)}`,
    '    reason: accepted misconfiguration',
    '    expires: 2026-05-01',
    `  - advisory: ${JSON.stringify(advisory)}`,
    '    reason: not reachable',
    '    expires: 2026-03-05',
    `  - fingerprint: ${JSON.stringify(fingerprint)}`,
    '    reason: false positive',
    '    expires: 2026-04-01',
    `  - rule: ${JSON.stringify(secretRule)}`,
    "    path: 'services/svc-1*/**'",
    '    reason: test keys',
    '    expires: 2026-04-01',
    `  - rule: ${JSON.stringify(expiredRule)}`,
    '    reason: expired exception',
    '    expires: 2026-02-01',
    '  - rule: no-such-rule',
    '    reason: matches nothing',
    '    expires: 2026-04-01',
    '',
  ].join('\n')
}

interface Scenario {
  readonly name: string
  readonly config: Omit<GateConfig, 'findings' | 'baseline'> & { baseline?: readonly string[] }
  readonly policy?: string
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'mode all, level 3', config: { systemLevel: 3, stage: 'code', fail: true, mode: 'all' } },
  {
    name: 'mode all, level 1, repository suppressions honoured',
    config: { systemLevel: 1, stage: 'code', fail: true, mode: 'all' },
    policy: 'repo-suppressions: honour\n',
  },
  {
    name: 'mode new against a baseline of the previous commit',
    config: {
      systemLevel: 2,
      stage: 'code',
      fail: true,
      mode: 'new',
      previousCommit: BASE_SHA,
    },
  },
]

describe('the gate over many overlapping corpus-derived reports', () => {
  let dir: string
  const recorded: Record<string, unknown> = RECORD
    ? {}
    : (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>)

  beforeAll(() => {
    dir = tempTree({})
    const reports = makeReports(6, 3000, 7, SHA)
    writeReports(join(dir, 'findings'), reports)
    // The base commit's scans: the first shards, with part of what they found since fixed.
    const base = makeReports(3, 3000, 7, BASE_SHA).map((r) => ({
      ...r,
      findings: r.findings.filter((_, i) => i % 3 !== 0),
    }))
    writeReports(join(dir, 'baseline'), base)
    writeFileSync(join(dir, 'waivers.yml'), waiversFile(reports))
    writeFileSync(join(dir, 'policy-honour.yml'), 'repo-suppressions: honour\n')
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    if (RECORD) writeFileSync(FIXTURE, `${JSON.stringify(recorded, null, 2)}\n`)
  })

  for (const scenario of SCENARIOS) {
    it(`gives the same verdict, counts, score and fingerprints: ${scenario.name}`, () => {
      const result = runGate(
        {
          ...scenario.config,
          findings: [join(dir, 'findings')],
          baseline: scenario.config.mode === 'new' ? [join(dir, 'baseline')] : [],
          waivers: join(dir, 'waivers.yml'),
          ...(scenario.policy !== undefined ? { policy: join(dir, 'policy-honour.yml') } : {}),
        },
        { cwd: dir, now: () => NOW },
      )
      const got = answers(result)
      // Inputs that exercise nothing would make the comparison empty.
      expect(result.findings.length).toBeGreaterThan(100)
      expect(result.waivers.used.length).toBeGreaterThan(0)
      expect(result.suppressed.total).toBeGreaterThan(0)
      if (RECORD) recorded[scenario.name] = got
      else expect(got).toEqual(recorded[scenario.name])
    })
  }
})
