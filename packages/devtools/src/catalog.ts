import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ScanEngine, ToolSpec } from '@portcullis/engine'
import { bundledManifest } from '@portcullis/installer'
import { listActions, readActionManifest, REPO_ROOT } from './actions.js'

const cell = (s: string) =>
  s
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim()

/** Where an engine's binary comes from when no `<tool>-path` is given. */
function binarySource(tool: ToolSpec): string {
  if (tool.source === 'release') {
    const version = bundledManifest().tools[tool.name]?.defaultVersion
    return `pinned release${version ? ` (default ${version})` : ''}, SHA-256 checked`
  }
  if (tool.source === 'os-package')
    return 'OS package at a pinned version, digest held against the manifest'
  return 'pip, a pinned version in a private venv; not verified by digest'
}

/**
 * The engine rows of a scan action, from its declaration (actions/<name>/src/run.ts `ENGINES`);
 * none for an action without engines.
 */
async function engineRows(name: string, root: string): Promise<string[]> {
  const file = join(root, 'actions', name, 'src', 'run.ts')
  if (!existsSync(file)) return []
  const engines = ((await import(pathToFileURL(file).href)) as { ENGINES?: unknown }).ENGINES as
    Readonly<Record<string, ScanEngine<unknown>>> | undefined
  if (!engines) return []
  const rows = [
    '### Engines',
    '',
    '| engine | tool | binary | own binary | adds outputs |',
    '|---|---|---|---|---|',
  ]
  for (const [value, engine] of Object.entries(engines)) {
    const outputs = (engine.outputs ?? []).map((o) => `\`${o}\``).join(', ')
    rows.push(
      `| \`${value}\` | ${engine.tool.name} | ${binarySource(engine.tool)} | \`${engine.tool.pathInput}\` | ${outputs} |`,
    )
  }
  return [...rows, '']
}

/** Renders action-catalog.md from the action.yml files and the actions' engine declarations; CI fails when the committed file differs. */
export async function renderCatalog(root = REPO_ROOT): Promise<string> {
  const parts: string[] = [
    '# Portcullis action catalog',
    '',
    '<!-- Generated from actions/*/action.yml and the engines each action declares, by `npm run catalog`. Do not edit by hand. -->',
    '',
    'Pin every action by commit SHA, or use the reusable workflow in `.github/workflows/portcullis.yml`.',
    'The examples write `@<sha> # v1.x.y`: replace it with the commit SHA and version of the release you',
    'reviewed (docs/pinning.md); GitHub refuses to run the placeholder itself.',
    '',
  ]
  const names = listActions(root)
  parts.push(...names.map((n) => `- [${n}](#${n})`), '')
  for (const name of names) {
    const m = readActionManifest(name, root)
    parts.push(`## ${name}`, '', cell(m.description), '')
    parts.push(...(await engineRows(name, root)))
    parts.push(
      '### Inputs',
      '',
      '| input | required | default | description |',
      '|---|---|---|---|',
    )
    for (const [input, spec] of Object.entries(m.inputs)) {
      const def =
        spec.default === undefined ? '' : spec.default === '' ? '`""`' : `\`${cell(spec.default)}\``
      parts.push(
        `| \`${input}\` | ${spec.required ? 'yes' : 'no'} | ${def} | ${cell(spec.description)} |`,
      )
    }
    parts.push('', '### Outputs', '', '| output | description |', '|---|---|')
    for (const [output, spec] of Object.entries(m.outputs))
      parts.push(`| \`${output}\` | ${cell(spec.description)} |`)
    const required = Object.entries(m.inputs).filter(([, s]) => s.required)
    parts.push(
      '',
      '### Example',
      '',
      '```yaml',
      `- uses: OWNER/portcullis/actions/${name}@<sha> # v1.x.y`,
    )
    if (required.length > 0) {
      parts.push('  with:')
      for (const [input] of required)
        parts.push(
          `    ${input}: ${input === 'image' ? 'ghcr.io/OWNER/app:${{ github.sha }}' : '...'}`,
        )
    }
    parts.push('```', '')
  }
  return parts.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(REPO_ROOT, 'action-catalog.md'), await renderCatalog())
  console.log('wrote action-catalog.md')
}
