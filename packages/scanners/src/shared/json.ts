import { describeJsonError, ScanFailedError } from '@portcullis/core'

/** A JSON object as parsed from a scanner's output, not yet validated. */
export type Json = Record<string, unknown>

/** Messages of a failed scan, in the scanner's own words. */
export interface JsonOutputMessages {
  /** The output is empty (or only white space). */
  readonly empty: string
  /** The output is not JSON; `why` says where the parse stopped, never quoting the output. */
  readonly invalid: (why: string) => string
}

/**
 * A scanner's JSON output, parsed: a leading byte-order mark is dropped (it is valid JSON text);
 * empty or unparseable output is a failed scan, never zero findings.
 */
export function parseJsonOutput(raw: string, messages: JsonOutputMessages): unknown {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  if (body.trim() === '') throw new ScanFailedError(messages.empty)
  try {
    return JSON.parse(body)
  } catch (error) {
    throw new ScanFailedError(messages.invalid(describeJsonError(error)), { cause: error })
  }
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value when it is a string that is not blank (kept as is), else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** `record[key]` trimmed when it is a string that is not blank, else undefined. */
export function text(record: Json, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** The strings of an array that are not blank, trimmed; anything else gives none. */
export function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value
        .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
        .map((v) => v.trim())
    : []
}

/** The defined, non-empty values, each once, in first-seen order. */
export function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))]
}

/**
 * An optional list of objects: absent or null is empty; anything else that is not a list of objects
 * is a failed scan naming the `tool` and `where` in its output.
 */
export function recordList(value: unknown, tool: string, where: string): Json[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every(isRecord)) {
    throw new ScanFailedError(`${tool} output is not valid: ${where} is not a list of objects`)
  }
  return value
}
