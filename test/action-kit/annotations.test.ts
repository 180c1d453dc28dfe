import { describe, expect, it } from 'vitest'
import { ruleFingerprint, SEVERITIES, type Finding, type Severity } from '@portcullis/core'
import { ANNOTATION_LIMITS, planAnnotations } from '@portcullis/action-kit'

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
})
