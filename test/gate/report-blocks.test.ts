import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeFileSystem, runGate, type GateFileSystem } from '@portcullis/gate'
import { parseReportBlocks } from '../../packages/gate/src/report-blocks.js'
import { NOW, codeStage, many, misconf, report, secret, tempTree, vuln } from './helpers.js'

/** The text cut into blocks of `size` bytes, the way a file is read. */
function blocks(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text)
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

function split(text: string, size: number): { header: unknown; findings: unknown[] } | string {
  const findings: unknown[] = []
  try {
    const header = parseReportBlocks(blocks(text, size), (v) => findings.push(v))
    return { header, findings }
  } catch (error) {
    return (error as Error).name
  }
}

describe('reading a report in blocks', () => {
  const valid = [
    '{"a":1,"findings":[{"x":"]},\\"[","y":[1,{"z":"}"}]},2,[3,{"y":[]}]],"b":"findings"}',
    '{"findings":[]}',
    '{ "findings" : [ ] }',
    '{"z":[1,2],"findings":[ {"q":"a,b \\u00e9 é"} , 3 ],"w":{"findings":[9]}}',
    '{"findings":{"a":[1]}}',
    '{"k\\\\":"v\\\\","findings":["a\\\\",{"b":"\\\\\\"]"},"\\\\\\\\"],"e":"\\""}',
  ]
  for (const text of valid) {
    it(`splits ${text} like JSON.parse, at every block size`, () => {
      const whole = JSON.parse(text) as { findings: unknown }
      const expected = Array.isArray(whole.findings)
        ? { header: { ...whole, findings: [] }, findings: whole.findings }
        : { header: whole, findings: [] }
      for (const size of [1, 2, 3, 7, 4096]) expect(split(text, size)).toEqual(expected)
    })
  }

  // Reports as the suite writes them (compact, fingerprint first): findings are parsed in runs cut
  // where one ends and the next begins, even when that text also appears inside a finding.
  const boundary = '},{"fingerprint":'
  const ours = [
    '{"findings":[{"fingerprint":"a"},{"fingerprint":"b","n":[{"x":1},{"fingerprint":"c"}]},{"fingerprint":"d","s":"},{\\"fingerprint\\":"}],"z":1}',
    `{"findings":[${Array.from({ length: 3000 }, (_, i) =>
      i % 7 === 3
        ? `{"fingerprint":"f${i}","n":[{"k":"${'x'.repeat(i % 50)}"${boundary}"g${i}"}]}`
        : `{"fingerprint":"f${i}","t":"${'é'.repeat(i % 40)}\\u00e9${i % 11 === 0 ? '\\\\' : ''}"}`,
    ).join(',')}],"after":[{"fingerprint":"h"}]}`,
  ]
  for (const text of ours) {
    it(`splits a report in the suite's own form (${text.length} bytes) like JSON.parse`, () => {
      const whole = JSON.parse(text) as { findings: unknown[] }
      const expected = { header: { ...whole, findings: [] }, findings: whole.findings }
      for (const size of [5, 4096, 65536, 1 << 20]) expect(split(text, size)).toEqual(expected)
    })
  }

  const invalid = [
    '{"findings":[{"fingerprint":"a"},{"fingerprint":"b"]}',
    '{"findings":[{"fingerprint":"a"},{"fingerprint":"b"},{"fingerprint":}]}',
    '{"findings":[{"fingerprint":"a"},{"fingerprint":"b"}],}',
    '{"findings":[1,]}',
    '{"findings":[,1]}',
    '{"findings":[1',
    '{"findings":[1]',
    '{"findings":[{]}]}',
    '{"findings":[{"a":1}{"b":2}]}',
    '',
  ]
  for (const text of invalid) {
    it(`refuses ${JSON.stringify(text)} as JSON.parse does, at every block size`, () => {
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError)
      for (const size of [1, 2, 5, 4096]) expect(split(text, size)).toBe('SyntaxError')
    })
  }

  it('a report cut off inside its findings is unreadable and none of its findings count', () => {
    const dir = tempTree({})
    const [secrets, deps] = codeStage()
    writeFileSync(join(dir, 'secrets.findings.json'), JSON.stringify(secrets![1]))
    writeFileSync(join(dir, 'deps.findings.json'), JSON.stringify(deps![1]))
    const cut = join(dir, 'iac.findings.json')
    writeFileSync(cut, JSON.stringify(report('scan-iac', many('critical', 500))))
    truncateSync(cut, Math.floor(readFileSync(cut).length / 2))
    const result = runGate(
      { findings: [dir], systemLevel: 3, stage: 'code', fail: true, mode: 'all', baseline: [] },
      { cwd: dir, now: () => NOW },
    )
    expect(result.verdict).toBe('fail')
    expect(result.reasons).toContainEqual({
      code: 'unreadable-report',
      message: expect.stringMatching(/^iac\.findings\.json is not valid JSON \(/) as string,
    })
    expect(result.counts.critical).toBe(0)
    expect(result.scanners.map((s) => s.file)).toEqual([
      'deps.findings.json',
      'secrets.findings.json',
    ])
  })

  it('a finding that fails the schema makes its report invalid, naming where it is', () => {
    const dir = tempTree({})
    const bad = report('scan-iac', many('high', 3))
    const text = JSON.stringify(bad).replace('"severity":"high"', '"severity":"severe"')
    writeFileSync(join(dir, 'iac.findings.json'), text)
    const result = runGate(
      { findings: [dir], systemLevel: 3, stage: 'code', fail: true, mode: 'all', baseline: [] },
      { cwd: dir, now: () => NOW },
    )
    expect(result.reasons).toContainEqual({
      code: 'invalid-report',
      message: expect.stringContaining('/findings/0/severity must be one of') as string,
    })
    expect(result.counts.high).toBe(0)
    expect(result.scanners).toEqual([])
  })

  it('a file system that cannot read in blocks gives the same counts (reports read whole)', () => {
    const dir = tempTree({})
    for (const [file, r] of codeStage(many('high', 3))) {
      writeFileSync(join(dir, file.replace('.json', '.findings.json')), JSON.stringify(r))
    }
    const whole: GateFileSystem = { ...nodeFileSystem, blocks: undefined }
    const config = {
      findings: [dir],
      systemLevel: 3 as const,
      stage: 'code' as const,
      fail: true,
      mode: 'all' as const,
      baseline: [],
    }
    const inBlocks = runGate(config, { cwd: dir, now: () => NOW })
    const read = runGate(config, { cwd: dir, now: () => NOW, fs: whole })
    expect(inBlocks.counts.high).toBe(3)
    expect(read.counts).toEqual(inBlocks.counts)
    expect(read.findings.map((f) => f.finding.fingerprint)).toEqual(
      inBlocks.findings.map((f) => f.finding.fingerprint),
    )
  })
})

describe('findings of a report that proves bad after they were read', () => {
  const config = {
    systemLevel: 3 as const,
    stage: 'code' as const,
    fail: true,
    mode: 'all' as const,
    baseline: [],
  }
  // v1 fingerprints, others (held as strings), dedupe by advisory and by a secret's place.
  const shared = [
    ...many('high', 30),
    { ...misconf({ rule: 'R-own', n: 900 }), fingerprint: 'an engine fingerprint' },
    { ...misconf({ rule: 'R-upper', n: 901 }), fingerprint: `v1:${'AB'.repeat(20)}` },
    vuln({ advisory: 'CVE-2024-0001', pkg: 'left-pad', version: '1.0.0' }),
    secret({ path: 'src/a.ts', line: 7 }),
    // Paths beyond Latin-1 are held as strings, the rest as bytes.
    secret({ path: 'src/日本.ts', line: 2 }),
    misconf({ rule: 'R-é', path: 'infra/é.tf', n: 902, severity: 'high' }),
  ]
  const gate = (dir: string) =>
    runGate({ ...config, findings: [dir] }, { cwd: dir, now: () => NOW })
  const shape = (result: ReturnType<typeof gate>) => ({
    counts: result.counts,
    statusCounts: result.statusCounts,
    findings: result.findings.map((f) => [
      f.finding.fingerprint,
      f.occurrences.map((o) => `${o.file}:${o.finding.fingerprint}`),
    ]),
  })

  function writeGood(dir: string): void {
    for (const [file, r] of codeStage(shared)) {
      writeFileSync(join(dir, file.replace('.json', '.findings.json')), JSON.stringify(r))
    }
  }

  for (const name of ['aa-bad.findings.json', 'zz-bad.findings.json']) {
    it(`count nowhere and merge with nothing (${name}, read ${name.startsWith('aa') ? 'first' : 'last'})`, () => {
      const clean = tempTree({})
      writeGood(clean)
      const expected = gate(clean)
      expect(expected.counts.high).toBeGreaterThan(30)

      const dir = tempTree({})
      writeGood(dir)
      // The same findings and more, then one the schema refuses: read, staged, then discarded.
      // In another order than the good reports, so a left-over index would merge the wrong ones.
      const findings = [
        ...many('critical', 20),
        ...[...shared].reverse(),
        secret({ path: 'src/a.ts', line: 7, rule: 'another-engine-rule' }),
        secret({ path: 'src/日本.ts', line: 2, rule: 'another-engine-rule' }),
        secret({ path: 'src/日本語.ts', line: 3, rule: 'another-engine-rule' }),
        { ...misconf({ n: 950 }), severity: 'severe' },
      ]
      writeFileSync(join(dir, name), JSON.stringify(report('scan-iac', findings as never)))
      const result = gate(dir)
      expect(result.reasons).toContainEqual({
        code: 'invalid-report',
        message: expect.stringContaining(`/findings/${findings.length - 1}/severity`) as string,
      })
      expect(result.counts.critical).toBe(0)
      expect(shape(result)).toEqual(shape(expected))
    })
  }
})

describe('findings the summary lists that were not kept whole', () => {
  const config = {
    systemLevel: 3 as const,
    stage: 'code' as const,
    fail: true,
    mode: 'all' as const,
    baseline: [],
  }
  // 9,000 criticals read first fill what the gate keeps whole; the low-severity copy of the first
  // one, read after, is not kept, yet its group is listed, so it is read again from its file.
  const criticals = many('critical', 9000)
  const copy = { ...criticals[0]!, severity: 'low' as const, title: 'The same, seen later' }

  function tree(): string {
    const dir = tempTree({})
    writeFileSync(join(dir, 'a-iac.findings.json'), JSON.stringify(report('scan-iac', criticals)))
    writeFileSync(join(dir, 'b-deps.findings.json'), JSON.stringify(report('scan-deps', [copy])))
    writeFileSync(join(dir, 'c-secrets.findings.json'), JSON.stringify(report('scan-secrets')))
    return dir
  }

  /** The file system, counting how often each file is read in blocks. */
  function counting(change?: (path: string, text: string) => string) {
    const reads = new Map<string, number>()
    const fs: GateFileSystem = {
      ...nodeFileSystem,
      blocks(path) {
        const n = (reads.get(path) ?? 0) + 1
        reads.set(path, n)
        const text = readFileSync(path, 'utf8')
        return [Buffer.from(n > 1 && change ? change(path, text) : text)]
      },
    }
    return { fs, reads }
  }

  it('are read again from their report, whole', () => {
    const dir = tree()
    const { fs, reads } = counting()
    const result = runGate({ ...config, findings: [dir] }, { cwd: dir, now: () => NOW, fs })
    expect(reads.get(join(dir, 'b-deps.findings.json'))).toBe(2)
    expect(reads.get(join(dir, 'a-iac.findings.json'))).toBe(1)
    const first = result.findings[0]!
    expect(first.finding.fingerprint).toBe(criticals[0]!.fingerprint)
    expect(first.severity).toBe('critical')
    expect(first.occurrences.map((o) => [o.file, o.finding])).toEqual([
      ['a-iac.findings.json', criticals[0]],
      ['b-deps.findings.json', copy],
    ])
  })

  it('fail the gate run when their report changed in between', () => {
    const dir = tree()
    const { fs } = counting((path, text) =>
      path.endsWith('b-deps.findings.json')
        ? text.replace(copy.fingerprint, `v1:${'0'.repeat(40)}`)
        : text,
    )
    expect(() => runGate({ ...config, findings: [dir] }, { cwd: dir, now: () => NOW, fs })).toThrow(
      'b-deps.findings.json changed while the gate read it; run the gate again',
    )
  })
})
