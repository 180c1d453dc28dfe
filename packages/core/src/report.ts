import { Ajv, type ErrorObject } from 'ajv'
import * as ajvFormats from 'ajv-formats'
import schema from '../schema/findings-report.schema.json' with { type: 'json' }
import { describeJsonError, ReportError } from './errors.js'
import {
  REPORT_SCHEMA_ID,
  REPORT_SCHEMA_VERSION,
  type ImportSource,
  type ScanScope,
  type ReportAction,
  type Finding,
  type FindingsReport,
  type ScannerInfo,
  type Target,
  type ToolProvenance,
} from './model.js'

export { schema as FINDINGS_REPORT_JSON_SCHEMA }

// ajv-formats is CommonJS with `exports.default`; under NodeNext the callable sits on `.default`.
const addFormats = ajvFormats.default.default

let validator: ReturnType<Ajv['compile']> | undefined
let findingValidator: ReturnType<Ajv['compile']> | undefined
function getValidator(): ReturnType<Ajv['compile']> {
  if (!validator) {
    const ajv = new Ajv({
      allErrors: false,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
    })
    addFormats(ajv, ['date-time'])
    validator = ajv.compile(schema)
    findingValidator = ajv.getSchema(`${schema.$id}#/definitions/finding`)
  }
  return validator
}

/**
 * Validates one element of a report's `findings` against the schema's finding definition, for a
 * reader that takes a report's findings one at a time (the rest of the report goes through
 * validateReport with an empty list). Throws ReportError naming `/findings/<index>`.
 */
export function validateFinding(data: unknown, source: string, index: number): Finding {
  getValidator()
  const validate = findingValidator
  if (!validate) throw new Error('the findings-report schema has no finding definition')
  if (!validate(data)) {
    const first = validate.errors?.[0]
    throw new ReportError(
      source,
      `does not match the schema: ${first ? describe({ ...first, instancePath: `/findings/${index}${first.instancePath}` }) : 'unknown error'}`,
    )
  }
  return data as Finding
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the report' : error.instancePath
  if (error.keyword === 'additionalProperties') {
    return `${where} has an unknown property '${String(error.params.additionalProperty)}'`
  }
  if (error.keyword === 'enum') {
    return `${where} must be one of ${JSON.stringify(error.params.allowedValues)}`
  }
  return `${where} ${error.message ?? 'is invalid'}`
}

/** Validates untrusted data against the findings-report schema; throws ReportError naming the problem. */
export function validateReport(data: unknown, source: string): FindingsReport {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ReportError(source, 'is not a JSON object; expected a Portcullis findings report')
  }
  const record = data as Record<string, unknown>
  if (record.schema !== REPORT_SCHEMA_ID) {
    throw new ReportError(
      source,
      `is not a Portcullis findings report (schema is ${JSON.stringify(record.schema)}, expected "${REPORT_SCHEMA_ID}")`,
    )
  }
  if (record.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new ReportError(
      source,
      `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this version of the suite reads version ${REPORT_SCHEMA_VERSION}`,
    )
  }
  const validate = getValidator()
  if (!validate(data)) {
    const first = validate.errors?.[0]
    throw new ReportError(
      source,
      `does not match the schema: ${first ? describe(first) : 'unknown error'}`,
    )
  }
  const report = data as FindingsReport
  // The schema's date-time format accepts a leap second (…T23:59:60Z), which Date.parse cannot
  // read; a NaN date would make every age comparison false and skip the stale check.
  for (const field of ['startedAt', 'finishedAt'] as const) {
    if (Number.isNaN(Date.parse(report[field]))) {
      throw new ReportError(
        source,
        `has ${field} ${JSON.stringify(report[field])}, which is not a date that can be compared; write it as an ISO 8601 UTC time such as 2026-01-31T12:00:00Z`,
      )
    }
  }
  return report
}

/** Parses and validates report text (a UTF-8 byte-order mark is tolerated). */
export function parseReport(text: string, source: string): FindingsReport {
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new ReportError(source, `is not valid JSON (${describeJsonError(error)})`, {
      cause: error,
    })
  }
  return validateReport(data, source)
}

export interface ReportInit {
  readonly action: ReportAction
  readonly scanner: ScannerInfo
  readonly target: Target
  readonly commitSha: string
  readonly startedAt: Date
  readonly finishedAt?: Date
  readonly tool?: ToolProvenance
  readonly notices?: readonly string[]
  readonly imported?: ImportSource
  readonly scopes?: readonly ScanScope[]
}

/** The fields every report carries, whatever its status. */
function envelope(init: ReportInit) {
  return {
    schema: REPORT_SCHEMA_ID,
    schemaVersion: REPORT_SCHEMA_VERSION,
    action: init.action,
    scanner: init.scanner,
    target: init.target,
    commitSha: init.commitSha,
    startedAt: init.startedAt.toISOString(),
    finishedAt: (init.finishedAt ?? new Date()).toISOString(),
    ...(init.tool ? { tool: init.tool } : {}),
    ...(init.imported ? { imported: init.imported } : {}),
    ...(init.scopes && init.scopes.length > 0 ? { scopes: init.scopes } : {}),
    ...(init.notices && init.notices.length > 0 ? { notices: init.notices } : {}),
  }
}

export function completeReport(init: ReportInit, findings: readonly Finding[]): FindingsReport {
  return { ...envelope(init), status: 'complete', findings }
}

export function failedReport(init: ReportInit, reason: string): FindingsReport {
  return { ...envelope(init), status: 'failed', reason, findings: [] }
}
