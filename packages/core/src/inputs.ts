import { InputError } from './errors.js'

/**
 * Declarative input specs. A surface (an action's inputs, the gate's command-line options) keeps its
 * inputs in one `as const` object of these; a test holds an action's object against action.yml
 * (names, required, defaults), and {@link readInputs} turns the raw strings into one readonly typed
 * object at the edge, so `run` never reads an input itself. Pure: no runner, no process.
 */
interface BaseSpec {
  readonly required?: boolean
  /** Same string as action.yml's default; applied when the source supplies nothing. */
  readonly default?: string
  /** Mask the value in the log (tokens, passwords, keys). */
  readonly secret?: boolean
}
export interface StringSpec extends BaseSpec {
  readonly kind: 'string'
}
export interface BooleanSpec extends BaseSpec {
  readonly kind: 'boolean'
}
export interface EnumSpec<V extends string = string> extends BaseSpec {
  readonly kind: 'enum'
  readonly values: readonly V[]
}
export interface IntegerSpec extends BaseSpec {
  readonly kind: 'integer'
  readonly min: number
  readonly max: number
}
/** Newline- or comma-separated list; blank entries and `#` comments are ignored. */
export interface ListSpec extends BaseSpec {
  readonly kind: 'list'
}
export type InputSpec = StringSpec | BooleanSpec | EnumSpec | IntegerSpec | ListSpec
export type InputSpecs = Readonly<Record<string, InputSpec>>

type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S

type ValueOf<S extends InputSpec> = S extends BooleanSpec
  ? boolean
  : S extends IntegerSpec
    ? S extends { required: true }
      ? number
      : number | undefined
    : S extends EnumSpec<infer V>
      ? V
      : S extends ListSpec
        ? readonly string[]
        : S extends { required: true }
          ? string
          : S extends { default: string }
            ? string
            : string | undefined

export type Inputs<T extends InputSpecs> = {
  readonly [K in keyof T & string as CamelCase<K>]: ValueOf<T[K]>
}

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/**
 * Reads one raw input by its spec name. A runner passes one string per input; a command line may
 * pass a list input's values one by one (each taken whole, never split on commas).
 */
export type RawInputSource = (name: string) => string | readonly string[] | undefined

export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

function readOne(name: string, spec: InputSpec, raw: string | undefined, hint: string): unknown {
  const value = (raw ?? '').trim() === '' ? (spec.default ?? '') : (raw ?? '').trim()
  if (value === '') {
    if (spec.required) {
      const values = spec.kind === 'enum' ? ` (one of ${spec.values.join(', ')})` : ''
      throw new InputError(name, `is required${values}; ${hint}`)
    }
    switch (spec.kind) {
      case 'list':
        return []
      case 'boolean':
        throw new InputError(name, 'is empty; use true or false')
      case 'enum':
        throw new InputError(name, `is empty; use one of: ${spec.values.join(', ')}`)
      default:
        return undefined
    }
  }
  switch (spec.kind) {
    case 'string':
      return value
    case 'boolean':
      // Strict, as YAML 1.2's core schema and @actions/core's getBooleanInput: no "yes", "1" or "on".
      if (['true', 'True', 'TRUE'].includes(value)) return true
      if (['false', 'False', 'FALSE'].includes(value)) return false
      throw new InputError(name, `must be true or false, got ${JSON.stringify(value)}`)
    case 'enum':
      if (!spec.values.includes(value)) {
        throw new InputError(
          name,
          `must be one of ${spec.values.join(', ')}; got ${JSON.stringify(value)}`,
        )
      }
      return value
    case 'integer': {
      if (!/^-?\d+$/.test(value))
        throw new InputError(name, `must be a whole number, got ${JSON.stringify(value)}`)
      const n = Number(value)
      if (n < spec.min || n > spec.max) {
        throw new InputError(name, `must be between ${spec.min} and ${spec.max}, got ${n}`)
      }
      return n
    }
    case 'list':
      return parseList(value)
  }
}

export interface ReadInputsOptions {
  /** Called with every non-empty secret value so the log masks it before anything else is printed. */
  readonly onSecret?: (value: string, name: string) => void
  /** What a missing required input's message tells the user to do; the default speaks to a workflow. */
  readonly requiredHint?: string
}

/** Reads every input of `specs` once, validating each; the first bad one throws an InputError naming it. */
export function readInputs<T extends InputSpecs>(
  specs: T,
  source: RawInputSource,
  options: ReadInputsOptions = {},
): Inputs<T> {
  const hint = options.requiredHint ?? "set it in the step's `with:` block"
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(specs)) {
    const raw = source(name)
    if (typeof raw !== 'string' && raw !== undefined) {
      if (spec.kind !== 'list') throw new InputError(name, 'takes one value')
      // Values given one by one are whole entries: a path may hold a comma.
      const items = raw.map((s) => s.trim()).filter((s) => s !== '')
      if (spec.secret) for (const item of items) options.onSecret?.(item, name)
      out[camelCase(name)] = items.length > 0 ? items : readOne(name, spec, undefined, hint)
      continue
    }
    if (spec.secret && raw && raw.trim() !== '') options.onSecret?.(raw.trim(), name)
    out[camelCase(name)] = readOne(name, spec, raw, hint)
  }
  return Object.freeze(out) as Inputs<T>
}

/** An input's trimmed value, or undefined when it is empty (not set). */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
