import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { parseXccdf } from '@portcullis/scanners/openscap'
import { runAction, type RunResult } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { debian11TestCopy, SSG_DEBIAN11, SSG_PROFILE, SSG_RULE } from './ssg.js'

const TAILORING = join(import.meta.dirname, '../../fixtures/compliance/tailoring.xml')
const SHA = 'c0ffee'.padEnd(40, '0')

/** The runner's own commands a compliance step may print; anything else starting with `::` is a leak. */
const RUNNER_COMMANDS = new Set(['group', 'endgroup', 'warning', 'error', 'notice', 'debug'])

function reportOf(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, 'the report output').toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

function expectOnlyRunnerCommands(run: RunResult): void {
  const unexpected = run.commands.filter((c) => !RUNNER_COMMANDS.has(c.command))
  expect(unexpected.map((c) => c.command)).toEqual([])
}

describeWithTools(['oscap'], 'compliance bundle: openscap on real SSG content', (tools) => {
  let ds: ReturnType<typeof debian11TestCopy>
  beforeAll(() => {
    ds = debian11TestCopy()
  })
  afterAll(() => ds?.remove())

  const run = (inputs: Record<string, string>, options: { workspace?: string } = {}) =>
    runAction('compliance', {
      sha: SHA,
      timeoutMs: 180_000,
      ...options,
      inputs: { 'oscap-path': tools.oscap, 'upload-sarif': 'false', ...inputs },
    })

  it('default profile: standard (no CIS profile in the Debian content), one failed rule, ARF/XCCDF/HTML files', async () => {
    const result = await run({ datastream: ds.path })
    expect(result.exitCode).toBe(0)
    expectOnlyRunnerCommands(result)
    const report = reportOf(result)
    expect(report).toMatchObject({
      action: 'compliance',
      status: 'complete',
      scanner: { name: 'openscap', version: '1.3.7' },
      target: { kind: 'host' },
      commitSha: SHA,
      tool: { name: 'oscap', source: 'input-path', origin: tools.oscap, verified: true },
    })

    // The one rule that fails on this container: no /boot/System.map*, which SSG 0.1.65 treats as a failure.
    expect(report.findings.map((f) => f.ruleId)).toEqual([SSG_RULE('file_permissions_systemmap')])
    const finding = report.findings[0]!
    expect(finding).toMatchObject({
      category: 'compliance',
      title: 'Verify that local System.map file (if exists) is readable only by root',
      severity: 'medium',
      // SSG 0.1.65 rates this rule `unknown`; an unknown severity is medium, never info.
      scannerSeverity: 'unknown',
    })
    expect(finding.description).toMatch(/System\.map/)
    expect(finding.remediation).toBeTruthy()
    expect(finding.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)

    expect(report.notices?.[0]).toMatch(
      /^This content has no CIS level 1 server profile; evaluated 'standard' \(Standard System Security Profile for Debian 11\) instead\. Set 'profile' to choose another: anssi_np_nt28_average/,
    )
    expect(report.notices).toContainEqual(
      expect.stringMatching(/: pass 17, fail 1, notapplicable 26, notselected \d+\.$/),
    )

    // Outputs: pass rate over evaluated rules (17 of 18), and the three files for artifacts.
    expect(result.outputs['pass-rate']).toBe(String(Math.round((17 / 18) * 10_000) / 100))
    expect(result.outputs.status).toBe('complete')
    expect(result.outputs.total).toBe('1')
    expect(JSON.parse(result.outputs.counts!)).toEqual({
      critical: 0,
      high: 0,
      medium: 1,
      low: 0,
      info: 0,
    })
    const { arf, xccdf, html } = result.outputs
    for (const file of [arf, xccdf, html]) {
      expect(file && existsSync(file), `${file} exists`).toBe(true)
      expect(dirname(file!)).toBe(dirname(result.outputs.report!))
    }
    expect(basename(arf!)).toBe('compliance-openscap-standard.arf.xml')
    expect(readFileSync(html!, 'utf8')).toMatch(/<html/i)

    // The XCCDF results and the ARF hold the same rule results, rule by rule.
    const fromXccdf = parseXccdf(readFileSync(xccdf!, 'utf8'))
    const fromArf = parseXccdf(readFileSync(arf!, 'utf8'))
    expect(fromArf.root).toBe('asset-report-collection')
    expect(fromArf.counts).toEqual(fromXccdf.counts)
    expect(fromXccdf.profile).toBe(SSG_PROFILE('standard'))
    const results = new Map<string, string>()
    for (const m of readFileSync(xccdf!, 'utf8').matchAll(
      /<rule-result idref="([^"]+)"[^>]*>\s*<result>(\w+)<\/result>/g,
    ))
      results.set(m[1]!, m[2]!)
    expect(results.get(SSG_RULE('file_owner_etc_passwd'))).toBe('pass')
    expect(results.get(SSG_RULE('file_permissions_etc_shadow'))).toBe('pass')
    expect(results.get(SSG_RULE('package_telnetd_removed'))).toBe('pass')
    expect(results.get(SSG_RULE('file_permissions_systemmap'))).toBe('fail')

    expect(result.summary).toMatch(/### OpenSCAP/)
    expect(result.summary).toMatch(/pass 17 · fail 1 · notapplicable 26/)
    expect(result.summary).toMatch(/pass rate 94\.44 %/)
    expect(result.summary).not.toMatch(/Nothing was checked/)
    const sarif = JSON.parse(readFileSync(result.outputs.sarif!, 'utf8')) as {
      runs: { results: { ruleId: string }[] }[]
    }
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual([
      SSG_RULE('file_permissions_systemmap'),
    ])
  })

  it('rules-include (short names) minus rules-exclude: only those rules, all passing', async () => {
    const result = await run({
      datastream: ds.path,
      profile: 'standard',
      'rules-include':
        'file_owner_etc_passwd\nfile_permissions_etc_shadow\nfile_permissions_systemmap',
      'rules-exclude': SSG_RULE('file_permissions_systemmap'),
    })
    expect(result.exitCode).toBe(0)
    const report = reportOf(result)
    expect(report.status).toBe('complete')
    expect(report.findings).toEqual([])
    expect(report.notices).toContainEqual(expect.stringMatching(/: pass 2, notselected \d+\.$/))
    expect(result.outputs['pass-rate']).toBe('100')
    expect(result.summary).toMatch(
      /only 2 rule\(s\): `xccdf_org\.ssgproject\.content_rule_file_owner_etc_passwd`/,
    )
    expect(result.summary).toMatch(/skipped 1 rule\(s\)/)
  })

  it('tailoring-file from the workspace: its profile deselects the failing rule', async () => {
    const workspace = join(ds.dir, 'workspace')
    mkdirSync(join(workspace, 'compliance'), { recursive: true })
    copyFileSync(TAILORING, join(workspace, 'compliance/tailoring.xml'))
    const result = await run(
      {
        datastream: ds.path,
        'tailoring-file': 'compliance/tailoring.xml',
        profile: 'standard_no_systemmap',
        'rules-include': 'file_owner_etc_passwd,file_permissions_etc_group',
      },
      { workspace },
    )
    expect(result.exitCode).toBe(0)
    const report = reportOf(result)
    expect(report.findings).toEqual([])
    expect(parseXccdf(readFileSync(result.outputs.xccdf!, 'utf8')).profile).toBe(
      'xccdf_com.example.portcullis_profile_standard_no_systemmap',
    )
    expect(result.summary).toMatch(/tailored by `compliance\/tailoring\.xml`/)
  })

  it('a wrong profile fails the step with the list of profiles, and leaves a failed report', async () => {
    const result = await run({ datastream: ds.path, profile: 'cis_level1_server' })
    expect(result.exitCode).toBe(1)
    const report = reportOf(result)
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^Input 'profile': 'cis_level1_server' is not a profile of this content; available profiles: anssi_np_nt28_average .*standard \(Standard System Security Profile for Debian 11\)$/,
    )
    const errors = result.commands.filter((c) => c.command === 'error')
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/the openscap scan failed: Input 'profile'/),
    ])
    expect(result.outputs.sarif).toBe('')
  })

  it('an unknown rule id is a user error naming the input', async () => {
    const result = await run({ datastream: ds.path, 'rules-exclude': 'no_such_rule' })
    expect(result.exitCode).toBe(1)
    expect(reportOf(result).reason).toBe(
      `Input 'rules-exclude': '${SSG_RULE('no_such_rule')}' is not a rule of ${basename(ds.path)}; check the rule id`,
    )
  })

  it('the unmodified Debian 11 content on this Debian 12 host: nothing checked is a failed scan, never a pass', async () => {
    const result = await run({
      datastream: SSG_DEBIAN11,
      'rules-include': 'file_owner_etc_passwd,file_permissions_systemmap',
    })
    expect(result.exitCode).toBe(1)
    const report = reportOf(result)
    expect(report.status).toBe('failed')
    expect(report.findings).toEqual([])
    expect(report.reason).toMatch(
      /^nothing was checked: every selected rule of xccdf_org\.ssgproject\.content_profile_standard was notapplicable on this host\. The datastream ssg-debian11-ds\.xml most likely targets another OS or release/,
    )
    expect(result.summary).toMatch(/scan failed/)
    expect(result.outputs.status).toBe('failed')
  })

  it('a datastream that is not SCAP content is a user error on the datastream input', async () => {
    const bogus = join(ds.dir, 'not-a-datastream.xml')
    writeFileSync(bogus, '<html/>')
    const result = await run({ datastream: bogus })
    expect(result.exitCode).toBe(1)
    expect(reportOf(result).reason).toMatch(
      /^Input 'datastream': oscap cannot read 'not-a-datastream\.xml'/,
    )
  })
})
