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
