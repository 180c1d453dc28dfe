import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { listActions, REPO_ROOT } from './actions.js'

/**
 * Bundles every actions/<name>/src/index.ts into dist/<name>/ with ncc. Each output folder is wiped
 * first so a stale chunk never survives a rebuild; CI rebuilds and fails on any difference.
 */
export function buildAll(root = REPO_ROOT, only?: readonly string[]): string[] {
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  const built: string[] = []
  for (const name of listActions(root)) {
    if (only && only.length > 0 && !only.includes(name)) continue
    const entry = join(root, 'actions', name, 'src', 'index.ts')
    if (!existsSync(entry)) throw new Error(`actions/${name} has no src/index.ts`)
    const out = join(root, 'dist', name)
    rmSync(out, { recursive: true, force: true })
    execFileSync(
      process.execPath,
      [
        ncc,
        'build',
        entry,
        '-o',
        out,
        '--quiet',
        '--transpile-only',
        '--target',
        'es2022',
        '--license',
        'licenses.txt',
      ],
      { cwd: root, stdio: 'inherit' },
    )
    built.push(name)
  }
  return built
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = buildAll(REPO_ROOT, process.argv.slice(2))
  console.log(`built ${built.length} action bundle(s): ${built.join(', ')}`)
}
