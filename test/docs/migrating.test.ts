import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePolicy } from '@portcullis/gate'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '../..')
const DOC = readFileSync(join(ROOT, 'docs/migrating.md'), 'utf8')

function inputsOf(action: string): Set<string> | undefined {
  try {
    const manifest = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, unknown>
    }
    return new Set(Object.keys(manifest.inputs ?? {}))
  } catch {
    return undefined
  }
}

/** `a.b.c: v` → the YAML mapping `{a: {b: {c: v}}}`. */
function policyYaml(reference: string): string {
  const m = /^([\w.-]+):\s*(.+)$/.exec(reference)
  if (!m) throw new Error(`'${reference}' is not 'key.path: value'`)
  const keys = m[1]!.split('.')
  return keys
    .map((k, i) => `${'  '.repeat(i)}${k}:${i === keys.length - 1 ? ` ${m[2]}` : ''}`)
    .join('\n')
}

interface Row {
  readonly section: string
  readonly setting: string
  readonly references: readonly string[]
}

/** The mapping tables: every row's first cell is the setting, the second names where it went. */
function rows(doc: string): Row[] {
  const out: Row[] = []
  let section = ''
  for (const line of doc.split('\n')) {
    const heading = /^## (.+)$/.exec(line)
    if (heading) section = heading[1]!
    const cells = line.split('|').map((c) => c.trim())
    if (!line.startsWith('| `') || cells.length < 4) continue
    const setting = /^`([^`]+)`/.exec(cells[1]!)?.[1]
    if (setting === undefined) continue
    out.push({
      section,
      setting,
      references: [...cells[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
    })
  }
  return out
}

/** Why a reference is not real, or undefined when it names an action input or a policy key. */
function problem(reference: string): string | undefined {
  const policy = /^policy: (.+)$/.exec(reference)
  if (policy) {
    try {
      parsePolicy(policyYaml(policy[1]!), 'docs/migrating.md')
      return undefined
    } catch (e) {
      return (e as Error).message
    }
  }
  const input = /^([a-z-]+)\.([a-z0-9-]+)$/.exec(reference)
  if (!input) return 'neither `action.input` nor `policy: key: value`'
  const inputs = inputsOf(input[1]!)
  if (!inputs) return `${input[1]} is not an action`
  return inputs.has(input[2]!) ? undefined : `${input[1]} has no input ${input[2]}`
}

describe('docs/migrating.md', () => {
  const table = rows(DOC)

  it('maps every trivy-action input, gitleaks-action setting and upload-sarif input', () => {
    const settings = (section: string) =>
      table.filter((r) => r.section === section).map((r) => r.setting)
    expect(settings('trivy-action')).toEqual(
      expect.arrayContaining([
        'scan-type',
        'image-ref',
        'scan-ref',
        'severity',
        'ignore-unfixed',
        'vuln-type',
        'scanners',
        'skip-dirs',
        'skip-files',
        'trivyignores',
        'trivy-config',
        'format',
        'output',
        'template',
        'exit-code',
        'limit-severities-for-sarif',
        'tf-vars',
        'version',
        'cache',
        'list-all-pkgs',
      ]),
    )
    // pkg-types is vuln-type's newer name and shares its row.
    expect(DOC).toMatch(/^\| `vuln-type` \/ `pkg-types` +\|/m)
    expect(settings('gitleaks-action')).toEqual(
      expect.arrayContaining([
        'GITHUB_TOKEN',
        'GITLEAKS_LICENSE',
        'GITLEAKS_CONFIG',
        'GITLEAKS_ENABLE_COMMENTS',
        'GITLEAKS_NOTIFY_USER_LIST',
        'GITLEAKS_ENABLE_UPLOAD_ARTIFACT',
        'GITLEAKS_ENABLE_SUMMARY',
        'GITLEAKS_VERSION',
        'BASE_REF',
      ]),
    )
    expect(settings('upload-sarif')).toEqual(['sarif_file', 'category'])
  })

  it('every row names at least one real input or policy key, and nothing that is not one', () => {
    expect(table.length).toBeGreaterThan(30)
    for (const row of table) {
      expect(row.references.length, `${row.section} ${row.setting}`).toBeGreaterThan(0)
      for (const ref of row.references)
        expect(problem(ref), `${row.section} ${row.setting}: ${ref}`).toBeUndefined()
    }
  })

  it('the reference check rejects what is not real', () => {
    expect(problem('scan-deps.skip-dirs')).toBeUndefined()
    expect(problem('policy: levels.3.counts-from: medium')).toBeUndefined()
    expect(problem('scan-deps.severity')).toBe('scan-deps has no input severity')
    expect(problem('scan-nothing.path')).toBe('scan-nothing is not an action')
    expect(problem('policy: levels.3.severity: high')).toMatch(/levels\.3\.severity/)
    expect(problem('severity')).toMatch(/neither/)
  })
})
