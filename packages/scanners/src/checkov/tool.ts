import type { ToolSpec } from '@portcullis/engine'

/** checkov: pip installs a pinned version into a private venv (never verified by digest), unless `checkov-path` names one. */
export const CHECKOV = {
  name: 'checkov',
  pathInput: 'checkov-path',
  source: 'pip',
} as const satisfies ToolSpec
