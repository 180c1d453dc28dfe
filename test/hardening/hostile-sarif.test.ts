import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findingsToSarif, sarifToFindings } from '@portcullis/sarif'
import { WorkspaceReader } from '@portcullis/engine'
import { hostileTemp, markdownTable, syncDocSection } from '../support/hostile.js'

/** URIs an imported SARIF may carry to make the suite read or report a file outside the workspace. */
const HOSTILE_URIS = [
  '../../etc/passwd',
  'src/../../../etc/passwd',
  '/etc/passwd',
  'file:///etc/passwd',
  '%2e%2e/%2e%2e/etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '..\\..\\etc\\passwd',
  'C:/Windows/win.ini',
  'https://example.invalid/x.js',
  'passwd-link',
  'outside-dir/secret.env',
]

function sarifWith(uri: string) {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'hostile-tool' } },
        originalUriBaseIds: { SRCROOT: { uri: 'file:///' } },
        results: [
          {
            ruleId: 'R1',
            level: 'error',
            message: { text: 'x' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri },
                  region: { startLine: 1, endLine: 2 },
                },
              },
            ],
          },
        ],
      },
    ],
  }
}

describe('imported SARIF with hostile artifact URIs', () => {
  const root = hostileTemp('hostile-sarif-')
  const workspace = join(root, 'ws')
  mkdirSync(join(root, 'outside'), { recursive: true })
  mkdirSync(workspace)
  writeFileSync(join(root, 'outside', 'secret.env'), 'outside-the-workspace\n')
  symlinkSync('/etc/passwd', join(workspace, 'passwd-link'))
  symlinkSync(join(root, 'outside'), join(workspace, 'outside-dir'))
  const reader = new WorkspaceReader(workspace)
  const rows: string[][] = []

  it.each(HOSTILE_URIS)('%s: no location, nothing outside read, no URI out in our SARIF', (uri) => {
    const reads: { path: string; text: string | undefined }[] = []
    const imported = sarifToFindings(sarifWith(uri), {
      workspace,
      readLines: (path, start, end) => {
        const text = reader.lines(path, start, end)
        reads.push({ path, text })
        return text
      },
    })
    expect(imported.findings).toHaveLength(1)
    const finding = imported.findings[0]!
    // Whatever was asked, nothing outside the workspace came back.
    for (const r of reads) expect(r.text, r.path).toBeUndefined()
    const path = finding.location?.path
    if (path !== undefined) {
      expect(path.startsWith('/')).toBe(false)
      expect(path.split('/')).not.toContain('..')
    }
    const out = findingsToSarif({
      runs: [{ tool: { name: 'x', version: '1' }, category: 'c', findings: imported.findings }],
      readFile: (p) => reader.read(p),
      workflowPath: '.github/workflows/security.yml',
    })
    for (const r of out.runs[0]!.results ?? []) {
      for (const loc of r.locations ?? []) {
        const u = loc.physicalLocation?.artifactLocation?.uri ?? ''
        expect(u).not.toMatch(/^([a-z]+:|\/)/i)
        expect(decodeURIComponent(u).replace(/\\/g, '/').split('/')).not.toContain('..')
      }
      // A line hash of a symlinked file outside would be a digest of its content.
      if (path === 'passwd-link' || path?.startsWith('outside-dir/'))
        expect(r.partialFingerprints?.primaryLocationLineHash).toBeUndefined()
    }
    rows.push([
      `\`${uri}\``,
      path === undefined ? 'location dropped' : `kept as \`${path}\` (not read)`,
    ])
  })

  it('docs/hardening.md lists the hostile SARIF URIs', () => {
    expect(rows).toHaveLength(HOSTILE_URIS.length)
    syncDocSection(
      'hostile-sarif',
      `## Hostile URIs in an imported SARIF\n\n${markdownTable(['artifact URI', 'result'], rows)}`,
    )
  })
})
