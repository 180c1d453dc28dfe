import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

export interface ActionInput {
  readonly description: string
  readonly required: boolean
  readonly default?: string
}
export interface ActionManifest {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly inputs: Record<string, ActionInput>
  readonly outputs: Record<string, { readonly description: string }>
  readonly runs: { readonly using: string; readonly main: string }
  readonly branding?: { readonly icon: string; readonly color: string }
}

/** Every action is a folder under actions/ with an action.yml and src/index.ts: found by convention. */
export function listActions(root = REPO_ROOT): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort()
}

export function readActionManifest(name: string, root = REPO_ROOT): ActionManifest {
  const raw = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as Record<
    string,
    unknown
  >
  const inputs = (raw.inputs ?? {}) as Record<string, Record<string, unknown>>
  const outputs = (raw.outputs ?? {}) as Record<string, Record<string, unknown>>
  return {
    name,
    title: String(raw.name ?? name),
    description: String(raw.description ?? ''),
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [
        k,
        {
          description: String(v.description ?? ''),
          required: v.required === true,
          ...(v.default !== undefined ? { default: String(v.default) } : {}),
        },
      ]),
    ),
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([k, v]) => [k, { description: String(v.description ?? '') }]),
    ),
    runs: raw.runs as ActionManifest['runs'],
    ...(raw.branding ? { branding: raw.branding as ActionManifest['branding'] } : {}),
  }
}

/** Structural rules every action.yml must follow; returns the problems found. */
export function lintActionManifest(name: string, root = REPO_ROOT): string[] {
  const problems: string[] = []
  const text = readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')
  const raw = parse(text) as Record<string, unknown>
  const m = readActionManifest(name, root)
  if (m.runs?.using !== 'node24') problems.push(`${name}: runs.using must be node24`)
  if (m.runs?.main !== `../../dist/${name}/index.js`)
    problems.push(`${name}: runs.main must be ../../dist/${name}/index.js`)
  if (!m.branding?.icon || !m.branding.color)
    problems.push(`${name}: branding icon and color are required`)
  if (!m.description) problems.push(`${name}: description is required`)
  const rawInputs = (raw.inputs ?? {}) as Record<string, Record<string, unknown>>
  for (const [input, spec] of Object.entries(rawInputs)) {
    if (!/^[a-z][a-z0-9-]*$/.test(input))
      problems.push(`${name}: input ${input} must be kebab-case`)
    if (typeof spec.description !== 'string' || spec.description.trim() === '')
      problems.push(`${name}: input ${input} needs a description`)
    if (typeof spec.required !== 'boolean')
      problems.push(`${name}: input ${input} needs an explicit required: true|false`)
    if (spec.default !== undefined && typeof spec.default !== 'string')
      problems.push(`${name}: input ${input} default must be a string`)
    if (spec.required === false && spec.default === undefined)
      problems.push(`${name}: optional input ${input} needs a default`)
  }
  const rawOutputs = (raw.outputs ?? {}) as Record<string, Record<string, unknown>>
  for (const [output, spec] of Object.entries(rawOutputs)) {
    if (typeof spec.description !== 'string' || spec.description.trim() === '')
      problems.push(`${name}: output ${output} needs a description`)
  }
  return problems
}
