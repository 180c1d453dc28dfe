import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildAll,
  checkGenerated,
  lintActionManifest,
  listActions,
  renderCatalog,
} from '@portcullis/devtools'

const REPO = resolve(import.meta.dirname, '../..')

const ACTION_YML = `name: 'Demo'
description: 'A demo action.'
author: 'Portcullis'
branding:
  icon: 'shield'
  color: 'purple'
inputs:
  who:
    description: Who to greet.
    required: false
    default: 'world'
outputs:
  greeting:
    description: The greeting.
runs:
  using: 'node24'
  main: '../../dist/demo/index.js'
`

let root: string
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })

describe('generated files drift checks', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'drift-'))
    mkdirSync(join(root, 'actions', 'demo', 'src'), { recursive: true })
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'))
    writeFileSync(join(root, 'package.json'), '{"type":"module","private":true}\n')
    writeFileSync(join(root, '.gitignore'), 'node_modules\n')
    writeFileSync(
      join(root, 'tsconfig.json'),
      '{"compilerOptions":{"module":"ESNext","moduleResolution":"Bundler","target":"ES2022","strict":true}}\n',
    )
    writeFileSync(join(root, 'actions', 'demo', 'action.yml'), ACTION_YML)
    writeFileSync(join(root, 'actions', 'demo', 'src', 'index.ts'), "console.log('hello')\n")
    buildAll(root)
    writeFileSync(join(root, 'action-catalog.md'), await renderCatalog(root))
    git('init', '-q')
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init')
  }, 120_000)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('passes on a fresh, committed build', async () => {
    expect(await checkGenerated(root)).toEqual([])
  })

  it('fails when the source changed after dist was built', async () => {
    writeFileSync(join(root, 'actions', 'demo', 'src', 'index.ts'), "console.log('changed')\n")
    try {
      expect((await checkGenerated(root)).join('\n')).toMatch(
        /dist\/ differs from a fresh build[\s\S]*dist\/demo\/index.js/,
      )
    } finally {
      git('checkout', '--', '.')
      buildAll(root)
    }
  })

  it('fails on an untracked file in dist', async () => {
    writeFileSync(join(root, 'dist', 'demo', 'stray.js'), '')
    // a rebuild wipes the folder, so plant the stray file in a folder no action owns
    mkdirSync(join(root, 'dist', 'gone'), { recursive: true })
    writeFileSync(join(root, 'dist', 'gone', 'index.js'), '')
    try {
      expect((await checkGenerated(root)).join('\n')).toMatch(/\?\? dist\/gone\/index.js/)
    } finally {
      rmSync(join(root, 'dist', 'gone'), { recursive: true, force: true })
    }
  })

  it('fails when action-catalog.md is stale', async () => {
    writeFileSync(
      join(root, 'actions', 'demo', 'action.yml'),
      ACTION_YML.replace('Who to greet.', 'Whom to greet.'),
    )
    try {
      expect(await checkGenerated(root)).toContain(
        'action-catalog.md is stale: run `npm run catalog` and commit it',
      )
    } finally {
      git('checkout', '--', '.')
    }
  })

  it('flags an action.yml that breaks the house rules', async () => {
    writeFileSync(
      join(root, 'actions', 'demo', 'action.yml'),
      ACTION_YML.replace("using: 'node24'", "using: 'node20'").replace(
        "    required: false\n    default: 'world'\n",
        '',
      ),
    )
    try {
      expect(lintActionManifest('demo', root)).toEqual([
        'demo: runs.using must be node24',
        'demo: input who needs an explicit required: true|false',
      ])
    } finally {
      git('checkout', '--', '.')
    }
  })
})

describe('the repository itself', () => {
  it('has all seven actions and every action.yml follows the house rules', async () => {
    expect(listActions(REPO)).toEqual([
      'compliance',
      'quality-gate',
      'scan-deps',
      'scan-iac',
      'scan-image',
      'scan-secrets',
      'sign-image',
    ])
    for (const name of listActions(REPO)) expect(lintActionManifest(name, REPO)).toEqual([])
  })
})
