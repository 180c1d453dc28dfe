import type { Severity } from './model.js'

/**
 * One table for every severity vocabulary the suite reads. Words are matched case-insensitively.
 *
 * | scanner vocabulary                                   | word(s)                         | severity |
 * |------------------------------------------------------|---------------------------------|----------|
 * | trivy, grype, checkov, kics, osv, XCCDF, generic     | critical, very-high             | critical |
 * | trivy, grype, kics, semgrep (new), XCCDF             | high                            | high     |
 * | tfsec, semgrep (legacy)                              | error                           | high     |
 * | trivy, grype, kics, semgrep (new), XCCDF, GHSA       | medium, moderate                | medium   |
 * | tfsec, semgrep (legacy), hadolint                    | warning                         | medium   |
 * | trivy, grype, kics, semgrep (new), XCCDF             | low                             | low      |
 * | grype                                                | negligible                      | info     |
 * | kics TRACE, semgrep INFO, hadolint info/style, SARIF | info, informational, trace, style, note*, none | info     |
 * | trivy UNKNOWN, grype Unknown, checkov null, osv ""   | unknown, null, "", missing      | medium   |
 *
 * *SARIF `level` is read through {@link severityFromSarifLevel}, where `note` is low (trivy and
 * GitHub both write LOW as note); the word `note` elsewhere is informational.
 *
 * A missing or unknown severity is medium, never info: a gate must not treat "the scanner did not
 * say" as "harmless". checkov's open-source edition writes `null` for every check
 * (https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html — severities are a
 * platform feature), and osv-scanner writes `max_severity: ""` when no CVSS is known.
 *
 * Numbers (CVSS base scores, SARIF `security-severity`, osv `max_severity` strings) follow the
 * CVSS v3 qualitative scale that GitHub code scanning also uses: 9.0+ critical, 7.0–8.9 high,
 * 4.0–6.9 medium, 0.1–3.9 low, 0 info.
 */
export const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  'very-high': 'critical',
  'very high': 'critical',
  high: 'high',
  error: 'high',
  medium: 'medium',
  moderate: 'medium',
  warning: 'medium',
  low: 'low',
  negligible: 'info',
  info: 'info',
  informational: 'info',
  information: 'info',
  trace: 'info',
  style: 'info',
  note: 'info',
  none: 'info',
  unknown: 'medium',
}

/** Severity used when a scanner gives none; see the table above for why it is not info. */
export const UNKNOWN_SEVERITY: Severity = 'medium'

/** CVSS-style score (0–10) to severity, as GitHub maps `security-severity`. */
export function severityFromScore(score: number): Severity {
  if (!Number.isFinite(score) || score < 0) return UNKNOWN_SEVERITY
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'info'
}

/**
 * Normalise any scanner's severity (word, numeric string or number; null, undefined and "" included)
 * to the suite's five levels. Never throws and never drops: unrecognised values are {@link UNKNOWN_SEVERITY}.
 */
export function normalizeSeverity(value: unknown): Severity {
  if (typeof value === 'number') return severityFromScore(value)
  if (typeof value !== 'string') return UNKNOWN_SEVERITY
  const word = value.trim().toLowerCase()
  if (word === '') return UNKNOWN_SEVERITY
  // Own properties only: a scanner's "__proto__" or "constructor" must not reach Object.prototype.
  const mapped = Object.hasOwn(SEVERITY_WORDS, word) ? SEVERITY_WORDS[word] : undefined
  if (mapped) return mapped
  if (/^\d+(\.\d+)?$/.test(word)) return severityFromScore(Number(word))
  return UNKNOWN_SEVERITY
}

/** SARIF `level` (result's, else the rule's defaultConfiguration, else SARIF's default `warning`). */
export function severityFromSarifLevel(level: unknown): Severity {
  switch (level) {
    case 'error':
      return 'high'
    case 'note':
      return 'low'
    case 'none':
      return 'info'
    case 'warning':
    case undefined:
    case null:
      return 'medium'
    default:
      return UNKNOWN_SEVERITY
  }
}

/** The SARIF level GitHub shows for a severity (trivy's own mapping: HIGH/CRITICAL error, MEDIUM warning, LOW note). */
export function sarifLevelForSeverity(severity: Severity): 'error' | 'warning' | 'note' | 'none' {
  switch (severity) {
    case 'critical':
    case 'high':
      return 'error'
    case 'medium':
      return 'warning'
    case 'low':
      return 'note'
    case 'info':
      return 'note'
  }
}

/** A representative `security-severity` score for a severity when no CVSS score is known. */
export function scoreForSeverity(severity: Severity): number {
  switch (severity) {
    case 'critical':
      return 9.5
    case 'high':
      return 8.0
    case 'medium':
      return 5.5
    case 'low':
      return 2.0
    case 'info':
      return 0.0
  }
}
