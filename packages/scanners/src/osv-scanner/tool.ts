import type { ToolSpec } from '@portcullis/engine'

/** osv-scanner: the pinned release, checked by digest, unless `osv-scanner-path` names one. */
export const OSV_SCANNER = {
  name: 'osv-scanner',
  pathInput: 'osv-scanner-path',
  source: 'release',
} as const satisfies ToolSpec
