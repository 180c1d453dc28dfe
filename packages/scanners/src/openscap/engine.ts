import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { InputError, ScanFailedError, UserError } from '@portcullis/core'
import { nonEmpty } from '@portcullis/core/inputs'
import {
  readOsRelease,
  runTool,
  type CommonScanInputs,
  type EngineContext,
  type EngineResult,
  type ScanEngine,
} from '@portcullis/engine'
import {
  describeOs,
  expandRuleIds,
  findDatastream,
  parseOsRelease,
  parseProfileList,
  resolveProfile,
  type XccdfProfile,
} from './datastream.js'
import { installOscap } from './install.js'
import { parseXccdf, XCCDF_RESULTS, type XccdfParseResult } from './parse.js'
import { OSCAP } from './tool.js'

/** The compliance inputs the OpenSCAP engine reads (the action's Inputs type satisfies it structurally). */
export interface OpenscapInputs extends CommonScanInputs {
  readonly profile: string | undefined
  readonly datastream: string | undefined
  readonly tailoringFile: string | undefined
  readonly rulesInclude: readonly string[]
  readonly rulesExclude: readonly string[]
}

/**
 * `oscap xccdf eval` exit codes (oscap(8)): 0 every rule passed, 2 at least one rule failed or was
 * unknown, 1 an error stopped the evaluation (bad content, unknown profile or rule).
 */
export const OSCAP_EXIT = { allPassed: 0, error: 1, someFailed: 2 } as const

/** Percentage with at most two decimals, as the `pass-rate` output gives it. */
export function formatPassRate(rate: number | undefined): string {
  return rate === undefined ? '' : String(Math.round(rate * 10_000) / 100)
}

function existingFile(workspace: string, value: string, input: string): string {
  const path = resolve(workspace, value)
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      input,
      `'${value}' is not a file; give its path (relative to the workspace, or absolute)`,
    )
  }
  return path
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Profiles of a datastream (or tailoring file); unreadable content is the input's fault. */
async function profilesOf(
  context: EngineContext<OpenscapInputs>,
  file: string,
  input: 'datastream' | 'tailoring-file',
): Promise<XccdfProfile[]> {
  // Tailoring files are listed by plain `oscap info`; `--profiles` is for datastreams and benchmarks.
  const args = input === 'datastream' ? ['info', '--profiles', file] : ['info', file]
  try {
    const r = await runTool(context, {
      args,
      okExitCodes: [0],
      relayStdout: false,
      maxStdoutBytes: 4 << 20,
    })
    return parseProfileList(r.stdout)
  } catch (error) {
    if (!(error instanceof ScanFailedError)) throw error
    throw new InputError(
      input,
      `oscap cannot read '${basename(file)}' (${error.message}); give an SCAP ${input === 'datastream' ? 'source datastream' : 'XCCDF tailoring file'}`,
    )
  }
}

function countsLine(counts: Readonly<Record<string, number>>): string {
  const words = [
    ...XCCDF_RESULTS,
    ...Object.keys(counts).filter((w) => !(XCCDF_RESULTS as readonly string[]).includes(w)),
  ]
  return words
    .filter((w) => counts[w])
    .map((w) => `${w} ${counts[w]}`)
    .join(' · ')
}

/** True when every selected rule was notapplicable: the content almost certainly targets another OS. */
export function allNotApplicable(counts: Readonly<Record<string, number>>): boolean {
  const selected = Object.entries(counts)
    .filter(([w]) => w !== 'notselected')
    .reduce((n, [, c]) => n + c, 0)
  return selected > 0 && (counts.notapplicable ?? 0) === selected
}

/**
 * The compliance action's default engine: `oscap xccdf eval` of a SCAP Security Guide profile
 * against the runner host, writing ARF, XCCDF results and the HTML report into the output folder
 * (ready for actions/upload-artifact) and turning every fail, error and unknown into a finding.
 */
export const openscapEngine: ScanEngine<OpenscapInputs> = {
  name: 'openscap',
  tool: OSCAP,
  outputs: ['pass-rate', 'arf', 'xccdf', 'html'],
  plannedTarget: () => ({ kind: 'host', name: hostname() }),
  // An OS package: from `oscap-path`, PATH or a pinned apt install, held against the manifest
  // (hashed before anything of it runs).
  install: installOscap,
  async run(context): Promise<EngineResult> {
    const { inputs, workspace, outputDir } = context
    const notices: string[] = []

    const given = nonEmpty(inputs.datastream)
    let datastream: string
    let datastreamNote: string
    if (given) {
      datastream = existingFile(workspace, given, 'datastream')
      datastreamNote = 'given in `datastream`'
    } else {
      const text = readOsRelease()
      if (text === undefined) {
        throw new UserError(
          'no-datastream',
          "This runner has no /etc/os-release, so its SCAP Security Guide content cannot be chosen; give a datastream in the 'datastream' input.",
        )
      }
      const os = parseOsRelease(text)
      const found = findDatastream(os, { exists: (p) => existsSync(p), list: listDir })
      datastream = found.path
      datastreamNote = `SSG content for ${describeOs(os)}`
    }
    const tailoringValue = nonEmpty(inputs.tailoringFile)
    const tailoring = tailoringValue
      ? existingFile(workspace, tailoringValue, 'tailoring-file')
      : undefined

    const tailored = tailoring ? await profilesOf(context, tailoring, 'tailoring-file') : []
    const offered = await profilesOf(context, datastream, 'datastream')
    const profiles = [...tailored, ...offered]
    const choice = resolveProfile(nonEmpty(inputs.profile), profiles)
    if (choice.note) notices.push(choice.note)
    const profile = choice.profile
    // Short rule names take the namespace of the datastream's own profiles (a tailoring file has its own).
    const namespaceOf = offered[0]?.id ?? profile.id
    const exclude = expandRuleIds(inputs.rulesExclude, namespaceOf, 'rules-exclude')
    // oscap fails on a --rule that --skip-rule removed: an excluded rule simply is not included.
    const requested = expandRuleIds(inputs.rulesInclude, namespaceOf, 'rules-include')
    const include = requested.filter((r) => !exclude.includes(r))
    if (requested.length > 0 && include.length === 0) {
      throw new InputError(
        'rules-exclude',
        'excludes every rule of rules-include; nothing would be checked',
      )
    }
    // oscap ignores an unknown --skip-rule silently and stops at an unknown --rule: name both.
    const content = readFileSync(datastream, 'utf8')
    for (const [input, ids] of [
      ['rules-include', include],
      ['rules-exclude', exclude],
    ] as const) {
      const unknown = ids.filter((id) => !content.includes(`id="${id}"`))
      if (unknown.length > 0) {
        throw new InputError(
          input,
          `${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length > 1 ? 'are not rules' : 'is not a rule'} of ${basename(datastream)}; check the rule id`,
        )
      }
    }

    const short = /_profile_(.+)$/.exec(profile.id)?.[1] ?? profile.id
    const base = `compliance-openscap-${short.replace(/[^A-Za-z0-9_.-]+/g, '-')}`
    const files = {
      arf: join(outputDir, `${base}.arf.xml`),
      xccdf: join(outputDir, `${base}.xccdf-results.xml`),
      html: join(outputDir, `${base}.report.html`),
    }
    let result
    try {
      result = await runTool(context, {
        args: [
          'xccdf',
          'eval',
          '--profile',
          profile.id,
          ...(tailoring ? ['--tailoring-file', tailoring] : []),
          // oscap 1.3 takes both repeatedly: --rule narrows the profile, --skip-rule drops a rule.
          ...include.flatMap((r) => ['--rule', r]),
          ...exclude.flatMap((r) => ['--skip-rule', r]),
          '--results',
          files.xccdf,
          '--results-arf',
          files.arf,
          '--report',
          files.html,
          datastream,
        ],
        okExitCodes: [OSCAP_EXIT.allPassed, OSCAP_EXIT.someFailed],
        // Every rule's title and result: the results file says it all; keep the log readable.
        relayStdout: false,
        maxStdoutBytes: 1 << 20,
      })
    } catch (error) {
      const missing =
        error instanceof ScanFailedError
          ? /Rule '([^']+)' not found in selected profile/.exec(error.message)
          : null
      if (missing) {
        throw new InputError(
          'rules-include',
          `rule '${missing[1]}' is not in profile '${profile.id}'; include only rules the profile selects`,
        )
      }
      throw error
    }

    if (!existsSync(files.xccdf) || statSync(files.xccdf).size === 0) {
      throw new ScanFailedError(
        `oscap exited with code ${result.exitCode} but wrote no XCCDF results at ${files.xccdf}`,
      )
    }
    const parsed: XccdfParseResult = parseXccdf(readFileSync(files.xccdf, 'utf8'))
    const bad =
      (parsed.counts.fail ?? 0) + (parsed.counts.error ?? 0) + (parsed.counts.unknown ?? 0)
    if (result.exitCode === OSCAP_EXIT.someFailed && bad === 0) {
      throw new ScanFailedError(
        'oscap reported failed rules (exit code 2) but its results list none; the results file is incomplete',
      )
    }
    if (result.exitCode === OSCAP_EXIT.allPassed && (parsed.counts.fail ?? 0) > 0) {
      throw new ScanFailedError(
        `oscap reported that every rule passed (exit code 0) but its results list ${parsed.counts.fail} failed rule(s); the results file does not belong to this run`,
      )
    }
    notices.push(...parsed.notices)
    // A benchmark that checked nothing is no evidence of compliance: fail the scan (and so the
    // gate) rather than let a wrong datastream pass as "0 failures".
    if (allNotApplicable(parsed.counts)) {
      throw new ScanFailedError(
        `nothing was checked: every selected rule of ${profile.id} was notapplicable on this host. The datastream ${basename(datastream)} most likely targets another OS or release; give the matching one in \`datastream\` (the ARF, XCCDF and HTML results are in ${outputDir})`,
      )
    }
    for (const missing of [files.arf, files.html]) {
      if (!existsSync(missing)) notices.push(`oscap did not write ${basename(missing)}.`)
    }

    const passRate = formatPassRate(parsed.passRate)
    const summary = [
      '### OpenSCAP',
      '',
      `- oscap ${parsed.scannerVersion ?? context.binary.version}; datastream \`${datastream}\` (${datastreamNote})`,
      `- profile \`${profile.id}\`${profile.title ? ` — ${profile.title}` : ''}${tailoring ? ` (tailored by \`${tailoringValue}\`)` : ''}`,
      ...(include.length > 0
        ? [`- only ${include.length} rule(s): ${include.map((r) => `\`${r}\``).join(', ')}`]
        : []),
      ...(exclude.length > 0
        ? [`- skipped ${exclude.length} rule(s): ${exclude.map((r) => `\`${r}\``).join(', ')}`]
        : []),
      `- results: ${countsLine(parsed.counts) || 'none'}${passRate ? `; pass rate ${passRate} %` : ''}`,
      `- files for upload as artifacts: \`${basename(files.arf)}\` (ARF), \`${basename(files.xccdf)}\` (XCCDF results), \`${basename(files.html)}\` (HTML report) in \`${outputDir}\``,
    ].join('\n')

    return {
      scanner: { name: 'openscap', version: parsed.scannerVersion ?? context.binary.version },
      target: { kind: 'host', name: parsed.target ?? hostname() },
      findings: parsed.findings,
      notices,
      summary,
      outputs: {
        'pass-rate': passRate,
        arf: existsSync(files.arf) ? files.arf : '',
        xccdf: files.xccdf,
        html: existsSync(files.html) ? files.html : '',
      },
    }
  },
}
