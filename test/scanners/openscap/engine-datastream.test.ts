import { describe, expect, it } from 'vitest'
import { InputError, UserError } from '@portcullis/core'
import {
  expandRuleIds,
  findDatastream,
  parseOsRelease,
  parseProfileList,
  resolveProfile,
  ssgProduct,
} from '@portcullis/scanners/openscap'

/** os-release texts as the distributions ship them (quoted and unquoted values). */
const OS_RELEASE = {
  ubuntu2204:
    'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nID=ubuntu\nID_LIKE=debian\n',
  ubuntu2404: 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n',
  debian11: 'PRETTY_NAME="Debian GNU/Linux 11 (bullseye)"\nVERSION_ID="11"\nID=debian\n',
  debian12: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nVERSION_ID="12"\nID=debian\n',
  rhel9: 'NAME="Red Hat Enterprise Linux"\nVERSION_ID="9.4"\nID="rhel"\nID_LIKE="fedora"\n',
  rocky8: 'NAME="Rocky Linux"\nVERSION_ID="8.10"\nID="rocky"\nID_LIKE="rhel centos fedora"\n',
  alpine: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.0\n',
} as const

describe('host OS → SCAP Security Guide product', () => {
  it.each([
    ['ubuntu2204', 'ubuntu2204'],
    ['ubuntu2404', 'ubuntu2404'],
    ['debian11', 'debian11'],
    ['debian12', 'debian12'],
    ['rhel9', 'rhel9'],
    ['rocky8', 'rhel8'],
  ] as const)('%s → %s', (os, product) => {
    expect(ssgProduct(parseOsRelease(OS_RELEASE[os]))).toBe(product)
  })

  it('reads quoted values and ID_LIKE lists', () => {
    expect(parseOsRelease(OS_RELEASE.rocky8)).toEqual({
      id: 'rocky',
      versionId: '8.10',
      idLike: ['rhel', 'centos', 'fedora'],
    })
  })

  it('has no product for a distribution SSG does not cover', () => {
    expect(ssgProduct(parseOsRelease(OS_RELEASE.alpine))).toBeUndefined()
    expect(() =>
      findDatastream(parseOsRelease(OS_RELEASE.alpine), { exists: () => false, list: () => [] }),
    ).toThrow(/no content for this host \(alpine 3\.20\.0\).*'datastream' input/)
  })

  it('finds the datastream in the first content folder that has it', () => {
    const files = new Set([
      '/usr/share/xml/scap/ssg/content/ssg-ubuntu2204-ds.xml',
      '/usr/share/scap-security-guide/content/ssg-rhel9-ds.xml',
    ])
    const fs = { exists: (p: string) => files.has(p), list: () => [] }
    expect(findDatastream(parseOsRelease(OS_RELEASE.ubuntu2204), fs)).toEqual({
      path: '/usr/share/xml/scap/ssg/content/ssg-ubuntu2204-ds.xml',
      product: 'ubuntu2204',
    })
    expect(findDatastream(parseOsRelease(OS_RELEASE.rhel9), fs).path).toBe(
      '/usr/share/scap-security-guide/content/ssg-rhel9-ds.xml',
    )
  })

  it('names what is installed when the host has no datastream (Debian 12 with SSG 0.1.65)', () => {
    const fs = {
      exists: () => false,
      list: (dir: string) =>
        dir === '/usr/share/xml/scap/ssg/content'
          ? ['ssg-debian11-ds.xml', 'ssg-debian11-xccdf.xml', 'ssg-ubuntu2204-ds.xml']
          : [],
    }
    let error: unknown
    try {
      findDatastream(parseOsRelease(OS_RELEASE.debian12), fs)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(
      "No SCAP Security Guide datastream for Debian GNU/Linux 12 (bookworm) (looked for ssg-debian12-ds.xml in /usr/share/xml/scap/ssg/content, /usr/share/scap-security-guide/content, /usr/share/scap-security-guide). Installed datastreams: ssg-debian11-ds.xml, ssg-ubuntu2204-ds.xml; this SSG release may predate Debian GNU/Linux 12 (bookworm). Install a newer SSG package, or give the path of a datastream in the 'datastream' input.",
    )
  })
})

/** `oscap info --profiles` of ssg-ubuntu2204-ds.xml and plain `oscap info` of a tailoring file, as oscap 1.3.7 prints them. */
const UBUNTU_PROFILES = [
  'xccdf_org.ssgproject.content_profile_cis_level1_server:CIS Ubuntu 22.04 Level 1 Server Benchmark',
  'xccdf_org.ssgproject.content_profile_cis_level1_workstation:CIS Ubuntu 22.04 Level 1 Workstation Benchmark',
  'xccdf_org.ssgproject.content_profile_standard:Standard System Security Profile for Ubuntu 22.04',
].join('\n')
const TAILORING_INFO =
  'Document type: XCCDF Tailoring\nProfiles:\n\tTitle: Standard without the System.map rule\n\t\tId: xccdf_com.example.portcullis_profile_standard_no_systemmap\n'

describe('profiles', () => {
  it('parses both listings', () => {
    expect(parseProfileList(UBUNTU_PROFILES).map((p) => p.id)).toEqual([
      'xccdf_org.ssgproject.content_profile_cis_level1_server',
      'xccdf_org.ssgproject.content_profile_cis_level1_workstation',
      'xccdf_org.ssgproject.content_profile_standard',
    ])
    expect(parseProfileList(TAILORING_INFO)).toEqual([
      {
        id: 'xccdf_com.example.portcullis_profile_standard_no_systemmap',
        title: 'Standard without the System.map rule',
      },
    ])
  })

  it('defaults to CIS level 1 server, silently, where the content has it', () => {
    const choice = resolveProfile(undefined, parseProfileList(UBUNTU_PROFILES))
    expect(choice).toEqual({
      profile: {
        id: 'xccdf_org.ssgproject.content_profile_cis_level1_server',
        title: 'CIS Ubuntu 22.04 Level 1 Server Benchmark',
      },
    })
  })

  it("takes RHEL's name for CIS level 1 server (cis_server_l1), not its level 2 `cis`", () => {
    const rhel = parseProfileList(
      'xccdf_org.ssgproject.content_profile_cis:CIS Red Hat Enterprise Linux 9 Benchmark for Level 2 - Server\nxccdf_org.ssgproject.content_profile_cis_server_l1:CIS Red Hat Enterprise Linux 9 Benchmark for Level 1 - Server\n',
    )
    expect(resolveProfile('', rhel).profile.id).toBe(
      'xccdf_org.ssgproject.content_profile_cis_server_l1',
    )
  })

  it('accepts a short name or the full id, and lists every profile for a wrong one', () => {
    const profiles = parseProfileList(UBUNTU_PROFILES)
    expect(resolveProfile('standard', profiles).profile.id).toBe(
      'xccdf_org.ssgproject.content_profile_standard',
    )
    expect(
      resolveProfile('xccdf_org.ssgproject.content_profile_standard', profiles).profile.id,
    ).toBe('xccdf_org.ssgproject.content_profile_standard')
    expect(() => resolveProfile('cis_level2', profiles)).toThrow(
      new InputError(
        'profile',
        "'cis_level2' is not a profile of this content; available profiles: cis_level1_server (CIS Ubuntu 22.04 Level 1 Server Benchmark), cis_level1_workstation (CIS Ubuntu 22.04 Level 1 Workstation Benchmark), standard (Standard System Security Profile for Ubuntu 22.04)",
      ),
    )
  })
})

describe('rule ids', () => {
  const profile = 'xccdf_org.ssgproject.content_profile_standard'
  it('completes short SSG names with the profile namespace and keeps full ids', () => {
    expect(
      expandRuleIds(
        ['file_owner_etc_passwd', 'xccdf_org.ssgproject.content_rule_sshd_disable_root_login'],
        profile,
        'rules-include',
      ),
    ).toEqual([
      'xccdf_org.ssgproject.content_rule_file_owner_etc_passwd',
      'xccdf_org.ssgproject.content_rule_sshd_disable_root_login',
    ])
  })
  it('refuses text that is not a rule id, naming the input', () => {
    expect(() => expandRuleIds(['rm -rf /'], profile, 'rules-exclude')).toThrow(
      /^Input 'rules-exclude': 'rm -rf \/' is not a rule id/,
    )
  })
})
