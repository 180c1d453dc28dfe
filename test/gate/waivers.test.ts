import { describe, expect, it } from 'vitest'
import { InputError } from '@portcullis/core'
import { evaluateGate, parseWaivers, type WaiverSet } from '@portcullis/gate'
import { NOW, SHA, loaded, misconf, report, secret, vuln } from './helpers.js'

const OPTS = { now: NOW, maxSpanDays: 90, warnDays: 14 }

function waivers(yaml: string, options = OPTS): WaiverSet {
  return parseWaivers(yaml, '.portcullis/waivers.yml', options)
}

function entry(fields: string): string {
  return `waivers:\n  - ${fields.trim().split('\n').join('\n    ')}\n`
}

const leak = secret({ rule: 'aws-access-token', path: 'test/fixtures/keys.env', line: 2 })
const cve = vuln({ advisories: ['GHSA-xxxx-yyyy-zzzz', 'CVE-2024-4242'], severity: 'critical' })
const tf = misconf({ rule: 'CKV_AWS_20', path: 'infra/s3.tf', severity: 'high', n: 1 })

function gate(set: WaiverSet) {
  return evaluateGate(
    loaded([
      ['secrets.json', report('scan-secrets', [leak])],
      ['deps.json', report('scan-deps', [cve])],
      ['iac.json', report('scan-iac', [tf])],
    ]),
    { systemLevel: 3, stage: 'code', commitSha: SHA, now: NOW, waivers: set, riskThreshold: 0 },
  )
}

function waivedBy(set: WaiverSet): Record<string, string | undefined> {
  return Object.fromEntries(gate(set).findings.map((f) => [f.finding.ruleId, f.waiver]))
}

describe('waivers', () => {
  it('without waivers the three findings count', () => {
    expect(gate({ active: [], expiring: [], expired: [] }).counts).toEqual({
      critical: 1,
      high: 2,
      medium: 0,
      low: 0,
      info: 0,
    })
  })

  it('match by fingerprint', () => {
    const set = waivers(
      entry(`fingerprint: ${tf.fingerprint}\nreason: accepted\nexpires: 2026-04-01`),
    )
    expect(waivedBy(set)).toEqual({
      'aws-access-token': undefined,
      'GHSA-xxxx-yyyy-zzzz': undefined,
      CKV_AWS_20: 'waivers[0]',
    })
  })

  it('match by rule id', () => {
    const set = waivers(
      entry('id: fixture\nrule: aws-access-token\nreason: r\nexpires: 2026-04-01'),
    )
    expect(waivedBy(set)['aws-access-token']).toBe('fixture')
    expect(Object.values(waivedBy(set)).filter(Boolean)).toHaveLength(1)
  })

  it('match by advisory id, any alias, any case', () => {
    const set = waivers(
      entry('advisory: cve-2024-4242\nreason: not reachable\nexpires: 2026-04-01'),
    )
    expect(waivedBy(set)['GHSA-xxxx-yyyy-zzzz']).toBe('waivers[0]')
    const result = gate(set)
    expect(result.counts.critical).toBe(0)
    expect(result.waivers.used.map((u) => [u.waiver.label, u.findings])).toEqual([
      ['waivers[0]', 1],
    ])
  })

  it('match by path glob (picomatch), narrowing a rule', () => {
    const set = waivers(
      entry(
        "rule: aws-access-token\npath: 'test/fixtures/**'\nreason: examples\nexpires: 2026-04-01",
      ),
    )
    expect(waivedBy(set)['aws-access-token']).toBe('waivers[0]')
    const miss = waivers(
      entry("rule: aws-access-token\npath: 'test/*.env'\nreason: examples\nexpires: 2026-04-01"),
    )
    expect(Object.values(waivedBy(miss)).filter(Boolean)).toHaveLength(0)
    expect(gate(miss).waivers.unused.map((w) => w.label)).toEqual(['waivers[0]'])
  })

  it('refuses a waiver by path alone, and wildcard rules, advisories or fingerprints', () => {
    for (const bad of [
      "path: '**'",
      "path: 'test/fixtures/**'",
      "rule: '*'",
      "advisory: 'CVE-*'",
      "fingerprint: 'v1:*'\npath: '**'",
    ]) {
      expect(() => waivers(entry(`${bad}\nreason: r\nexpires: 2026-04-01`)), bad).toThrow(
        InputError,
      )
    }
    expect(() => waivers(entry("path: '**'\nreason: r\nexpires: 2026-04-01"))).toThrow(
      'waivers[0] waives by path only; a waiver must name a rule, an advisory or a fingerprint (a path may narrow one of them)',
    )
    expect(() => waivers(entry("rule: '*'\nreason: r\nexpires: 2026-04-01"))).toThrow(
      'waivers[0]: rule "*" contains a wildcard; rules are matched exactly, name one',
    )
  })

  it('several matchers must all match', () => {
    const both = waivers(
      entry("rule: CKV_AWS_20\npath: 'infra/**'\nreason: r\nexpires: 2026-04-01"),
    )
    expect(waivedBy(both).CKV_AWS_20).toBe('waivers[0]')
    const other = waivers(entry("rule: CKV_AWS_20\npath: 'app/**'\nreason: r\nexpires: 2026-04-01"))
    expect(waivedBy(other).CKV_AWS_20).toBeUndefined()
  })

  it('waived findings stay visible, with the waiver that covers them', () => {
    const set = waivers(entry('rule: CKV_AWS_20\nreason: r\nexpires: 2026-04-01'))
    const result = gate(set)
    expect(result.findings).toHaveLength(3)
    expect(result.findings.find((f) => f.status === 'waived')?.finding.ruleId).toBe('CKV_AWS_20')
    expect(result.counts.high).toBe(1)
  })

  it('an expired waiver stops applying and is listed with what it would cover', () => {
    const set = waivers(entry('id: old\nrule: CKV_AWS_20\nreason: r\nexpires: 2026-03-01'))
    expect(set.active).toEqual([])
    expect(set.expired.map((w) => w.label)).toEqual(['old'])
    const result = gate(set)
    expect(result.counts.high).toBe(2)
    expect(result.waivers.expired.map((e) => [e.waiver.label, e.findings])).toEqual([['old', 1]])
  })

  it('a waiver applies until 00:00 UTC of its expiry date', () => {
    const yaml = entry('rule: CKV_AWS_20\nreason: r\nexpires: 2026-03-02')
    expect(waivers(yaml).active).toHaveLength(1)
    const atMidnight = waivers(yaml, { ...OPTS, now: new Date('2026-03-02T00:00:00Z') })
    expect(atMidnight.active).toHaveLength(0)
    expect(atMidnight.expired).toHaveLength(1)
  })

  it('warns about a waiver expiring within 14 days, not one expiring later', () => {
    const soon = waivers(entry('id: soon\nrule: CKV_AWS_20\nreason: r\nexpires: 2026-03-15')) // 13.5 days
    expect(soon.expiring.map((w) => w.label)).toEqual(['soon'])
    const result = gate(soon)
    expect(result.waivers.expiring.map((e) => [e.waiver.label, e.daysLeft])).toEqual([['soon', 14]])
    expect(result.counts.high).toBe(1)
    const later = waivers(entry('rule: CKV_AWS_20\nreason: r\nexpires: 2026-03-16')) // 14.5 days
    expect(later.expiring).toEqual([])
    expect(later.active).toHaveLength(1)
  })

  it('rejects a waiver without a reason, naming the entry', () => {
    const yaml = `waivers:\n  - id: ok\n    rule: a\n    reason: r\n    expires: 2026-04-01\n  - id: lazy\n    rule: b\n    expires: 2026-04-01\n`
    expect(() => waivers(yaml)).toThrow(InputError)
    expect(() => waivers(yaml)).toThrow(
      "Input 'waivers': .portcullis/waivers.yml: waiver 'lazy' (waivers[1]) has no reason; say why the finding is accepted",
    )
  })

  it('rejects a waiver without an expiry, naming the entry', () => {
    expect(() => waivers(entry('rule: a\nreason: r'))).toThrow(
      "Input 'waivers': .portcullis/waivers.yml: waivers[0] has no expires date; add one (YYYY-MM-DD, at most 90 days ahead)",
    )
  })

  it('rejects an expiry that is not a date', () => {
    expect(() => waivers(entry('rule: a\nreason: r\nexpires: next month'))).toThrow(
      'waivers[0]: expires "next month" is not a date in the form YYYY-MM-DD',
    )
    expect(() => waivers(entry('rule: a\nreason: r\nexpires: 2026-02-30'))).toThrow(/not a date/)
  })

  it('rejects an expiry beyond the maximum span (90 days by default, configurable)', () => {
    // 2026-03-01 + 90 days = 2026-05-30
    expect(waivers(entry('rule: a\nreason: r\nexpires: 2026-05-30')).active).toHaveLength(1)
    expect(() => waivers(entry('id: long\nrule: a\nreason: r\nexpires: 2026-05-31'))).toThrow(
      "waiver 'long' (waivers[0]): expires 2026-05-31 is 91 days away; the policy allows at most 90",
    )
    expect(() =>
      waivers(entry('rule: a\nreason: r\nexpires: 2026-03-31'), { ...OPTS, maxSpanDays: 14 }),
    ).toThrow(/30 days away; the policy allows at most 14/)
  })

  it('rejects a waiver with no matcher, unknown keys and duplicate ids; lists every problem', () => {
    const yaml = `waivers:\n  - id: x\n    reason: r\n    expires: 2026-04-01\n  - id: x\n    rule: a\n    reson: r\n    expires: 2026-04-01\n`
    let message = ''
    try {
      waivers(yaml)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain("waiver 'x' (waivers[0]) has no matcher")
    expect(message).toContain("waiver 'x' appears twice")
    expect(message).toContain("waiver 'x' (waivers[1]): reson is not a known key")
    expect(message).toContain("waiver 'x' (waivers[1]) has no reason")
  })

  it('an empty file waives nothing; a file that is not a mapping is rejected', () => {
    expect(waivers('')).toEqual({ active: [], expiring: [], expired: [] })
    expect(() => waivers('- rule: a\n')).toThrow(/must be a mapping with a `waivers` list/)
    expect(() => waivers('waivers: [\n')).toThrow(/is not valid YAML/)
  })
})
