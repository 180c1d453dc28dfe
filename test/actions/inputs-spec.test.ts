import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { InputSpecs } from '@portcullis/action-kit'
import { listActions, readActionManifest } from '@portcullis/devtools'

const REPO = resolve(import.meta.dirname, '../..')
const withSpecs = listActions(REPO).filter((a) =>
  existsSync(join(REPO, 'actions', a, 'src', 'inputs.ts')),
)

/**
 * Each action reads its inputs through one `as const` spec; this holds the spec and action.yml
 * together so a renamed input, a changed default or a dropped `required` cannot drift apart.
 */
describe.each(withSpecs)('%s inputs', (action) => {
  it('match action.yml: names, required and defaults', async () => {
    const mod = (await import(
      pathToFileURL(join(REPO, 'actions', action, 'src', 'inputs.ts')).href
    )) as Record<string, unknown>
    // The spec is the module's `INPUTS` (or `<ACTION>_INPUTS`) export.
    const key = Object.keys(mod).find((k) => /(^|_)INPUTS$/.test(k))
    expect(key, `actions/${action}/src/inputs.ts exports its input spec`).toBeDefined()
    const specs = mod[key!] as InputSpecs
    const manifest = readActionManifest(action, REPO)
    expect(Object.keys(specs).sort()).toEqual(Object.keys(manifest.inputs).sort())
    for (const [name, spec] of Object.entries(specs)) {
      const yml = manifest.inputs[name]!
      expect(spec.required ?? false, `${action}.${name} required`).toBe(yml.required)
      // An expression default (${{ github.token }}) is the runner's to fill in; the spec holds ''.
      const ymlDefault = yml.default?.startsWith('${{') ? '' : yml.default
      expect(spec.default, `${action}.${name} default`).toBe(ymlDefault)
    }
  })
})

it('at least one action reads its inputs through a spec', () => {
  expect(withSpecs.length).toBeGreaterThan(0)
})
