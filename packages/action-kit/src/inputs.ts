import { InputError } from '@portcullis/core/essentials'

/**
 * Declarative input specs. Each action keeps its inputs in one `as const` object of these; a test holds
 * that object against action.yml (names, required, defaults), and {@link readInputs} turns the raw
 * strings into one readonly typed object at the edge, so `run` never reads an input itself.
 */
interface BaseSpec {
  readonly required?: boolean
  /** Same string as action.yml's default; applied when the runner supplies nothing. */
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

/** Reads one raw input as the runner passes it: `INPUT_<NAME>` upper-cased, hyphens kept, trimmed. */
export type RawInputSource = (name: string) => string | undefined

export function envInputSource(env: NodeJS.ProcessEnv = process.env): RawInputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
}

export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

function readOne(name: string, spec: InputSpec, raw: string | undefined): unknown {
  const value = (raw ?? '').trim() === '' ? (spec.default ?? '') : (raw ?? '').trim()
  if (value === '') {
    if (spec.required) throw new InputError(name, "is required; set it in the step's `with:` block")
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
}

/** Reads every input of `specs` once, validating each; the first bad one throws an InputError naming it. */
export function readInputs<T extends InputSpecs>(
  specs: T,
  source: RawInputSource,
  options: ReadInputsOptions = {},
): Inputs<T> {
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(specs)) {
    const raw = source(name)
    if (spec.secret && raw && raw.trim() !== '') options.onSecret?.(raw.trim(), name)
    out[camelCase(name)] = readOne(name, spec, raw)
  }
  return Object.freeze(out) as Inputs<T>
}
