import { describe, expect, it } from 'vitest'
import { parseImageReference, type ImageTarget } from '@portcullis/scan'
import { grypeArgs, grypeEnv, grypeSource } from '@portcullis/scanners/grype'
import { trivyImageEnv, trivyImageSource } from '@portcullis/scanners/trivy'

// No grype binary exists on this machine: these tests hold the argv and environment grype gets;
// its JSON parser is tested on real grype outputs from the corpus elsewhere.
const digest = `sha256:${'e'.repeat(64)}`
const registry = (credentials?: { username: string; password: string }): ImageTarget => ({
  kind: 'registry',
  reference: parseImageReference('127.0.0.1:5000/org/app:v1'),
  shown: '127.0.0.1:5000/org/app:v1',
  pinned: `127.0.0.1:5000/org/app@${digest}`,
  digest,
  ...(credentials ? { inputCredentials: { ...credentials, source: 'inputs' } } : {}),
})
const local = (format: 'docker-archive' | 'oci-layout' | 'oci-archive'): ImageTarget => ({
  kind: 'local',
  local: { format, path: `/ws/img-${format}`, digest },
  shown: `img-${format}`,
  scanPath: `/ws/img-${format}`,
  digest,
})

describe('grype engine argv', () => {
  it('names each source with grype’s scheme, the registry one pinned by digest', () => {
    expect(grypeSource(registry())).toBe(`registry:127.0.0.1:5000/org/app@${digest}`)
    expect(grypeSource(local('docker-archive'))).toBe('docker-archive:/ws/img-docker-archive')
    expect(grypeSource(local('oci-layout'))).toBe('oci-dir:/ws/img-oci-layout')
    expect(grypeSource(local('oci-archive'))).toBe('oci-archive:/ws/img-oci-archive')
  })

  it('writes JSON and the CycloneDX SBOM from one pass; --only-fixed for ignore-unfixed', () => {
    expect(grypeArgs(registry(), { json: '/w/g.json', sbom: '/o/s.cdx.json' }, true)).toEqual([
      `registry:127.0.0.1:5000/org/app@${digest}`,
      '-o',
      'json=/w/g.json',
      '-o',
      'cyclonedx-json=/o/s.cdx.json',
      '--only-fixed',
      '--quiet',
    ])
  })

  it('passes registry credentials through the environment only, and plain HTTP for loopback', () => {
    const target = registry({ username: 'robot', password: 'pw-9' })
    expect(grypeEnv(target)).toEqual({
      GRYPE_REGISTRY_INSECURE_USE_HTTP: 'true',
      GRYPE_REGISTRY_AUTH_AUTHORITY: '127.0.0.1:5000',
      GRYPE_REGISTRY_AUTH_USERNAME: 'robot',
      GRYPE_REGISTRY_AUTH_PASSWORD: 'pw-9',
    })
    expect(grypeArgs(target, { json: '/w/g.json' }, false).join(' ')).not.toContain('pw-9')
    expect(grypeEnv(local('oci-layout'))).toEqual({})
  })
})

describe('trivy image source and credentials', () => {
  it('scans name@digest from the registry only, or --input for local images', () => {
    expect(trivyImageSource(registry())).toEqual([
      '--image-src',
      'remote',
      `127.0.0.1:5000/org/app@${digest}`,
    ])
    expect(trivyImageSource(local('oci-layout'))).toEqual(['--input', '/ws/img-oci-layout'])
  })

  it('gives input credentials as TRIVY_USERNAME / TRIVY_PASSWORD, never in argv', () => {
    expect(trivyImageEnv(registry({ username: 'robot', password: 'pw-9' }))).toEqual({
      TRIVY_USERNAME: 'robot',
      TRIVY_PASSWORD: 'pw-9',
    })
    expect(trivyImageEnv(registry())).toEqual({})
  })
})
