import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  directoryToolCache,
  fetchHttp,
  InstallError,
  Installer,
  nodeExec,
  PROVENANCE_FILE,
  type ExecPort,
  type HttpPort,
  type InstallerDeps,
  type ToolCachePort,
  type ToolManifest,
} from '@portcullis/installer'
import { InputError } from '@portcullis/core'
import {
  buildReleases,
  fakeScanner,
  recordingLogger,
  releaseServer,
  sha256,
  tempDir,
  testManifest,
} from './fixtures.js'

type Server = Awaited<ReturnType<typeof releaseServer>>

const DL = '/acme/demo/releases/download'
let work: ReturnType<typeof tempDir>
let upstream: Server
let mirror: Server
let evil: Server
let manifest: ToolManifest
let v1: ReturnType<typeof buildReleases>
let v2: ReturnType<typeof buildReleases>

beforeAll(async () => {
  work = tempDir('portcullis-installer-fixtures-')
  v1 = buildReleases(join(work.dir, 'v1'), '1.2.3')
  v2 = buildReleases(join(work.dir, 'v2'), '2.0.0')
  const bad = buildReleases(join(work.dir, 'bad'), '6.6.6')
  manifest = testManifest({
    demo: { 'linux-x64': sha256(v1.tgz), 'linux-arm64': sha256(v1.tgz) },
    zdemo: sha256(v1.zip),
    raw: sha256(v1.bare),
  })
  upstream = await releaseServer({
    [`${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`]: v1.tgz,
    [`${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz.sigstore.json`]: Buffer.from('{"bundle":"test"}'),
    [`${DL}/v2.0.0/demo_2.0.0_linux_x64.tar.gz`]: v2.tgz,
    [`${DL}/v6.6.6/demo_6.6.6_linux_x64.tar.gz`]: bad.tgz,
    '/acme/zdemo/releases/download/v1.2.3/zdemo_1.2.3_linux.zip': v1.zip,
    '/acme/raw/releases/download/v1.2.3/raw_linux_amd64': v1.bare,
  })
  mirror = await releaseServer({ [`/gh-mirror${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`]: v1.tgz })
  // A mirror that serves other bytes under the right name: exactly what a tampered mirror looks like.
  evil = await releaseServer({ [`${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`]: v2.tgz })
})

afterAll(async () => {
  await Promise.all([upstream.close(), mirror.close(), evil.close()])
  work.cleanup()
})

let cacheRoot: string
let staging: string
let scratch: ReturnType<typeof tempDir>
let cacheCalls: { find: number; cacheDir: number }

function countingCache(root: string): ToolCachePort {
  const inner = directoryToolCache(root)
  return {
    find: (t, v, a) => {
      cacheCalls.find += 1
      return inner.find(t, v, a)
    },
    cacheDir: (d, t, v, a) => {
      cacheCalls.cacheDir += 1
      return inner.cacheDir(d, t, v, a)
    },
  }
}

beforeEach(() => {
  scratch = tempDir('portcullis-installer-')
  cacheRoot = join(scratch.dir, 'toolcache')
  staging = join(scratch.dir, 'runner-temp')
  cacheCalls = { find: 0, cacheDir: 0 }
  for (const s of [upstream, mirror, evil]) s.requests.length = 0
  return () => scratch.cleanup()
})

function installer(overrides: Partial<InstallerDeps> = {}) {
  const logger = recordingLogger()
  const inst = new Installer({
    toolCache: countingCache(cacheRoot),
    logger,
    http: fetchHttp(),
    platform: { platform: 'linux', arch: 'x64' },
    manifest,
    pathEnv: '',
    tempDir: staging,
    upstreamBase: `${upstream.base}/`,
    ...overrides,
  })
  return { inst, logger }
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

const run = (path: string, args: string[]) => execFileSync(path, args, { encoding: 'utf8' }).trim()
const totalRequests = () => upstream.requests.length + mirror.requests.length + evil.requests.length

describe('explicit <tool>-path', () => {
  it('uses the given binary, records its version and digest, and makes no request', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo 1.2.3')
    const { inst } = installer()
    const got = await inst.install({ tool: 'demo', toolPath: bin })
    expect(got).toEqual({
      name: 'demo',
      version: '1.2.3',
      source: 'input-path',
      path: bin,
      sha256: sha256(readFileSync(bin)),
    })
    expect(totalRequests()).toBe(0)
    expect(cacheCalls.find).toBe(0)
  })

  it('accepts a folder holding the binary', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo 1.2.3')
    const got = await installer().inst.install({ tool: 'demo', toolPath: join(scratch.dir, 'own') })
    expect(got.path).toBe(bin)
  })

  it('fails with the input named when nothing is at the path', async () => {
    const missing = join(scratch.dir, 'nope', 'demo')
    const error = await rejection(installer().inst.install({ tool: 'demo', toolPath: missing }))
    expect(error).toBeInstanceOf(InstallError)
    expect((error as InstallError).code).toBe('tool-path-missing')
    expect(error.message).toContain("Input 'demo-path'")
    expect(error.message).toContain(missing)
    expect(totalRequests()).toBe(0)
  })

  it('refuses a given binary that reports a known-bad release', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo 6.6.6')
    const error = await rejection(installer().inst.install({ tool: 'demo', toolPath: bin }))
    expect((error as InstallError).code).toBe('known-bad-release')
    expect(error.message).toContain('demo 6.6.6 was published by attackers.')
  })
})

describe('PATH', () => {
  it('uses a binary on PATH that reports the expected version, without any request', async () => {
    const dir = join(scratch.dir, 'bin')
    const bin = fakeScanner(dir, 'demo', 'demo v1.2.3')
    const got = await installer({ pathEnv: `/nonexistent:${dir}` }).inst.install({ tool: 'demo' })
    expect(got).toMatchObject({ source: 'path', path: bin, version: '1.2.3' })
    expect(got.sha256).toBe(sha256(readFileSync(bin)))
    expect(totalRequests()).toBe(0)
    expect(cacheCalls.find).toBe(0)
  })

  it('skips a binary on PATH with another version and installs the pinned one', async () => {
    const dir = join(scratch.dir, 'bin')
    fakeScanner(dir, 'demo', 'demo 9.9.9')
    const { inst, logger } = installer({ pathEnv: dir })
    const got = await inst.install({ tool: 'demo' })
    expect(got.source).toBe('download')
    expect(got.version).toBe('1.2.3')
    expect(
      logger.lines.some((l) => l.includes('it reports version 9.9.9, 1.2.3 is expected')),
    ).toBe(true)
  })
})

describe('download and tool cache', () => {
  it('downloads the pinned tar.gz, verifies it, caches it, and the cached binary runs', async () => {
    const { inst } = installer()
    const got = await inst.install({ tool: 'demo' })
    const url = `${upstream.base}${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`
    expect(got).toEqual({
      name: 'demo',
      version: '1.2.3',
      source: 'download',
      path: join(cacheRoot, 'demo', '1.2.3', 'x64', 'demo'),
      sha256: sha256(v1.tgz),
      url,
    })
    expect(upstream.requests.map((r) => r.path)).toEqual([
      `${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`,
    ])
    expect(run(got.path, ['--version'])).toBe('demo 1.2.3')
    const record = JSON.parse(
      readFileSync(join(cacheRoot, 'demo', '1.2.3', 'x64', PROVENANCE_FILE), 'utf8'),
    )
    expect(record).toEqual({
      tool: 'demo',
      version: '1.2.3',
      platform: 'linux-x64',
      assetSha256: sha256(v1.tgz),
      binarySha256: sha256(readFileSync(got.path)),
      url,
    })
    // The staging folder is cleaned up: only the cache keeps the binary.
    expect(readdirSync(staging)).toEqual([])
  })

  it('a tool-cache hit makes no request', async () => {
    await installer().inst.install({ tool: 'demo' })
    expect(upstream.requests).toHaveLength(1)
    const { inst } = installer()
    const got = await inst.install({ tool: 'demo' })
    expect(got).toMatchObject({ source: 'tool-cache', sha256: sha256(v1.tgz), version: '1.2.3' })
    expect(got.url).toBe(`${upstream.base}${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`)
    expect(upstream.requests).toHaveLength(1)
    expect(cacheCalls.cacheDir).toBe(1)
  })

  it('ignores a cached binary that changed since it was verified, and re-downloads', async () => {
    const first = await installer().inst.install({ tool: 'demo' })
    writeFileSync(first.path, "#!/bin/sh\necho 'demo 1.2.3'\necho pwned\n")
    const { inst, logger } = installer()
    const got = await inst.install({ tool: 'demo' })
    expect(got.source).toBe('download')
    expect(upstream.requests).toHaveLength(2)
    expect(
      logger.lines.some(
        (l) => l.startsWith('warning:') && l.includes('changed since it was verified'),
      ),
    ).toBe(true)
    expect(run(got.path, ['--version'])).toBe('demo 1.2.3')
  })

  it('ignores a tool-cache entry this installer did not verify', async () => {
    const foreign = join(scratch.dir, 'foreign')
    fakeScanner(foreign, 'demo', 'demo 1.2.3')
    await directoryToolCache(cacheRoot).cacheDir(foreign, 'demo', '1.2.3', 'x64')
    const { inst, logger } = installer()
    const got = await inst.install({ tool: 'demo' })
    expect(got.source).toBe('download')
    expect(upstream.requests).toHaveLength(1)
    expect(
      logger.lines.some((l) => l.includes('was not installed and verified by this installer')),
    ).toBe(true)
  })

  it('installs from a zip whose binary sits one folder down', async () => {
    const got = await installer().inst.install({ tool: 'zdemo' })
    expect(got).toMatchObject({ source: 'download', sha256: sha256(v1.zip) })
    expect(run(got.path, ['version'])).toBe('zdemo 1.2.3')
  })

  it('installs a bare-binary release', async () => {
    const got = await installer().inst.install({ tool: 'raw' })
    expect(got).toMatchObject({ source: 'download', sha256: sha256(v1.bare) })
    expect(readFileSync(got.path)).toEqual(v1.bare)
    expect(run(got.path, ['--version'])).toBe('raw version: 1.2.3')
  })
})

describe('digest mismatch', () => {
  it('refuses the download, deletes it, names expected and actual, and caches nothing', async () => {
    const written: string[] = []
    const real = fetchHttp()
    const http: HttpPort = {
      async download(url, dest) {
        written.push(dest)
        await real.download(url, dest)
      },
    }
    const ran: string[] = []
    const exec: ExecPort = {
      run: (file, args) => {
        ran.push(file)
        return nodeExec().run(file, args)
      },
    }
    const { inst } = installer({ http, exec })
    const error = await rejection(inst.install({ tool: 'demo', mirror: evil.base }))
    expect(error).toBeInstanceOf(InstallError)
    expect((error as InstallError).code).toBe('digest-mismatch')
    expect(error.message).toContain(`expected ${sha256(v1.tgz)}`)
    expect(error.message).toContain(`its SHA-256 is ${sha256(v2.tgz)}`)
    expect(evil.requests).toHaveLength(1)
    expect(written).toHaveLength(1)
    expect(existsSync(written[0] ?? '')).toBe(false)
    expect(readdirSync(staging)).toEqual([])
    expect(directoryToolCache(cacheRoot).find('demo', '1.2.3', 'x64')).toBeUndefined()
    // Nothing was extracted or executed: an unverified binary never runs.
    expect(ran).toEqual([])
  })
})

describe('tool-mirror', () => {
  it('sends the request to the mirror host under <mirror>/<owner>/<repo>/releases/download/<tag>/<asset>', async () => {
    const base = `${mirror.base}/gh-mirror/`
    const got = await installer().inst.install({ tool: 'demo', mirror: base })
    expect(mirror.requests).toEqual([
      {
        host: new URL(mirror.base).host,
        path: `/gh-mirror${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`,
      },
    ])
    expect(upstream.requests).toEqual([])
    expect(got).toMatchObject({
      source: 'mirror',
      sha256: sha256(v1.tgz),
      url: `${mirror.base}/gh-mirror${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`,
    })
  })
})

describe('download failures', () => {
  it('says which input to check when the mirror does not serve the asset', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', mirror: `${mirror.base}/elsewhere` }),
    )
    expect((error as InstallError).code).toBe('download-failed')
    expect(error.message).toContain('answered 404')
    expect(error.message).toContain(
      "Check that 'tool-mirror' serves <mirror>/acme/demo/releases/download/<tag>/<asset>.",
    )
    expect(mirror.requests.map((r) => r.path)).toEqual([
      `/elsewhere${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`,
    ])
    expect(readdirSync(staging)).toEqual([])
  })
})

describe('known-bad releases', () => {
  it('refuses a blocked version even with its digest supplied, before any request', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', version: '6.6.6', sha256: sha256(v1.tgz) }),
    )
    expect((error as InstallError).code).toBe('known-bad-release')
    expect(error.message).toContain('demo 6.6.6 was published by attackers.')
    expect(error.message).toContain('https://example.invalid/advisory')
    expect(totalRequests()).toBe(0)
  })
})

describe('user-pinned version', () => {
  it('downloads another version when its digest is given', async () => {
    const got = await installer().inst.install({
      tool: 'demo',
      version: 'v2.0.0',
      sha256: sha256(v2.tgz).toUpperCase(),
    })
    expect(got).toMatchObject({ version: '2.0.0', source: 'download', sha256: sha256(v2.tgz) })
    expect(run(got.path, ['--version'])).toBe('demo 2.0.0')
  })

  it('refuses another version without a digest and says which options there are', async () => {
    const error = await rejection(installer().inst.install({ tool: 'demo', version: '2.0.0' }))
    expect((error as InstallError).code).toBe('unknown-version')
    expect(error.message).toContain('pinned version (1.2.3)')
    expect(error.message).toContain("in 'sha256'")
    expect(error.message).toContain("'demo-path'")
    expect(totalRequests()).toBe(0)
  })

  it('refuses a digest that contradicts the manifest', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', version: '1.2.3', sha256: sha256(v2.tgz) }),
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain("Input 'sha256'")
    expect(totalRequests()).toBe(0)
  })

  it('refuses a digest without a version', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', sha256: sha256(v1.tgz) }),
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain("Input 'sha256'")
  })

  it('rejects a digest with the wrong digest from the server for the pinned version', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', version: '2.0.0', sha256: sha256(v1.tgz) }),
    )
    expect((error as InstallError).code).toBe('digest-mismatch')
  })
})

describe('unsupported platform', () => {
  it.each([
    { platform: 'darwin', arch: 'x64' },
    { platform: 'win32', arch: 'arm64' },
  ])('fails clearly on $platform-$arch and makes no request', async (platform) => {
    const error = await rejection(installer({ platform }).inst.install({ tool: 'demo' }))
    expect((error as InstallError).code).toBe('unsupported-platform')
    expect(error.message).toContain(`(${platform.platform}-${platform.arch})`)
    expect(error.message).toContain('linux-x64, linux-arm64')
    expect(error.message).toContain("'demo-path'")
    expect(totalRequests()).toBe(0)
  })
})

describe('signature verification', () => {
  function fakeCosign(exitCode: number) {
    const calls: { file: string; args: readonly string[] }[] = []
    const exec: ExecPort = {
      run: async (file, args) => {
        if (file === '/opt/cosign/cosign') {
          calls.push({ file, args })
          return {
            exitCode,
            stdout: '',
            stderr:
              exitCode === 0 ? 'Verified OK' : 'Error: none of the expected identities matched',
          }
        }
        return nodeExec().run(file, args)
      },
    }
    return { exec, calls }
  }

  it('runs cosign verify-blob with the bundle, identity and issuer before extracting', async () => {
    const { exec, calls } = fakeCosign(0)
    const got = await installer({ exec }).inst.install({
      tool: 'demo',
      verifySignature: true,
      cosignPath: '/opt/cosign/cosign',
    })
    expect(got.source).toBe('download')
    expect(calls).toHaveLength(1)
    const args = calls[0]?.args ?? []
    expect(args[0]).toBe('verify-blob')
    expect(args[1]).toMatch(/demo_1\.2\.3_linux_x64\.tar\.gz$/)
    expect(args.slice(2)).toEqual([
      '--bundle',
      expect.stringMatching(/demo_1\.2\.3_linux_x64\.tar\.gz\.sigstore\.json$/),
      '--certificate-identity',
      'https://github.com/acme/demo/.github/workflows/release.yaml@refs/tags/v1.2.3',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
    ])
    expect(upstream.requests.map((r) => r.path)).toContain(
      `${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz.sigstore.json`,
    )
  })

  it('fails and caches nothing when cosign rejects the signature', async () => {
    const { exec } = fakeCosign(1)
    const error = await rejection(
      installer({ exec }).inst.install({
        tool: 'demo',
        verifySignature: true,
        cosignPath: '/opt/cosign/cosign',
      }),
    )
    expect((error as InstallError).code).toBe('signature-failed')
    expect(error.message).toContain('refs/tags/v1.2.3')
    expect(directoryToolCache(cacheRoot).find('demo', '1.2.3', 'x64')).toBeUndefined()
    expect(readdirSync(staging)).toEqual([])
  })

  it('needs a cosign binary, and a tool that publishes signatures', async () => {
    const noCosign = await rejection(
      installer().inst.install({ tool: 'demo', verifySignature: true }),
    )
    expect(noCosign.message).toContain("Input 'verify-signature'")
    const unsigned = await rejection(
      installer().inst.install({
        tool: 'zdemo',
        verifySignature: true,
        cosignPath: '/opt/cosign/cosign',
      }),
    )
    expect(unsigned.message).toContain('zdemo releases carry no signature')
  })
})
