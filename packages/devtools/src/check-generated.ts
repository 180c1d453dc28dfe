import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintActionManifest, listActions, REPO_ROOT } from './actions.js'
import { buildAll } from './build.js'
import { renderCatalog } from './catalog.js'

/**
 * Fails when dist/ or action-catalog.md differ from what the sources generate, untracked files
 * included, and when an action.yml breaks the house rules. Returns the problems found.
 */
export async function checkGenerated(root = REPO_ROOT): Promise<string[]> {
  const problems: string[] = []
  for (const name of listActions(root)) problems.push(...lintActionManifest(name, root))
  const catalog = await renderCatalog(root)
  let committed = ''
  try {
    committed = readFileSync(join(root, 'action-catalog.md'), 'utf8')
  } catch {
    // missing counts as stale
  }
  if (committed !== catalog)
    problems.push('action-catalog.md is stale: run `npm run catalog` and commit it')
  buildAll(root)
  const status = execFileSync(
    'git',
    ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  ).trim()
  if (status !== '') {
    problems.push(
      `dist/ differs from a fresh build: run \`npm run build\` and commit dist/\n${status}`,
    )
  }
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await checkGenerated()
  if (problems.length > 0) {
    for (const p of problems) console.error(p)
    process.exit(1)
  }
  console.log('dist/ and action-catalog.md are up to date')
}
