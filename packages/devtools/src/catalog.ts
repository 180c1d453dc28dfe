import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listActions, readActionManifest, REPO_ROOT } from './actions.js'

const cell = (s: string) =>
  s
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim()

/** Renders action-catalog.md from the action.yml files; CI fails when the committed file differs. */
export function renderCatalog(root = REPO_ROOT): string {
  const parts: string[] = [
    '# Portcullis action catalog',
    '',
    '<!-- Generated from actions/*/action.yml by `npm run catalog`. Do not edit by hand. -->',
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
  writeFileSync(join(REPO_ROOT, 'action-catalog.md'), renderCatalog())
  console.log('wrote action-catalog.md')
}
