import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  dockerConfigCredentials,
  inspectLocalImage,
  parseImageReference,
  resolveImageDigest,
  resolveImageTarget,
} from '@portcullis/engine'

describe('parseImageReference', () => {
  it.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['org/app:1.2', { registry: 'docker.io', repository: 'org/app', tag: '1.2' }],
    ['ghcr.io/org/app:v1', { registry: 'ghcr.io', repository: 'org/app', tag: 'v1' }],
    ['127.0.0.1:5000/a/b/c:x', { registry: '127.0.0.1:5000', repository: 'a/b/c', tag: 'x' }],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: 'latest' }],
    [
      `ghcr.io/org/app:v1@sha256:${'a'.repeat(64)}`,
      { registry: 'ghcr.io', repository: 'org/app', tag: 'v1', digest: `sha256:${'a'.repeat(64)}` },
    ],
  ])('%s', (ref, expected) => {
    expect(parseImageReference(ref)).toEqual({
      ...expected,
      name: `${expected.registry}/${expected.repository}`,
    })
  })

  it.each(['', 'Org/App', 'ghcr.io/org/app:', 'app@sha256:xyz', 'a b'])(
    'refuses %j naming the input',
    (ref) => {
      expect(() => parseImageReference(ref)).toThrow(/^Input 'image'/)
    },
  )
})

describe('resolveImageDigest against a loopback registry that wants a bearer token', () => {
  const digest = `sha256:${'c'.repeat(64)}`
  const seen: string[] = []
  let server: ReturnType<typeof createServer>
  let host = ''
  let home = ''

  function handle(req: IncomingMessage, res: ServerResponse): void {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`)
    if (req.url?.startsWith('/token')) {
      const basic = `Basic ${Buffer.from('robot:s3cret').toString('base64')}`
      if (req.headers.authorization !== basic) {
        res.statusCode = 401
        res.end()
        return
      }
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ token: 'pull-token' }))
      return
    }
    if (req.headers.authorization !== 'Bearer pull-token') {
      res.statusCode = 401
      res.setHeader(
        'www-authenticate',
        `Bearer realm="http://${host}/token",service="test-registry",scope="repository:org/app:pull"`,
      )
      res.end()
      return
    }
    if (req.url === '/v2/org/app/manifests/v1') {
      res.setHeader('docker-content-digest', digest)
      res.end()
      return
    }
    if (req.url === '/v2/org/nohead/manifests/v1') {
      // No Docker-Content-Digest: the digest is the sha256 of the manifest body.
      res.end(req.method === 'GET' ? '{"schemaVersion":2}' : undefined)
      return
    }
    res.statusCode = 404
    res.end()
  }

  beforeAll(async () => {
    server = createServer(handle)
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`
    home = mkdtempSync(join(tmpdir(), 'docker-config-'))
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({
        auths: { [host]: { auth: Buffer.from('robot:s3cret').toString('base64') } },
      }),
    )
  })
  afterAll(() => new Promise((r) => server.close(r)))

  it('takes credentials from $DOCKER_CONFIG/config.json and follows the token flow', async () => {
    const credentials = dockerConfigCredentials(host, { DOCKER_CONFIG: home })
    expect(credentials).toMatchObject({ username: 'robot', password: 's3cret' })
    seen.length = 0
    const got = await resolveImageDigest(parseImageReference(`${host}/org/app:v1`), {
      credentials: credentials!,
    })
    expect(got).toBe(digest)
    expect(seen).toEqual([
      'HEAD /v2/org/app/manifests/v1 -',
      `GET /token?service=test-registry&scope=repository%3Aorg%2Fapp%3Apull Basic ${Buffer.from('robot:s3cret').toString('base64')}`,
      'HEAD /v2/org/app/manifests/v1 Bearer pull-token',
    ])
  })

  it('hashes the manifest when the registry sends no Docker-Content-Digest', async () => {
    const { createHash } = await import('node:crypto')
    const got = await resolveImageDigest(parseImageReference(`${host}/org/nohead:v1`), {
      credentials: { username: 'robot', password: 's3cret', source: 'test' },
    })
    expect(got).toBe(`sha256:${createHash('sha256').update('{"schemaVersion":2}').digest('hex')}`)
  })

  it('without credentials the token service refuses and the error says how to log in', async () => {
    await expect(resolveImageDigest(parseImageReference(`${host}/org/app:v1`))).rejects.toThrow(
      /refused a pull token .*docker login.*registry-username/,
    )
  })

  it('a pinned reference is looked up by its digest, not its tag (this registry has no such manifest)', async () => {
    const other = `sha256:${'d'.repeat(64)}`
    await expect(
      resolveImageDigest(parseImageReference(`${host}/org/app:v1@${other}`), {
        credentials: { username: 'robot', password: 's3cret', source: 'test' },
      }),
    ).rejects.toThrow(/404/)
  })

  it('registry-username without registry-password is refused naming the missing input', async () => {
    await expect(
      resolveImageTarget(
        {
          image: `${host}/org/app:v1`,
          input: undefined,
          registryUsername: 'robot',
          registryPassword: undefined,
        },
        { workspace: home, env: {} },
      ),
    ).rejects.toThrow(/^Input 'registry-password'/)
  })

  it('inputs win over the docker config and reach the digest lookup', async () => {
    const target = await resolveImageTarget(
      {
        image: `${host}/org/app:v1`,
        input: undefined,
        registryUsername: 'robot',
        registryPassword: 's3cret',
      },
      { workspace: home, env: {} },
    )
    expect(target).toMatchObject({ kind: 'registry', digest, pinned: `${host}/org/app@${digest}` })
  })
})

describe('inspectLocalImage', () => {
  it('refuses a folder that is not an OCI layout and a file that is not a tar', () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-an-image-'))
    expect(() => inspectLocalImage(dir, 'img')).toThrow(/not an OCI image layout/)
    writeFileSync(join(dir, 'x.tar'), Buffer.alloc(0))
    expect(() => inspectLocalImage(join(dir, 'x.tar'), 'x.tar')).toThrow(/not a tar archive/)
  })
})
