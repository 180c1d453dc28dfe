import { ESLint } from 'eslint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/scanners.js'

/**
 * The forbidden edges of the package graph are ESLint rules (eslint.config.js); this lints a
 * one-line module as if it sat in each package and checks the edge is refused, or allowed.
 */
const eslint = new ESLint({ cwd: REPO_ROOT })

async function messages(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(REPO_ROOT, file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

const SCANNERS_ONLY =
  /packages\/scanners import only @portcullis\/core \(model, ports\), @portcullis\/engine/
const ENGINE_ONLY = /packages\/engine imports only @portcullis\/core/

describe('package graph lint', () => {
  it.each([
    ['packages/core/src/edge.ts', '@portcullis/scan', /packages\/core imports no other package/],
    ['packages/core/src/edge.ts', '@actions/core', /packages\/core imports nothing from @actions/],
    [
      'packages/sarif/src/edge.ts',
      '@portcullis/scanners/trivy',
      /packages\/sarif imports only @portcullis\/core/,
    ],
    [
      'packages/sarif/src/edge.ts',
      '@portcullis/action-kit',
      /packages\/sarif imports only @portcullis\/core/,
    ],
    [
      'packages/scanners/src/edge.ts',
      '@actions/exec',
      /Only packages\/action-kit may import @actions/,
    ],
    ['packages/scanners/src/trivy/edge.ts', '@portcullis/action-kit', SCANNERS_ONLY],
    ['packages/scanners/src/edge.ts', '@portcullis/action-kit/github', SCANNERS_ONLY],
    ['packages/scanners/src/edge.ts', '@portcullis/scan', SCANNERS_ONLY],
    ['packages/scanners/src/edge.ts', '@portcullis/installer', SCANNERS_ONLY],
    ['packages/scanners/src/edge.ts', '@portcullis/gate', SCANNERS_ONLY],
    ['packages/engine/src/edge.ts', '@portcullis/action-kit', ENGINE_ONLY],
    ['packages/engine/src/edge.ts', '@portcullis/scan', ENGINE_ONLY],
    ['packages/engine/src/edge.ts', '@portcullis/scanners/trivy', ENGINE_ONLY],
    [
      'packages/engine/src/edge.ts',
      '@actions/core',
      /Only packages\/action-kit may import @actions/,
    ],
  ])('%s importing %s fails', async (file, target, message) => {
    const found = await messages(file, `import { x } from '${target}'\nexport const y = x\n`)
    expect(found).toEqual([expect.stringMatching(message)])
  })

  it.each([
    ['packages/sarif/src/edge.ts', '@portcullis/core'],
    ['packages/scanners/src/edge.ts', '@portcullis/core'],
    ['packages/scanners/src/edge.ts', '@portcullis/core/ports'],
    ['packages/scanners/src/edge.ts', '@portcullis/engine'],
    ['packages/scanners/src/edge.ts', '@portcullis/sarif'],
    ['packages/engine/src/edge.ts', '@portcullis/core/ports'],
    ['packages/scan/src/edge.ts', '@portcullis/engine'],
  ])('%s importing %s passes', async (file, target) => {
    expect(await messages(file, `import { x } from '${target}'\nexport const y = x\n`)).toEqual([])
  })
})

/** The suite's packages each import of its source names, from `from '…'` and `import('…')`. */
function importedPackages(dir: string): string[] {
  const found = new Set<string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8')
    for (const m of source.matchAll(/(?:from\s+|import\(\s*)'(@portcullis\/[a-z-]+)/g))
      found.add(m[1]!)
  }
  return [...found].sort()
}

describe('declared workspace dependencies', () => {
  const packages = readdirSync(join(REPO_ROOT, 'packages'))
  it.each(packages)('packages/%s declares exactly the suite packages it imports', (name) => {
    const manifest = JSON.parse(
      readFileSync(join(REPO_ROOT, 'packages', name, 'package.json'), 'utf8'),
    ) as { name: string; dependencies?: Record<string, string> }
    const declared = Object.keys(manifest.dependencies ?? {})
      .filter((d) => d.startsWith('@portcullis/'))
      .sort()
    const imported = importedPackages(join(REPO_ROOT, 'packages', name, 'src')).filter(
      (d) => d !== manifest.name,
    )
    expect(declared).toEqual(imported)
  })

  it('finds the edges it checks (scan imports the engine contract)', () => {
    expect(importedPackages(join(REPO_ROOT, 'packages', 'scan', 'src'))).toContain(
      '@portcullis/engine',
    )
  })
})
