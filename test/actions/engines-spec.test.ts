import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { EngineTools } from '@portcullis/engine/inputs'
import type { ScanEngine } from '@portcullis/engine'
import { SCAN_OUTPUTS } from '@portcullis/scan'
import { listActions, readActionManifest } from '@portcullis/devtools'
import { bundledManifest } from '@portcullis/installer'

const REPO = resolve(import.meta.dirname, '../..')

async function load(action: string, file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(REPO, 'actions', action, 'src', file)).href)) as Record<
    string,
    unknown
  >
}

/**
 * Scan actions declare their engines' tools in inputs.ts (ENGINE_TOOLS) and adapters in run.ts
 * (ENGINES); actions that list their outputs themselves export them from run.ts (OUTPUTS).
 */
const actions = listActions(REPO).filter((action) =>
  existsSync(join(REPO, 'actions', action, 'src', 'inputs.ts')),
)

describe.each(actions)('%s declares', (action) => {
  it('the same engines in inputs.ts and run.ts, each with its tool spec and install strategy', async () => {
    const tools = (await load(action, 'inputs.ts')).ENGINE_TOOLS as EngineTools | undefined
    const engines = (await load(action, 'run.ts')).ENGINES as
      Record<string, ScanEngine<unknown>> | undefined
    if (tools === undefined && engines === undefined) return // not a scan action
    expect(Object.keys(engines ?? {})).toEqual(Object.keys(tools ?? {}))
    for (const [name, engine] of Object.entries(engines!)) {
      expect(engine.name, `${action} engine ${name}`).toBe(name)
      // The pipeline's own outputs are never an engine's (it refuses them at run time too).
      for (const output of engine.outputs ?? []) expect(SCAN_OUTPUTS).not.toContain(output)
      expect(engine.tool, `${action} engine ${name}'s tool`).toBe(tools![name])
      // An engine installs its tool itself exactly when the tool is no release of the manifest.
      expect(engine.install !== undefined, `${action} engine ${name} install`).toBe(
        engine.tool.source !== 'release',
      )
      // The installer names `<tool>-path` in its messages, and finds the tool in the manifest:
      // releases under `tools`, OS package builds under `builds` (pip installs are never verified).
      expect(engine.tool.pathInput).toBe(`${engine.tool.name}-path`)
      const manifest = bundledManifest()
      if (engine.tool.source === 'release') expect(manifest.tools[engine.tool.name]).toBeDefined()
      if (engine.tool.source === 'os-package') {
        expect(manifest.builds[engine.tool.name]?.length ?? 0).toBeGreaterThan(0)
      }
    }
  })

  it('the outputs action.yml lists, and names each engine in the engine input', async () => {
    const manifest = readActionManifest(action, REPO)
    const run = await load(action, 'run.ts')
    const engines = run.ENGINES as Record<string, ScanEngine<unknown>> | undefined
    // An action that lists its outputs itself (quality-gate, sign-image) says so in OUTPUTS.
    const own = run.OUTPUTS as readonly string[] | Record<string, string> | undefined
    const declared = own
      ? Object.values(own)
      : [...SCAN_OUTPUTS, ...Object.values(engines ?? {}).flatMap((e) => e.outputs ?? [])]
    expect(declared.length, `actions/${action}/src/run.ts declares its outputs`).toBeGreaterThan(0)
    expect([...new Set(declared)].sort()).toEqual(Object.keys(manifest.outputs).sort())
    for (const name of Object.keys(engines ?? {})) {
      expect(manifest.inputs.engine?.description, `${action} engine input`).toMatch(
        new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`),
      )
    }
  })
})

it('finds the scan actions and their engines', async () => {
  const withEngines = []
  for (const action of actions) if ((await load(action, 'run.ts')).ENGINES) withEngines.push(action)
  expect(withEngines).toEqual(['compliance', 'scan-deps', 'scan-iac', 'scan-image', 'scan-secrets'])
})
