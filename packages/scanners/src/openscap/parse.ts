import {
  normalizeSeverity,
  ruleFingerprint,
  ruleInfo,
  ScanFailedError,
  type Finding,
} from '@portcullis/core'
import { SaxesParser, type SaxesTagNS } from 'saxes'
import type { ParseContext, ParseResult, Parser } from '../types.js'

/**
 * Parser for OpenSCAP results: `oscap xccdf eval --results` (an XCCDF Benchmark with the TestResult
 * embedded), a bare XCCDF `TestResult`, and `--results-arf` (an ARF asset-report-collection that
 * wraps the source datastream and the TestResult). XCCDF 1.1 and 1.2 namespaces are both read.
 *
 * The document is streamed with saxes: oscap results are several megabytes (an ARF of a full SSG
 * profile is ~8 MB), and only Rule definitions and rule-results are kept.
 *
 * Result words (XCCDF 1.2 §6.6.4.2): `fail` is a compliance finding; `error` and `unknown` are
 * findings too (the rule could not be evaluated, so the host is not known to comply); `notchecked`
 * is listed in a notice; `pass`, `fixed`, `informational`, `notapplicable` and `notselected` are
 * counted. A run in which every selected rule was `notapplicable` almost always means the datastream
 * or profile does not match the host, and says so loudly.
 */

const XCCDF_NAMESPACES = new Set([
  'http://checklists.nist.gov/xccdf/1.1',
  'http://checklists.nist.gov/xccdf/1.2',
])
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

export const XCCDF_RESULTS = [
  'pass',
  'fail',
  'error',
  'unknown',
  'notapplicable',
  'notchecked',
  'notselected',
  'informational',
  'fixed',
] as const
export type XccdfResultWord = (typeof XCCDF_RESULTS)[number]

export interface XccdfIdent {
  readonly system?: string
  readonly value: string
}

export interface XccdfRule {
  readonly id: string
  title?: string
  description?: string
  rationale?: string
  severity?: string
  fixtext?: string
  fixes: { readonly system?: string; readonly text: string }[]
  idents: XccdfIdent[]
  references: { readonly href?: string; readonly text?: string }[]
  extends?: string
}

export interface XccdfRuleResult {
  readonly idref: string
  result?: string
  readonly severity?: string
  idents: XccdfIdent[]
  messages: string[]
  fixes: string[]
  instance?: string
}

interface TestResult {
  id?: string
  target?: string
  profile?: string
  benchmarkHref?: string
  benchmarkId?: string
  scannerVersion?: string
  testSystem?: string
  ruleResults: XccdfRuleResult[]
}

export interface XccdfParseResult {
  /** Local name of the document element: Benchmark, TestResult or asset-report-collection. */
  readonly root: string
  readonly benchmark?: { readonly id?: string; readonly title?: string; readonly version?: string }
  /** The profile the TestResult was evaluated against (its id). */
  readonly profile?: string
  readonly target?: string
  readonly scannerVersion?: string
  readonly testResults: number
  /** rule-result count per result word (every entry, as the file lists them). */
  readonly counts: Record<string, number>
  readonly findings: Finding[]
  readonly notices: string[]
  /** Rules whose result was notchecked. */
  readonly notchecked: string[]
  /** pass / (pass + fail + error + unknown); undefined when no rule was evaluated. */
  readonly passRate: number | undefined
}

type Capture =
  | { kind: 'rule'; field: 'title' | 'description' | 'rationale' | 'fixtext'; depth: number }
  | { kind: 'rule-fix'; system?: string; depth: number }
  | { kind: 'rule-ident'; system?: string; depth: number }
  | { kind: 'rule-reference'; href?: string; depth: number }
  | { kind: 'benchmark'; field: 'title' | 'version'; depth: number }
  | { kind: 'profile-title'; id: string; depth: number }
  | { kind: 'tr-target' | 'tr-scanner-version'; depth: number }
  | {
      kind: 'rr'
      field: 'result' | 'ident' | 'message' | 'fix' | 'instance'
      system?: string
      depth: number
    }

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function attr(tag: SaxesTagNS, name: string): string | undefined {
  const value = tag.attributes[name]?.value
  return value === undefined || value.trim() === '' ? undefined : value
}

/**
 * Deepest element nesting read. oscap's ARF and XCCDF results nest a few dozen levels; saxes keeps
 * each element's namespace scope on a prototype chain, so lookups grow with depth and a document
 * nested 100,000 levels deep would take minutes to read. Deeper documents are refused at once.
 */
export const MAX_XML_DEPTH = 1000

/** Streams XCCDF/ARF results text and returns the counted results and the findings. */
export function parseXccdf(text: string): XccdfParseResult {
  if (text.trim() === '') {
    throw new ScanFailedError('oscap wrote an empty results file; see its log above')
  }
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: { local: string; xccdf: boolean }[] = []
  const rules = new Map<string, XccdfRule>()
  const profileTitles = new Map<string, string>()
  const testResults: TestResult[] = []
  let root: string | undefined
  const benchmark: { id?: string; title?: string; version?: string } = {}
  let benchmarkSeen = false
  let rule: XccdfRule | undefined
  let ruleDepth = -1
  let tr: TestResult | undefined
  let trDepth = -1
  let rr: XccdfRuleResult | undefined
  let rrDepth = -1
  let capture: Capture | undefined
  let buffer = ''
  // Ids of the open Profile elements, so a Profile's title can be filed under its id.
  const profileIds: string[] = []

  const parentIs = (local: string): boolean => {
    const parent = stack[stack.length - 2]
    return !!parent && parent.xccdf && parent.local === local
  }

  parser.on('opentag', (tag) => {
    const local = tag.local
    const xccdf = XCCDF_NAMESPACES.has(tag.uri)
    root ??= local
    stack.push({ local, xccdf })
    const depth = stack.length
    if (depth > MAX_XML_DEPTH) {
      throw new ScanFailedError(
        `oscap results nest elements more than ${MAX_XML_DEPTH} levels deep; they are not results written by oscap`,
      )
    }
    if (capture) {
      if (tag.uri === XHTML_NS && (local === 'br' || local === 'p' || local === 'li'))
        buffer += '\n'
      return
    }
    if (!xccdf) return
    switch (local) {
      case 'Benchmark':
        if (!benchmarkSeen) {
          benchmarkSeen = true
          benchmark.id = attr(tag, 'id')
        }
        return
      case 'Rule': {
        const id = attr(tag, 'id')
        if (!id) return
        rule = {
          id,
          severity: attr(tag, 'severity'),
          extends: attr(tag, 'extends'),
          fixes: [],
          idents: [],
          references: [],
        }
        ruleDepth = depth
        return
      }
      case 'Profile':
        profileIds.push(attr(tag, 'id') ?? '')
        return
      case 'TestResult':
        tr = { id: attr(tag, 'id'), testSystem: attr(tag, 'test-system'), ruleResults: [] }
        trDepth = depth
        return
      case 'rule-result': {
        const idref = attr(tag, 'idref')
        if (!tr || !idref) return
        rr = { idref, severity: attr(tag, 'severity'), idents: [], messages: [], fixes: [] }
        rrDepth = depth
        return
      }
    }
    // Text-bearing children, by their parent.
    if (rule && depth === ruleDepth + 1) {
      if (
        local === 'title' ||
        local === 'description' ||
        local === 'rationale' ||
        local === 'fixtext'
      ) {
        capture = { kind: 'rule', field: local, depth }
      } else if (local === 'fix') {
        capture = { kind: 'rule-fix', system: attr(tag, 'system'), depth }
      } else if (local === 'ident') {
        capture = { kind: 'rule-ident', system: attr(tag, 'system'), depth }
      } else if (local === 'reference') {
        capture = { kind: 'rule-reference', href: attr(tag, 'href'), depth }
      }
    } else if (rr && depth === rrDepth + 1) {
      if (
        local === 'result' ||
        local === 'ident' ||
        local === 'message' ||
        local === 'fix' ||
        local === 'instance'
      ) {
        capture = { kind: 'rr', field: local, system: attr(tag, 'system'), depth }
      }
    } else if (tr && depth === trDepth + 1) {
      if (local === 'target') capture = { kind: 'tr-target', depth }
      else if (local === 'profile') tr.profile = attr(tag, 'idref')
      else if (local === 'benchmark') {
        tr.benchmarkHref = attr(tag, 'href')
        tr.benchmarkId = attr(tag, 'id')
      }
    } else if (tr && local === 'fact' && parentIs('target-facts')) {
      if (attr(tag, 'name') === 'urn:xccdf:fact:scanner:version') {
        capture = { kind: 'tr-scanner-version', depth }
      }
    } else if (parentIs('Benchmark') && !tr && !rule) {
      if ((local === 'title' && !benchmark.title) || (local === 'version' && !benchmark.version)) {
        capture = { kind: 'benchmark', field: local, depth }
      }
    } else if (local === 'title' && parentIs('Profile')) {
      capture = { kind: 'profile-title', id: profileIds.at(-1) ?? '', depth }
    }
  })

  parser.on('text', (t) => {
    if (capture) buffer += t
  })
  parser.on('cdata', (t) => {
    if (capture) buffer += t
  })

  parser.on('closetag', () => {
    const depth = stack.length
    if (capture && depth === capture.depth) {
      const raw = buffer
      const value = collapse(raw)
      buffer = ''
      const c = capture
      capture = undefined
      switch (c.kind) {
        case 'rule':
          if (rule && value) rule[c.field] = value
          break
        case 'rule-fix':
          if (rule && raw.trim()) rule.fixes.push({ system: c.system, text: raw.trim() })
          break
        case 'rule-ident':
          if (rule && value) rule.idents.push({ system: c.system, value })
          break
        case 'rule-reference':
          if (rule && (value || c.href))
            rule.references.push({ href: c.href, text: value || undefined })
          break
        case 'benchmark':
          if (value) benchmark[c.field] = value
          break
        case 'profile-title':
          if (c.id && value) profileTitles.set(c.id, value)
          break
        case 'tr-target':
          if (tr && value && !tr.target) tr.target = value
          break
        case 'tr-scanner-version':
          if (tr && value) tr.scannerVersion = value
          break
        case 'rr':
          if (!rr) break
          if (c.field === 'result') rr.result = value
          else if (c.field === 'ident' && value) rr.idents.push({ system: c.system, value })
          else if (c.field === 'message' && value) rr.messages.push(value)
          else if (c.field === 'fix' && raw.trim()) rr.fixes.push(raw.trim())
          else if (c.field === 'instance' && value) rr.instance = value
          break
      }
    }
    const top = stack.pop()
    if (!top?.xccdf) return
    if (top.local === 'Profile') profileIds.pop()
    if (rule && depth === ruleDepth) {
      rules.set(rule.id, rule)
      rule = undefined
      ruleDepth = -1
    } else if (rr && depth === rrDepth) {
      tr?.ruleResults.push(rr)
      rr = undefined
      rrDepth = -1
    } else if (tr && depth === trDepth) {
      testResults.push(tr)
      tr = undefined
      trDepth = -1
    }
  })

  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof ScanFailedError) throw error
    throw new ScanFailedError(
      `oscap results are not well-formed XML (${(error as Error).message.split('\n')[0]}); the file may be truncated`,
      { cause: error },
    )
  }
  if (testResults.length === 0) {
    throw new ScanFailedError(
      `oscap results contain no XCCDF TestResult (document element <${root ?? '?'}>); expected the file written by oscap xccdf eval --results or --results-arf`,
    )
  }

  resolveExtends(rules)
  return buildResult(
    root ?? 'unknown',
    benchmarkSeen ? benchmark : undefined,
    rules,
    testResults,
    profileTitles,
  )
}

/** XCCDF 1.1 benchmarks that are not `resolved` let a Rule inherit text from the Rule it `extends`. */
function resolveExtends(rules: Map<string, XccdfRule>): void {
  const fields = ['title', 'description', 'rationale', 'severity', 'fixtext'] as const
  for (const rule of rules.values()) {
    const seen = new Set<string>([rule.id])
    let base = rule.extends ? rules.get(rule.extends) : undefined
    while (base && !seen.has(base.id)) {
      seen.add(base.id)
      for (const f of fields) if (rule[f] === undefined && base[f] !== undefined) rule[f] = base[f]
      if (rule.fixes.length === 0) rule.fixes = [...base.fixes]
      if (rule.idents.length === 0) rule.idents = [...base.idents]
      if (rule.references.length === 0) rule.references = [...base.references]
      base = base.extends ? rules.get(base.extends) : undefined
    }
  }
}

const ADVISORY =
  /^(CVE-\d{4}-\d+|GHSA-[\w-]+|RH[SBE]A-\d{4}:\d+|DSA-\d+(-\d+)?|USN-\d+-\d+|[AE]LSA-\d{4}[-:]\d+)$/i

function advisoriesOf(rule: XccdfRule | undefined, rr: XccdfRuleResult): string[] {
  const out: string[] = []
  for (const i of [...rr.idents, ...(rule?.idents ?? [])])
    if (ADVISORY.test(i.value)) out.push(i.value)
  const fromTitle = rule?.title ? /\b(RH[SBE]A-\d{4}:\d+)\b/.exec(rule.title)?.[1] : undefined
  if (fromTitle) out.unshift(fromTitle)
  return [...new Set(out)]
}

/** Prefers a shell fix (what a reader can run) over Ansible, Puppet or other fix systems. */
function fixOf(rule: XccdfRule | undefined, rr: XccdfRuleResult): string | undefined {
  if (rr.fixes[0]) return rr.fixes[0]
  const fixes = rule?.fixes ?? []
  return (fixes.find((f) => f.system?.includes('script:sh')) ?? fixes[0])?.text
}

function summarize(counts: Record<string, number>): string {
  return XCCDF_RESULTS.filter((w) => counts[w])
    .map((w) => `${w} ${counts[w]}`)
    .join(', ')
}

function listRules(ids: readonly string[]): string {
  const shown = ids.slice(0, 20).join(', ')
  return ids.length > 20 ? `${shown} and ${ids.length - 20} more` : shown
}

function buildResult(
  root: string,
  benchmark: { id?: string; title?: string; version?: string } | undefined,
  rules: Map<string, XccdfRule>,
  testResults: TestResult[],
  profileTitles: Map<string, string>,
): XccdfParseResult {
  const counts: Record<string, number> = {}
  const findings: Finding[] = []
  const notices: string[] = []
  const notchecked: string[] = []
  const seenFingerprints = new Map<string, number>()
  const first = testResults[0]!
  const bench = benchmark ?? (first.benchmarkId ? { id: first.benchmarkId } : undefined)
  const testSystemVersion = first.testSystem
    ? /openscap:([\d.]+)/.exec(first.testSystem)?.[1]
    : undefined
  const scannerVersion = first.scannerVersion ?? testSystemVersion

  for (const t of testResults) {
    const target = t.target ?? bench?.id ?? t.benchmarkHref ?? 'host'
    let selected = 0
    let notApplicable = 0
    for (const r of t.ruleResults) {
      const word = (r.result ?? '').toLowerCase()
      if (!word) {
        throw new ScanFailedError(
          `oscap results are not valid: rule-result ${r.idref} has no result`,
        )
      }
      counts[word] = (counts[word] ?? 0) + 1
      if (word !== 'notselected') selected += 1
      if (word === 'notapplicable') notApplicable += 1
      if (word === 'notchecked') {
        notchecked.push(r.idref)
        continue
      }
      const evaluatedBad = word === 'error' || word === 'unknown'
      const known = (XCCDF_RESULTS as readonly string[]).includes(word)
      if (word !== 'fail' && !evaluatedBad && known) continue
      const rule = rules.get(r.idref)
      const rawSeverity = r.severity ?? rule?.severity
      const name = rule?.title ?? r.idref
      const base = r.instance ? `${target}#${r.instance}` : target
      let fingerprint = ruleFingerprint(r.idref, base)
      const n = seenFingerprints.get(fingerprint) ?? 0
      seenFingerprints.set(fingerprint, n + 1)
      if (n > 0) fingerprint = ruleFingerprint(r.idref, `${base}#${n}`)
      const idents = [...new Set([...r.idents, ...(rule?.idents ?? [])].map((i) => i.value))]
      const references = [
        ...new Set(
          (rule?.references ?? [])
            .map((ref) => ref.href)
            .filter((h): h is string => !!h && /^https?:\/\//.test(h)),
        ),
      ]
      const fix = rule?.fixtext ?? fixOf(rule, r)
      const firstRef = references[0]
      const remediation = fix ?? (firstRef ? `See ${firstRef}` : undefined)
      const advisories = advisoriesOf(rule, r)
      const why = rule?.rationale ?? rule?.description
      const description = [
        evaluatedBad
          ? `oscap could not evaluate this rule (result: ${word}); the host is not known to comply.`
          : undefined,
        !known ? `oscap wrote the result "${word}", which XCCDF does not define.` : undefined,
        ...r.messages,
        why,
        idents.length > 0 ? `Identifiers: ${idents.join(', ')}` : undefined,
      ]
        .filter(Boolean)
        .join('\n\n')
      findings.push({
        fingerprint,
        category: 'compliance',
        ruleId: r.idref,
        title: evaluatedBad || !known ? `Could not evaluate: ${name}` : name,
        ...(description ? { description } : {}),
        ...ruleInfo(name, why),
        severity: normalizeSeverity(rawSeverity),
        ...(rawSeverity ? { scannerSeverity: rawSeverity } : {}),
        ...(references.length > 0 ? { references } : {}),
        ...(advisories.length > 0 ? { advisories } : {}),
        ...(remediation ? { remediation } : {}),
      })
    }
    if (selected > 0 && notApplicable === selected) {
      notices.push(
        `WARNING: every selected rule (${selected}) was notapplicable on ${target}: nothing was checked. This usually means the datastream or profile does not match this system.`,
      )
    } else if (selected === 0) {
      notices.push(
        `WARNING: no rule was selected in TestResult ${t.id ?? ''} on ${target}: nothing was checked. Check the profile id.`,
      )
    }
  }

  const evaluated =
    (counts.pass ?? 0) + (counts.fail ?? 0) + (counts.error ?? 0) + (counts.unknown ?? 0)
  const passRate = evaluated > 0 ? (counts.pass ?? 0) / evaluated : undefined
  const profile = first.profile
  const profileLabel = profile ? (profileTitles.get(profile) ?? profile) : undefined
  notices.unshift(
    `XCCDF results${first.target ? ` for ${first.target}` : ''}${profileLabel ? ` (profile ${profileLabel})` : ''}: ${summarize(counts) || 'no rule results'}.`,
  )
  if (notchecked.length > 0) {
    notices.push(
      `${notchecked.length} rule(s) could not be checked automatically (notchecked) and need a manual review: ${listRules(notchecked)}.`,
    )
  }
  if (testResults.length > 1) {
    notices.push(`The results hold ${testResults.length} TestResults; all of them are reported.`)
  }
  return {
    root,
    ...(bench ? { benchmark: bench } : {}),
    ...(profile ? { profile } : {}),
    ...(first.target ? { target: first.target } : {}),
    ...(scannerVersion ? { scannerVersion } : {}),
    testResults: testResults.length,
    counts,
    findings,
    notices,
    notchecked,
    passRate,
  }
}

/** The `Parser` port for OpenSCAP XCCDF/ARF results. */
export const parse: Parser = (raw: string, _context: ParseContext): ParseResult => {
  const r = parseXccdf(raw)
  return {
    findings: r.findings,
    notices: r.notices,
    ...(r.scannerVersion ? { scannerVersion: r.scannerVersion } : {}),
  }
}
