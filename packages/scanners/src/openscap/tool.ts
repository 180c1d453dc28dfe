import type { ToolSpec } from '@portcullis/engine'

/** oscap: the OS package at a pinned version, held against the manifest's builds, unless `oscap-path` names one. */
export const OSCAP = {
  name: 'oscap',
  pathInput: 'oscap-path',
  source: 'os-package',
} as const satisfies ToolSpec
