import type { Finding } from '@portcullis/core'
import picomatch from 'picomatch'
import { Problems, isRecord, parseYamlInput } from './yaml-input.js'

/**
 * One entry of `.portcullis/waivers.yml`. A rule, an advisory or a fingerprint is required (matched
 * exactly, no wildcards); a path may narrow it. When several are given, a finding must match all of
 * them (e.g. a rule only under one path).
 *
 * ```yaml
 * version: 1
 * waivers:
 *   - id: fixture-keys                 # optional; used in messages and the summary
 *     rule: aws-access-token           # the scanner's rule id
 *     path: 'test/fixtures/**'         # picomatch glob on the workspace-relative path
 *     reason: Documentation example keys, not real credentials
 *     expires: 2026-03-01              # YYYY-MM-DD; stops applying at 00:00 UTC that day
 *   - advisory: CVE-2024-12345         # CVE, GHSA, GO-… id (any alias a finding carries)
 *     reason: Not reachable; upgrade tracked in #42
 *     expires: 2026-02-15
 *   - fingerprint: v1:0123456789abcdef0123456789abcdef01234567
 *     reason: False positive, confirmed with the scanner's maintainers
 *     expires: 2026-01-31
 * ```
 */
export interface Waiver {
  /** The entry's id, or `waivers[<index>]` when it has none. */
  readonly label: string
  readonly fingerprint?: string
  readonly rule?: string
  readonly advisory?: string
  readonly path?: string
  readonly reason: string
  /** The date as written, YYYY-MM-DD. */
  readonly expires: string
  /** 00:00 UTC on the expiry date: the first moment the waiver no longer applies. */
  readonly expiresAt: Date
}

export interface WaiverSet {
  /** Waivers in force now (expiring ones included). */
  readonly active: readonly Waiver[]
  /** In force but ending within the warn window. */
  readonly expiring: readonly Waiver[]
  /** Past their expiry: they no longer apply and are listed so someone renews or removes them. */
  readonly expired: readonly Waiver[]
}

export const EMPTY_WAIVERS: WaiverSet = { active: [], expiring: [], expired: [] }

export interface WaiverOptions {
  readonly now: Date
  readonly maxSpanDays: number
  readonly warnDays: number
}

const DAY_MS = 24 * 60 * 60 * 1000
const ENTRY_KEYS = ['id', 'fingerprint', 'rule', 'advisory', 'path', 'reason', 'expires'] as const

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

function parseDate(value: unknown): { text: string; at: Date } | undefined {
  // YAML 1.1 parsers turn dates into Date objects; the 1.2 core schema we use keeps strings.
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? value.trim()
        : undefined
  if (text === undefined) return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return undefined
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (at.toISOString().slice(0, 10) !== text) return undefined
  return { text, at }
}

/**
 * Reads a waivers file. Every entry needs a reason and an expiry no further than `maxSpanDays` from
 * today; otherwise the whole file is rejected (InputError on `waivers`) naming each bad entry, since
 * a half-applied waiver file would make the verdict depend on which entry was wrong.
 */
export function parseWaivers(text: string, source: string, options: WaiverOptions): WaiverSet {
  const data = parseYamlInput(text, 'waivers', source)
  const p = new Problems()
  if (data === null || data === undefined) return EMPTY_WAIVERS
  if (!isRecord(data)) {
    p.add('the file must be a mapping with a `waivers` list')
    p.throwIfAny('waivers', source)
    return EMPTY_WAIVERS
  }
  p.unknownKeys(data, '', ['version', 'waivers'])
  if (data.version !== undefined && data.version !== 1) {
    p.add(`version must be 1 (got ${JSON.stringify(data.version)})`)
  }
  const entries = data.waivers ?? []
  if (!Array.isArray(entries)) {
    p.add('waivers must be a list of entries')
    p.throwIfAny('waivers', source)
    return EMPTY_WAIVERS
  }

  const today = startOfUtcDay(options.now)
  const now = options.now.getTime()
  const active: Waiver[] = []
  const expiring: Waiver[] = []
  const expired: Waiver[] = []
  const seen = new Set<string>()
  ;(entries as unknown[]).forEach((entry, index) => {
    let label = `waivers[${index}]`
    if (!isRecord(entry)) {
      p.add(`${label} must be a mapping with a matcher, reason and expires`)
      return
    }
    if (typeof entry.id === 'string' && entry.id.trim() !== '') {
      label = entry.id.trim()
      if (seen.has(label)) p.add(`waiver '${label}' appears twice; ids must be unique`)
      seen.add(label)
    } else if (entry.id !== undefined) {
      p.add(`${label}.id must be a non-empty string`)
    }
    const where = label === `waivers[${index}]` ? label : `waiver '${label}' (waivers[${index}])`
    p.unknownKeys(entry, `${where}: `, ENTRY_KEYS)

    const matchers: Partial<Record<'fingerprint' | 'rule' | 'advisory' | 'path', string>> = {}
    for (const key of ['fingerprint', 'rule', 'advisory', 'path'] as const) {
      const v = entry[key]
      if (v === undefined) continue
      if (typeof v !== 'string' || v.trim() === '')
        p.add(`${where}: ${key} must be a non-empty string`)
      else matchers[key] = v.trim()
    }
    const named = (['fingerprint', 'rule', 'advisory'] as const).filter((k) => matchers[k])
    if (Object.keys(matchers).length === 0) {
      p.add(`${where} has no matcher; give a rule, an advisory or a fingerprint`)
    } else if (named.length === 0) {
      // A path alone waives every finding there, present and future: a blank cheque.
      p.add(
        `${where} waives by path only; a waiver must name a rule, an advisory or a fingerprint (a path may narrow one of them)`,
      )
    }
    for (const key of named) {
      if (/[*?[\]{}]/.test(matchers[key] ?? '')) {
        p.add(
          `${where}: ${key} ${JSON.stringify(matchers[key])} contains a wildcard; ${key}s are matched exactly, name one`,
        )
      }
    }
    if (matchers.path !== undefined) {
      try {
        picomatch(matchers.path)
      } catch (error) {
        p.add(
          `${where}: path ${JSON.stringify(matchers.path)} is not a valid glob (${(error as Error).message})`,
        )
      }
    }

    const reason = typeof entry.reason === 'string' ? entry.reason.trim() : ''
    if (reason === '') p.add(`${where} has no reason; say why the finding is accepted`)

    const expiry = parseDate(entry.expires)
    if (entry.expires === undefined || entry.expires === null || entry.expires === '') {
      p.add(
        `${where} has no expires date; add one (YYYY-MM-DD, at most ${options.maxSpanDays} days ahead)`,
      )
    } else if (!expiry) {
      p.add(
        `${where}: expires ${JSON.stringify(entry.expires)} is not a date in the form YYYY-MM-DD`,
      )
    } else {
      const spanDays = (expiry.at.getTime() - today) / DAY_MS
      if (spanDays > options.maxSpanDays) {
        p.add(
          `${where}: expires ${expiry.text} is ${spanDays} days away; the policy allows at most ${options.maxSpanDays}`,
        )
      }
    }
    if (!expiry || reason === '' || named.length === 0) return

    const waiver: Waiver = {
      label,
      ...matchers,
      reason,
      expires: expiry.text,
      expiresAt: expiry.at,
    }
    if (now >= expiry.at.getTime()) {
      expired.push(waiver)
    } else {
      active.push(waiver)
      if (expiry.at.getTime() - now <= options.warnDays * DAY_MS) expiring.push(waiver)
    }
  })
  p.throwIfAny('waivers', source)
  return { active, expiring, expired }
}

/** What a waiver is matched against: every engine's view of one (deduplicated) finding. */
export interface WaivableFinding {
  readonly fingerprints: readonly string[]
  readonly ruleIds: readonly string[]
  readonly advisories: readonly string[]
  readonly paths: readonly string[]
}

const globCache = new Map<string, (path: string) => boolean>()
function glob(pattern: string): (path: string) => boolean {
  let m = globCache.get(pattern)
  if (!m) {
    m = picomatch(pattern, { dot: true })
    globCache.set(pattern, m)
  }
  return m
}

/** A waiver's fields as bits: a group of findings is waived when together they match every bit it sets. */
export const WAIVER_FIELDS = { fingerprint: 1, rule: 2, advisory: 4, path: 8 } as const

/** The bits of the fields a waiver sets. */
export function waiverFields(waiver: Waiver): number {
  return (
    (waiver.fingerprint !== undefined ? WAIVER_FIELDS.fingerprint : 0) |
    (waiver.rule !== undefined ? WAIVER_FIELDS.rule : 0) |
    (waiver.advisory !== undefined ? WAIVER_FIELDS.advisory : 0) |
    (waiver.path !== undefined ? WAIVER_FIELDS.path : 0)
  )
}

/**
 * The bits of the waiver's fields that one engine's finding matches. A merged finding matches a
 * field when any of its occurrences does, so the waiver covers it when these bits, OR-ed over the
 * occurrences, are all of {@link waiverFields}: a fingerprint or rule id equal, an advisory equal to
 * an advisory or the rule id (case aside), a path matched by the glob (dot files included).
 */
export function waiverFieldMatches(waiver: Waiver, finding: Finding): number {
  let bits = 0
  if (waiver.fingerprint !== undefined && finding.fingerprint === waiver.fingerprint) {
    bits |= WAIVER_FIELDS.fingerprint
  }
  if (waiver.rule !== undefined && finding.ruleId === waiver.rule) bits |= WAIVER_FIELDS.rule
  if (waiver.advisory !== undefined) {
    const wanted = waiver.advisory.toUpperCase()
    if (
      finding.ruleId.toUpperCase() === wanted ||
      (finding.advisories ?? []).some((a) => a.toUpperCase() === wanted)
    ) {
      bits |= WAIVER_FIELDS.advisory
    }
  }
  if (waiver.path !== undefined && finding.location && glob(waiver.path)(finding.location.path)) {
    bits |= WAIVER_FIELDS.path
  }
  return bits
}

/** Days left before a waiver stops applying, rounded up (1 = ends within the next 24 hours). */
export function daysLeft(waiver: Waiver, now: Date): number {
  return Math.ceil((waiver.expiresAt.getTime() - now.getTime()) / DAY_MS)
}
