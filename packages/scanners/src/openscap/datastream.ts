import { InputError, UserError } from '@portcullis/core'
import { describeOs, type OsRelease } from '../shared/os-release.js'

export { describeOs, parseOsRelease, type OsRelease } from '../shared/os-release.js'

/**
 * Which SCAP Security Guide content fits a host, and which profile and rules of it to evaluate.
 * Everything here is pure (file system and process access come in as small functions), so the
 * choices are tested on os-release texts and `oscap info` output without a host of each kind.
 */

const RHEL_FAMILY = new Set(['rhel', 'centos', 'rocky', 'almalinux', 'ol', 'fedora'])

/**
 * The SCAP Security Guide product for a host: `ubuntu2204`, `ubuntu2404`, `debian11`, `debian12`,
 * `rhel8`, `rhel9`. RHEL rebuilds (CentOS Stream, Rocky, Alma, Oracle) use the RHEL content of the
 * same major, as SSG's own docs advise. Undefined for a host SSG has no content for.
 */
export function ssgProduct(os: OsRelease): string | undefined {
  const major = /^(\d+)/.exec(os.versionId)?.[1]
  if (os.id === 'ubuntu') {
    const m = /^(\d+)\.(\d+)/.exec(os.versionId)
    return m ? `ubuntu${m[1]}${m[2]}` : undefined
  }
  if (os.id === 'debian') return major ? `debian${major}` : undefined
  if (os.id !== 'fedora' && (RHEL_FAMILY.has(os.id) || os.idLike.includes('rhel'))) {
    return major ? `rhel${major}` : undefined
  }
  return undefined
}

/**
 * Where distributions install SSG datastreams: Debian and Ubuntu (`ssg-*` packages) and RHEL
 * (`scap-security-guide`) use the first; some builds and older packages the others.
 */
export const SSG_CONTENT_DIRS = [
  '/usr/share/xml/scap/ssg/content',
  '/usr/share/scap-security-guide/content',
  '/usr/share/scap-security-guide',
] as const

/** File names of a product's datastream, preferred first (SCAP 1.3 `-ds.xml`, then the 1.2 copy). */
export function datastreamNames(product: string): string[] {
  return [`ssg-${product}-ds.xml`, `ssg-${product}-ds-1.2.xml`]
}

export interface DatastreamLookup {
  readonly path: string
  readonly product: string
}

/**
 * The SSG datastream for the host, looked up in {@link SSG_CONTENT_DIRS}. Throws a UserError naming
 * what was looked for, what is installed, and the `datastream` input as the way out.
 */
export function findDatastream(
  os: OsRelease,
  fs: { exists(path: string): boolean; list(dir: string): readonly string[] },
  dirs: readonly string[] = SSG_CONTENT_DIRS,
): DatastreamLookup {
  const product = ssgProduct(os)
  if (!product) {
    throw new UserError(
      'no-datastream',
      `The SCAP Security Guide has no content for this host (${describeOs(os)}); content is selected for Ubuntu, Debian and the RHEL family. Give a datastream in the 'datastream' input.`,
    )
  }
  for (const dir of dirs) {
    for (const name of datastreamNames(product)) {
      const path = `${dir}/${name}`
      if (fs.exists(path)) return { path, product }
    }
  }
  const installed = dirs.flatMap((d) => fs.list(d).filter((f) => /^ssg-.+-ds\.xml$/.test(f)))
  throw new UserError(
    'no-datastream',
    `No SCAP Security Guide datastream for ${describeOs(os)} (looked for ${datastreamNames(product)[0]} in ${dirs.join(', ')}). ` +
      (installed.length > 0
        ? `Installed datastreams: ${installed.join(', ')}; this SSG release may predate ${describeOs(os)}. `
        : 'No SSG datastream is installed. ') +
      "Install a newer SSG package, or give the path of a datastream in the 'datastream' input.",
  )
}

export interface XccdfProfile {
  readonly id: string
  readonly title?: string
}

/**
 * Reads profiles from `oscap info --profiles` (`<id>:<title>` per line, oscap 1.3+) and from plain
 * `oscap info` of a tailoring file or a benchmark (`Id: <id>` lines under `Profiles:`).
 */
export function parseProfileList(output: string): XccdfProfile[] {
  const out: XccdfProfile[] = []
  const seen = new Set<string>()
  const lines = output.split(/\r?\n/)
  lines.forEach((line, i) => {
    const colon = /^(xccdf_[^\s:]+|[A-Za-z][\w.-]*_profile_[^\s:]+):(.*)$/.exec(line.trim())
    const idLine = /^\s*Id:\s*(\S+)\s*$/.exec(line)
    let profile: XccdfProfile | undefined
    if (colon) {
      const title = colon[2]!.trim()
      profile = { id: colon[1]!, ...(title ? { title } : {}) }
    } else if (idLine && /_profile_/.test(idLine[1]!)) {
      const titleLine = /^\s*Title:\s*(.+)$/.exec(lines[i - 1] ?? '')
      profile = { id: idLine[1]!, ...(titleLine ? { title: titleLine[1]!.trim() } : {}) }
    }
    if (profile && !seen.has(profile.id)) {
      seen.add(profile.id)
      out.push(profile)
    }
  })
  return out
}

/**
 * CIS level 1 server as SSG names it: `cis_level1_server` in the Ubuntu content, `cis_server_l1` in
 * the RHEL content (where plain `cis` is level 2).
 */
export const CIS_LEVEL1_SERVER = ['cis_level1_server', 'cis_server_l1'] as const

/**
 * Profiles tried, in order, when the `profile` input is empty: CIS level 1 server where the content
 * has one, else SSG's `standard` profile (the Debian content has no CIS profile).
 */
export const DEFAULT_PROFILE_NAMES = [...CIS_LEVEL1_SERVER, 'standard'] as const

function shortName(id: string): string {
  return /_profile_(.+)$/.exec(id)?.[1] ?? id
}

function listProfiles(profiles: readonly XccdfProfile[]): string {
  if (profiles.length === 0) return 'the content lists no profile'
  return profiles.map((p) => `${shortName(p.id)}${p.title ? ` (${p.title})` : ''}`).join(', ')
}

export interface ProfileChoice {
  readonly profile: XccdfProfile
  /** Set when the profile was chosen for the user, saying which and why. */
  readonly note?: string
}

/**
 * Resolves the `profile` input (full id or the part after `_profile_`) against the profiles the
 * content offers; an unknown name is an InputError listing every profile available.
 */
export function resolveProfile(
  requested: string | undefined,
  profiles: readonly XccdfProfile[],
): ProfileChoice {
  const wanted = requested?.trim() ?? ''
  if (wanted === '') {
    for (const name of DEFAULT_PROFILE_NAMES) {
      const found = profiles.find((p) => shortName(p.id) === name)
      if (found) {
        const note =
          name !== 'standard'
            ? undefined
            : `This content has no CIS level 1 server profile; evaluated '${shortName(found.id)}'${found.title ? ` (${found.title})` : ''} instead. Set 'profile' to choose another: ${listProfiles(profiles)}.`
        return { profile: found, ...(note ? { note } : {}) }
      }
    }
    throw new InputError(
      'profile',
      `is empty and the content has neither a CIS level 1 server nor a standard profile; choose one of: ${listProfiles(profiles)}`,
    )
  }
  const exact =
    profiles.find((p) => p.id === wanted) ?? profiles.find((p) => shortName(p.id) === wanted)
  if (exact) return { profile: exact }
  throw new InputError(
    'profile',
    `'${wanted}' is not a profile of this content; available profiles: ${listProfiles(profiles)}`,
  )
}

const RULE_ID = /^[A-Za-z0-9_.:-]+$/

/**
 * Full XCCDF rule ids for the `rules-include`/`rules-exclude` inputs. A short SSG name
 * (`file_owner_etc_passwd`) gets the namespace of the profile's id
 * (`xccdf_org.ssgproject.content_` → `xccdf_org.ssgproject.content_rule_file_owner_etc_passwd`).
 */
export function expandRuleIds(
  values: readonly string[],
  profileId: string,
  input: 'rules-include' | 'rules-exclude',
): string[] {
  const namespace = /^(xccdf_.+?_)profile_/.exec(profileId)?.[1]
  return values.map((value) => {
    const v = value.trim()
    if (!RULE_ID.test(v)) {
      throw new InputError(
        input,
        `'${v}' is not a rule id (e.g. xccdf_org.ssgproject.content_rule_file_owner_etc_passwd or file_owner_etc_passwd)`,
      )
    }
    if (v.startsWith('xccdf_')) return v
    if (!namespace) {
      throw new InputError(
        input,
        `'${v}' is a short name, but the profile id '${profileId}' has no xccdf_<namespace>_profile_ prefix to complete it; give the full rule id`,
      )
    }
    return `${namespace}rule_${v.replace(/^rule_/, '')}`
  })
}
