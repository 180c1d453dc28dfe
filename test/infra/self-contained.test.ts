import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * A plain clone must pass its own tests: nothing a test, the test tooling or a script reads may live
 * outside the repository (a sibling folder, a path on the developer's machine). Two checks: every
 * relative path written in the sources stays inside the repository, and the tests that read data
 * files pass from a copy of the repository that has no sibling folders at all.
 */

const ROOT = resolve(import.meta.dirname, '../..')

/** Files the repository ships, committed or about to be (untracked but not ignored). */
function repositoryFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f !== '')
}

/** Sources that run at test, build, demo or CI time. Scanner data under test/corpus is not code. */
function sourceFiles(): string[] {
  return repositoryFiles().filter(
    (f) =>
      !f.startsWith('dist/') &&
      !f.startsWith('test/corpus/') &&
      !f.includes('/fixtures/') &&
      (/\.(ts|js|mjs|cjs|sh)$/.test(f) || f.startsWith('.ci/') || f === 'package.json'),
  )
}

/** A line that deliberately spells an escaping path as data (a hostile input) says so. */
const NOT_A_PATH = 'self-contained: data, not a path'

export interface Escape {
  readonly file: string
  readonly line: number
  readonly literal: string
}

/**
 * Every quoted literal that is a relative path climbing out of its folder ('../x', '..'), resolved
 * from the folder of the file that names it, and every mention of a folder beside the repository
 * by name of the folder the scanner corpus once lived in beside the repository. Returns the ones
 * that leave `root`.
 */
export function findEscapes(root: string, files: readonly string[]): Escape[] {
  const escapes: Escape[] = []
  const literal = /(['"`])((?:\.\.(?:\/|(?=\1)))+[^'"`$]*)\1/g
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n')
    lines.forEach((text, i) => {
      if (text.includes(NOT_A_PATH)) return
      for (const m of text.matchAll(literal)) {
        const target = resolve(root, dirname(file), m[2]!)
        const rel = relative(root, target)
        if (rel === '..' || rel.startsWith('../') || isAbsolute(rel))
          escapes.push({ file, line: i + 1, literal: m[2]! })
      }
      for (const m of text.matchAll(/\bshared\/corpus\b/g))
        escapes.push({ file, line: i + 1, literal: m[0] })
    })
  }
  return escapes
}

describe('the repository is self-contained', () => {
  it('finds an escaping path when there is one (the check itself can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-escape-'))
    try {
      mkdirSync(join(dir, 'test/support'), { recursive: true })
      // The old corpus folder's name, assembled so this file never spells a path outside the repo.
      const oldCorpus = ['shared', 'corpus'].join('/')
      const source = [
        "import { x } from '../y.js'",
        `const a = resolve(here, '../../../${oldCorpus}')`, // self-contained: data, not a path
        "const b = '../../../outside.json'", // self-contained: data, not a path
        "const c = 'src/../../etc/passwd'",
        `const d = '../../../etc/passwd' // ${NOT_A_PATH}`, // self-contained: data, not a path
      ].join('\n')
      const file = 'test/support/corpus.ts'
      writeFileSync(join(dir, file), source)
      const found = findEscapes(dir, [file]).map((e) => `${e.line}:${e.literal}`)
      const expected = [
        `2:../../../${oldCorpus}`, // self-contained: data, not a path
        `2:${oldCorpus}`, // self-contained: data, not a path
        '3:../../../outside.json', // self-contained: data, not a path
      ]
      expect(found).toEqual(expected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('no test, test helper, script or build tool names a path outside the repository', () => {
    const files = sourceFiles()
    expect(files).toContain('test/support/corpus.ts')
    expect(files).toContain('.ci/run')
    expect(findEscapes(ROOT, files)).toEqual([])
  })

  it(
    'the tests that read data files pass from a copy of the repository with no sibling folders',
    { timeout: 600_000 },
    () => {
      // Every parser test that reads the scanner corpus. Tests that run real scanners for minutes
      // are left to .ci/run, which runs the whole suite from such a copy.
      const dataTests = repositoryFiles()
        .filter((f) => /^test\/(core|sarif|scanners)\/.*\.test\.ts$/.test(f))
        .filter((f) => !f.endsWith('/multitool.test.ts'))
        .filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('support/corpus.js'))
      expect(dataTests).toContain('test/core/corpus-manifest.test.ts')
      expect(dataTests.length).toBeGreaterThan(10)

      const parent = mkdtempSync(join(tmpdir(), 'portcullis-isolated-'))
      const copy = join(parent, 'portcullis')
      try {
        for (const f of repositoryFiles()) {
          mkdirSync(dirname(join(copy, f)), { recursive: true })
          cpSync(join(ROOT, f), join(copy, f))
        }
        symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
        expect(readdirSync(parent)).toEqual(['portcullis'])
        const run = spawnSync(
          process.execPath,
          [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=dot', ...dataTests],
          { cwd: copy, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 540_000 },
        )
        expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-6000)).toBe(0)
      } finally {
        rmSync(parent, { recursive: true, force: true })
      }
    },
  )

  it('.ci/run runs the README test command in a copy with no sibling folders', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('npm ci && npm test')
    const bin = mkdtempSync(join(tmpdir(), 'portcullis-fake-npm-'))
    try {
      const log = join(bin, 'calls.log')
      // A stand-in npm that records where and how it was called, and what it saw around it.
      writeFileSync(
        join(bin, 'npm'),
        [
          '#!/bin/sh',
          `{ echo "npm $* in $PWD"; ls -A ..; git status --porcelain | head -3;`,
          `  test -f test/corpus/MANIFEST.md && echo corpus; test -e node_modules && echo node_modules; } >> '${log}'; exit 0`,
        ].join('\n'),
        { mode: 0o755 },
      )
      const run = spawnSync('bash', [join(ROOT, '.ci/run')], {
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
      })
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
      const calls = readFileSync(log, 'utf8').trim().split('\n')
      const copy = /^npm ci in (\/.+\/portcullis-ci\.[^/]+\/portcullis)$/.exec(calls[0] ?? '')?.[1]
      expect(copy, calls.join('\n')).toBeDefined()
      expect(copy!.startsWith(ROOT)).toBe(false)
      // Each call: where, the copy's parent holds nothing else, git sees a clean tree, the corpus is
      // there and node_modules is not carried over from this checkout.
      expect(calls).toEqual([
        `npm ci in ${copy}`,
        'portcullis',
        'corpus',
        `npm test in ${copy}`,
        'portcullis',
        'corpus',
      ])
      expect(existsSync(copy!), 'the copy is removed afterwards').toBe(false)
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })
})
