/**
 * The suite's two kinds of failure. A UserError is the user's to fix (bad input, missing file) and
 * is shown as a short message naming what to change; anything else is a bug and is shown with its
 * stack at debug level. Codes are stable so tests and docs can refer to them.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError'
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** Raised for an input whose value is not allowed; the message names the input and the allowed values. */
export class InputError extends UserError {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    /** What is wrong and what to do, without the input's name (a surface may name it its own way). */
    readonly detail: string,
  ) {
    super('bad-input', `Input '${input}': ${detail}`)
  }
}

/** A findings report that cannot be read or does not match the schema. */
export class ReportError extends UserError {
  override readonly name = 'ReportError'
  constructor(
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('bad-report', `Findings report ${source}: ${message}`, options)
  }
}

/** A scanner that crashed, timed out or wrote output we cannot parse: the scan fails, never "0 findings". */
export class ScanFailedError extends Error {
  override readonly name = 'ScanFailedError'
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options)
  }
}

/**
 * Describes a JSON.parse failure without quoting the input. V8's messages include a snippet of the
 * text ("Unexpected token … "…" is not valid JSON"), and a scanner's report may hold a secret, so
 * reasons built from them could leak it into logs and reports.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/Unexpected end of JSON input|Unterminated string/i.test(message))
    return 'it ends early (truncated)'
  const position = /position (\d+)/.exec(message)
  return position ? `syntax error at character ${position[1]}` : 'syntax error'
}
