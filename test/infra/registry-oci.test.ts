import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  MEDIA_TYPES,
  parseRef,
  pushLayout,
  resolveDigest,
  tar,
  writeDockerArchive,
  writeOciLayout,
} from '../support/oci.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { describeWithTools } from '../support/scanners.js'

const execFileAsync = promisify(execFile)

describe('tar writer', () => {
  it('writes archives GNU tar lists with the given modes, parents and long paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portcullis-tar-test-'))
    try {
      const long = `${'deep/'.repeat(25)}file.txt` // 134 bytes: needs the ustar prefix field
      const archive = join(dir, 'a.tar')
      await writeFile(
        archive,
        tar({
          'bin/run': { content: '#!/bin/sh\n', mode: 0o755 },
          'etc/motd': 'hi\n',
          [long]: 'x',
        }),
      )
      const { stdout } = await execFileAsync('tar', ['-tvf', archive])
      const lines = stdout.trim().split('\n')
      expect(lines.some((l) => /^-rwxr-xr-x root\/root\s+10 .* bin\/run$/.test(l))).toBe(true)
      expect(lines.some((l) => /^-rw-r--r-- root\/root\s+3 .* etc\/motd$/.test(l))).toBe(true)
      expect(lines.some((l) => /^drwxr-xr-x .* etc\/$/.test(l))).toBe(true)
      expect(lines.some((l) => l.endsWith(long))).toBe(true)
      await execFileAsync('tar', ['-xf', archive, '-C', dir])
      expect(await readFile(join(dir, long), 'utf8')).toBe('x')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('gives the same bytes for the same files in any order', () => {
    expect(tar({ a: '1', 'b/c': '2' }).equals(tar({ 'b/c': '2', a: '1' }))).toBe(true)
  })

  it('refuses paths that escape the layer', () => {
    expect(() => tar({ '../etc/passwd': 'x' })).toThrow(/not a relative file path/)
  })
})

describe('parseRef', () => {
  it.each([
    ['127.0.0.1:5000/app', { host: '127.0.0.1:5000', repository: 'app', reference: 'latest' }],
    [
      '127.0.0.1:5000/org/app:1.2',
      { host: '127.0.0.1:5000', repository: 'org/app', reference: '1.2' },
    ],
    [
      `127.0.0.1:5000/app@sha256:${'a'.repeat(64)}`,
      { host: '127.0.0.1:5000', repository: 'app', reference: `sha256:${'a'.repeat(64)}` },
    ],
  ])('%s', (ref, expected) => {
    expect(parseRef(ref)).toEqual(expected)
  })
})

describeWithTools(['docker-registry', 'skopeo'], 'local OCI registry and skopeo', () => {
  let registry: TestRegistry
  let work: string
  let layout: string
  let digest: string

  beforeAll(async () => {
    ;[registry, work] = await Promise.all([
      startRegistry(),
      mkdtemp(join(tmpdir(), 'portcullis-oci-test-')),
    ])
    layout = join(work, 'layout')
    digest = await writeOciLayout(layout, {
      layers: [
        { files: { 'etc/os-release': 'ID=debian\nVERSION_ID="12"\n' } },
        { files: { 'app/run.sh': { content: '#!/bin/sh\necho ok\n', mode: 0o755 } } },
      ],
      config: { Cmd: ['/app/run.sh'], User: '1000' },
      tag: 'v1',
    })
  })
  afterAll(async () => {
    await registry?.stop()
    await rm(work, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 and answers the distribution API', async () => {
    expect(registry.host).toBe(`127.0.0.1:${registry.port}`)
    const response = await fetch(`${registry.url}/v2/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0')
  })

  it('writes a layout whose config lists the diff_ids of its layers', async () => {
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string; annotations: Record<string, string> }[]
    }
    expect(index.manifests).toHaveLength(1)
    expect(index.manifests[0]?.digest).toBe(digest)
    expect(index.manifests[0]?.annotations['org.opencontainers.image.ref.name']).toBe('v1')
    const blob = (d: string) => readFile(join(layout, 'blobs/sha256', d.slice('sha256:'.length)))
    const manifest = JSON.parse((await blob(digest)).toString()) as {
      config: { digest: string }
      layers: { mediaType: string; digest: string }[]
    }
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([MEDIA_TYPES.layer, MEDIA_TYPES.layer])
    const config = JSON.parse((await blob(manifest.config.digest)).toString()) as {
      rootfs: { diff_ids: string[] }
    }
    const diffIds = await Promise.all(
      manifest.layers.map(
        async (l) =>
          `sha256:${createHash('sha256')
            .update(gunzipSync(await blob(l.digest)))
            .digest('hex')}`,
      ),
    )
    expect(config.rootfs.diff_ids).toEqual(diffIds)
  })

  it('pushes the layout with skopeo and resolves the same manifest digest over HTTP', async () => {
    const ref = `${registry.host}/portcullis/app:v1`
    await pushLayout(layout, ref, 'v1')
    expect(await resolveDigest(ref)).toBe(digest)
    expect(await resolveDigest(`${registry.host}/portcullis/app@${digest}`)).toBe(digest)
    await expect(resolveDigest(`${registry.host}/portcullis/app:missing`)).rejects.toThrow(
      /HTTP 404/,
    )
  })

  it('exports a docker-archive that names the image and carries both layers', async () => {
    const archive = join(work, 'image.tar')
    await writeDockerArchive(layout, archive, 'portcullis/app:v1', 'v1')
    const { stdout } = await execFileAsync('tar', ['-xOf', archive, 'manifest.json'])
    const manifest = JSON.parse(stdout) as { RepoTags: string[]; Layers: string[] }[]
    expect(manifest).toHaveLength(1)
    expect(manifest[0]?.RepoTags).toEqual(['docker.io/portcullis/app:v1'])
    expect(manifest[0]?.Layers).toHaveLength(2)
  })

  it('stops the registry and frees its port', async () => {
    const other = await startRegistry()
    expect(other.port).not.toBe(registry.port)
    await other.stop()
    await other.stop()
    await expect(fetch(`${other.url}/v2/`)).rejects.toThrow()
  })
})
