import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  compareVersions,
  MANIFEST_PATH,
  parseChecksums,
  parsePinArgs,
  pin,
  PinError,
} from '@portcullis/devtools'
import { parseManifest, type PlatformKey } from '@portcullis/installer'
import { describeWithTools } from '../support/scanners.js'
import { startSigstore, type TestSigstore } from '../support/sigstore.js'

const execFileAsync = promisify(execFile)
const REPO = resolve(import.meta.dirname, '../..')
const TRIVY_RELEASE_WORKFLOW = 'aquasecurity/trivy/.github/workflows/reusable-release.yaml'
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

/** The assets of one test release as the manifest names them, with what the archives hold. */
interface TestAsset {
  readonly platform: PlatformKey
  readonly name: string
  readonly bytes: Buffer
  /** SHA-256 of the executable inside (of the asset itself for a bare binary). */
  readonly binarySha256: string
}

describe('checksums files', () => {
  it('reads sha256sum text and binary mode, and refuses lines it cannot read or conflicting digests', () => {
    const a = 'a'.repeat(64)
    const b = 'B'.repeat(64)
    expect(parseChecksums(`${a}  x.tar.gz\n${b} *y.zip\n\n`, 'sums')).toEqual(
      new Map([
        ['x.tar.gz', a],
        ['y.zip', 'b'.repeat(64)],
      ]),
    )
    expect(() => parseChecksums(`${a}  x\nnot a digest  y\n`, 'sums')).toThrow(
      /sums has a line that is not/,
    )
    expect(() => parseChecksums(`${a}  x\n${'c'.repeat(64)}  x\n`, 'sums')).toThrow(
      /sums lists x twice with different digests/,
    )
    expect(() => parseChecksums('\n', 'sums')).toThrow(/sums lists no digests/)
  })
})

describeWithTools(
  ['cosign'],
  'npm run pin against a loopback release server and Sigstore',
  (tools) => {
    let sigstore: TestSigstore
    let server: Server
    let base: string
    let work: string
    const files = new Map<string, Buffer>()
    const requests: string[] = []
    const original = readFileSync(MANIFEST_PATH, 'utf8')

    const trivyPath = (version: string, name: string) =>
      `/aquasecurity/trivy/releases/download/v${version}/${name}`

    /** A copy of the real manifest for one test to rewrite. */
    const manifestCopy = (name: string): string => {
      const path = join(work, `${name}.tools.json`)
      writeFileSync(path, original)
      return path
    }

    /** Builds archives the way trivy publishes them: a tar.gz per Unix platform, a zip for Windows. */
    const trivyAssets = async (version: string): Promise<TestAsset[]> => {
      const layout: [PlatformKey, string][] = [
        ['linux-x64', `trivy_${version}_Linux-64bit.tar.gz`],
        ['linux-arm64', `trivy_${version}_Linux-ARM64.tar.gz`],
        ['darwin-arm64', `trivy_${version}_macOS-ARM64.tar.gz`],
        ['win32-x64', `trivy_${version}_windows-64bit.zip`],
      ]
      const assets: TestAsset[] = []
      for (const [platform, name] of layout) {
        const dir = join(work, `${version}-${platform}`)
        mkdirSync(dir)
        const exe = platform === 'win32-x64' ? 'trivy.exe' : 'trivy'
        const binary = `#!/bin/sh\necho 'Version: ${version}' # ${platform}\n`
        writeFileSync(join(dir, exe), binary)
        chmodSync(join(dir, exe), 0o755)
        writeFileSync(join(dir, 'LICENSE'), 'Apache-2.0\n')
        const archive = join(work, name)
        if (name.endsWith('.zip'))
          await execFileAsync('zip', ['-q', archive, exe, 'LICENSE'], { cwd: dir })
        else await execFileAsync('tar', ['-czf', archive, '-C', dir, exe, 'LICENSE'])
        assets.push({ platform, name, bytes: readFileSync(archive), binarySha256: sha256(binary) })
      }
      return assets
    }

    const checksumsText = (assets: readonly TestAsset[]) =>
      [
        ...assets.map((a) => `${sha256(a.bytes)}  ${a.name}`),
        `${'0'.repeat(64)}  trivy_sbom.cdx.json`,
      ]
        .join('\n')
        .concat('\n')

    /** Signs a file keylessly with cosign, as trivy's release workflow does, and returns the bundle. */
    const signBlob = async (
      bytes: Buffer,
      oidcEnv: Readonly<Record<string, string>>,
      attest = false,
    ): Promise<Buffer> => {
      const dir = mkdtempSync(join(work, 'sign-'))
      const blob = join(dir, 'blob')
      writeFileSync(blob, bytes)
      const args = attest
        ? [
            'attest-blob',
            '--predicate',
            join(dir, 'predicate.json'),
            '--type',
            'https://slsa.dev/provenance/v1',
          ]
        : ['sign-blob']
      if (attest) writeFileSync(join(dir, 'predicate.json'), '{"buildDefinition":{}}')
      await execFileAsync(
        tools.cosign,
        [
          ...args,
          '--yes',
          '--fulcio-url',
          sigstore.fulcioUrl,
          '--rekor-url',
          sigstore.rekorUrl,
          '--new-bundle-format',
          '--bundle',
          join(dir, 'bundle.json'),
          blob,
        ],
        {
          env: {
            PATH: process.env.PATH ?? '/usr/bin',
            HOME: dir,
            ...oidcEnv,
            SIGSTORE_ROOT_FILE: sigstore.pem.fulcioRoot,
            SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: sigstore.pem.ctLogKey,
            SIGSTORE_REKOR_PUBLIC_KEY: sigstore.pem.rekorKey,
          },
        },
      )
      return readFileSync(join(dir, 'bundle.json'))
    }

    let release: TestAsset[]

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'pin-test-'))
      sigstore = await startSigstore({
        requestToken: 'pin-release',
        cosign: tools.cosign,
        jobWorkflowRef: `${TRIVY_RELEASE_WORKFLOW}@refs/tags/v0.70.0`,
      })
      server = createServer((req, res) => {
        requests.push(req.url ?? '')
        const body = files.get(req.url ?? '')
        res.statusCode = body ? 200 : 404
        res.end(body ?? 'Not Found')
      })
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

      // trivy 0.70.0: every asset signed by trivy's release workflow for its tag.
      release = await trivyAssets('0.70.0')
      files.set(
        trivyPath('0.70.0', 'trivy_0.70.0_checksums.txt'),
        Buffer.from(checksumsText(release)),
      )
      for (const asset of release) {
        files.set(trivyPath('0.70.0', asset.name), asset.bytes)
        files.set(
          trivyPath('0.70.0', `${asset.name}.sigstore.json`),
          await signBlob(asset.bytes, sigstore.oidcEnv),
        )
      }
    }, 180_000)

    afterAll(async () => {
      server?.closeAllConnections()
      await new Promise((r) => server?.close(r))
      await sigstore?.stop()
      if (work) rmSync(work, { recursive: true, force: true })
    })

    it('verifies every asset and its signature, then writes every platform’s entry (npm run pin)', async () => {
      const manifest = manifestCopy('happy')
      const run = await execFileAsync(
        'npm',
        [
          'run',
          '--silent',
          'pin',
          '--',
          'trivy',
          '0.70.0',
          '--base',
          base,
          '--trusted-root',
          sigstore.trustedRoot,
          '--manifest',
          manifest,
        ],
        { cwd: REPO },
      )
      const checksums = `${base}${trivyPath('0.70.0', 'trivy_0.70.0_checksums.txt')}`
      const identity = `https://github.com/${TRIVY_RELEASE_WORKFLOW}@refs/tags/v0.70.0`
      for (const asset of release) {
        expect(run.stdout).toContain(
          `${asset.platform}: ${asset.name} sha256 ${sha256(asset.bytes)}, executable sha256 ${asset.binarySha256}, signed by ${identity}`,
        )
      }

      const text = readFileSync(manifest, 'utf8')
      const written = JSON.parse(text) as {
        tools: { trivy: { versions: Record<string, unknown> } }
      }
      expect(written.tools.trivy.versions['0.70.0']).toEqual({
        checksums,
        platforms: Object.fromEntries(
          release.map((a) => [
            a.platform,
            { sha256: sha256(a.bytes), source: checksums, binarySha256: a.binarySha256 },
          ]),
        ),
      })
      // Nothing else changed, and the file is formatted as the repository's Prettier settings want.
      delete written.tools.trivy.versions['0.70.0']
      expect(written).toEqual(JSON.parse(original))
      const prettier = (await resolveConfig(MANIFEST_PATH)) ?? {}
      expect(await format(text, { ...prettier, filepath: MANIFEST_PATH })).toBe(text)
      const parsed = parseManifest(JSON.parse(text))
      expect(parsed.tools.trivy?.versions['0.70.0']?.platforms['win32-x64']).toMatchObject({
        sha256: sha256(release[3]!.bytes),
        source: checksums,
      })
    }, 120_000)

    it('fetches from a mirror but records the upstream URLs; a tool without a signature policy says so', async () => {
      const manifest = manifestCopy('mirror')
      const assets: [PlatformKey, string][] = [
        ['linux-x64', 'osv-scanner_linux_amd64'],
        ['linux-arm64', 'osv-scanner_linux_arm64'],
        ['darwin-arm64', 'osv-scanner_darwin_arm64'],
        ['win32-x64', 'osv-scanner_windows_amd64.exe'],
      ]
      const dir = '/gh/google/osv-scanner/releases/download/v2.6.0'
      const lines: string[] = []
      for (const [platform, name] of assets) {
        const bytes = Buffer.from(`osv-scanner 2.6.0 for ${platform}\n`)
        files.set(`${dir}/${name}`, bytes)
        lines.push(`${sha256(bytes)}  ${name}`)
      }
      files.set(`${dir}/osv-scanner_SHA256SUMS`, Buffer.from(`${lines.join('\n')}\n`))
      const before = requests.length
      const logged: string[] = []
      const result = await pin({
        tool: 'osv-scanner',
        version: '2.6.0',
        manifest,
        mirror: `${base}/gh`,
        log: (l) => logged.push(l),
      })
      expect(requests.slice(before)).toEqual([
        `${dir}/osv-scanner_SHA256SUMS`,
        ...assets.map(([, name]) => `${dir}/${name}`),
      ])
      const checksums =
        'https://github.com/google/osv-scanner/releases/download/v2.6.0/osv-scanner_SHA256SUMS'
      expect(result.checksums).toBe(checksums)
      expect(result.unsigned).toBe('the manifest sets no signature policy for this tool')
      expect(logged).toContain(
        'Signatures not verified: the manifest sets no signature policy for this tool',
      )
      const entry = parseManifest(JSON.parse(readFileSync(manifest, 'utf8'))).tools['osv-scanner']
        ?.versions['2.6.0']
      expect(entry?.checksums).toBe(checksums)
      for (const [platform, name] of assets) {
        const digest = sha256(files.get(`${dir}/${name}`)!)
        expect(entry?.platforms[platform]).toMatchObject({ sha256: digest, source: checksums })
        // A bare binary is its own executable.
        expect(result.platforms.find((p) => p.platform === platform)?.binarySha256).toBe(digest)
      }
    })

    it('refuses an asset that does not match the checksums file, naming both digests, and writes nothing', async () => {
      const manifest = manifestCopy('tampered')
      const assets = await trivyAssets('0.70.2')
      files.set(
        trivyPath('0.70.2', 'trivy_0.70.2_checksums.txt'),
        Buffer.from(checksumsText(assets)),
      )
      const tampered = Buffer.concat([assets[0]!.bytes, Buffer.from('\n')])
      files.set(trivyPath('0.70.2', assets[0]!.name), tampered)
      const error = await pin({
        tool: 'trivy',
        version: '0.70.2',
        manifest,
        base,
        trustedRoot: sigstore.trustedRoot,
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PinError)
      expect((error as PinError).code).toBe('digest-mismatch')
      expect((error as PinError).message).toBe(
        `${base}${trivyPath('0.70.2', assets[0]!.name)} has SHA-256 ${sha256(tampered)}, but ` +
          `${base}${trivyPath('0.70.2', 'trivy_0.70.2_checksums.txt')} lists ${sha256(assets[0]!.bytes)} ` +
          `for ${assets[0]!.name}. Nothing was written.`,
      )
      expect(readFileSync(manifest, 'utf8')).toBe(original)
    })

    it('refuses a release signed by another identity, naming the signer and the identity required', async () => {
      const manifest = manifestCopy('identity')
      const assets = await trivyAssets('0.70.1')
      files.set(
        trivyPath('0.70.1', 'trivy_0.70.1_checksums.txt'),
        Buffer.from(checksumsText(assets)),
      )
      // Same Sigstore, same CA, a fork's release workflow.
      const fork = 'attacker/trivy/.github/workflows/reusable-release.yaml@refs/tags/v0.70.1'
      for (const asset of assets) files.set(trivyPath('0.70.1', asset.name), asset.bytes)
      files.set(
        trivyPath('0.70.1', `${assets[0]!.name}.sigstore.json`),
        await signBlob(assets[0]!.bytes, sigstore.oidcEnvFor(fork)),
      )
      const error = await pin({
        tool: 'trivy',
        version: '0.70.1',
        manifest,
        base,
        trustedRoot: sigstore.trustedRoot,
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PinError)
      expect((error as PinError).code).toBe('signature-failed')
      expect((error as PinError).message).toBe(
        `The signature of ${assets[0]!.name} (${assets[0]!.name}.sigstore.json) was made by ` +
          `https://github.com/${fork} (issuer ${GITHUB_ISSUER}); the manifest requires ` +
          `https://github.com/${TRIVY_RELEASE_WORKFLOW}@refs/tags/v0.70.1 (issuer ${GITHUB_ISSUER}).`,
      )
      expect(readFileSync(manifest, 'utf8')).toBe(original)
    }, 60_000)

    it('refuses an attestation in place of a signature over the asset', async () => {
      const manifest = manifestCopy('attestation')
      const assets = await trivyAssets('0.70.3')
      files.set(
        trivyPath('0.70.3', 'trivy_0.70.3_checksums.txt'),
        Buffer.from(checksumsText(assets)),
      )
      for (const asset of assets) files.set(trivyPath('0.70.3', asset.name), asset.bytes)
      const job = sigstore.oidcEnvFor(`${TRIVY_RELEASE_WORKFLOW}@refs/tags/v0.70.3`)
      files.set(
        trivyPath('0.70.3', `${assets[0]!.name}.sigstore.json`),
        await signBlob(assets[0]!.bytes, job, true),
      )
      const error = await pin({
        tool: 'trivy',
        version: '0.70.3',
        manifest,
        base,
        trustedRoot: sigstore.trustedRoot,
      }).catch((e: unknown) => e)
      expect((error as PinError).code).toBe('signature-failed')
      expect((error as PinError).message).toBe(
        `The signature of ${assets[0]!.name} (${assets[0]!.name}.sigstore.json) is a DSSE attestation, not a signature over the asset.`,
      )
      expect(readFileSync(manifest, 'utf8')).toBe(original)
    }, 60_000)

    it('refuses a signature the trusted root does not vouch for', async () => {
      const manifest = manifestCopy('untrusted')
      const other = await startSigstore({ requestToken: 'unused', cosign: tools.cosign })
      try {
        const error = await pin({
          tool: 'trivy',
          version: '0.70.0',
          manifest,
          base,
          trustedRoot: other.trustedRoot,
        }).catch((e: unknown) => e)
        expect((error as PinError).code).toBe('signature-failed')
        expect((error as PinError).message).toMatch(
          /^The signature of trivy_0\.70\.0_Linux-64bit\.tar\.gz \(trivy_0\.70\.0_Linux-64bit\.tar\.gz\.sigstore\.json\) does not verify: /,
        )
      } finally {
        await other.stop()
      }
      expect(readFileSync(manifest, 'utf8')).toBe(original)
    }, 60_000)

    it('refuses a blocked version before fetching anything', async () => {
      const manifest = manifestCopy('blocked')
      const before = requests.length
      const error = await pin({ tool: 'trivy', version: '0.69.4', manifest, base }).catch(
        (e: unknown) => e,
      )
      expect((error as PinError).code).toBe('known-bad-release')
      expect((error as PinError).message).toMatch(
        /^trivy 0\.69\.4 is refused \(listed under blocked\): trivy v0\.69\.4 is a malicious release/,
      )
      expect(requests.length).toBe(before)
      expect(readFileSync(manifest, 'utf8')).toBe(original)
    })
  },
)

describe('version order (a signature policy applies from its since version on)', () => {
  it.each([
    ['0.68.1', '0.68.1', 0],
    ['0.68.0', '0.68.1', -1],
    ['0.70.0', '0.68.1', 1],
    ['0.100.0', '0.99.9', 1],
    ['1.0', '1.0.0', 0],
  ])('%s vs %s is %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected)
  })
})

describe('pin arguments', () => {
  it('takes a tool, a version and the named options; anything else is refused with the usage line', () => {
    expect(
      parsePinArgs([
        'trivy',
        '0.70.0',
        '--mirror',
        'https://mirror.example/gh',
        '--trusted-root',
        'r.json',
      ]),
    ).toEqual({
      tool: 'trivy',
      version: '0.70.0',
      mirror: 'https://mirror.example/gh',
      trustedRoot: 'r.json',
    })
    for (const argv of [['trivy'], ['trivy', '1', '2'], ['trivy', '1', '--key', 'k']])
      expect(() => parsePinArgs(argv)).toThrow(/Usage: npm run pin -- <tool> <version>/)
  })
})
