import { ESLint } from 'eslint'
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
    [
      'packages/scanners/src/trivy/edge.ts',
      '@portcullis/action-kit',
      /packages\/scanners take Logger, Exec and neutralize from @portcullis\/core\/ports/,
    ],
    [
      'packages/scanners/src/edge.ts',
      '@portcullis/action-kit/github',
      /packages\/scanners take Logger, Exec and neutralize from @portcullis\/core\/ports/,
    ],
  ])('%s importing %s fails', async (file, target, message) => {
    const found = await messages(file, `import { x } from '${target}'\nexport const y = x\n`)
    expect(found).toEqual([expect.stringMatching(message)])
  })

  it.each([
    ['packages/sarif/src/edge.ts', '@portcullis/core'],
    ['packages/scanners/src/edge.ts', '@portcullis/core'],
    ['packages/scanners/src/edge.ts', '@portcullis/core/ports'],
    ['packages/scanners/src/edge.ts', '@portcullis/scan'],
  ])('%s importing %s passes', async (file, target) => {
    expect(await messages(file, `import { x } from '${target}'\nexport const y = x\n`)).toEqual([])
  })
})
