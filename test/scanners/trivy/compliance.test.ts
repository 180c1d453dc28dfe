import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ScanFailedError, type Finding } from '@portcullis/core'
import {
  parseTrivyComplianceFile,
  TrivyComplianceStreamParser,
} from '../../../packages/scanners/src/trivy/stream.js'
import { writeComplianceReport } from '../../bench/generate.js'
import { corpusEntries, readCorpus } from '../../support/corpus.js'
import { parseComplianceWhole } from './compliance-whole.js'

const IMAGE = { ref: 'registry.example.com/app:1.0' }
const entries = corpusEntries((e) => e.tag === 'compliance')
const VULNERABLE = 'trivy/json/trivy-0.44.1-compliance-docker-cis-vulnerable-image.json'

const tmp = mkdtempSync(join(tmpdir(), 'trivy-compliance-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Feeds `raw` in chunks of `chunk` bytes; returns the findings and the summary. */
function streamed(
  raw: string | Buffer,
  chunk: number,
  image: { ref: string; digest?: string } = IMAGE,
) {
  const parser = new TrivyComplianceStreamParser(image)
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw
  const findings: Finding[] = []
  const reused = Buffer.alloc(chunk)
  for (let i = 0; i < bytes.length; i += chunk) {
    // One buffer, reused and overwritten after each push, as readChunks reads a file: the parser
    // must keep nothing of a chunk it has not copied.
    const n = bytes.copy(reused, 0, i, i + chunk)
    findings.push(...parser.push(reused.subarray(0, n)))
    reused.fill(0x7b)
  }
  findings.push(...parser.end())
  return { ...parser.summary, findings }
}

type Json = Record<string, unknown>
const recorded = (): Json => JSON.parse(readCorpus(VULNERABLE)) as Json
const controlsOf = (report: Json): Json[] => report.Results as Json[]

/** The recorded vulnerable report grown to a few hundred KB, with findings written twice. */
const generated = [1, 2].map((seed) => {
  const path = join(tmp, `generated-${seed}.json`)
  const facts = writeComplianceReport(path, 300 * 1024, seed, 10)
  return { name: `generated (seed ${seed})`, raw: readFileSync(path, 'utf8'), facts }
})

const inputs = [
  ...entries.map((e) => ({ name: e.file, raw: readCorpus(e.file) })),
  ...generated.map(({ name, raw }) => ({ name, raw })),
]

describe('streamed trivy compliance parser gives the whole-report path’s result', () => {
  it('covers the recorded compliance reports and generated ones with repeated findings', () => {
    expect(entries.map((e) => e.file)).toContain(VULNERABLE)
    expect(entries.length).toBeGreaterThanOrEqual(2)
    for (const { facts } of generated) {
      expect(facts.byKind.Vulnerabilities).toBeGreaterThan(50)
      expect(facts.twice).toBeGreaterThan(5)
      expect(facts.byKind.Misconfigurations).toBeGreaterThan(0)
      expect(facts.byKind.Secrets).toBeGreaterThan(0)
    }
  })

  for (const { name, raw } of inputs) {
    const small = raw.length < 100_000
    const images: { ref: string; digest?: string }[] = [
      IMAGE,
      { ...IMAGE, digest: `sha256:${'ab'.repeat(32)}` },
    ]
    for (const image of images) {
      const whole = parseComplianceWhole(raw, image)
      // 1-byte chunks exercise every state across a chunk boundary.
      for (const chunk of [...(small ? [1] : []), 7, 65_536, raw.length]) {
        it(`${name}${image.digest ? ' with a digest' : ''}: chunks of ${chunk} B`, () => {
          const got = streamed(raw, chunk, image)
          expect(got.findings.length).toBe(whole.findings.length)
          expect(got.findings).toEqual(whole.findings)
          expect(got.controls).toEqual(whole.controls)
          expect(got.notices).toEqual(whole.notices)
          expect(got.passRate).toBe(whole.passRate)
          expect(got.spec).toEqual(whole.spec)
        })
      }
    }
  }

  it('tells findings written twice apart, as the whole-report path does', () => {
    const { raw, facts } = generated[0]!
    const got = streamed(raw, 65_536)
    expect(got.findings.length).toBe(facts.findings)
    expect(new Set(got.findings.map((f) => f.fingerprint)).size).toBe(facts.findings)
  })
})

describe('trivy compliance reports recorded with trivy 0.44.1', () => {
  it.each(entries.map((e) => [e.file, e] as const))(
    '%s reproduces the manifest counts',
    (_name, entry) => {
      const counted = entry.counted as {
        spec: string
        controls: number
        failed_controls: string[]
        by_class: Record<string, number>
        manual: number
      }
      const got = streamed(readCorpus(entry.file), 4096)
      expect(got.spec.id).toBe(counted.spec)
      expect(got.controls.length).toBe(counted.controls)
      expect(got.controls.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(
        counted.failed_controls,
      )
      expect(got.controls.filter((c) => c.status === 'manual').length).toBe(counted.manual)
      const total = Object.values(counted.by_class).reduce((a, b) => a + b, 0)
      expect(got.findings.length).toBe(total)
      expect(got.findings.filter((f) => f.advisories !== undefined).length).toBe(
        counted.by_class.Vulnerabilities ?? 0,
      )
    },
  )

  it('the vulnerable image fails 4.1, 4.4, 4.6, 4.7, 4.9 and 4.10 with the failing checks', () => {
    const got = streamed(readCorpus(VULNERABLE), 4096)
    expect(got.findings.map((f) => [f.ruleId, f.title, f.severity])).toEqual([
      ['docker-cis/4.1', 'Ensure a user for the container has been created (DS002)', 'high'],
      [
        'docker-cis/4.4',
        'Ensure images are scanned and rebuilt to include security patches (CVE-2021-44906)',
        'critical',
      ],
      [
        'docker-cis/4.6',
        'Ensure HEALTHCHECK instructions have been added to the container image (DS026)',
        'low',
      ],
      [
        'docker-cis/4.7',
        'Ensure update instructions are not use alone in the Dockerfile (DS017)',
        'high',
      ],
      ['docker-cis/4.9', 'Ensure COPY is used instead of ADD in Dockerfile (DS005)', 'low'],
      ['docker-cis/4.9', 'Ensure COPY is used instead of ADD in Dockerfile (DS005)', 'low'],
      [
        'docker-cis/4.10',
        'Ensure secrets are not stored in Dockerfiles (aws-access-key-id)',
        'critical',
      ],
    ])
    expect(got.findings[1]).toMatchObject({
      category: 'compliance',
      advisories: ['CVE-2021-44906'],
      package: { name: 'minimist', version: '1.2.5', fixedVersion: '0.2.4, 1.2.6' },
    })
    expect(new Set(got.findings.map((f) => f.fingerprint)).size).toBe(7)
    expect(got.passRate).toBe(0)
    expect(got.notices[0]).toBe(
      'CIS Docker Community Edition Benchmark v1.1.0: 11 controls — pass 0, fail 6, manual 5.',
    )
  })

  it('keeps of a secret only its rule, title and line: nothing of the matched text or its lines', () => {
    const got = streamed(readCorpus(VULNERABLE), 4096)
    const secret = got.findings.find((f) => f.ruleId === 'docker-cis/4.10')!
    expect(secret.description).toBe(
      'Do not store any secrets in Dockerfiles.\n\naws-access-key-id AWS Access Key ID\n\n' +
        'A secret (aws-access-key-id) is stored in /tmp/compliance-recording/vulnerable-image at line 48.',
    )
    // What trivy copied around the match (masked or not) reaches no finding.
    const texts = JSON.stringify(got.findings)
    expect(texts).not.toContain('AWS_ACCESS_KEY_ID')
    expect(texts).not.toContain('PATH=/usr/bin:/bin')
    expect(texts).not.toContain('****')
  })

  it('the clean image passes every automated control', () => {
    const got = streamed(
      readCorpus('trivy/json/trivy-0.44.1-compliance-docker-cis-clean-image.json'),
      4096,
    )
    expect(got.findings).toEqual([])
    expect(got.passRate).toBe(1)
    expect(got.controls.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual([
      '4.1',
      '4.4',
      '4.6',
      '4.7',
      '4.9',
      '4.10',
    ])
  })

  it('reads a file and hands the findings to onFindings instead of returning them', async () => {
    const { raw } = generated[1]!
    const path = join(tmp, 'file.json')
    writeFileSync(path, raw)
    const handed: Finding[] = []
    const got = await parseTrivyComplianceFile(path, IMAGE, {
      onFindings: (f) => handed.push(...f),
    })
    const whole = parseComplianceWhole(raw, IMAGE)
    expect(got.findings).toEqual([])
    expect(handed).toEqual(whole.findings)
    expect(got.controls).toEqual(whole.controls)
    const collected = await parseTrivyComplianceFile(path, IMAGE)
    expect(collected.findings).toEqual(whole.findings)
  })
})

describe('streamed trivy compliance parser fails closed', () => {
  const raw = readCorpus(VULNERABLE)
  const fails = (text: string | Buffer, message: RegExp): void => {
    expect(() => streamed(text, 64)).toThrow(ScanFailedError)
    expect(() => streamed(text, 64)).toThrow(message)
  }
  const edited = (edit: (report: Json) => void): string => {
    const report = recorded()
    edit(report)
    return JSON.stringify(report)
  }

  it('rejects a report cut anywhere, however many findings it read', () => {
    const end = raw.lastIndexOf('}')
    for (let cut = 0; cut < end; cut += 97) {
      fails(
        raw.slice(0, cut),
        cut === 0
          ? /^trivy's compliance report is not valid JSON \(it is empty\); the file may be truncated$/
          : /^trivy's compliance report is not valid JSON \(it ends at byte \d+ before the JSON document is complete\); the file may be truncated$/,
      )
    }
  })

  it('rejects bytes that are not JSON', () => {
    fails(`${raw}{}`, /not valid JSON \(unexpected '\{' after the document at byte \d+\)/)
    fails(raw.replace('"Results": [', '"Results": ]'), /not valid JSON \(unexpected '\]'/)
    fails(raw.replace('"Severity": "CRITICAL"', '"Severity": CRITICAL'), /not valid JSON/)
    fails(raw.replace('"VulnerabilityID"', 'VulnerabilityID'), /not valid JSON/)
  })

  it('rejects JSON that is not a compliance report', () => {
    const notReport = /^trivy's output is not a compliance report with controls/
    fails('[]', notReport)
    fails('"docker-cis"', notReport)
    fails(readCorpus('trivy/json/trivy-golden-alpine-310.json'), notReport)
    fails(
      edited((r) => (r.Results = null)),
      notReport,
    )
    fails(
      edited((r) => delete r.ID),
      notReport,
    )
    fails(
      edited((r) => (r.Results = [])),
      /^trivy's compliance report for docker-cis lists no controls$/,
    )
    fails(
      edited((r) => (r.Results = [1])),
      /Results is not a list of objects/,
    )
    fails(
      edited((r) => delete controlsOf(r)[0]!.ID),
      /control 1 has no ID/,
    )
    fails(
      edited((r) => (controlsOf(r)[2]!.Results = 'none')),
      /control 4\.3 is not a list of objects/,
    )
    fails(
      edited((r) => ((controlsOf(r)[3]!.Results as Json[])[0]!.Vulnerabilities = [3])),
      /control 4\.4 result 1\.Vulnerabilities is not a list of objects/,
    )
    fails(
      edited((r) => controlsOf(r).push(controlsOf(r)[0]!)),
      /it lists control 4\.1 twice/,
    )
  })

  it('refuses what trivy writes first when it comes after what depends on it', () => {
    fails(
      edited((r) => {
        const { ID, ...rest } = r
        for (const k of Object.keys(r)) delete r[k]
        Object.assign(r, rest, { ID })
      }),
      /^trivy's output is not a compliance report with controls \(expected ID, then Results/,
    )
    fails(
      edited((r) => {
        const control = controlsOf(r)[0]!
        const { Name, ...rest } = control
        for (const k of Object.keys(control)) delete control[k]
        Object.assign(control, rest, { Name })
      }),
      /not in the order trivy writes: control 4\.1 states its Name after its findings/,
    )
    fails(
      edited((r) => {
        const result = (controlsOf(r)[0]!.Results as Json[])[0]!
        const { Target, ...rest } = result
        for (const k of Object.keys(result)) delete result[k]
        Object.assign(result, rest, { Target })
      }),
      /not in the order trivy writes: control 4\.1 result 1 states its Target after its findings/,
    )
  })

  it('the whole-report path rejected the same reports', () => {
    expect(() => parseComplianceWhole(raw.slice(0, 500), IMAGE)).toThrow(ScanFailedError)
    expect(() => parseComplianceWhole('[]', IMAGE)).toThrow(/not a compliance report/)
  })
})
