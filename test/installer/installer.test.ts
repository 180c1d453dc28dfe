import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  directoryToolCache,
  fetchHttp,
  InstallError,
  Installer,
  nodeExec,
  BIN_DIR,
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
  fakeScript,
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
    demoBinary: sha256(Buffer.from(fakeScript('demo 1.2.3'))),
    demoBuilds: { [sha256(Buffer.from(fakeScript('demo (distribution build)')))]: '1.2.3' },
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

/** Where the installer keeps the private copy of a binary with this digest. */
const copyOf = (digest: string, name = 'demo') => join(staging, BIN_DIR, digest, name)

/** A fake scanner that leaves a file behind when it runs: proof of whether it was executed. */
function tattletale(dir: string, name: string, versionLine: string, marker: string): string {
  const path = fakeScanner(dir, name, versionLine)
  writeFileSync(path, `#!/bin/sh\ntouch '${marker}'\necho '${versionLine}'\n`)
  return path
}

describe('explicit <tool>-path', () => {
  it('runs an unknown binary from its private copy, marked unverified with its digest', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo v1.2.3')
    const digest = sha256(readFileSync(bin))
    const { inst, logger } = installer()
    const got = await inst.install({ tool: 'demo', toolPath: bin })
    expect(got).toEqual({
      name: 'demo',
      version: '1.2.3',
      source: 'input-path',
      path: copyOf(digest),
      sha256: digest,
      origin: bin,
      verified: false,
    })
    expect(readFileSync(got.path)).toEqual(readFileSync(bin))
    expect(
      logger.lines.some((l) => l.startsWith('warning: UNVERIFIED binary') && l.includes(digest)),
    ).toBe(true)
    expect(totalRequests()).toBe(0)
    expect(cacheCalls.find).toBe(0)
  })

  it('verifies a given binary the manifest knows, without running it to ask its version', async () => {
    const marker = join(scratch.dir, 'ran')
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo (distribution build)')
    const got = await installer().inst.install({ tool: 'demo', toolPath: bin })
    expect(got).toMatchObject({
      version: '1.2.3',
      verified: true,
      verifiedBy: 'test build of demo 1.2.3',
      sha256: sha256(readFileSync(bin)),
    })
    expect(existsSync(marker)).toBe(false)
  })

  it('accepts a folder holding the binary', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo 1.2.3')
    const got = await installer().inst.install({ tool: 'demo', toolPath: join(scratch.dir, 'own') })
    expect(got.origin).toBe(bin)
    expect(got.verified).toBe(true)
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

describe('hash what you execute', () => {
  it('runs the copy it hashed: replacing the original afterwards changes nothing that runs', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo 1.2.3')
    const got = await installer().inst.install({ tool: 'demo', toolPath: bin })
    writeFileSync(bin, "#!/bin/sh\necho 'demo 1.2.3'\necho pwned\n")
    expect(got.path).not.toBe(bin)
    expect(sha256(readFileSync(got.path))).toBe(got.sha256)
    expect(run(got.path, ['--version'])).toBe('demo 1.2.3')
    // The copy lives in a folder only this user can enter.
    expect(statSync(join(staging, BIN_DIR)).mode & 0o077).toBe(0)
  })

  it('a later step reuses the unchanged copy, and re-copies one that was tampered with', async () => {
    const bin = fakeScanner(join(scratch.dir, 'own'), 'demo', 'demo 1.2.3')
    const first = await installer().inst.install({ tool: 'demo', toolPath: bin })
    const ino = statSync(first.path).ino
    const again = await installer().inst.install({ tool: 'demo', toolPath: bin })
    expect(again.path).toBe(first.path)
    expect(statSync(again.path).ino).toBe(ino)
    writeFileSync(first.path, "#!/bin/sh\necho 'demo 1.2.3'\necho pwned\n")
    const third = await installer().inst.install({ tool: 'demo', toolPath: bin })
    expect(third).toMatchObject({ verified: true, sha256: first.sha256 })
    expect(readFileSync(third.path, 'utf8')).toBe(fakeScript('demo 1.2.3'))
  })
})

describe('PATH', () => {
  it('uses a binary on PATH whose digest is the manifest’s for the version, without any request', async () => {
    const dir = join(scratch.dir, 'bin')
    const bin = fakeScanner(dir, 'demo', 'demo 1.2.3')
    const got = await installer({ pathEnv: `/nonexistent:${dir}` }).inst.install({ tool: 'demo' })
    const digest = sha256(readFileSync(bin))
    expect(got).toMatchObject({
      source: 'path',
      path: copyOf(digest),
      origin: bin,
      version: '1.2.3',
      sha256: digest,
      verified: true,
    })
    expect(totalRequests()).toBe(0)
    expect(cacheCalls.find).toBe(0)
  })

  it('never runs a fake binary on PATH that claims the expected version; names its digest', async () => {
    const dir = join(scratch.dir, 'bin')
    const marker = join(scratch.dir, 'fake-ran')
    const fake = tattletale(dir, 'demo', 'demo 1.2.3', marker)
    const { inst, logger } = installer({ pathEnv: dir })
    const got = await inst.install({ tool: 'demo' })
    expect(got).toMatchObject({ source: 'download', verified: true })
    expect(existsSync(marker)).toBe(false)
    const digest = sha256(readFileSync(fake))
    expect(
      logger.lines.some((l) => l.startsWith('warning: Not running demo') && l.includes(digest)),
    ).toBe(true)
  })

  it('skips a known build of another version and installs the pinned one', async () => {
    const { inst, logger } = installer({
      pathEnv: join(scratch.dir, 'bin'),
      manifest: testManifest({
        demo: { 'linux-x64': sha256(v1.tgz) },
        zdemo: sha256(v1.zip),
        raw: sha256(v1.bare),
        demoBuilds: { [sha256(Buffer.from(fakeScript('demo 9.9.9')))]: '9.9.9' },
      }),
    })
    fakeScanner(join(scratch.dir, 'bin'), 'demo', 'demo 9.9.9')
    const got = await inst.install({ tool: 'demo' })
    expect(got.source).toBe('download')
    expect(got.version).toBe('1.2.3')
    expect(logger.lines.some((l) => l.includes('it is demo 9.9.9, 1.2.3 is expected'))).toBe(true)
  })
})

describe('download and tool cache', () => {
  it('downloads the pinned tar.gz, verifies it, caches it, and runs a private copy', async () => {
    const { inst } = installer()
    const got = await inst.install({ tool: 'demo' })
    const url = `${upstream.base}${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`
    const binary = sha256(Buffer.from(fakeScript('demo 1.2.3')))
    expect(got).toEqual({
      name: 'demo',
      version: '1.2.3',
      source: 'download',
      path: copyOf(binary),
      sha256: binary,
      url,
      origin: url,
      verified: true,
      verifiedBy: `release asset demo_1.2.3_linux_x64.tar.gz with sha256 ${sha256(v1.tgz)} (test-built archive)`,
    })
    expect(upstream.requests.map((r) => r.path)).toEqual([
      `${DL}/v1.2.3/demo_1.2.3_linux_x64.tar.gz`,
    ])
    expect(run(got.path, ['--version'])).toBe('demo 1.2.3')
    expect(readFileSync(join(cacheRoot, 'demo', '1.2.3', 'x64', 'demo'), 'utf8')).toBe(
      fakeScript('demo 1.2.3'),
    )
    // The download's staging folder is cleaned up: only the private copies stay for the job.
    expect(readdirSync(staging)).toEqual([BIN_DIR])
  })

  it('a tool-cache hit whose executable the manifest knows makes no request', async () => {
    await installer().inst.install({ tool: 'demo' })
    expect(upstream.requests).toHaveLength(1)
    const { inst } = installer()
    const got = await inst.install({ tool: 'demo' })
    expect(got).toMatchObject({ source: 'tool-cache', version: '1.2.3', verified: true })
    expect(got.origin).toBe(join(cacheRoot, 'demo', '1.2.3', 'x64', 'demo'))
    expect(upstream.requests).toHaveLength(1)
    expect(cacheCalls.cacheDir).toBe(1)
  })

  it('refuses a cached binary that changed since it was installed, and re-downloads', async () => {
    await installer().inst.install({ tool: 'demo' })
    const cached = join(cacheRoot, 'demo', '1.2.3', 'x64', 'demo')
    const marker = join(scratch.dir, 'planted-ran')
    writeFileSync(cached, `#!/bin/sh\ntouch '${marker}'\necho 'demo 1.2.3'\n`)
    const { inst, logger } = installer()
    const got = await inst.install({ tool: 'demo' })
    expect(got.source).toBe('download')
    expect(upstream.requests).toHaveLength(2)
    expect(existsSync(marker)).toBe(false)
    expect(
      logger.lines.some(
        (l) => l.startsWith('warning:') && l.includes('does not know as demo 1.2.3'),
      ),
    ).toBe(true)
    expect(run(got.path, ['--version'])).toBe('demo 1.2.3')
  })

  it('refuses a forged tool-cache entry whatever metadata vouches for it', async () => {
    const foreign = join(scratch.dir, 'foreign')
    const marker = join(scratch.dir, 'forged-ran')
    tattletale(foreign, 'demo', 'demo 1.2.3', marker)
    // Metadata claiming the manifest's digests is written by whoever fills the cache: no evidence.
    writeFileSync(
      join(foreign, 'portcullis-tool.json'),
      JSON.stringify({
        tool: 'demo',
        version: '1.2.3',
        platform: 'linux-x64',
        assetSha256: sha256(v1.tgz),
        binarySha256: sha256(readFileSync(join(foreign, 'demo'))),
        url: 'x',
      }),
    )
    await directoryToolCache(cacheRoot).cacheDir(foreign, 'demo', '1.2.3', 'x64')
    const { inst } = installer()
    const got = await inst.install({ tool: 'demo' })
    expect(got.source).toBe('download')
    expect(upstream.requests).toHaveLength(1)
    expect(existsSync(marker)).toBe(false)
  })

  it('does not use the tool cache for a version whose executable digest is not pinned', async () => {
    const unpinned = testManifest({
      demo: { 'linux-x64': sha256(v1.tgz) },
      zdemo: sha256(v1.zip),
      raw: sha256(v1.bare),
    })
    await installer({ manifest: unpinned }).inst.install({ tool: 'demo' })
    const got = await installer({ manifest: unpinned }).inst.install({ tool: 'demo' })
    expect(got).toMatchObject({ source: 'download', verified: true })
    expect(upstream.requests).toHaveLength(2)
  })

  it('installs from a zip whose binary sits one folder down', async () => {
    const got = await installer().inst.install({ tool: 'zdemo' })
    expect(got).toMatchObject({
      source: 'download',
      sha256: sha256(Buffer.from(fakeScript('zdemo 1.2.3'))),
    })
    expect(got.verifiedBy).toContain(sha256(v1.zip))
    expect(run(got.path, ['version'])).toBe('zdemo 1.2.3')
  })

  it('installs a bare-binary release', async () => {
    const got = await installer().inst.install({ tool: 'raw' })
    expect(got).toMatchObject({ source: 'download', sha256: sha256(v1.bare), verified: true })
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
      sha256: sha256(Buffer.from(fakeScript('demo 1.2.3'))),
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
    expect(got).toMatchObject({
      version: '2.0.0',
      source: 'download',
      sha256: sha256(Buffer.from(fakeScript('demo 2.0.0'))),
      verifiedBy: `release asset demo_2.0.0_linux_x64.tar.gz with sha256 ${sha256(v2.tgz)} (the 'tool-sha256' input)`,
    })
    expect(run(got.path, ['--version'])).toBe('demo 2.0.0')
  })

  it('refuses another version without a digest and says which options there are', async () => {
    const error = await rejection(installer().inst.install({ tool: 'demo', version: '2.0.0' }))
    expect((error as InstallError).code).toBe('unknown-version')
    expect(error.message).toContain('pinned version (1.2.3)')
    expect(error.message).toContain("in 'tool-sha256'")
    expect(error.message).toContain("'demo-path'")
    expect(totalRequests()).toBe(0)
  })

  it('refuses a digest that contradicts the manifest', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', version: '1.2.3', sha256: sha256(v2.tgz) }),
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain("Input 'tool-sha256'")
    expect(totalRequests()).toBe(0)
  })

  it('refuses a digest without a version', async () => {
    const error = await rejection(
      installer().inst.install({ tool: 'demo', sha256: sha256(v1.tgz) }),
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error.message).toContain("Input 'tool-sha256'")
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
    expect((noCosign as InstallError).code).toBe('signature-failed')
    expect(noCosign.message).toContain('Verifying the signature of demo needs cosign')
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
