import type { ActionName } from '@portcullis/core'

export const STAGES = ['code', 'container', 'final'] as const
export type Stage = (typeof STAGES)[number]

/** The scans a stage can require; each is the report of one scan action. */
export const SCAN_KINDS = ['secrets', 'deps', 'iac', 'image', 'signature', 'compliance'] as const
export type ScanKind = (typeof SCAN_KINDS)[number]

export const SCAN_ACTIONS: Readonly<Record<ScanKind, ActionName>> = {
  secrets: 'scan-secrets',
  deps: 'scan-deps',
  iac: 'scan-iac',
  image: 'scan-image',
  signature: 'sign-image',
  compliance: 'compliance',
}

/**
 * Which scans must be present, unless the policy says otherwise. `final` needs every security scan,
 * compliance and a verified signature of the image being promoted; `container` asks for a signature
 * only when the policy adds `signature` to it.
 */
export const DEFAULT_STAGES: Readonly<Record<Stage, readonly ScanKind[]>> = {
  code: ['secrets', 'deps', 'iac'],
  container: ['image'],
  final: ['secrets', 'deps', 'iac', 'image', 'compliance', 'signature'],
}

/**
 * A sign-image report is a verification (not a signing) when its notices contain this exact line.
 * The final stage accepts only verifications: a signature that was made is not one that was checked.
 */
export const SIGNATURE_VERIFY_NOTICE = 'mode: verify'

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}

export function isScanKind(value: unknown): value is ScanKind {
  return typeof value === 'string' && (SCAN_KINDS as readonly string[]).includes(value)
}
