import { describe, expect, it } from 'vitest'
import { evaluateGate, parsePolicy, type SystemLevel } from '@portcullis/gate'
import { InputError } from '@portcullis/core'
import { NOW, SHA, loaded, report, verifiedTool } from './helpers.js'

const unverified = {
  ...verifiedTool('gitleaks'),
  path: '/home/runner/work/_temp/portcullis-bin/x/gitleaks',
  origin: '/opt/own/gitleaks',
  sha256: 'e'.repeat(64),
  verified: false,
  verifiedBy: undefined,
}

function gate(level: SystemLevel, policyText?: string) {
  const reports = loaded([
    ['secrets.json', report('scan-secrets', [], { tool: unverified })],
    ['deps.json', report('scan-deps')],
    ['iac.json', report('scan-iac')],
  ])
  return evaluateGate(reports, {
    systemLevel: level,
    stage: 'code',
    commitSha: SHA,
    now: NOW,
    ...(policyText ? { policy: parsePolicy(policyText, 'policy.yml') } : {}),
  })
}

describe('require-verified-tools', () => {
  it('fails a report of an unverified binary at levels 3 and 4, naming file, tool and digest', () => {
    for (const level of [3, 4] as const) {
      const result = gate(level)
      expect(result.verdict).toBe('fail')
      expect(result.reasons.map((r) => r.code)).toEqual(['unverified-tool'])
      expect(result.reasons[0]?.message).toContain('secrets.json')
      expect(result.reasons[0]?.message).toContain('e'.repeat(64))
      expect(result.reasons[0]?.message).toContain('UNVERIFIED')
    }
  })

  it('lets it through at levels 1 and 2 by default', () => {
    for (const level of [1, 2] as const) expect(gate(level).verdict).toBe('pass')
  })

  it('a report that names no binary at all is unverified too', () => {
    const { tool: _tool, ...bare } = report('scan-secrets')
    const result = evaluateGate(
      loaded([
        ['secrets.json', bare],
        ['deps.json', report('scan-deps')],
        ['iac.json', report('scan-iac')],
      ]),
      { systemLevel: 3, stage: 'code', commitSha: SHA, now: NOW },
    )
    expect(result.reasons.map((r) => r.code)).toEqual(['unverified-tool'])
  })

  it('follows the policy: off at a level, on at another, or a digest the organisation vouches for', () => {
    expect(gate(3, 'levels:\n  3:\n    require-verified-tools: false\n').verdict).toBe('pass')
    expect(gate(1, 'levels:\n  1:\n    require-verified-tools: true\n').verdict).toBe('fail')
    expect(gate(3, `verified-tools:\n  gitleaks: ['${'E'.repeat(64)}']\n`).verdict).toBe('pass')
    expect(gate(3, `verified-tools:\n  trivy: ['${'e'.repeat(64)}']\n`).verdict).toBe('fail')
  })

  it('refuses a policy value that is not a boolean or a digest, naming the key', () => {
    expect(() =>
      parsePolicy('levels:\n  3:\n    require-verified-tools: maybe\n', 'p.yml'),
    ).toThrow(/levels\.3\.require-verified-tools must be true or false/)
    expect(() => parsePolicy('verified-tools:\n  oscap: [abc]\n', 'p.yml')).toThrow(InputError)
    expect(() => parsePolicy('verified-tools:\n  oscap: [abc]\n', 'p.yml')).toThrow(
      /verified-tools\.oscap lists "abc", which is not a SHA-256 digest/,
    )
  })
})
