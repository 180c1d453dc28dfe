import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseManifest, type LoggerPort, type ToolManifest } from '@portcullis/installer'

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/** The script {@link fakeScanner} writes. */
export const fakeScript = (versionLine: string): string => `#!/bin/sh\necho '${versionLine}'\n`

/** A shell script standing in for a scanner: prints `<label> <version>` for its version argument. */
export function fakeScanner(dir: string, name: string, versionLine: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, fakeScript(versionLine))
  chmodSync(path, 0o755)
  return path
}

/** Release-shaped archives built with the real tar and zip around a fake scanner. */
export interface Releases {
  readonly tgz: Buffer
  readonly zip: Buffer
  readonly bare: Buffer
}

export function buildReleases(work: string, version: string): Releases {
  const stage = join(work, 'stage')
  fakeScanner(stage, 'demo', `demo ${version}`)
  writeFileSync(join(stage, 'README.md'), 'demo release\n')
  const tgz = join(work, 'demo.tar.gz')
  execFileSync('tar', ['-czf', tgz, '-C', stage, 'demo', 'README.md'])
  const zstage = join(work, 'zstage', `zdemo_${version}`)
  fakeScanner(zstage, 'zdemo', `zdemo ${version}`)
  const zip = join(work, 'zdemo.zip')
  execFileSync('zip', ['-q', '-r', zip, `zdemo_${version}`], { cwd: join(work, 'zstage') })
  const bare = readFileSync(fakeScanner(join(work, 'bare'), 'raw', `raw version: ${version}`))
  return {
    tgz: readFileSync(tgz),
    zip: readFileSync(zip),
    bare,
  }
}

/** A test manifest whose digests are computed from the archives the test built. */
export function testManifest(digests: {
  demo: Record<string, string>
  zdemo: string
  raw: string
  /** SHA-256 of demo 1.2.3's executable on linux-x64, when the test pins it. */
  demoBinary?: string
  /** Known builds of demo (digest → version). */
  demoBuilds?: Record<string, string>
}): ToolManifest {
  const src = 'test-built archive'
  return parseManifest({
    schemaVersion: 1,
    notes: [],
    tools: {
      demo: {
        repository: 'acme/demo',
        tag: 'v{version}',
        binary: 'demo',
        assets: {
          'linux-x64': 'demo_{version}_linux_x64.tar.gz',
          'linux-arm64': 'demo_{version}_linux_arm64.tar.gz',
        },
        versionArgs: ['--version'],
        versionPattern: '^demo\\s+v?(\\S+)',
        defaultVersion: '1.2.3',
        signature: {
          bundle: '{asset}.sigstore.json',
          certificateIdentity:
            'https://github.com/acme/demo/.github/workflows/release.yaml@refs/tags/{tag}',
          certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
          documentation: 'https://example.invalid/docs',
        },
        versions: {
          '1.2.3': {
            platforms: Object.fromEntries(
              Object.entries(digests.demo).map(([k, v]) => [
                k,
                {
                  sha256: v,
                  source: src,
                  ...(k === 'linux-x64' && digests.demoBinary
                    ? { binarySha256: digests.demoBinary }
                    : {}),
                },
              ]),
            ),
          },
        },
        blocked: {
          '6.6.6': {
            reason: 'demo 6.6.6 was published by attackers.',
            references: ['https://example.invalid/advisory'],
          },
        },
      },
      zdemo: {
        repository: 'acme/zdemo',
        tag: 'v{version}',
        binary: 'zdemo',
        assets: { 'linux-x64': 'zdemo_{version}_linux.zip' },
        versionArgs: ['version'],
        versionPattern: '^zdemo\\s+(\\S+)',
        defaultVersion: '1.2.3',
        versions: {
          '1.2.3': { platforms: { 'linux-x64': { sha256: digests.zdemo, source: src } } },
        },
        blocked: {},
      },
      raw: {
        repository: 'acme/raw',
        tag: 'v{version}',
        binary: 'raw',
        assets: { 'linux-x64': 'raw_linux_amd64' },
        versionArgs: ['--version'],
        versionPattern: '^raw version:\\s*(\\S+)',
        defaultVersion: '1.2.3',
        versions: { '1.2.3': { platforms: { 'linux-x64': { sha256: digests.raw, source: src } } } },
        blocked: {},
      },
    },
    builds: {
      demo: Object.entries(digests.demoBuilds ?? {}).map(([sha256, version]) => ({
        version,
        platform: 'linux-x64',
        sha256,
        source: `test build of demo ${version}`,
      })),
    },
  })
}

export interface RecordedRequest {
  readonly host: string
  readonly path: string
}

/** A loopback release server (127.0.0.1, port 0) that records every request it answers. */
export async function releaseServer(
  files: Record<string, Buffer>,
): Promise<{ base: string; requests: RecordedRequest[]; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = []
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
    requests.push({ host: req.headers.host ?? '', path })
    const body = files[path]
    if (!body) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
    })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function recordingLogger(): LoggerPort & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  }
}
