import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CATEGORIES,
  fileFingerprint,
  SEVERITIES,
  toWorkspacePath,
  type Finding,
} from '@portcullis/core'
import { findingsToSarif, sarifToFindings } from '@portcullis/sarif'

const WORKSPACE = '/home/runner/work/app/app'

const segment = fc.string({
  unit: fc.constantFrom(...'abcXYZ019-_. %#é中'),
  minLength: 1,
  maxLength: 8,
})
/** Workspace-relative paths, including spaces, `%`, `#` and non-ASCII that URIs must encode. */
const relPath = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .map((s) => s.join('/'))
  .filter((p) => toWorkspacePath(p, WORKSPACE) === p)
const rule = fc.string({
  unit: fc.constantFrom(...'abcdefgXYZ0123-_./'),
  minLength: 1,
  maxLength: 16,
})

const finding = fc
  .record({
    ruleId: rule,
    path: relPath,
    startLine: fc.integer({ min: 1, max: 5000 }),
    span: fc.integer({ min: 0, max: 5 }),
    severity: fc.constantFrom(...SEVERITIES),
    category: fc.constantFrom(...CATEGORIES),
    content: fc.string({ minLength: 1, maxLength: 30 }),
    title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
  })
  .map((r): Finding => ({
    fingerprint: fileFingerprint({ ruleId: r.ruleId, path: r.path, content: r.content }),
    category: r.category,
    ruleId: r.ruleId,
    title: r.title,
    severity: r.severity,
    location: { path: r.path, startLine: r.startLine, endLine: r.startLine + r.span },
  }))

describe('SARIF round trip (property)', () => {
  it('findings → findingsToSarif → sarifToFindings keeps rule, severity, path, line and fingerprint', () => {
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 8 }), (findings) => {
        const log = findingsToSarif({
          runs: [{ tool: { name: 'anytool', version: '1.0.0' }, category: 'cat/x', findings }],
        })
        // Through text, as a file or an upload would carry it.
        const back = sarifToFindings(JSON.parse(JSON.stringify(log)) as unknown, {
          workspace: WORKSPACE,
        })
        expect(back.findings).toHaveLength(findings.length)
        back.findings.forEach((got, i) => {
          const want = findings[i]!
          expect(got.ruleId).toBe(want.ruleId)
          expect(got.severity).toBe(want.severity)
          expect(got.location?.path).toBe(want.location!.path)
          expect(got.location?.startLine).toBe(want.location!.startLine)
          expect(got.fingerprint).toBe(want.fingerprint)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('no artifact URI the writer produces is absolute or climbs out with ..', () => {
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 5 }), (findings) => {
        const log = findingsToSarif({
          runs: [{ tool: { name: 'anytool', version: '1.0.0' }, category: 'c', findings }],
        })
        for (const result of log.runs[0]!.results ?? []) {
          for (const loc of result.locations ?? []) {
            const uri = loc.physicalLocation?.artifactLocation?.uri ?? ''
            expect(uri).not.toMatch(/^([a-z]+:|\/)/i)
            expect(decodeURIComponent(uri).split('/')).not.toContain('..')
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
