import type { ToolSpec } from '@portcullis/engine'

/** gitleaks: the pinned release, checked by digest, unless `gitleaks-path` names one. */
export const GITLEAKS = {
  name: 'gitleaks',
  pathInput: 'gitleaks-path',
  source: 'release',
} as const satisfies ToolSpec
