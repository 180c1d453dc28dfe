import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '@portcullis/core'
import {
  defusedCopy,
  hiddenByMarkers,
} from '../../../packages/scanners/src/trivy/inline-ignores.js'

function finding(ruleId: string, path: string, startLine: number): Finding {
  return {
    fingerprint: `${ruleId}-${path}-${startLine}`,
    category: 'misconfiguration',
    ruleId,
    title: ruleId,
    severity: 'high',
    location: { path, startLine },
  }
}

describe('inline trivy:ignore markers', () => {
  it('defuses every marker in a copy, byte for byte the same length, and leaves the original alone', () => {
    const ws = mkdtempSync(join(tmpdir(), 'inline-ignores-'))
    const root = join(ws, 'infra')
    mkdirSync(join(root, 'mod'), { recursive: true })
    mkdirSync(join(root, '.git'))
    writeFileSync(join(root, '.git', 'HEAD'), '#trivy:ignore:x\n')
    const tf =
      '# café\n#trivy:ignore:AVD-AWS-0088\nresource "a" "b" {\n  acl = "x" // TFSEC:IGNORE:aws-s3\n}\n'
    writeFileSync(join(root, 'main.tf'), tf)
    writeFileSync(join(root, 'mod', 'plain.tf'), 'resource "c" "d" {}\n')
    const dest = join(ws, 'copy')
    const markers = defusedCopy(root, dest, ws)
    expect(markers).toEqual([
      { path: 'infra/main.tf', line: 2, marker: 'trivy:ignore', id: 'avd-aws-0088' },
      { path: 'infra/main.tf', line: 4, marker: 'tfsec:ignore', id: 'aws-s3' },
    ])
    const copied = readFileSync(join(dest, 'main.tf'))
    expect(copied.length).toBe(Buffer.byteLength(tf))
    expect(copied.toString('utf8')).toBe(
      '# café\n#trivy_ignore:AVD-AWS-0088\nresource "a" "b" {\n  acl = "x" // TFSEC_IGNORE:aws-s3\n}\n',
    )
    expect(readFileSync(join(root, 'main.tf'), 'utf8')).toBe(tf)
    expect(readFileSync(join(dest, 'mod', 'plain.tf'), 'utf8')).toBe('resource "c" "d" {}\n')
    expect(() => readFileSync(join(dest, '.git', 'HEAD'))).toThrow()
  })

  it('reports what only the defused scan found as suppressed, by the marker that names it or the nearest above', () => {
    const markers = [
      { path: 'main.tf', line: 5, marker: 'trivy:ignore', id: 'avd-aws-0088' },
      { path: 'main.tf', line: 6, marker: 'tfsec:ignore', id: 'aws-s3-enable-bucket-logging' },
      { path: 'main.tf', line: 20, marker: 'trivy:ignore', id: 'avd-aws-0092' },
    ]
    const found = [finding('AVD-AWS-0086', 'main.tf', 12)]
    const defused = [
      finding('AVD-AWS-0086', 'main.tf', 12),
      finding('AVD-AWS-0088', 'main.tf', 7),
      finding('AVD-AWS-0089', 'main.tf', 7),
      finding('AVD-AWS-0092', 'main.tf', 20),
      finding('AVD-AWS-0092', 'other.tf', 3),
    ]
    const hidden = hiddenByMarkers(found, defused, markers)
    expect(hidden.map((f) => [f.ruleId, f.location?.path, f.suppression?.source])).toEqual([
      ['AVD-AWS-0088', 'main.tf', 'trivy:ignore at main.tf:5'],
      ['AVD-AWS-0089', 'main.tf', 'tfsec:ignore at main.tf:6'],
      ['AVD-AWS-0092', 'main.tf', 'trivy:ignore at main.tf:20'],
      // A module's finding hidden by a marker in the file that calls it: the first marker found.
      ['AVD-AWS-0092', 'other.tf', 'trivy:ignore at main.tf:5'],
    ])
    expect(hidden.every((f) => f.suppression?.kind === 'in-source')).toBe(true)
  })

  it('a finding both scans have is never reported twice, even when a rule repeats on one line', () => {
    const twice = [finding('R', 'a.tf', 3), finding('R', 'a.tf', 3)]
    expect(hiddenByMarkers(twice, twice, [])).toEqual([])
    expect(hiddenByMarkers(twice.slice(0, 1), twice, [])).toHaveLength(1)
  })
})
