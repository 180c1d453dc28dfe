import { describe, expect, it } from 'vitest'
import { InputError } from '@portcullis/core'
import { envInputSource, readInputs } from '@portcullis/action-kit'

const SPECS = {
  path: { kind: 'string', default: '.' },
  'upload-sarif': { kind: 'boolean', default: 'true' },
  engine: { kind: 'enum', values: ['gitleaks', 'trivy'], default: 'gitleaks' },
  'system-level': { kind: 'integer', min: 1, max: 4, default: '3' },
  'skip-dirs': { kind: 'list', default: '' },
  image: { kind: 'string', required: true },
  'registry-password': { kind: 'string', default: '', secret: true },
} as const

const env = (vars: Record<string, string>) => envInputSource(vars)

describe('readInputs', () => {
  it('reads INPUT_* with hyphens kept, applies defaults and types', () => {
    const inputs = readInputs(
      SPECS,
      env({
        INPUT_IMAGE: 'r/app:1',
        'INPUT_SKIP-DIRS': 'a, b\n# comment\n\nc',
        'INPUT_UPLOAD-SARIF': 'false',
      }),
    )
    expect(inputs).toEqual({
      path: '.',
      uploadSarif: false,
      engine: 'gitleaks',
      systemLevel: 3,
      skipDirs: ['a', 'b', 'c'],
      image: 'r/app:1',
      registryPassword: undefined,
    })
  })

  it.each([
    [{ 'INPUT_UPLOAD-SARIF': 'yes' }, /Input 'upload-sarif': must be true or false, got "yes"/],
    [{ INPUT_ENGINE: 'snyk' }, /Input 'engine': must be one of gitleaks, trivy; got "snyk"/],
    [{ 'INPUT_SYSTEM-LEVEL': '5' }, /Input 'system-level': must be between 1 and 4, got 5/],
    [{ 'INPUT_SYSTEM-LEVEL': '2.5' }, /Input 'system-level': must be a whole number/],
    [{}, /Input 'image': is required/],
  ])('rejects %j', (vars, message) => {
    const all = { INPUT_IMAGE: 'x', ...vars } as Record<string, string>
    if (Object.keys(vars).length === 0) delete all.INPUT_IMAGE
    expect(() => readInputs(SPECS, env(all))).toThrow(InputError)
    expect(() => readInputs(SPECS, env(all))).toThrow(message)
  })

  it('hands secret values to the masker before anything else', () => {
    const masked: string[] = []
    readInputs(SPECS, env({ INPUT_IMAGE: 'x', 'INPUT_REGISTRY-PASSWORD': ' hunter2 ' }), {
      onSecret: (v) => masked.push(v),
    })
    expect(masked).toEqual(['hunter2'])
  })
})
