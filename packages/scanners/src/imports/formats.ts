import { ScanFailedError, type Finding, type TargetKind } from '@portcullis/core'
import { readSarifLog } from '@portcullis/sarif'
import { parseCheckov } from '../checkov/parse.js'
import { parseGitleaks } from '../gitleaks/parse.js'
import { parseGrype } from '../grype/parse.js'
import { parseHadolint } from '../hadolint/parse.js'
import { parseKics } from '../kics/parse.js'
import { parseOsvScanner } from '../osv-scanner/parse.js'
import { parseSemgrep } from '../semgrep/parse.js'
import { isRecord, str, type Json } from '../shared/json.js'
import { parseTfsec } from '../tfsec/parse.js'
import { parseTrivy } from '../trivy/parse.js'
import type { ParseContext, ParseResult } from '../types.js'

/**
 * The formats the quality gate imports (`import: FORMAT:PATH`), one entry each: how the file is
 * read, which tool it names when the file itself does not, and how its own timestamp is found.
 */
export const IMPORT_FORMATS = [
  'sarif',
  'trivy-json',
  'grype-json',
  'gitleaks-json',
  'checkov-json',
  'osv-json',
  'semgrep-json',
  'hadolint-json',
  'kics-json',
  'tfsec-json',
] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]
/** Asks the gate to tell the format from the file's content. */
export const AUTO_FORMAT = 'auto' as const

export function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value)
}

/** The version recorded when a file does not state its tool's version. */
export const UNSTATED_VERSION = 'unstated'

/** One imported file, read as its tool would report it. */
export interface ImportedScan {
  readonly format: ImportFormat
  /** The tool's name and version as the file states them ({@link UNSTATED_VERSION} when it does not). */
  readonly scanner: { readonly name: string; readonly version: string }
  readonly findings: Finding[]
  readonly notices: string[]
  /** What was scanned, where the file says (an image reference); otherwise the caller's file. */
  readonly target?: { readonly kind: TargetKind; readonly name: string; readonly digest?: string }
  /** When the tool says it finished (SARIF invocation end, trivy CreatedAt, grype timestamp). */
  readonly finishedAt?: Date
}

interface FormatReader {
  /** The tool name when the file does not state one. */
  readonly tool: string
  readonly read: (raw: string, context: ParseContext) => ImportedScan
}

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined
  const t = Date.parse(value)
  return Number.isFinite(t) ? new Date(t) : undefined
}

function json(raw: string): unknown {
  try {
    return JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw)
  } catch {
    return undefined
  }
}

function simple(
  format: ImportFormat,
  tool: string,
  parse: (raw: string, context: ParseContext) => ParseResult,
  extra?: (data: unknown, result: ParseResult) => Partial<ImportedScan>,
): FormatReader {
  return {
    tool,
    read(raw, context) {
      const result = parse(raw, context)
      return {
        format,
        scanner: { name: tool, version: result.scannerVersion ?? UNSTATED_VERSION },
        findings: result.findings,
        notices: result.notices,
        ...(extra ? extra(json(raw), result) : {}),
      }
    },
  }
}

/** A SARIF log: one report for the whole log, named after its tool(s) as the runs state them. */
function readSarifImport(raw: string, context: ParseContext): ImportedScan {
  const { log, imported } = readSarifLog(raw, {
    workspace: context.workspace,
    ...(context.readLines ? { readLines: context.readLines } : {}),
  })
  if (imported.failures.length > 0) {
    throw new ScanFailedError(
      `the SARIF log says the tool did not complete: ${imported.failures.slice(0, 3).join('; ')}`,
    )
  }
  const names = [...new Set(imported.runs.map((r) => r.toolName))]
  const versions = [
    ...new Set(imported.runs.map((r) => r.toolVersion).filter((v) => v !== undefined)),
  ]
  let finishedAt: Date | undefined
  for (const run of Array.isArray(log.runs) ? log.runs : []) {
    if (!isRecord(run) || !Array.isArray(run.invocations)) continue
    for (const inv of run.invocations) {
      if (!isRecord(inv)) continue
      const end = date(inv.endTimeUtc) ?? date(inv.startTimeUtc)
      if (end && (!finishedAt || end > finishedAt)) finishedAt = end
    }
  }
  return {
    format: 'sarif',
    scanner: {
      name: names.length > 0 ? names.join(', ') : 'unknown tool',
      version: versions.length > 0 ? versions.join(', ') : UNSTATED_VERSION,
    },
    findings: imported.findings,
    notices:
      names.length === 0
        ? ['The SARIF log has no runs: nothing was analysed.', ...imported.notices]
        : imported.notices,
    ...(finishedAt ? { finishedAt } : {}),
  }
}

function trivyExtra(data: unknown): Partial<ImportedScan> {
  if (!isRecord(data)) return {}
  const finishedAt = date(data.CreatedAt)
  const image = data.ArtifactType === 'container_image' ? str(data.ArtifactName) : undefined
  return {
    ...(finishedAt ? { finishedAt } : {}),
    ...(image ? { target: { kind: 'image', name: image } } : {}),
  }
}

function grypeExtra(data: unknown): Partial<ImportedScan> {
  if (!isRecord(data)) return {}
  const descriptor = isRecord(data.descriptor) ? data.descriptor : {}
  const finishedAt = date(descriptor.timestamp)
  const source = isRecord(data.source) ? data.source : {}
  const target = isRecord(source.target) ? source.target : {}
  const image = source.type === 'image' ? (str(target.userInput) ?? str(target.imageID)) : undefined
  return {
    ...(finishedAt ? { finishedAt } : {}),
    ...(image ? { target: { kind: 'image', name: image } } : {}),
  }
}

const READERS: Readonly<Record<ImportFormat, FormatReader>> = {
  sarif: { tool: 'unknown tool', read: readSarifImport },
  'trivy-json': simple('trivy-json', 'trivy', parseTrivy, trivyExtra),
  'grype-json': simple('grype-json', 'grype', parseGrype, grypeExtra),
  'gitleaks-json': simple('gitleaks-json', 'gitleaks', parseGitleaks),
  'checkov-json': simple('checkov-json', 'checkov', parseCheckov),
  'osv-json': simple('osv-json', 'osv-scanner', parseOsvScanner),
  'semgrep-json': simple('semgrep-json', 'semgrep', parseSemgrep),
  'hadolint-json': simple('hadolint-json', 'hadolint', parseHadolint),
  'kics-json': simple('kics-json', 'kics', parseKics),
  'tfsec-json': simple('tfsec-json', 'tfsec', parseTfsec),
}

/**
 * Reads one imported file as `format`. Throws ScanFailedError when the file is empty, is not what
 * the tool writes, or says the tool did not complete: an import that cannot be trusted is a failed
 * scan, never zero findings.
 */
export function importScan(format: ImportFormat, raw: string, context: ParseContext): ImportedScan {
  if (raw.trim() === '' || raw.trim() === '\ufeff') {
    throw new ScanFailedError(
      'the file is empty: the tool crashed or wrote nothing, so there are no results to trust',
    )
  }
  return READERS[format].read(raw, context)
}

/** The tool a format names when the file itself does not. */
export function formatTool(format: ImportFormat): string {
  return READERS[format].tool
}

function looksLike(data: unknown): ImportFormat[] {
  const isList = Array.isArray(data)
  const items = isList ? (data as unknown[]).filter(isRecord) : []
  if (isList) {
    if (items.length === 0) return ['trivy-json', 'gitleaks-json', 'hadolint-json', 'checkov-json']
    const first = items[0] as Json
    if ('Target' in first) return ['trivy-json']
    if ('RuleID' in first || 'rule' in first || 'offender' in first) return ['gitleaks-json']
    if ('code' in first && 'level' in first) return ['hadolint-json']
    if ('check_type' in first) return ['checkov-json']
    return []
  }
  if (!isRecord(data)) return []
  if (data.version === '2.1.0' && Array.isArray(data.runs)) return ['sarif']
  if ('SchemaVersion' in data || 'ClusterName' in data || 'ArtifactName' in data)
    return ['trivy-json']
  if ('matches' in data && ('descriptor' in data || 'source' in data)) return ['grype-json']
  if ('queries' in data && ('kics_version' in data || 'total_counter' in data)) return ['kics-json']
  if ('check_type' in data) return ['checkov-json']
  if ('results' in data) {
    const results = Array.isArray(data.results) ? data.results.filter(isRecord) : []
    const first = results[0]
    if ('errors' in data || 'paths' in data || 'version' in data) return ['semgrep-json']
    if (first && 'check_id' in first) return ['semgrep-json']
    if (first && ('packages' in first || 'source' in first)) return ['osv-json']
    if (first && ('rule_id' in first || 'long_id' in first)) return ['tfsec-json']
    return ['semgrep-json', 'osv-json', 'tfsec-json']
  }
  return []
}

/**
 * The format of a file, told from its content where only one format fits. Throws ScanFailedError
 * naming the candidates when more than one (or none) fits, so the user names the format.
 */
export function detectFormat(raw: string): ImportFormat {
  const data = json(raw)
  if (data === undefined) {
    throw new ScanFailedError(
      `the format cannot be told: the file is not JSON; name its format (${IMPORT_FORMATS.join(', ')})`,
    )
  }
  const candidates = looksLike(data)
  if (candidates.length === 1) return candidates[0] as ImportFormat
  if (candidates.length === 0) {
    throw new ScanFailedError(
      `the format cannot be told from the content; name it as FORMAT:PATH with one of ${IMPORT_FORMATS.join(', ')}`,
    )
  }
  throw new ScanFailedError(
    `the format cannot be told from the content (it could be ${candidates.join(' or ')}); name it as FORMAT:PATH, e.g. ${candidates[0]}:<path>`,
  )
}
