import { describe, expect, it } from 'vitest'
import { normalizeSeverity, severityFromSarifLevel, severityFromScore } from '@portcullis/core'

describe('normalizeSeverity', () => {
  it.each([
    // trivy, grype, kics, XCCDF words
    ['CRITICAL', 'critical'],
    ['Critical', 'critical'],
    ['HIGH', 'high'],
    ['Medium', 'medium'],
    ['LOW', 'low'],
    // grype
    ['Negligible', 'info'],
    ['Unknown', 'medium'],
    // tfsec / semgrep legacy
    ['ERROR', 'high'],
    ['WARNING', 'medium'],
    ['INFO', 'info'],
    // kics
    ['TRACE', 'info'],
    // checkov open-source edition and osv empty max_severity
    [null, 'medium'],
    [undefined, 'medium'],
    ['', 'medium'],
    // osv max_severity strings and CVSS numbers, at every boundary
    ['9.0', 'critical'],
    ['8.9', 'high'],
    ['7.0', 'high'],
    ['6.9', 'medium'],
    ['4.0', 'medium'],
    ['3.9', 'low'],
    ['0.1', 'low'],
    ['0', 'info'],
    [10, 'critical'],
    ['gibberish', 'medium'],
    // Words that name Object.prototype members are not severities.
    ['__proto__', 'medium'],
    ['constructor', 'medium'],
    ['toString', 'medium'],
    ['hasOwnProperty', 'medium'],
  ] as const)('%j → %s', (input, expected) => {
    expect(normalizeSeverity(input)).toBe(expected)
  })

  it('maps SARIF levels, defaulting to warning when absent', () => {
    expect(severityFromSarifLevel('error')).toBe('high')
    expect(severityFromSarifLevel('warning')).toBe('medium')
    expect(severityFromSarifLevel('note')).toBe('low')
    expect(severityFromSarifLevel('none')).toBe('info')
    expect(severityFromSarifLevel(undefined)).toBe('medium')
  })

  it('rejects non-finite and negative scores as unknown', () => {
    expect(severityFromScore(Number.NaN)).toBe('medium')
    expect(severityFromScore(-1)).toBe('medium')
  })
})
