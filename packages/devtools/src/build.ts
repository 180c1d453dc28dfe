import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { listActions, REPO_ROOT } from './actions.js'

/** Bundles that are not actions: the `portcullis` command (package.json `bin`). */
export const EXTRA_BUNDLES: readonly { readonly name: string; readonly entry: string }[] = [
  { name: 'cli', entry: 'packages/gate/src/bin.ts' },
]

function bundle(root: string, entry: string, out: string): void {
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
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
}

/**
 * Bundles every actions/<name>/src/index.ts into dist/<name>/ with ncc. Each output folder is wiped
 * first so a stale chunk never survives a rebuild; CI rebuilds and fails on any difference.
 */
export function buildAll(root = REPO_ROOT, only?: readonly string[]): string[] {
  const wanted = (name: string) => !only || only.length === 0 || only.includes(name)
  const built: string[] = []
  for (const name of listActions(root)) {
    if (!wanted(name)) continue
    const entry = join(root, 'actions', name, 'src', 'index.ts')
    if (!existsSync(entry)) throw new Error(`actions/${name} has no src/index.ts`)
    bundle(root, entry, join(root, 'dist', name))
    built.push(name)
  }
  for (const extra of EXTRA_BUNDLES) {
    if (!wanted(extra.name) || !existsSync(join(root, extra.entry))) continue
    bundle(root, join(root, extra.entry), join(root, 'dist', extra.name))
    built.push(extra.name)
  }
  return built
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = buildAll(REPO_ROOT, process.argv.slice(2))
  console.log(`built ${built.length} bundle(s): ${built.join(', ')}`)
}
