import { describe, expect, it } from 'vitest'
import { describeSuppressed, suppressionGroup, type Suppression } from '@portcullis/core'

describe('suppression groups and the summary line', () => {
  it.each<[Suppression, string]>([
    [{ kind: 'external', source: '.trivyignore:3' }, '.trivyignore'],
    [{ kind: 'external', source: 'ci/.trivyignore:3-4' }, 'ci/.trivyignore'],
    [{ kind: 'in-source', source: 'gitleaks:allow at src/a.env:2' }, 'gitleaks:allow'],
    [
      { kind: 'in-source', source: 'checkov:skip=CKV_AWS_20 at main.tf:7' },
      'checkov:skip=CKV_AWS_20',
    ],
    [{ kind: 'external', source: '.gitleaks.toml (input config)' }, '.gitleaks.toml'],
    [{ kind: 'vendor-status' }, 'vendor-status'],
    [{ kind: 'in-source', source: '  ' }, 'in-source'],
  ])('%j counts under %s', (suppression, group) => {
    expect(suppressionGroup(suppression)).toBe(group)
  })

  it('counts by source, largest first, and says 0 when nothing is suppressed', () => {
    const t = (source: string): { suppression: Suppression } => ({
      suppression: { kind: 'external', source },
    })
    expect(
      describeSuppressed([
        t('.trivyignore:3'),
        {},
        t('.trivyignore:4'),
        { suppression: { kind: 'in-source', source: 'gitleaks:allow at a.env:1' } },
        t('.trivyignore:9'),
      ]),
    ).toBe('suppressed 4 (by .trivyignore: 3, by gitleaks:allow: 1)')
    expect(describeSuppressed([{}, {}])).toBe('suppressed 0')
  })
})
