import {
  compareSeverity,
  describePackageFix,
  titleWithoutPackage,
  type Finding,
  type Severity,
} from '@portcullis/core/essentials'
import { stripEscapes } from '@portcullis/core/ports'

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

interface Group {
  readonly annotation: Annotation
  readonly changed: boolean
  readonly severity: Severity
  /** The finding's place in the scan's order (its first, for identical ones). */
  readonly index: number
  count: number
}

/** The order findings are shown in: changed lines first, then the most severe, then the scan's order. */
function before(a: Group, b: Group): boolean {
  if (a.changed !== b.changed) return a.changed
  const bySeverity = compareSeverity(a.severity, b.severity)
  return bySeverity !== 0 ? bySeverity < 0 : a.index < b.index
}

/**
 * Chooses the annotations of a step from findings as they come, holding at most the ten best of
 * each level: a finding's group (identical level, title, message and place) ranks by its first
 * finding, and a group passed over once never outranks the ten held later, so one pass over any
 * number of findings gives the plan a sort of all of them would.
 */
export class AnnotationPlanner {
  readonly #options: PlanOptions
  readonly #held: Record<AnnotationLevel, Map<string, Group>> = {
    error: new Map(),
    warning: new Map(),
    notice: new Map(),
  }
  readonly #total: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  #index = 0

  constructor(options: PlanOptions = {}) {
    this.#options = options
  }

  add(f: Finding): void {
    if (f.suppression) return
    const level = levelForSeverity(f.severity)
    this.#total[level] += 1
    const index = this.#index
    this.#index += 1
    const annotation = toAnnotation(f, level)
    // Identical annotations (same level, title, message and place) are one annotation with a count:
    // five copies would say nothing more and use five of the ten slots.
    const key = JSON.stringify([
      annotation.title,
      annotation.message,
      annotation.file ?? '',
      annotation.startLine ?? 0,
      annotation.endLine ?? 0,
    ])
    const groups = this.#held[level]
    const group = groups.get(key)
    if (group) {
      group.count += 1
      return
    }
    const changed = this.#options.onChangedLine?.(f) ?? false
    const candidate: Group = { annotation, changed, severity: f.severity, index, count: 1 }
    if (groups.size < ANNOTATION_LIMITS[level]) {
      groups.set(key, candidate)
      return
    }
    let worstKey: string | undefined
    let worst: Group | undefined
    for (const [k, g] of groups) {
      if (!worst || before(worst, g)) {
        worst = g
        worstKey = k
      }
    }
    if (worst && worstKey !== undefined && before(candidate, worst)) {
      groups.delete(worstKey)
      groups.set(key, candidate)
    }
  }

  plan(): AnnotationPlan {
    const held = this.#held
    const ordered = [
      ...held.error.values(),
      ...held.warning.values(),
      ...held.notice.values(),
    ].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
    const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
    const notShown: Record<AnnotationLevel, number> = { ...this.#total }
    let jobBudget = ANNOTATION_LIMITS.perJob - (this.#options.alreadyEmitted ?? 0)
    const shown: Annotation[] = []
    for (const { annotation, count } of ordered) {
      const level = annotation.level
      if (used[level] >= ANNOTATION_LIMITS[level] || jobBudget <= 0) continue
      used[level] += 1
      jobBudget -= 1
      notShown[level] -= count
      shown.push(
        count === 1
          ? annotation
          : { ...annotation, message: `${annotation.message} (${count} identical findings)` },
      )
    }
    return { shown, notShown }
  }
}

/** The plan of {@link AnnotationPlanner} for findings in hand. */
export function planAnnotations(
  findings: Iterable<Finding>,
  options: PlanOptions = {},
): AnnotationPlan {
  const planner = new AnnotationPlanner(options)
  for (const f of findings) planner.add(f)
  return planner.plan()
}

/** The first paragraph of a finding's description, when it says something its title does not. */
function distinctMessage(f: Finding): string | undefined {
  const first = f.description
    ?.split(/\n\s*\n/)[0]
    ?.replace(/\s+/g, ' ')
    .trim()
  if (!first || f.title.includes(first)) return undefined
  return first.length > MESSAGE_DETAIL_CHARS
    ? `${first.slice(0, MESSAGE_DETAIL_CHARS - 1)}…`
    : first
}

/** How much of a description an annotation carries; the SARIF help and the report have all of it. */
const MESSAGE_DETAIL_CHARS = 300

function toAnnotation(f: Finding, level: AnnotationLevel): Annotation {
  // The package once, with installed → fixed version; a title that already ends with it (an
  // advisory without a title of its own) is shortened rather than repeated.
  const pkg = f.package ? ` (${describePackageFix(f.package)})` : ''
  // The scanner's own message tells findings of one rule apart (trivy reports AVD-AWS-0038 once per
  // missing log type, each with its own message and the same title).
  const detail = distinctMessage(f)
  // Finding text comes from scanned files (names, rule titles): terminal escapes in it would reach
  // the log through the annotation command, which escapes only `%`, CR, LF, `:` and `,`. A path
  // that holds them cannot be linked either, so the annotation is left without a file.
  const linkable = f.location !== undefined && stripEscapes(f.location.path) === f.location.path
  return {
    level,
    title: stripEscapes(`${f.severity.toUpperCase()} ${f.ruleId}`),
    message: stripEscapes(`${titleWithoutPackage(f)}${pkg}${detail ? `: ${detail}` : ''}`),
    ...(f.location && linkable
      ? {
          file: f.location.path,
          ...(f.location.startLine ? { startLine: f.location.startLine } : {}),
          ...(f.location.endLine ? { endLine: f.location.endLine } : {}),
        }
      : {}),
  }
}
