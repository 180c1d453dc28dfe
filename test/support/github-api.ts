/**
 * A loopback stand-in for api.github.com that holds every request against GitHub's published
 * OpenAPI description (npm `@octokit/openapi`): the path template and method must exist, and path
 * and query parameters and the JSON body must match the operation's schemas. A request that does
 * not is answered 422 with the validation message AND recorded as a violation, so a test can assert
 * `api.violations` is empty. Responses come from handlers registered per operationId; defaults keep
 * a small in-memory repository (comments, check runs, SARIF uploads) shaped from the description's
 * own examples, and their bodies are validated against the response schemas too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import * as ajvFormats from 'ajv-formats'

const addFormats = ajvFormats.default.default

/* ------------------------------------------------------------------------------------------------
 * The description, loaded and indexed once per process
 * ---------------------------------------------------------------------------------------------- */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const DOC_ID = 'gh'
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

interface ParameterSpec {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly required: boolean
  readonly schema: JsonObject
}

export interface OperationSpec {
  readonly operationId: string
  readonly method: string
  readonly template: string
  readonly regex: RegExp
  readonly pathParamNames: readonly string[]
  /** Characters outside `{params}`: the more, the more specific when two templates match. */
  readonly literalLength: number
  readonly parameters: readonly ParameterSpec[]
  readonly body?: { readonly required: boolean; readonly schema: JsonObject | undefined }
  readonly responses: Readonly<Record<string, JsonObject | undefined>>
  /** The description's example for each response status, where it has one. */
  readonly examples: Readonly<Record<string, Json | undefined>>
}

export interface GitHubDescription {
  readonly operations: readonly OperationSpec[]
  readonly byId: ReadonlyMap<string, OperationSpec>
  /** Milliseconds spent reading, converting and indexing the description. */
  readonly loadMs: number
  readonly file: string
  /** Validates `data` against a converted schema (inline or from componentSchema); undefined when valid. */
  validate(schema: JsonObject, data: unknown, where?: string): string | undefined
  /** Every ajv error for `data` (empty when valid). */
  validateErrors(schema: JsonObject, data: unknown): ErrorObject[]
  /** A named component schema, converted to JSON Schema (e.g. `webhook-push`). */
  componentSchema(name: string): JsonObject
}

let description: GitHubDescription | undefined

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * OpenAPI 3.0 schema → JSON Schema as ajv reads it: `nullable: true` becomes "or null" (ajv only
 * accepts `nullable` beside `type`, and the description often puts it beside anyOf/oneOf/allOf or
 * alone), `$ref` siblings are dropped as OpenAPI 3.0 says, and local refs point into the document
 * registered under DOC_ID. Vendor extensions and `example` are removed.
 */
function convertSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertSchema)
  if (!isObject(node)) return node
  if (typeof node.$ref === 'string') {
    return { $ref: node.$ref.startsWith('#') ? `${DOC_ID}${node.$ref}` : node.$ref }
  }
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'discriminator' || key === 'xml') {
      continue
    }
    if (key.startsWith('x-')) continue
    if (key === 'properties' && isObject(value)) {
      const props: JsonObject = {}
      for (const [name, sub] of Object.entries(value)) props[name] = convertSchema(sub)
      out[key] = props
      continue
    }
    out[key] = convertSchema(value)
  }
  if (node.nullable === true) {
    const { description: text, ...rest } = out
    return {
      ...(typeof text === 'string' ? { description: text } : {}),
      anyOf: [rest, { type: 'null' }],
    }
  }
  return out
}

function resolveLocal(doc: JsonObject, ref: string): Json {
  let node: Json = doc
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isObject(node)) throw new Error(`cannot resolve ${ref}`)
    node = node[key] ?? null
  }
  return node
}

function deref(doc: JsonObject, node: Json): Json {
  let current = node
  for (let i = 0; i < 10 && isObject(current) && typeof current.$ref === 'string'; i += 1) {
    current = resolveLocal(doc, current.$ref)
  }
  return current
}

function templateRegex(template: string): { regex: RegExp; names: string[]; literal: number } {
  const names: string[] = []
  let literal = 0
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part)
      if (param) {
        names.push(param[1]!)
        return '([^/]+?)'
      }
      literal += part.length
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return { regex: new RegExp(`^${source}$`), names, literal }
}

function descriptionFile(): string {
  const require = createRequire(import.meta.url)
  const pkg = require.resolve('@octokit/openapi/package.json')
  return join(dirname(pkg), 'generated', 'api.github.com.json')
}

function formatErrors(errors: readonly ErrorObject[] | null | undefined, where: string): string {
  if (!errors || errors.length === 0) return `${where} is invalid`
  return errors
    .slice(0, 5)
    .map((e) => {
      const at = `${where}${e.instancePath}`
      if (e.keyword === 'additionalProperties') {
        return `${at} has an unknown property '${String(e.params.additionalProperty)}'`
      }
      if (e.keyword === 'enum') {
        return `${at} must be one of ${JSON.stringify(e.params.allowedValues)}`
      }
      return `${at} ${e.message ?? 'is invalid'}`
    })
    .join('; ')
}

/** Loads, converts and indexes the description once per process. */
export function loadGitHubDescription(): GitHubDescription {
  if (description) return description
  const started = performance.now()
  const file = descriptionFile()
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject
  const components = isObject(doc.components) ? doc.components : {}
  const schemas = isObject(components.schemas) ? components.schemas : {}

  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: true,
    // The description is large; compile only what a request touches.
    addUsedSchema: false,
  })
  addFormats(ajv)
  // OpenAPI type hints rather than string formats: accept any value of the right type.
  for (const name of ['int32', 'int64', 'double', 'float', 'timestamp', 'repo.nwo', 'binary']) {
    ajv.addFormat(name, { validate: () => true })
  }
  ajv.addSchema({ components: { schemas: convertSchema(schemas) } }, DOC_ID)

  const operations: OperationSpec[] = []
  const paths = isObject(doc.paths) ? doc.paths : {}
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue
    const shared = Array.isArray(item.parameters) ? item.parameters : []
    for (const method of METHODS) {
      const op = item[method]
      if (!isObject(op) || typeof op.operationId !== 'string') continue
      const parameters: ParameterSpec[] = []
      for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const p = deref(doc, raw)
        if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue
        parameters.push({
          name: p.name,
          in: p.in as ParameterSpec['in'],
          required: p.required === true,
          schema: isObject(p.schema) ? (convertSchema(p.schema) as JsonObject) : {},
        })
      }
      let body: OperationSpec['body']
      const requestBody = deref(doc, op.requestBody ?? null)
      if (isObject(requestBody) && isObject(requestBody.content)) {
        const json = requestBody.content['application/json']
        body = {
          required: requestBody.required === true,
          schema:
            isObject(json) && isObject(json.schema)
              ? (convertSchema(json.schema) as JsonObject)
              : undefined,
        }
      }
      const responses: Record<string, JsonObject | undefined> = {}
      const examples: Record<string, Json | undefined> = {}
      if (isObject(op.responses)) {
        for (const [status, rawResponse] of Object.entries(op.responses)) {
          const response = deref(doc, rawResponse)
          const json =
            isObject(response) && isObject(response.content)
              ? response.content['application/json']
              : undefined
          responses[status] =
            isObject(json) && isObject(json.schema)
              ? (convertSchema(json.schema) as JsonObject)
              : undefined
          if (isObject(json) && isObject(json.examples)) {
            const first = Object.values(json.examples)[0]
            const example = deref(doc, first ?? null)
            if (isObject(example) && 'value' in example) examples[status] = example.value
          }
        }
      }
      const { regex, names, literal } = templateRegex(template)
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        regex,
        pathParamNames: names,
        literalLength: literal,
        parameters,
        ...(body ? { body } : {}),
        responses,
        examples,
      })
    }
  }
  const byId = new Map(operations.map((o) => [o.operationId, o]))
  const refs = new Map<string, JsonObject>()
  const cache = new WeakMap<JsonObject, ValidateFunction>()
  const compiled = (schema: JsonObject): ValidateFunction => {
    let fn = cache.get(schema)
    if (!fn) {
      fn = ajv.compile(schema)
      cache.set(schema, fn)
    }
    return fn
  }
  description = {
    operations,
    byId,
    file,
    loadMs: performance.now() - started,
    validate(schema, data, where = 'value') {
      const fn = compiled(schema)
      return fn(data) ? undefined : formatErrors(fn.errors, where)
    },
    validateErrors(schema, data) {
      const fn = compiled(schema)
      return fn(data) ? [] : [...(fn.errors ?? [])]
    },
    componentSchema(name) {
      if (!(name in schemas)) throw new Error(`the description has no component schema '${name}'`)
      let ref = refs.get(name)
      if (!ref) {
        ref = { $ref: `${DOC_ID}#/components/schemas/${name}` }
        refs.set(name, ref)
      }
      return ref
    },
  }
  return description
}

/* ------------------------------------------------------------------------------------------------
 * The server
 * ---------------------------------------------------------------------------------------------- */

export interface RecordedRequest {
  readonly method: string
  /** Path relative to the API root (GHES `/api/v3` prefix removed), without the query string. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly operationId: string | undefined
  /** Path parameters by name, decoded. */
  readonly params: Readonly<Record<string, string>>
  /** Lower-cased header names; `authorization` keeps its scheme only (`token [redacted]`). */
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
  /** Status the stand-in answered with. */
  status: number
}

export interface Violation {
  readonly kind: 'request' | 'response'
  readonly method: string
  readonly path: string
  readonly operationId: string | undefined
  readonly message: string
}

export interface HandlerResponse {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

export type Handler = (
  request: RecordedRequest,
  api: GitHubApi,
) => HandlerResponse | Promise<HandlerResponse>

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

export interface StoredCheckRun {
  id: number
  name: string
  headSha: string
  status: string
  conclusion: string | undefined
  output: { title?: string; summary?: string; text?: string }
  /** Every annotation sent, across create and updates (GitHub appends them). */
  annotations: JsonObject[]
}

export interface StoredSarif {
  id: string
  commitSha: string
  ref: string
  /** The decoded SARIF document (after base64 and gunzip). */
  sarif: unknown
  toolName: string | undefined
  checkoutUri: string | undefined
  /** How many times get-sarif has been asked about this upload. */
  polls: number
}

export interface GitHubApiOptions {
  /** Prefix of the API root, e.g. `/api/v3` to stand in for GitHub Enterprise Server. */
  readonly basePath?: string
  /** Handlers by operationId; they replace the defaults. */
  readonly handlers?: Readonly<Record<string, Handler>>
  /** `processing_status` answers get-sarif gives, in order (the last one repeats). Default: complete. */
  readonly sarifProcessing?: readonly ('pending' | 'complete' | 'failed')[]
  /** Errors get-sarif reports when the status is `failed`. */
  readonly sarifErrors?: readonly string[]
  /** Files pulls/list-files and repos/compare-commits answer with (diff-entry shape). */
  readonly changedFiles?: readonly { filename: string; patch?: string; status?: string }[]
  /** The login default comment handlers write as. */
  readonly botLogin?: string
  /**
   * What kind of token the step holds: `installation` (GITHUB_TOKEN or a GitHub App's; the
   * default), whose GET /user GitHub refuses with 403, or `user` (a personal access token), whose
   * GET /user answers with `botLogin` as a User.
   */
  readonly tokenKind?: 'installation' | 'user'
  /** False: the server has no GraphQL endpoint (404), as when a proxy passes only REST. */
  readonly graphql?: boolean
}

export interface GitHubApi {
  /** e.g. `http://127.0.0.1:41234` (plus basePath); what GITHUB_API_URL should be. */
  readonly url: string
  readonly requests: RecordedRequest[]
  readonly violations: Violation[]
  readonly description: GitHubDescription
  readonly state: {
    readonly comments: StoredComment[]
    readonly checkRuns: StoredCheckRun[]
    readonly sarifs: StoredSarif[]
  }
  /** Replaces the handler of one operation (e.g. to answer 403). */
  handle(operationId: string, handler: Handler): void
  /** Requests that matched an operation, in order. */
  requestsFor(operationId: string): RecordedRequest[]
  close(): Promise<void>
}

function githubError(status: number, message: string): HandlerResponse {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  }
}

/** A canned error body shaped like GitHub's `basic-error`. */
export function errorResponse(
  status: number,
  message: string,
  headers?: Record<string, string>,
): HandlerResponse {
  return { ...githubError(status, message), ...(headers ? { headers } : {}) }
}

function clone<T>(value: T): T {
  return structuredClone(value)
}

function exampleOf(api: GitHubApi, operationId: string, status: string): JsonObject {
  const example = api.description.byId.get(operationId)?.examples[status]
  if (!isObject(example))
    throw new Error(`the description has no ${status} example for ${operationId}`)
  return clone(example)
}

function listExampleOf(api: GitHubApi, operationId: string): JsonObject {
  const example = api.description.byId.get(operationId)?.examples['200']
  if (!Array.isArray(example) || !isObject(example[0])) {
    throw new Error(`the description has no list example for ${operationId}`)
  }
  return clone(example[0])
}

function repoUrl(api: GitHubApi, r: RecordedRequest): string {
  return `${api.url}/repos/${r.params.owner ?? 'o'}/${r.params.repo ?? 'r'}`
}

function paginate<T>(items: readonly T[], r: RecordedRequest): T[] {
  const perPage = Number(r.query.per_page ?? 30)
  const page = Number(r.query.page ?? 1)
  return items.slice((page - 1) * perPage, page * perPage)
}

function linkHeader(api: GitHubApi, r: RecordedRequest, total: number): Record<string, string> {
  const perPage = Number(r.query.per_page ?? 30)
  const page = Number(r.query.page ?? 1)
  if (page * perPage >= total) return {}
  const next = new URL(`${api.url}${r.path}`)
  for (const [k, v] of Object.entries(r.query)) next.searchParams.set(k, v)
  next.searchParams.set('page', String(page + 1))
  return { link: `<${next.href}>; rel="next"` }
}

function commentJson(api: GitHubApi, r: RecordedRequest, c: StoredComment): JsonObject {
  const base = exampleOf(api, 'issues/get-comment', '200')
  const user = isObject(base.user) ? base.user : {}
  return {
    ...base,
    id: c.id,
    body: c.body,
    url: `${repoUrl(api, r)}/issues/comments/${c.id}`,
    issue_url: `${repoUrl(api, r)}/issues/${c.issueNumber}`,
    user: { ...user, login: c.user.login, type: c.user.type },
  }
}

function checkRunJson(api: GitHubApi, r: RecordedRequest, run: StoredCheckRun): JsonObject {
  const base = exampleOf(api, 'checks/get', '200')
  const output = isObject(base.output) ? base.output : {}
  return {
    ...base,
    id: run.id,
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion ?? null,
    url: `${repoUrl(api, r)}/check-runs/${run.id}`,
    output: {
      ...output,
      title: run.output.title ?? null,
      summary: run.output.summary ?? null,
      text: run.output.text ?? null,
      annotations_count: run.annotations.length,
    },
  }
}

function applyCheckRunBody(run: StoredCheckRun, body: JsonObject): void {
  if (typeof body.name === 'string') run.name = body.name
  if (typeof body.status === 'string') run.status = body.status
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion
    run.status = 'completed'
  }
  const output = body.output
  if (isObject(output)) {
    if (typeof output.title === 'string') run.output.title = output.title
    if (typeof output.summary === 'string') run.output.summary = output.summary
    if (typeof output.text === 'string') run.output.text = output.text
    if (Array.isArray(output.annotations)) {
      for (const a of output.annotations) if (isObject(a)) run.annotations.push(a)
    }
  }
}

function defaultHandlers(options: GitHubApiOptions): Record<string, Handler> {
  const processing = options.sarifProcessing ?? ['complete']
  const bot = {
    login: options.botLogin ?? 'github-actions[bot]',
    type: options.tokenKind === 'user' ? ('User' as const) : ('Bot' as const),
  }
  let nextId = 1000
  return {
    'users/get-authenticated': (_r, api) => {
      // GitHub refuses GET /user to installation tokens (GITHUB_TOKEN, GitHub Apps).
      if (options.tokenKind !== 'user')
        return githubError(403, 'Resource not accessible by integration')
      const base = exampleOf(api, 'users/get-authenticated', '200')
      return { status: 200, body: { ...base, login: bot.login, type: 'User' } }
    },
    'code-scanning/upload-sarif': (r, api) => {
      const body = r.body as JsonObject
      let sarif: unknown
      try {
        sarif = JSON.parse(gunzipSync(Buffer.from(String(body.sarif), 'base64')).toString('utf8'))
      } catch {
        return githubError(400, 'sarif is not a valid gzip-compressed, base64-encoded SARIF file')
      }
      nextId += 1
      const id = `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`
      api.state.sarifs.push({
        id,
        commitSha: String(body.commit_sha),
        ref: String(body.ref),
        sarif,
        toolName: typeof body.tool_name === 'string' ? body.tool_name : undefined,
        checkoutUri: typeof body.checkout_uri === 'string' ? body.checkout_uri : undefined,
        polls: 0,
      })
      return { status: 202, body: { id, url: `${repoUrl(api, r)}/code-scanning/sarifs/${id}` } }
    },
    'code-scanning/get-sarif': (r, api) => {
      const upload = api.state.sarifs.find((s) => s.id === r.params.sarif_id)
      if (!upload) return githubError(404, 'Not Found')
      const status = processing[Math.min(upload.polls, processing.length - 1)] ?? 'complete'
      upload.polls += 1
      return {
        status: 200,
        body: {
          processing_status: status,
          analyses_url:
            status === 'complete'
              ? `${repoUrl(api, r)}/code-scanning/analyses?sarif_id=${upload.id}`
              : null,
          errors: status === 'failed' ? [...(options.sarifErrors ?? ['processing failed'])] : null,
        },
      }
    },
    'issues/list-comments': (r, api) => {
      const all = api.state.comments.filter((c) => c.issueNumber === Number(r.params.issue_number))
      return {
        status: 200,
        body: paginate(all, r).map((c) => commentJson(api, r, c)),
        headers: linkHeader(api, r, all.length),
      }
    },
    'issues/create-comment': (r, api) => {
      nextId += 1
      const comment: StoredComment = {
        id: nextId,
        issueNumber: Number(r.params.issue_number),
        body: String((r.body as JsonObject).body),
        user: bot,
      }
      api.state.comments.push(comment)
      return { status: 201, body: commentJson(api, r, comment) }
    },
    'issues/update-comment': (r, api) => {
      const comment = api.state.comments.find((c) => c.id === Number(r.params.comment_id))
      if (!comment) return githubError(404, 'Not Found')
      comment.body = String((r.body as JsonObject).body)
      return { status: 200, body: commentJson(api, r, comment) }
    },
    'checks/create': (r, api) => {
      nextId += 1
      const body = r.body as JsonObject
      const run: StoredCheckRun = {
        id: nextId,
        name: String(body.name),
        headSha: String(body.head_sha),
        status: 'queued',
        conclusion: undefined,
        output: {},
        annotations: [],
      }
      applyCheckRunBody(run, body)
      api.state.checkRuns.push(run)
      return { status: 201, body: checkRunJson(api, r, run) }
    },
    'checks/update': (r, api) => {
      const run = api.state.checkRuns.find((c) => c.id === Number(r.params.check_run_id))
      if (!run) return githubError(404, 'Not Found')
      applyCheckRunBody(run, r.body as JsonObject)
      return { status: 200, body: checkRunJson(api, r, run) }
    },
    'pulls/list-files': (r, api) => {
      const template = listExampleOf(api, 'pulls/list-files')
      const files = (options.changedFiles ?? []).map((f) => ({
        ...template,
        filename: f.filename,
        status: f.status ?? 'modified',
        patch: f.patch,
      }))
      return {
        status: 200,
        // A file without a patch (binary, too large) has no `patch` key at all.
        body: JSON.parse(JSON.stringify(paginate(files, r))) as unknown,
        headers: linkHeader(api, r, files.length),
      }
    },
    'repos/compare-commits': (r, api) => {
      const base = exampleOf(api, 'repos/compare-commits', '200')
      const template = Array.isArray(base.files) && isObject(base.files[0]) ? base.files[0] : {}
      const files = (options.changedFiles ?? []).map((f) => ({
        ...template,
        filename: f.filename,
        status: f.status ?? 'modified',
        ...(f.patch === undefined ? {} : { patch: f.patch }),
      }))
      return {
        status: 200,
        body: JSON.parse(JSON.stringify({ ...base, files: paginate(files, r) })) as unknown,
      }
    },
  }
}

function findOperation(
  desc: GitHubDescription,
  method: string,
  path: string,
): { op: OperationSpec; params: Record<string, string> } | { error: string } {
  let best: { op: OperationSpec; params: Record<string, string> } | undefined
  let pathMatched = false
  for (const op of desc.operations) {
    const m = op.regex.exec(path)
    if (!m) continue
    pathMatched = true
    if (op.method !== method) continue
    if (best && best.op.literalLength >= op.literalLength) continue
    const params: Record<string, string> = {}
    op.pathParamNames.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '')
    })
    best = { op, params }
  }
  if (best) return best
  return {
    error: pathMatched
      ? `${method} is not an operation of ${path} in GitHub's OpenAPI description`
      : `no path of GitHub's OpenAPI description matches ${path}`,
  }
}

/** Query values are strings on the wire; give them the type their schema asks for before validating. */
function coerce(value: string, schema: JsonObject): unknown {
  const type = schema.type
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) {
    return Number(value)
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  if (type === 'array') return value.split(',')
  return value
}

function validateRequest(
  desc: GitHubDescription,
  op: OperationSpec,
  params: Record<string, string>,
  query: Record<string, string>,
  contentType: string | undefined,
  rawBody: string,
): { problems: string[]; body: unknown } {
  const problems: string[] = []
  for (const p of op.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue
    const value = p.in === 'path' ? params[p.name] : query[p.name]
    if (value === undefined) {
      if (p.required) problems.push(`${p.in} parameter '${p.name}' is required`)
      continue
    }
    const error = desc.validate(p.schema, coerce(value, p.schema), `${p.in} parameter '${p.name}'`)
    if (error) problems.push(error)
  }
  const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name))
  for (const name of Object.keys(query)) {
    if (!known.has(name))
      problems.push(`query parameter '${name}' is not defined for ${op.operationId}`)
  }
  let body: unknown
  if (rawBody.length > 0) {
    if (!op.body) {
      problems.push(`${op.operationId} takes no request body`)
    } else if (!/^application\/json\b/i.test(contentType ?? '')) {
      problems.push(`request body must be sent as application/json (got ${contentType ?? 'none'})`)
    } else {
      try {
        body = JSON.parse(rawBody) as unknown
      } catch (error) {
        problems.push(`request body is not JSON: ${(error as Error).message}`)
      }
      if (body !== undefined && op.body.schema) {
        const error = desc.validate(op.body.schema, body, 'body')
        if (error) problems.push(error)
      }
    }
  } else if (op.body?.required) {
    problems.push(`${op.operationId} requires a JSON request body`)
  }
  return { problems, body }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function recordHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : value
    out[name] = name === 'authorization' ? `${text.split(' ')[0] ?? ''} [redacted]`.trim() : text
  }
  return out
}

/** Starts the stand-in on 127.0.0.1 (a free port). Close it in afterAll/afterEach. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const desc = loadGitHubDescription()
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  const handlers: Record<string, Handler> = { ...defaultHandlers(options), ...options.handlers }
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  let url = ''

  const api: GitHubApi = {
    get url() {
      return url
    },
    requests,
    violations,
    description: desc,
    state: { comments: [], checkRuns: [], sarifs: [] },
    handle(operationId, handler) {
      if (!desc.byId.has(operationId)) {
        throw new Error(`'${operationId}' is not an operationId of GitHub's OpenAPI description`)
      }
      handlers[operationId] = handler
    },
    requestsFor(operationId) {
      return requests.filter((r) => r.operationId === operationId)
    },
    close() {
      return new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
    },
  }

  const respond = (res: ServerResponse, record: RecordedRequest, answer: HandlerResponse): void => {
    record.status = answer.status
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      ...answer.headers,
    }
    if (answer.body === undefined) {
      res.writeHead(answer.status, headers).end()
      return
    }
    headers['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(answer.status, headers).end(JSON.stringify(answer.body))
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase()
      const parsed = new URL(req.url ?? '/', 'http://127.0.0.1')
      const rawBody = await readBody(req)
      const query: Record<string, string> = {}
      for (const [k, v] of parsed.searchParams) query[k] = v
      let path = parsed.pathname
      const record = (
        operationId: string | undefined,
        params: Record<string, string>,
        body: unknown,
      ): RecordedRequest => {
        const r: RecordedRequest = {
          method,
          path,
          query,
          operationId,
          params,
          headers: recordHeaders(req),
          body,
          status: 0,
        }
        requests.push(r)
        return r
      }
      const violate = (
        kind: Violation['kind'],
        operationId: string | undefined,
        message: string,
      ): void => {
        violations.push({ kind, method, path, operationId, message })
      }
      // GraphQL lives beside the REST root: /graphql, or /api/graphql next to GHES's /api/v3. The
      // stand-in answers the one query the suite makes, `viewer { login }`, as the token's account.
      const graphqlPath = `${basePath.replace(/\/v3$/, '')}/graphql`
      if (method === 'POST' && path === graphqlPath) {
        const r = record('graphql', {}, rawBody ? (JSON.parse(rawBody) as unknown) : undefined)
        if (options.graphql === false) {
          respond(res, r, githubError(404, 'Not Found'))
          return
        }
        const query = String((r.body as { query?: unknown } | undefined)?.query ?? '')
        if (!/\bviewer\s*\{\s*login\s*\}/.test(query)) {
          violate('request', 'graphql', `the stand-in answers only viewer { login }, got: ${query}`)
          respond(res, r, { status: 200, body: { errors: [{ message: 'unsupported query' }] } })
          return
        }
        respond(res, r, {
          status: 200,
          body: { data: { viewer: { login: options.botLogin ?? 'github-actions[bot]' } } },
        })
        return
      }
      if (basePath !== '') {
        if (!path.startsWith(`${basePath}/`)) {
          const r = record(undefined, {}, rawBody || undefined)
          violate('request', undefined, `path is outside the API root ${basePath}`)
          respond(res, r, githubError(404, 'Not Found'))
          return
        }
        path = path.slice(basePath.length)
      }
      const match = findOperation(desc, method, path)
      if ('error' in match) {
        const r = record(undefined, {}, rawBody || undefined)
        violate('request', undefined, match.error)
        respond(res, r, githubError(404, match.error))
        return
      }
      const { op, params } = match
      const { problems, body } = validateRequest(
        desc,
        op,
        params,
        query,
        req.headers['content-type'],
        rawBody,
      )
      const r = record(op.operationId, params, body)
      if (problems.length > 0) {
        const message = problems.join('; ')
        violate('request', op.operationId, message)
        respond(res, r, githubError(422, `Invalid request: ${message}`))
        return
      }
      const handler = handlers[op.operationId]
      if (!handler) {
        violate('request', op.operationId, `no handler registered for ${op.operationId}`)
        respond(res, r, githubError(501, `the stand-in has no handler for ${op.operationId}`))
        return
      }
      let answer: HandlerResponse
      try {
        answer = await handler(r, api)
      } catch (error) {
        violate('response', op.operationId, `handler threw: ${(error as Error).message}`)
        respond(res, r, githubError(500, 'handler error'))
        return
      }
      const schema = op.responses[String(answer.status)]
      if (schema && answer.body !== undefined) {
        const error = desc.validate(schema, answer.body, `${answer.status} response body`)
        if (error) violate('response', op.operationId, error)
      }
      respond(res, r, answer)
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  url = `http://127.0.0.1:${port}${basePath}`
  return api
}
