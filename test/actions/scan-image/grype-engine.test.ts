import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '@portcullis/core'
import { parseImageReference, type ImageTarget } from '@portcullis/engine'
import { grypeArgs, grypeEnv, grypeSource } from '@portcullis/scanners/grype'
import { trivyImageEnv, trivyImageSource } from '@portcullis/scanners/trivy'
import { corpusEntries, readCorpus } from '../../support/corpus.js'
import { runAction } from '../../support/runner.js'
import { recordingStandIn } from '../../support/stand-in.js'
import { writeAppImage } from './image-fixture.js'

// No grype binary exists on this machine: these tests hold the argv and environment grype gets
// (through the bundle with a stand-in that records them); its JSON parser is tested on real grype
// outputs from the corpus elsewhere.
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

  it('excludes skip-dirs as everything below them and skip-files as given', () => {
    expect(
      grypeArgs(local('oci-layout'), { json: '/w/g.json' }, false, {
        dirs: ['/usr/share/doc'],
        files: ['/app/*.env'],
      }),
    ).toEqual([
      'oci-dir:/ws/img-oci-layout',
      '-o',
      'json=/w/g.json',
      '--exclude',
      '/usr/share/doc/**',
      '--exclude',
      '/app/*.env',
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

describe('grype through the scan-image bundle reads no settings from the workspace or the job environment', () => {
  const entry = corpusEntries(
    (e) => e.tool === 'grype' && e.format === 'json' && e.file.includes('epss'),
  )[0]!

  it('runs outside the workspace with its own config file, without the job’s GRYPE_ variables', async () => {
    const { bin, argvFile, cwdFile, envFile } = recordingStandIn({
      name: 'grype',
      version: 'grype 0.87.0',
      output: { prefix: 'json=' },
      report: readCorpus(entry.file),
    })
    const ws = mkdtempSync(join(tmpdir(), 'grype-ws-'))
    await writeAppImage(join(ws, 'images/layout'))
    // What a pull request (or an earlier step) could add for grype to pick up by itself.
    writeFileSync(join(ws, '.grype.yaml'), 'ignore:\n  - vulnerability: CVE-2023-4911\n')
    mkdirSync(join(ws, '.grype'))
    writeFileSync(join(ws, '.grype', 'config.yaml'), 'only-fixed: true\n')
    const run = await runAction('scan-image', {
      workspace: ws,
      env: { GRYPE_ONLY_FIXED: 'true', GRYPE_CONFIG: join(ws, '.grype.yaml') },
      inputs: {
        engine: 'grype',
        'grype-path': bin,
        input: 'images/layout',
        sbom: 'false',
        'upload-sarif': 'false',
      },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const argv = readFileSync(argvFile, 'utf8').trim().split('\n')
    const config = argv[argv.indexOf('--config') + 1]!
    expect(argv.indexOf('--config')).toBeGreaterThan(0)
    expect(config.startsWith(ws)).toBe(false)
    expect(readFileSync(cwdFile, 'utf8').trim().startsWith(ws)).toBe(false)
    expect(readFileSync(envFile, 'utf8')).not.toMatch(/^GRYPE_/m)
    const result = parseReport(readFileSync(run.outputs.report!, 'utf8'), run.outputs.report!)
    expect(result.status).toBe('complete')
    expect(result.findings.length).toBe((entry.counted as { matches: number }).matches)
    expect(result.notices?.join('\n')).toContain('Not used: .grype.yaml, .grype/config.yaml.')
  })
})
