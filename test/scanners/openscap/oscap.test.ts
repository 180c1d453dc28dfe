import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseXccdf } from '@portcullis/scanners/openscap'

/**
 * Runs the real oscap on small test content and parses what it wrote: the corpus has no `error`
 * result, and its results come from other machines. Needs `oscap` (apt openscap-scanner).
 */
const hasOscap = spawnSync('oscap', ['--version']).status === 0
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const PROFILE = 'xccdf_com.example.portcullis_profile_all'
const rule = (name: string) => `xccdf_com.example.portcullis_rule_${name}`
const SSG_DEBIAN11 = '/usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml'

function oscapEval(args: string[], cwd: string): number {
  const run = spawnSync('oscap', ['xccdf', 'eval', ...args], { cwd, encoding: 'utf8' })
  if (run.status !== 0 && run.status !== 2) {
    throw new Error(`oscap exited ${run.status}: ${run.stderr}`)
  }
  return run.status
}

describe.skipIf(!hasOscap)('OpenSCAP parser on results written by the real oscap', () => {
  let dir: string
  let xccdf: string
  let arf: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-oscap-'))
    execFileSync('cp', [join(FIXTURES, 'bench.xccdf.xml'), join(FIXTURES, 'oval.xml'), dir])
    // Exit code 2: at least one rule failed.
    const status = oscapEval(
      [
        '--profile',
        PROFILE,
        '--results',
        'res.xccdf.xml',
        '--results-arf',
        'res.arf.xml',
        'bench.xccdf.xml',
      ],
      dir,
    )
    expect(status).toBe(2)
    xccdf = readFileSync(join(dir, 'res.xccdf.xml'), 'utf8')
    arf = readFileSync(join(dir, 'res.arf.xml'), 'utf8')
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('counts every result word and computes the pass rate', () => {
    const result = parseXccdf(xccdf)
    expect(result.root).toBe('Benchmark')
    expect(result.counts).toEqual({ pass: 1, fail: 1, notchecked: 2, error: 1 })
    expect(result.passRate).toBeCloseTo(1 / 3, 10)
    expect(result.profile).toBe(PROFILE)
    expect(result.scannerVersion).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('fail is a compliance finding with the rule severity, rationale, ident and fixtext', () => {
    const { findings } = parseXccdf(xccdf)
    const fail = findings.find((f) => f.ruleId === rule('fail'))!
    expect(fail).toMatchObject({
      category: 'compliance',
      title: 'Marker file is configured',
      severity: 'high',
      remediation: 'Add the line MARKER=yes to /etc/os-release.',
    })
    expect(fail.description).toBe('The marker setting must be present.\n\nIdentifiers: CCE-99999-9')
  })

  it('error is reported as a finding that says the rule could not be evaluated', () => {
    const { findings } = parseXccdf(xccdf)
    expect(findings.map((f) => f.ruleId)).toEqual([rule('fail'), rule('bad_regex')])
    const error = findings[1]!
    expect(error.title).toBe('Could not evaluate: Pattern that is not a valid regular expression')
    expect(error.severity).toBe('high')
    expect(error.description).toMatch(/could not evaluate this rule \(result: error\)/)
  })

  it('unknown is reported like error (the same run with the result word XCCDF allows)', () => {
    const unknown = xccdf.replace('<result>error</result>', '<result>unknown</result>')
    expect(unknown).not.toBe(xccdf)
    const result = parseXccdf(unknown)
    expect(result.counts.unknown).toBe(1)
    const finding = result.findings.find((f) => f.ruleId === rule('bad_regex'))!
    expect(finding.title).toMatch(/^Could not evaluate: /)
    expect(finding.description).toMatch(/\(result: unknown\)/)
  })

  it('notchecked rules are listed in a notice with the reason oscap gave none of', () => {
    const { notices, notchecked } = parseXccdf(xccdf)
    expect(notchecked).toEqual([rule('missing_definition'), rule('manual')])
    expect(notices).toContain(
      `2 rule(s) could not be checked automatically (notchecked) and need a manual review: ${rule('missing_definition')}, ${rule('manual')}.`,
    )
  })

  it('the ARF of the same run gives the same findings', () => {
    const fromArf = parseXccdf(arf)
    const fromXccdf = parseXccdf(xccdf)
    expect(fromArf.root).toBe('asset-report-collection')
    expect(fromArf.counts).toEqual(fromXccdf.counts)
    expect(fromArf.findings).toEqual(fromXccdf.findings)
  })

  it.skipIf(!existsSync(SSG_DEBIAN11))(
    'a datastream that does not match the host: every rule notapplicable, said loudly',
    () => {
      oscapEval(
        [
          '--profile',
          'xccdf_org.ssgproject.content_profile_standard',
          '--results',
          'na.xml',
          SSG_DEBIAN11,
        ],
        dir,
      )
      const result = parseXccdf(readFileSync(join(dir, 'na.xml'), 'utf8'))
      const selected = Object.entries(result.counts)
        .filter(([w]) => w !== 'notselected')
        .reduce((n, [, c]) => n + c, 0)
      expect(result.counts.notapplicable).toBe(selected)
      expect(result.findings).toEqual([])
      expect(result.passRate).toBeUndefined()
      expect(
        result.notices.some((n) =>
          n.startsWith(`WARNING: every selected rule (${selected}) was notapplicable`),
        ),
      ).toBe(true)
    },
  )
})
