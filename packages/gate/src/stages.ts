import type { ActionName, FindingsReport } from '@portcullis/core'
import { signatureModeNotice } from '@portcullis/core/essentials'

export const STAGES = ['code', 'container', 'final'] as const

/** `all`: every finding counts; `new`: findings the baseline reports hold are not counted. */
export const GATE_MODES = ['all', 'new'] as const
export type GateMode = (typeof GATE_MODES)[number]
export type Stage = (typeof STAGES)[number]

/**
 * The scans a stage can require. Each but `sast` is the report of one scan action; any of them can
 * also be satisfied by an imported tool's output that the policy maps to it (see
 * {@link importedKinds}); `sast` (static analysis of the code: CodeQL, semgrep) only by an import.
 */
export const SCAN_KINDS = [
  'secrets',
  'deps',
  'iac',
  'image',
  'signature',
  'compliance',
  'sast',
] as const
export type ScanKind = (typeof SCAN_KINDS)[number]

export const SCAN_ACTIONS = {
  secrets: 'scan-secrets',
  deps: 'scan-deps',
  iac: 'scan-iac',
  image: 'scan-image',
  signature: 'sign-image',
  compliance: 'compliance',
} as const satisfies Readonly<Record<Exclude<ScanKind, 'sast'>, ActionName>>

/** The Portcullis action whose report satisfies a scan kind (none for `sast`). */
export function scanAction(kind: ScanKind): ActionName | undefined {
  return kind === 'sast' ? undefined : SCAN_ACTIONS[kind]
}

/**
 * Which scans an imported tool's report satisfies unless the policy's `imports` says otherwise,
 * by the tool's name as its file states it (case-insensitive). trivy and grype scan images and
 * lockfiles alike: their image reports satisfy `image`; any other use is the policy's to map.
 */
export const DEFAULT_IMPORT_KINDS: Readonly<Record<string, readonly ScanKind[]>> = {
  codeql: ['sast'],
  semgrep: ['sast'],
  'semgrep oss': ['sast'],
  gitleaks: ['secrets'],
  hadolint: ['iac'],
  checkov: ['iac'],
  kics: ['iac'],
  tfsec: ['iac'],
  'osv-scanner': ['deps'],
}

/** The scans an imported report satisfies: the policy's mapping of its tool name, else the default. */
export function importedKinds(
  report: Pick<FindingsReport, 'scanner' | 'target'>,
  mapping: Readonly<Record<string, readonly ScanKind[]>>,
): readonly ScanKind[] {
  const name = report.scanner.name.trim().toLowerCase()
  if (Object.hasOwn(mapping, name)) return mapping[name] as readonly ScanKind[]
  if (Object.hasOwn(DEFAULT_IMPORT_KINDS, name))
    return DEFAULT_IMPORT_KINDS[name] as readonly ScanKind[]
  if ((name === 'trivy' || name === 'grype') && report.target.kind === 'image') return ['image']
  return []
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
export const SIGNATURE_VERIFY_NOTICE = signatureModeNotice('verify')

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value)
}

export function isScanKind(value: unknown): value is ScanKind {
  return typeof value === 'string' && (SCAN_KINDS as readonly string[]).includes(value)
}
