import type { ToolSpec } from '@portcullis/engine'

/** nmap: from PATH or the OS package at a pinned version, held against the manifest's builds, unless `nmap-path` names one. */
export const NMAP = {
  name: 'nmap',
  pathInput: 'nmap-path',
  source: 'os-package',
} as const satisfies ToolSpec
