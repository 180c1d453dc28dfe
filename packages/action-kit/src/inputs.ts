import type { RawInputSource } from '@portcullis/core/inputs'

// The spec-driven reader is pure and lives in core, so the gate's command line reads its options
// through it without loading the runner; actions keep importing it from here.
export * from '@portcullis/core/inputs'

/** Reads one raw input as the runner passes it: `INPUT_<NAME>` upper-cased, hyphens kept. */
export function envInputSource(env: NodeJS.ProcessEnv = process.env): RawInputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
}
