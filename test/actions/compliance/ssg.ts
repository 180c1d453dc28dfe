import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Real SCAP Security Guide content for the tests. Debian 12's ssg-debian 0.1.65 ships no Debian 12
 * datastream; its Debian 11 one applies only where /etc/debian_version matches `^11.[0-9]+$`, so on
 * this Debian 12 machine every rule would be notapplicable. The test copy widens that platform check
 * to `^1[12].[0-9]+$` (and nothing else), so the rules are evaluated for real.
 */
export const SSG_DEBIAN11 = '/usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml'
const PLATFORM_CHECK = '<ind:pattern operation="pattern match">^11.[0-9]+$</ind:pattern>'
const WIDENED = '<ind:pattern operation="pattern match">^1[12].[0-9]+$</ind:pattern>'

export const SSG_RULE = (name: string) => `xccdf_org.ssgproject.content_rule_${name}`
export const SSG_PROFILE = (name: string) => `xccdf_org.ssgproject.content_profile_${name}`

/** Writes the adjusted copy into a fresh folder; returns its path and a cleanup. */
export function debian11TestCopy(): { path: string; dir: string; remove: () => void } {
  if (!existsSync(SSG_DEBIAN11)) {
    throw new Error(`${SSG_DEBIAN11} is missing: run test/provision.sh (apt ssg-debian)`)
  }
  const original = readFileSync(SSG_DEBIAN11, 'utf8')
  const parts = original.split(PLATFORM_CHECK)
  // The CPE check and the installed-OS check each carry the pattern once.
  if (parts.length !== 3) {
    throw new Error(
      `expected the Debian 11 platform check twice in ${SSG_DEBIAN11}, found ${parts.length - 1}`,
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-ssg-'))
  const path = join(dir, 'ssg-debian11-test-copy-ds.xml')
  writeFileSync(path, parts.join(WIDENED))
  return { path, dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
