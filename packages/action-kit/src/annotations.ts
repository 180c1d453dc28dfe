import { compareSeverity, type Finding, type Severity } from '@portcullis/core'
import { stripEscapes } from './log.js'

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job
 * (https://docs.github.com/rest/checks/runs#update-a-check-run — "annotations limits"; the runner
 * drops the rest silently). So we choose: findings on the pull request's changed lines first, then the
 * most severe, and tell the summary how many were not shown.
 */
export const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10, perJob: 50 } as const

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  readonly level: AnnotationLevel
  readonly title: string
  readonly message: string
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
}

export function levelForSeverity(severity: Severity): AnnotationLevel {
  if (severity === 'critical' || severity === 'high') return 'error'
  if (severity === 'medium') return 'warning'
  return 'notice'
}

export interface AnnotationPlan {
  readonly shown: Annotation[]
  /** Findings that had no room, by level, for the summary's "not shown" line. */
  readonly notShown: Record<AnnotationLevel, number>
}

export interface PlanOptions {
  /** True when the finding is on a line the pull request changed; those come first. */
  readonly onChangedLine?: (finding: Finding) => boolean
  /** Annotations already emitted by earlier steps of this job count against the per-job cap. */
  readonly alreadyEmitted?: number
}

export function planAnnotations(
  findings: readonly Finding[],
  options: PlanOptions = {},
): AnnotationPlan {
  const changed = options.onChangedLine ?? (() => false)
  const ordered = findings
    .filter((f) => !f.suppression)
    .map((f, index) => ({ f, index, changed: changed(f) }))
    .sort(
      (a, b) =>
        Number(b.changed) - Number(a.changed) ||
        compareSeverity(a.f.severity, b.f.severity) ||
        a.index - b.index,
    )
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const notShown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  let jobBudget = ANNOTATION_LIMITS.perJob - (options.alreadyEmitted ?? 0)
  const shown: Annotation[] = []
  for (const { f } of ordered) {
    const level = levelForSeverity(f.severity)
    if (used[level] >= ANNOTATION_LIMITS[level] || jobBudget <= 0) {
      notShown[level] += 1
      continue
    }
    used[level] += 1
    jobBudget -= 1
    shown.push(toAnnotation(f, level))
  }
  return { shown, notShown }
}

function toAnnotation(f: Finding, level: AnnotationLevel): Annotation {
  const pkg = f.package
    ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}`
    : ''
  const fix = f.package?.fixedVersion ? ` (fixed in ${f.package.fixedVersion})` : ''
  // Finding text comes from scanned files (names, rule titles): terminal escapes in it would reach
  // the log through the annotation command, which escapes only `%`, CR, LF, `:` and `,`. A path
  // that holds them cannot be linked either, so the annotation is left without a file.
  const linkable = f.location !== undefined && stripEscapes(f.location.path) === f.location.path
  return {
    level,
    title: stripEscapes(`${f.severity.toUpperCase()} ${f.ruleId}`),
    message: stripEscapes(`${f.title}${pkg}${fix}`),
    ...(f.location && linkable
      ? {
          file: f.location.path,
          ...(f.location.startLine ? { startLine: f.location.startLine } : {}),
          ...(f.location.endLine ? { endLine: f.location.endLine } : {}),
        }
      : {}),
  }
}
