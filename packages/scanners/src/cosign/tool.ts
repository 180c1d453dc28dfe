import type { ToolSpec } from '@portcullis/engine'

/** cosign: the pinned release, checked by digest, unless `cosign-path` names one. */
export const COSIGN = {
  name: 'cosign',
  pathInput: 'cosign-path',
  source: 'release',
} as const satisfies ToolSpec
