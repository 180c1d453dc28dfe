import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RISK_THRESHOLD,
  DEFAULT_STAGES,
  DEFAULT_WEIGHTS,
  renderMatrixTable,
} from '@portcullis/gate'
import { SEVERITIES } from '@portcullis/core'
import picomatch from 'picomatch'
import { parse } from 'yaml'
import { REPO, isDict, workflowCallInterface } from './workflows.js'

const read = (path: string): string => readFileSync(join(REPO, path), 'utf8')

/** Rows of the markdown tables in a text, cells trimmed, separator rows dropped. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)))
}

const has = (rows: string[][], row: string[]): boolean =>
  rows.some((r) => r.length === row.length && r.every((c, i) => c === row[i]))

describe('docs/system-levels.md', () => {
  const rows = tableRows(read('docs/system-levels.md'))

  it('shows the severity matrix the gate enforces', () => {
    const expected = tableRows(renderMatrixTable())
    expect(expected).toHaveLength(5)
    for (const row of expected) expect(has(rows, row), row.join(' | ')).toBe(true)
  })

  it('shows the score weights, threshold and stage requirements the gate uses', () => {
    expect(has(rows, ['severity', ...SEVERITIES])).toBe(true)
    expect(has(rows, ['weight', ...SEVERITIES.map((s) => String(DEFAULT_WEIGHTS[s]))])).toBe(true)
    expect(read('docs/system-levels.md')).toContain(`(default ${DEFAULT_RISK_THRESHOLD})`)
    for (const [stage, kinds] of Object.entries(DEFAULT_STAGES)) {
      const row = rows.find((r) => r[0] === `\`${stage}\``)
      expect(row, stage).toBeDefined()
      const listed = (row?.[1] ?? '').split(/[ ,]+/).filter((w) => (kinds as string[]).includes(w))
      expect(new Set(listed), stage).toEqual(new Set(kinds))
    }
  })
})

describe('docs/ghes-and-air-gapped.md', () => {
  it('lists the mirror files of every scanner version the installer pins', () => {
    const manifest: unknown = JSON.parse(read('packages/installer/manifest/tools.json'))
    const tools = isDict(manifest) && isDict(manifest.tools) ? manifest.tools : {}
    const rows = tableRows(read('docs/ghes-and-air-gapped.md'))
    expect(Object.keys(tools).length).toBeGreaterThanOrEqual(5)
    for (const [name, spec] of Object.entries(tools)) {
      if (!isDict(spec) || !isDict(spec.assets) || typeof spec.defaultVersion !== 'string') {
        throw new Error(`manifest entry ${name} has no assets or defaultVersion`)
      }
      const version = spec.defaultVersion
      const tag = String(spec.tag).replace('{version}', version)
      const row = rows.find((r) => r[0] === name)
      expect(row, name).toBeDefined()
      expect(row?.[1]).toBe(`\`${String(spec.repository)}\``)
      expect(row?.[2]).toBe(`\`${tag}\``)
      for (const asset of Object.values(spec.assets)) {
        expect(row?.[3], `${name} asset`).toContain(
          `\`${String(asset).replace('{version}', version)}\``,
        )
      }
    }
  })
})

describe('docs/reusable-workflow.md', () => {
  it('documents every input, secret and output of the reusable workflow', () => {
    const api = workflowCallInterface('.github/workflows/portcullis.yml')
    expect(api).toBeDefined()
    const text = read('docs/reusable-workflow.md')
    for (const name of [
      ...Object.keys(api?.inputs ?? {}),
      ...(api?.secrets ?? []),
      ...(api?.outputs ?? []),
    ]) {
      expect(text, name).toContain(`\`${name}\``)
    }
  })
})

describe('docs/permissions.md', () => {
  it('has a row for every action', () => {
    const rows = tableRows(read('docs/permissions.md'))
    const actions = readdirSync(join(REPO, 'actions'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(REPO, 'actions', d.name, 'action.yml')))
      .map((d) => d.name)
    expect(actions.length).toBe(7)
    for (const action of actions) {
      expect(
        rows.some((r) => r[0] === `\`${action}\``),
        action,
      ).toBe(true)
    }
  })
})

describe('docs/permissions.md, the reusable workflow', () => {
  it("has the workflow's jobs and the scopes each asks for", () => {
    const wf = parse(read('.github/workflows/portcullis.yml')) as { jobs: Record<string, unknown> }
    const text = read('docs/permissions.md')
    const section = text.slice(text.indexOf('## The reusable workflow'))
    const rows = tableRows(section.slice(0, section.indexOf('```')))
    const header = rows[0] ?? []
    const scopes = header.slice(1).map((c) => c.replace(/`/g, ''))
    expect(scopes).toEqual(['contents', 'security-events', 'pull-requests', 'packages'])
    const documented = new Map<string, Record<string, string>>()
    for (const row of rows.slice(1)) {
      for (const job of (row[0] ?? '').split(',').map((j) => j.trim().replace(/`/g, ''))) {
        const p: Record<string, string> = {}
        scopes.forEach((scope, i) => {
          const level = row[i + 1] ?? ''
          if (level === 'read' || level === 'write') p[scope] = level
        })
        documented.set(job, p)
      }
    }
    expect(new Set(documented.keys())).toEqual(new Set(Object.keys(wf.jobs)))
    for (const [job, spec] of Object.entries(wf.jobs)) {
      const declared = isDict(spec) && isDict(spec.permissions) ? spec.permissions : {}
      expect(documented.get(job), job).toEqual(declared)
    }
  })
})

describe('README.md, set-up on a fresh machine', () => {
  it('names every apt source and package test/provision.sh installs', () => {
    const script = read('test/provision.sh')
    const readme = read('README.md')
    const setup = readme.slice(
      readme.indexOf('## Set-up on a fresh machine'),
      readme.indexOf('## Development'),
    )
    const list = (name: string): string[] => {
      const m = new RegExp(`^${name}=\\(([^)]*)\\)`, 'm').exec(script)
      if (!m?.[1]) throw new Error(`test/provision.sh has no ${name}=(...)`)
      return m[1].split(/\s+/).filter(Boolean)
    }
    const packages = [
      ...list('trixie_packages'),
      ...list('bookworm_packages'),
      ...list('optional_packages'),
    ]
    expect(packages.length).toBeGreaterThanOrEqual(10)
    for (const p of packages) expect(setup, p).toContain(`\`${p}\``)
    for (const path of ['trixie_source', 'trixie_pin']) {
      const m = new RegExp(`^${path}=(\\S+)`, 'm').exec(script)
      expect(m?.[1], path).toBeDefined()
      expect(setup, path).toContain(`\`${m?.[1] ?? ''}\``)
    }
    expect(setup).toContain('npm run demo')
    expect(setup).toContain('bash test/provision.sh --check')
  })
})

describe('docs/release.md and .github/CODEOWNERS', () => {
  /** CODEOWNERS rules in order: a picomatch glob for each pattern, and its owners. */
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [pattern = '', ...owners] = l.split(/\s+/)
      let glob = pattern.startsWith('/') ? pattern.slice(1) : `**/${pattern}`
      if (glob.endsWith('/')) glob += '**'
      return { pattern, match: picomatch(glob === '**/*' ? '**' : glob, { dot: true }), owners }
    })
  /** The owners of a path: the last matching rule wins, as on GitHub. */
  const ownersOf = (path: string): string[] =>
    rules.filter((r) => r.match(path)).pop()?.owners ?? []

  it('gives dist/, the build, the dependencies, the scanner digests and .github/ to the release team', () => {
    for (const path of [
      'dist/scan-deps/index.js',
      'action-catalog.md',
      'packages/devtools/src/build.ts',
      'package.json',
      'package-lock.json',
      'packages/core/package.json',
      'packages/installer/manifest/tools.json',
      '.github/workflows/release.yml',
      '.github/release/verify-tag.sh',
      '.github/CODEOWNERS',
    ]) {
      expect(ownersOf(path), path).toEqual(['@OWNER/portcullis-release'])
    }
    expect(ownersOf('packages/core/src/model.ts')).toEqual(['@OWNER/portcullis-maintainers'])
  })

  it('requires status checks that are jobs of ci.yml, the dist drift check among them', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, Record<string, unknown>>
    }
    const reusable = parse(read('.github/workflows/portcullis.yml')) as {
      jobs: Record<string, Record<string, unknown>>
    }
    const checks = new Set<string>()
    for (const job of Object.values(ci.jobs)) {
      if (typeof job.uses === 'string' && job.uses.endsWith('/portcullis.yml')) {
        for (const called of Object.values(reusable.jobs))
          checks.add(`${String(job.name)} / ${String(called.name)}`)
      } else checks.add(String(job.name))
    }
    const release = read('docs/release.md')
    const flat = release.replace(/\s+/g, ' ')
    const from = flat.indexOf('with the branch up to date:')
    const to = flat.indexOf('(the jobs of', from)
    expect(from).toBeGreaterThan(0)
    const listed = [...flat.slice(from, to).matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')
    expect(listed).toContain('dist matches a fresh build')
    expect(listed.length).toBeGreaterThanOrEqual(4)
    for (const name of listed) expect(checks, name).toContain(name)
    const drift = Object.values(ci.jobs).find((j) => j.name === 'dist matches a fresh build')
    expect(JSON.stringify(drift?.steps)).toContain('npm run check:generated')
  })

  it('keeps dist/ diffs visible: generated, collapsed, never -diff', () => {
    const attributes = read('.gitattributes')
    expect(attributes).toMatch(/^dist\/\*\* linguist-generated=true$/m)
    expect(attributes).not.toMatch(/-diff/)
  })
})

describe('links', () => {
  it('between the docs, SECURITY.md and CHANGELOG.md resolve to files in the repository', () => {
    const files = [
      ...readdirSync(join(REPO, 'docs')).map((f) => `docs/${f}`),
      'SECURITY.md',
      'CHANGELOG.md',
    ]
    const broken: string[] = []
    for (const file of files) {
      for (const m of read(file).matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1] ?? ''
        if (/^[a-z]+:/.test(target)) continue
        if (!existsSync(join(REPO, dirname(file), target))) broken.push(`${file}: ${target}`)
      }
    }
    expect(broken).toEqual([])
  })
})
