import { InputError } from '@portcullis/core'
import { parseDocument } from 'yaml'

/**
 * Parses a YAML file the user wrote into plain data, or throws InputError naming the input, the file
 * and the line of the syntax error. Duplicate keys are errors: a policy must not say two things.
 */
export function parseYamlInput(text: string, input: string, source: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  const first = doc.errors[0]
  if (first) {
    throw new InputError(input, `${source} is not valid YAML: ${first.message.split('\n')[0]}`)
  }
  return doc.toJS({ maxAliasCount: 100 }) as unknown
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Collects every problem in a file before failing, so the user fixes them in one go. */
export class Problems {
  readonly list: string[] = []
  add(message: string): void {
    this.list.push(message)
  }
  unknownKeys(value: Record<string, unknown>, where: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.add(`${where}${key} is not a known key (allowed: ${allowed.join(', ')})`)
      }
    }
  }
  throwIfAny(input: string, source: string): void {
    if (this.list.length > 0) {
      throw new InputError(input, `${source}: ${this.list.join('; ')}`)
    }
  }
}

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}
