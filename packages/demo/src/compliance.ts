import { existsSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SSG_CONTENT_DIR } from './tools.js'

/** How compliance runs on this host, or why it cannot. */
export type CompliancePlan =
  | {
      readonly run: true
      /** Inputs for the compliance action (datastream, profile). */
      readonly inputs: Readonly<Record<string, string>>
      /** Said in the demo's output: what was adjusted, or that the host's own datastream is used. */
      readonly note: string
    }
  | { readonly run: false; readonly note: string }

/** The Debian 11 datastream's CPE platform check: /etc/debian_version must match this pattern. */
const DEBIAN11_CPE_PATTERN = '<ind:pattern operation="pattern match">^11.[0-9]+$</ind:pattern>'

function osRelease(path = '/etc/os-release'): Record<string, string> {
  if (!existsSync(path)) return {}
  const fields: Record<string, string> = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line)
    if (match) fields[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1')
  }
  return fields
}

/**
 * Decides how the compliance action can run here. Debian 12's SCAP Security Guide has no Debian 12
 * datastream: the Debian 11 one is used from a copy whose CPE platform check accepts Debian 12
 * (without that every rule is notapplicable), with its `standard` profile (it has no CIS profile).
 * Hosts with a datastream of their own use it; others are skipped with the reason.
 */
export async function planCompliance(
  oscap: string | undefined,
  workDir: string,
): Promise<CompliancePlan> {
  if (oscap === undefined) {
    return {
      run: false,
      note: 'oscap is not installed (apt openscap-scanner ssg-debian): compliance skipped',
    }
  }
  const os = osRelease()
  const id = os.ID ?? 'unknown'
  const version = os.VERSION_ID ?? ''
  const own = join(SSG_CONTENT_DIR, `ssg-${id}${version.replace('.', '')}-ds.xml`)
  if (existsSync(own)) {
    return {
      run: true,
      inputs: { datastream: own },
      note: `compliance uses the host's datastream ${own}`,
    }
  }
  const debian11 = join(SSG_CONTENT_DIR, 'ssg-debian11-ds.xml')
  if (id === 'debian' && /^1[2-9]$/.test(version) && existsSync(debian11)) {
    const text = await readFile(debian11, 'utf8')
    if (!text.includes(DEBIAN11_CPE_PATTERN)) {
      return {
        run: false,
        note: `${debian11} has no Debian 11 CPE check to adjust: compliance skipped`,
      }
    }
    const copy = join(workDir, `ssg-debian11-as-debian${version}-ds.xml`)
    await writeFile(
      copy,
      text.replaceAll(DEBIAN11_CPE_PATTERN, DEBIAN11_CPE_PATTERN.replace('^11', `^${version}`)),
    )
    return {
      run: true,
      inputs: { datastream: copy, profile: 'xccdf_org.ssgproject.content_profile_standard' },
      note:
        `the SCAP Security Guide has no Debian ${version} datastream: compliance runs the Debian 11 one ` +
        `(profile standard) from a copy whose CPE platform check (/etc/debian_version ^11.x) was adjusted to ^${version}.x`,
    }
  }
  return {
    run: false,
    note: `no SCAP Security Guide datastream for ${os.PRETTY_NAME ?? id} in ${SSG_CONTENT_DIR}: compliance skipped`,
  }
}
