import { describe, expect, it } from 'vitest'
import { loadReports, resolveReportPaths } from '@portcullis/gate'
import { report, tempTree } from './helpers.js'

describe('loading findings reports', () => {
  const dir = tempTree({
    'findings/secrets.json': report('scan-secrets'),
    'findings/nested/job-2/deps.json': report('scan-deps'),
    'findings/results.sarif': '{}',
    'artifacts/a/iac.json': report('scan-iac'),
    'artifacts/b/image.json': report('scan-image'),
    'artifacts/b/notes.txt': 'x',
    'single.json': `\ufeff${JSON.stringify(report('compliance'))}`,
    'empty/.keep': '',
  })

  it('reads folders recursively (*.json only), globs and single files, each once', () => {
    const resolved = resolveReportPaths(
      ['findings', 'artifacts/**/*.json', 'single.json', 'findings/secrets.json'],
      undefined,
      dir,
    )
    expect(resolved.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'findings/nested/job-2/deps.json',
      'findings/secrets.json',
      'artifacts/a/iac.json',
      'artifacts/b/image.json',
      'single.json',
    ])
    expect(resolved.missingFiles).toEqual([])
  })

  it('reports actions and names files relative to the workspace; a byte-order mark is fine', () => {
    const result = loadReports(['findings', 'artifacts/*/iac.json', 'single.json'], undefined, dir)
    expect(result.problems).toEqual([])
    expect(result.reports.map((r) => [r.file, r.report.action])).toEqual([
      ['findings/nested/job-2/deps.json', 'scan-deps'],
      ['findings/secrets.json', 'scan-secrets'],
      ['artifacts/a/iac.json', 'scan-iac'],
      ['single.json', 'compliance'],
    ])
  })

  it('notes folders and globs that matched nothing; a named missing .json file is a reason', () => {
    const result = loadReports(
      ['empty', 'nowhere', 'artifacts/**/*.xml', 'gone.json'],
      undefined,
      dir,
    )
    expect(result.reports).toEqual([])
    expect(result.notices).toEqual([
      'findings: empty matched no report files',
      'findings: nowhere matched no report files',
      'findings: artifacts/**/*.xml matched no report files',
    ])
    expect(result.problems).toEqual([
      { code: 'unreadable-report', message: 'gone.json (named in findings) does not exist' },
    ])
  })

  it('accepts absolute paths', () => {
    const result = loadReports([`${dir}/single.json`], undefined, '/')
    expect(result.reports).toHaveLength(1)
  })
})
