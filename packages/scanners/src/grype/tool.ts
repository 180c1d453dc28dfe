import type { ToolSpec } from '@portcullis/engine'

/** grype: the pinned release, checked by digest, unless `grype-path` names one. */
export const GRYPE = {
  name: 'grype',
  pathInput: 'grype-path',
  source: 'release',
} as const satisfies ToolSpec
