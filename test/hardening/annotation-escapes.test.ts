import { describe, expect, it } from 'vitest'
import { planAnnotations } from '@portcullis/action-kit'
import { fileFingerprint, type Finding } from '@portcullis/core'

function leak(path: string, title: string): Finding {
  return {
    fingerprint: fileFingerprint({ ruleId: 'aws-access-token', path, content: 'x' }),
    category: 'secret',
    ruleId: 'aws-access-token\x1b[8m',
    title,
    severity: 'high',
    location: { path, startLine: 3, endLine: 3 },
  }
}

describe('annotations from hostile finding text', () => {
  it('carry no terminal escape or control character in title or message', () => {
    const plan = planAnnotations([
      leak('\x1b[31mred\x1b[0m.env', 'AWS in \x1b[31mred\x1b[0m.env\x07'),
    ])
    const [a] = plan.shown
    expect(a).toBeDefined()
    expect(a!.title).toBe('HIGH aws-access-token')
    expect(a!.message).toBe('AWS in red.env')
    // The file name itself holds the escape: it cannot be linked, so no file is named.
    expect(a!.file).toBeUndefined()
    expect(a!.startLine).toBeUndefined()
  })

  it('keep an ordinary path, even one that looks like a workflow command', () => {
    const [a] = planAnnotations([
      leak('::set-output name=x::y.env', 'AWS in ::set-output name=x::y.env'),
    ]).shown
    expect(a).toMatchObject({ file: '::set-output name=x::y.env', startLine: 3, endLine: 3 })
  })
})
