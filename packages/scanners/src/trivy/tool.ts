import type { ToolSpec } from '@portcullis/engine'

/** trivy: the pinned release, checked by digest, unless `trivy-path` names one. */
export const TRIVY = {
  name: 'trivy',
  pathInput: 'trivy-path',
  source: 'release',
  // Every trivy engine reads trivy's report (and compliance report) as a stream.
  streamsReport: true,
} as const satisfies ToolSpec
