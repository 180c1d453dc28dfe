import type { Finding } from '@portcullis/core'

/** What a parser may ask of its surroundings; every member is optional so parsers run on bare files. */
export interface ParseContext {
  /** Absolute workspace root: scanner paths are made relative to it (and dropped when outside it). */
  readonly workspace: string
  /**
   * Reads lines `start..end` (1-based, inclusive) of a workspace-relative file, for content-based
   * fingerprints. Returns undefined when the file cannot be read; parsers then fall back to the
   * scanner's own snippet or match text.
   */
  readonly readLines?: (path: string, start: number, end: number) => string | undefined
  /** For image scans: the reference and resolved digest the scan ran against. */
  readonly image?: { readonly ref: string; readonly digest: string }
  /** Severity given to findings of a category whose scanner sets none (e.g. secrets: `secret-severity`). */
  readonly defaultSeverity?: Finding['severity']
}

export interface ParseResult {
  readonly findings: Finding[]
  /** The scanner's own version when its output states one. */
  readonly scannerVersion?: string
  /** Things the reader must know that are not findings (e.g. a scanner-reported error next to results). */
  readonly notices: string[]
}

/** Parses raw scanner output. Throws ScanFailedError (from @portcullis/core) when the output is not what the tool writes. */
export type Parser = (raw: string, context: ParseContext) => ParseResult
