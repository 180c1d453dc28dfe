import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesWithMarker, stageTree } from '@portcullis/scanners/gitleaks'

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'gitleaks-source-'))
  mkdirSync(join(root, 'src/.git'), { recursive: true })
  mkdirSync(join(root, '.git'))
  writeFileSync(join(root, '.gitleaksignore'), 'a.env:generic-api-key:1\n')
  writeFileSync(join(root, 'src/a.env'), 'key = x # gitleaks:allow\nother = y\n')
  writeFileSync(join(root, 'src/b.env'), 'key = z\n')
  writeFileSync(join(root, 'src/.git/config'), 'gitleaks:allow\n')
  writeFileSync(join(root, '.git/HEAD'), 'gitleaks:allow\n')
  writeFileSync(join(root, 'bin.dat'), Buffer.from([0xff, 0x00, ...Buffer.from('gitleaks:allow')]))
  symlinkSync('/etc/passwd', join(root, 'passwd'))
  return root
}

describe('the tree gitleaks scans in a working-tree scan', () => {
  it('finds the marked files, not in .git folders and not through symlinks', () => {
    const root = tree()
    expect(filesWithMarker(root).sort()).toEqual([join(root, 'bin.dat'), join(root, 'src/a.env')])
  })

  it('copies it without .gitleaksignore and .git, respells the marker, keeps links as links', () => {
    const root = tree()
    const dest = join(mkdtempSync(join(tmpdir(), 'gitleaks-stage-')), 'copy')
    stageTree(root, dest, filesWithMarker(root))
    expect(() => lstatSync(join(dest, '.gitleaksignore'))).toThrow()
    expect(() => lstatSync(join(dest, '.git'))).toThrow()
    expect(() => lstatSync(join(dest, 'src/.git'))).toThrow()
    const copied = readFileSync(join(dest, 'src/a.env'), 'utf8')
    expect(copied).toBe('key = x # gitleaks:alloW\nother = y\n')
    expect(copied.length).toBe(readFileSync(join(root, 'src/a.env'), 'utf8').length)
    expect(readFileSync(join(dest, 'src/b.env'), 'utf8')).toBe('key = z\n')
    const bin = readFileSync(join(dest, 'bin.dat'))
    expect([...bin.subarray(0, 2)]).toEqual([0xff, 0x00])
    expect(bin.subarray(2).toString()).toBe('gitleaks:alloW')
    expect(lstatSync(join(dest, 'passwd')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dest, 'passwd'))).toBe('/etc/passwd')
  })
})
