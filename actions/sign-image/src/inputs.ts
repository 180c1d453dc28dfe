import type { Inputs } from '@portcullis/action-kit'

/** The inputs of actions/sign-image/action.yml, read once at the edge (a test holds the two together). */
export const INPUTS = {
  mode: { kind: 'enum', values: ['sign', 'verify'], default: 'sign' },
  image: { kind: 'string', required: true },
  key: { kind: 'string', default: '', secret: true },
  'key-password': { kind: 'string', default: '', secret: true },
  'certificate-identity': { kind: 'string', default: '' },
  'certificate-identity-regexp': { kind: 'string', default: '' },
  'certificate-oidc-issuer': {
    kind: 'string',
    default: 'https://token.actions.githubusercontent.com',
  },
  'certificate-oidc-issuer-regexp': { kind: 'string', default: '' },
  'attest-sbom': { kind: 'string', default: '' },
  'attest-report': { kind: 'string', default: '' },
  'tlog-upload': { kind: 'boolean', default: 'true' },
  'rekor-url': { kind: 'string', default: '' },
  'fulcio-url': { kind: 'string', default: '' },
  'trusted-root': { kind: 'string', default: '' },
  'allow-insecure-registry': { kind: 'boolean', default: 'false' },
  'registry-username': { kind: 'string', default: '' },
  'registry-password': { kind: 'string', default: '', secret: true },
  version: { kind: 'string', default: '' },
  'cosign-path': { kind: 'string', default: '' },
  'tool-mirror': { kind: 'string', default: '' },
  'tool-sha256': { kind: 'string', default: '' },
  'output-dir': { kind: 'string', default: '' },
  'timeout-minutes': { kind: 'integer', min: 1, max: 360, default: '10' },
} as const

export type SignImageActionInputs = Inputs<typeof INPUTS>
