import { describe, expect, it } from 'vitest'
import { ruleFingerprint, SEVERITIES, type Finding, type Severity } from '@portcullis/core'
import fc from 'fast-check'
import { ANNOTATION_LIMITS, planAnnotations, type Annotation } from '@portcullis/action-kit'
import { parseGrype } from '@portcullis/scanners/grype'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { readCorpus } from '../support/corpus.js'

function finding(severity: Severity, i: number): Finding {
  return {
    fingerprint: ruleFingerprint(`r${i}`, 't'),
    category: 'misconfiguration',
    ruleId: `R${i}`,
    title: `t${i}`,
    severity,
    location: { path: `f${i}.tf`, startLine: i + 1 },
  }
}

describe('planAnnotations', () => {
  it('keeps within 10 per level, most severe first, and counts what was not shown', () => {
    const findings = SEVERITIES.flatMap((s, k) =>
      Array.from({ length: 15 }, (_, i) => finding(s, k * 100 + i)),
    )
    const plan = planAnnotations(findings)
    const by = (level: string) => plan.shown.filter((a) => a.level === level).length
    expect(by('error')).toBe(ANNOTATION_LIMITS.error)
    expect(by('warning')).toBe(ANNOTATION_LIMITS.warning)
    expect(by('notice')).toBe(ANNOTATION_LIMITS.notice)
    // 30 critical+high compete for 10 error slots: all 10 go to critical.
    expect(plan.shown.filter((a) => a.title.startsWith('CRITICAL'))).toHaveLength(10)
    expect(plan.notShown).toEqual({ error: 20, warning: 5, notice: 20 })
  })

  it('puts findings on changed lines first and respects the per-job budget', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding('high', i))
    const plan = planAnnotations(findings, {
      onChangedLine: (f) => f.ruleId === 'R11',
      alreadyEmitted: 45,
    })
    expect(plan.shown).toHaveLength(5)
    expect(plan.shown[0]?.title).toBe('HIGH R11')
    expect(plan.notShown.error).toBe(7)
  })

  it('does not annotate suppressed findings', () => {
    const f = { ...finding('critical', 1), suppression: { kind: 'in-source' as const } }
    expect(planAnnotations([f]).shown).toHaveLength(0)
  })

  it("names a dependency finding's package once, with installed → fixed version", () => {
    const context = { workspace: '/home/runner/work/app/app' }
    const titled = parseTrivy(readCorpus('trivy/json/trivy-golden-npm.json'), context).findings
    expect(planAnnotations(titled).shown[0]?.message).toMatch(
      /^jquery: Prototype pollution in object's prototype leading to denial of service, remote code execution, or property injection \(jquery 3\.3\.9 → 3\.4\.0\): jQuery before 3\.4\.0/,
    )
    // An advisory without a title is named "<id> in <package> <version>": the package stays once.
    const untitled = parseTrivy(readCorpus('trivy/json/dd-trivy-legacy-list.json'), context)
      .findings[0]!
    const message = planAnnotations([untitled]).shown[0]!.message
    expect(message).toMatch(/^CVE-2011-3374 \(apt 1\.8\.2\.2, no fixed version\): It was found/)
    expect(message.match(/apt 1\.8\.2\.2/g)).toHaveLength(1)
    const grype = parseGrype(
      readCorpus('grype/json/dd-grype-0.28.0-check_all_fields.json'),
      context,
    )
    for (const a of planAnnotations(grype.findings).shown) {
      const pkg = /\(([^ ]+) ([^ ,]+)(?: → |, no fixed)/.exec(a.message)
      expect(pkg, a.message).not.toBeNull()
      expect(a.message.split(`${pkg![1]} ${pkg![2]}`), a.message).toHaveLength(2)
    }
  })
})

/**
 * The plan as a sort of every finding gives it (the definition the one-pass planner must meet):
 * unsuppressed findings ordered by changed line, severity and scan order, identical annotations
 * grouped at their first, then the per-level and per-job limits in that order.
 */
function planBySortingAll(
  findings: readonly Finding[],
  onChangedLine: (f: Finding) => boolean,
  alreadyEmitted: number,
) {
  const rank = { critical: 0, high: 1, medium: 2, low: 3, info: 4 }
  const ordered = findings
    .filter((f) => !f.suppression)
    .map((f, index) => ({ f, index, changed: onChangedLine(f) }))
    .sort(
      (a, b) =>
        Number(b.changed) - Number(a.changed) ||
        rank[a.f.severity] - rank[b.f.severity] ||
        a.index - b.index,
    )
  const groups = new Map<string, { annotation: Annotation; count: number }>()
  for (const { f } of ordered) {
    const annotation = planAnnotations([f]).shown[0]!
    const key = JSON.stringify(annotation)
    const group = groups.get(key)
    if (group) group.count += 1
    else groups.set(key, { annotation, count: 1 })
  }
  const used = { error: 0, warning: 0, notice: 0 }
  const notShown = { error: 0, warning: 0, notice: 0 }
  let budget = ANNOTATION_LIMITS.perJob - alreadyEmitted
  const shown: Annotation[] = []
  for (const { annotation, count } of groups.values()) {
    if (used[annotation.level] >= ANNOTATION_LIMITS[annotation.level] || budget <= 0) {
      notShown[annotation.level] += count
      continue
    }
    used[annotation.level] += 1
    budget -= 1
    shown.push(
      count === 1
        ? annotation
        : { ...annotation, message: `${annotation.message} (${count} identical findings)` },
    )
  }
  return { shown, notShown }
}

describe('planAnnotations in one pass', () => {
  it('gives the plan a sort of all findings gives, for any order, duplicates and changed lines', () => {
    const severity = fc.constantFrom(...SEVERITIES)
    const one = fc.record({
      severity,
      rule: fc.integer({ min: 0, max: 40 }),
      line: fc.integer({ min: 1, max: 6 }),
      suppressed: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.array(one, { maxLength: 300 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 48 }),
        (rows, changedLine, alreadyEmitted) => {
          const findings: Finding[] = rows.map((r) => ({
            fingerprint: ruleFingerprint(`r${r.rule}`, String(r.line)),
            category: 'misconfiguration',
            ruleId: `R${r.rule}`,
            title: `t${r.rule}`,
            severity: r.severity,
            location: { path: `f${r.rule % 3}.tf`, startLine: r.line },
            ...(r.suppressed
              ? { suppression: { kind: 'in-source' as const, source: 'inline' } }
              : {}),
          }))
          const onChangedLine = (f: Finding) => f.location?.startLine === changedLine
          expect(planAnnotations(findings, { onChangedLine, alreadyEmitted })).toEqual(
            planBySortingAll(findings, onChangedLine, alreadyEmitted),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
