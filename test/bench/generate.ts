/**
 * Generators of realistic reports at scale. Every shape is copied from a real scanner output in the
 * shared corpus (a trivy image report, a semgrep SARIF log, the suite's own findings reports made
 * by the parsers from corpus files); only identifiers, names, versions, paths and lines vary.
 * Large files are written in blocks so no generator holds more than a few MB of text.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { completeReport, validateReport, type Finding } from '@portcullis/core'
import { parseSarif } from '@portcullis/sarif'
import { parseTrivy } from '@portcullis/scanners/trivy'
import { readCorpus } from '../support/corpus.js'

type Json = Record<string, unknown>

/** Buffers writes into ~4 MB blocks. */
class BlockWriter {
  readonly #fd: number
  #parts: string[] = []
  #size = 0
  bytes = 0
  constructor(path: string) {
    this.#fd = openSync(path, 'w')
  }
  write(text: string): void {
    this.#parts.push(text)
    this.#size += text.length
    if (this.#size >= 4 * 1024 * 1024) this.flush()
  }
  flush(): void {
    if (this.#parts.length === 0) return
    const block = Buffer.from(this.#parts.join(''), 'utf8')
    writeSync(this.#fd, block)
    this.bytes += block.length
    this.#parts = []
    this.#size = 0
  }
  close(): number {
    this.flush()
    closeSync(this.#fd)
    return this.bytes
  }
}

/** A deterministic pseudo-random sequence, so two runs generate the same files. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)]!
}

export interface TrivyReportFacts {
  readonly bytes: number
  readonly results: number
  readonly vulnerabilities: number
}

/**
 * A trivy image report (schema v2, `container_image`) of about `targetBytes`: the OS result and
 * language-package results of a fat image, vulnerabilities copied from real trivy reports.
 */
export function writeTrivyReport(path: string, targetBytes: number, seed = 1): TrivyReportFacts {
  const golden = JSON.parse(readCorpus('trivy/json/trivy-golden-alpine-310.json')) as Json
  const legacy = JSON.parse(readCorpus('trivy/json/dd-trivy-legacy-list.json')) as Json[]
  const statuses = JSON.parse(readCorpus('trivy/json/dd-trivy-all-statuses.json')) as Json
  const templates: Json[] = []
  for (const r of [...(golden.Results as Json[]), ...legacy, ...(statuses.Results as Json[])]) {
    for (const v of (r.Vulnerabilities as Json[] | undefined) ?? []) templates.push(v)
  }
  const r = rng(seed)
  const out = new BlockWriter(path)
  const header: Json = {
    SchemaVersion: golden.SchemaVersion,
    Trivy: golden.Trivy,
    CreatedAt: golden.CreatedAt,
    ArtifactName: 'registry.example.com/monorepo/app:2026.11',
    ArtifactType: 'container_image',
    Metadata: golden.Metadata,
  }
  const head = JSON.stringify(header)
  out.write(`${head.slice(0, -1)},"Results":[`)
  const langTypes = ['npm', 'jar', 'gomod', 'pip', 'gemspec', 'cargo']
  let vulnerabilities = 0
  let results = 0
  // Reserve the tail for closing brackets; check the size in written + buffered characters.
  while (out.bytes < targetBytes - 4096) {
    const os = results === 0
    const type = os ? 'alpine' : pick(langTypes, r)
    const result: Json = os
      ? {
          Target: 'registry.example.com/monorepo/app:2026.11 (alpine 3.10.2)',
          Class: 'os-pkgs',
          Type: type,
        }
      : {
          Target: `app/services/svc-${results}/${type === 'npm' ? 'package-lock.json' : type === 'jar' ? 'lib/app.jar' : 'deps.lock'}`,
          Class: 'lang-pkgs',
          Type: type,
        }
    const count = os ? 2000 : 20 + Math.floor(r() * 180)
    out.write(`${results > 0 ? ',' : ''}${JSON.stringify(result).slice(0, -1)},"Vulnerabilities":[`)
    for (let i = 0; i < count; i++) {
      const t = pick(templates, r)
      const pkg = `${String(t.PkgName)}-${Math.floor(r() * 5000)}`
      const v: Json = {
        ...t,
        VulnerabilityID: `CVE-${2015 + Math.floor(r() * 11)}-${10000 + Math.floor(r() * 89999)}`,
        PkgName: pkg,
        InstalledVersion: `${Math.floor(r() * 9)}.${Math.floor(r() * 30)}.${Math.floor(r() * 50)}`,
        PkgIdentifier: { PURL: `pkg:${type === 'alpine' ? 'apk/alpine' : type}/${pkg}@1.0.${i}` },
      }
      out.write(`${i > 0 ? ',' : ''}${JSON.stringify(v)}`)
      vulnerabilities++
    }
    out.write(']}')
    results++
    out.flush()
  }
  out.write(']}')
  return { bytes: out.close(), results, vulnerabilities }
}

export interface ComplianceReportFacts {
  readonly bytes: number
  readonly controls: number
  readonly findings: number
  /** Findings written twice (each counted twice in `findings`). */
  readonly twice: number
  readonly byKind: Readonly<Record<'Misconfigurations' | 'Vulnerabilities' | 'Secrets', number>>
}

/**
 * A trivy compliance report (`--compliance docker-cis --report all`) of about `targetBytes`: the
 * recorded report of a vulnerable image with each failing control's results repeated under other
 * targets, their findings varied (vulnerability IDs, packages and versions, flagged lines, secret
 * lines); 4.4's vulnerabilities take most of the bytes, their shapes copied from real trivy
 * reports. One finding in `twiceEvery` is written twice, as trivy does for a package found at two
 * paths.
 */
export function writeComplianceReport(
  path: string,
  targetBytes: number,
  seed = 3,
  twiceEvery = 500,
): ComplianceReportFacts {
  const recorded = JSON.parse(
    readCorpus('trivy/json/trivy-0.44.1-compliance-docker-cis-vulnerable-image.json'),
  ) as Json
  const golden = JSON.parse(readCorpus('trivy/json/trivy-golden-alpine-310.json')) as Json
  const vulnTemplates: Json[] = []
  for (const res of golden.Results as Json[]) {
    for (const v of (res.Vulnerabilities as Json[] | undefined) ?? []) vulnTemplates.push(v)
  }
  const controls = recorded.Results as Json[]
  const kindOf = (c: Json): 'Misconfigurations' | 'Vulnerabilities' | 'Secrets' | undefined => {
    const first = ((c.Results as Json[] | null) ?? [])[0]
    if (first === undefined) return undefined
    if (first.Vulnerabilities) return 'Vulnerabilities'
    return first.Secrets ? 'Secrets' : 'Misconfigurations'
  }
  const weight = (c: Json): number => {
    const kind = kindOf(c)
    return kind === undefined ? 0 : kind === 'Vulnerabilities' ? 16 : 1
  }
  const totalWeight = controls.reduce((sum, c) => sum + weight(c), 0)
  // Findings per result: 2,000 vulnerabilities at 600 MB, fewer in a small report.
  const scale = Math.max(1, Math.min(100, Math.round(targetBytes / (6 * 1024 * 1024))))
  const r = rng(seed)
  const out = new BlockWriter(path)
  const byKind = { Misconfigurations: 0, Vulnerabilities: 0, Secrets: 0 }
  let twice = 0
  const { Results: _controls, ...header } = recorded
  out.write(`${JSON.stringify(header).slice(0, -1)},"Results":[`)
  controls.forEach((control, n) => {
    const { Results: templates, ...fields } = control
    out.write(`${n > 0 ? ',' : ''}${JSON.stringify(fields).slice(0, -1)},"Results":`)
    const kind = kindOf(control)
    if (kind === undefined) {
      out.write('null}')
      return
    }
    const budget = out.bytes + ((targetBytes - 8192) * weight(control)) / totalWeight
    out.write('[')
    let results = 0
    let i = 0
    do {
      const template = (templates as Json[])[results % (templates as Json[]).length]!
      const { [kind]: items, ...resultFields } = template
      const target =
        results === 0 ? resultFields.Target : `${String(resultFields.Target)} ${results}`
      out.write(
        `${results > 0 ? ',' : ''}${JSON.stringify({ ...resultFields, Target: target }).slice(0, -1)},"${kind}":[`,
      )
      const count = (kind === 'Vulnerabilities' ? 20 : 2) * scale
      for (let k = 0; k < count; k++, i++) {
        const item = (items as Json[])[0]!
        let text: string
        if (kind === 'Vulnerabilities') {
          const t = k % 4 === 0 ? item : pick(vulnTemplates, r)
          text = JSON.stringify({
            ...t,
            VulnerabilityID: `CVE-${2015 + Math.floor(r() * 11)}-${10000 + Math.floor(r() * 89999)}`,
            PkgName: `${String(t.PkgName)}-${Math.floor(r() * 5000)}`,
            InstalledVersion: `${Math.floor(r() * 9)}.${Math.floor(r() * 30)}.${Math.floor(r() * 50)}`,
          })
        } else if (kind === 'Secrets') {
          text = JSON.stringify({ ...item, StartLine: 48 + i, EndLine: 48 + i })
        } else {
          // A flagged line when trivy names one, else the message, tells findings apart.
          const cause = item.CauseMetadata as Json
          const lines = (cause.Code as { Lines: Json[] | null }).Lines
          text = JSON.stringify({
            ...item,
            ...(lines === null ? { Message: `${String(item.Message)} (#${i})` } : {}),
            CauseMetadata: {
              ...cause,
              ...(lines === null
                ? {}
                : {
                    StartLine: i + 1,
                    EndLine: i + 1,
                    Code: {
                      Lines: lines.map((l) => ({
                        ...l,
                        Number: i + 1,
                        Content: `${String(l.Content)} #${i}`,
                      })),
                    },
                  }),
            },
          })
        }
        const again = r() < 1 / twiceEvery
        out.write(`${k > 0 ? ',' : ''}${text}${again ? `,${text}` : ''}`)
        byKind[kind] += again ? 2 : 1
        if (again) twice++
      }
      out.write(']}')
      results++
      out.flush()
    } while (out.bytes < budget)
    out.write(']}')
  })
  out.write(']}')
  const findings = byKind.Misconfigurations + byKind.Vulnerabilities + byKind.Secrets
  return { bytes: out.close(), controls: controls.length, findings, twice: twice, byKind }
}

const RULES_USED = 200

export interface SarifSetFacts {
  readonly combined: string
  readonly combinedBytes: number
  readonly parts: string[]
  readonly sourceRoot: string
  readonly results: number
  readonly files: number
}

function sourceLines(file: number): string[] {
  const lines: string[] = [
    `// service module ${file}`,
    `import { handler } from './handler-${file % 97}.js'`,
    '',
  ]
  for (let i = 0; i < 37; i++) {
    lines.push(
      i % 6 === 0
        ? `export function route${i}(req, res) {`
        : i % 6 === 5
          ? '}'
          : `  const value${i} = req.query['k${(file * 31 + i) % 1000}'] ?? handler(${i}, ${file})`,
    )
  }
  return lines
}

/**
 * A semgrep SARIF log (rules and result shape from semgrep 1.56.0's real log) with `results`
 * results over `files` source files, which are written under `<dir>/src` so line hashes can be
 * computed; also the same results split into `parts` logs of one run each.
 */
export function writeSarifSet(
  dir: string,
  results: number,
  files: number,
  parts: number,
): SarifSetFacts {
  const semgrep = JSON.parse(readCorpus('semgrep/sarif/semgrep-1.56.0-2.5MB.sarif')) as Json
  const run = (semgrep.runs as Json[])[0]!
  // A real run triggers a few hundred of semgrep's rules; the driver lists the ones used. (All
  // 1,053 rules' help links make the SARIF Multitool wait on DNS for minutes on an offline runner.)
  const rules = (((run.tool as Json).driver as Json).rules as Json[]).slice(0, RULES_USED)
  const template = (run.results as Json[])[0]!
  const sourceRoot = join(dir, 'src-tree')
  const paths: string[] = []
  for (let f = 0; f < files; f++) {
    const rel = `src/pkg-${Math.floor(f / 100)}/module-${f}.ts`
    paths.push(rel)
    mkdirSync(join(sourceRoot, `src/pkg-${Math.floor(f / 100)}`), { recursive: true })
    writeFileSync(join(sourceRoot, rel), `${sourceLines(f).join('\n')}\n`)
  }
  const r = rng(7)
  const all: string[] = []
  for (let i = 0; i < results; i++) {
    const file = i % files
    const lines = sourceLines(file)
    const line = 4 + Math.floor(r() * (lines.length - 5))
    const rule = pick(rules, r)
    const text = lines[line - 1]!
    const result: Json = {
      ...template,
      fingerprints: {
        'matchBasedId/v1': `${i.toString(16).padStart(12, '0')}${'ab'.repeat(58)}_0`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: paths[file], uriBaseId: '%SRCROOT%' },
            region: {
              startLine: line,
              startColumn: 3,
              endLine: line,
              endColumn: text.length + 1,
              snippet: { text },
            },
          },
        },
      ],
      message: {
        text:
          ((rule.shortDescription ?? rule.fullDescription) as Json | undefined)?.text ?? 'finding',
      },
      ruleId: rule.id,
    }
    all.push(JSON.stringify(result))
  }
  const envelope = (res: readonly string[]): string => {
    const tool = {
      ...(run.tool as Json),
      driver: { ...((run.tool as Json).driver as Json), rules },
    }
    const log = { ...semgrep, runs: [{ ...run, tool, results: [] }] }
    const text = JSON.stringify(log)
    const at = text.indexOf('"results":[]')
    return `${text.slice(0, at)}"results":[${res.join(',')}]${text.slice(at + '"results":[]'.length)}`
  }
  const combined = join(dir, 'semgrep-100k.sarif')
  const out = new BlockWriter(combined)
  out.write(envelope(all))
  const combinedBytes = out.close()
  const partFiles: string[] = []
  const per = Math.ceil(results / parts)
  for (let p = 0; p < parts; p++) {
    const file = join(dir, `part-${p}.sarif`)
    writeFileSync(file, envelope(all.slice(p * per, (p + 1) * per)))
    partFiles.push(file)
  }
  return { combined, combinedBytes, parts: partFiles, sourceRoot, results, files }
}

export interface FindingsReportsFacts {
  readonly dir: string
  readonly reports: number
  readonly findings: number
  readonly bytes: number
}

/** Finding shapes the real parsers make from corpus files (vulnerabilities, misconfigurations, secrets, SAST). */
export function findingTemplates(ws = '/home/runner/work/repo/repo'): Finding[] {
  const out: Finding[] = []
  for (const file of [
    'trivy/json/dd-trivy-legacy-list.json',
    'trivy/json/dd-trivy-misconfig-and-secrets.json',
    'trivy/json/trivy-0.72.0-terraform-misconfig.json',
    'trivy/json/dd-trivy-licenses.json',
  ]) {
    out.push(...parseTrivy(readCorpus(file), { workspace: ws }).findings)
  }
  out.push(
    ...parseSarif(readCorpus('semgrep/sarif/dd-semgrep-1.69.0.sarif'), { workspace: ws }).findings,
  )
  return out
}

/**
 * `reports` findings reports (finding model v1, schema-valid) totalling `findings` findings for
 * the quality gate: scan-deps, scan-iac and scan-secrets reports with varied fingerprints, rules,
 * packages and paths. Each report is written as one string (~50 MB), then dropped.
 */
export function writeFindingsReports(
  dir: string,
  reports: number,
  findings: number,
): FindingsReportsFacts {
  mkdirSync(dir, { recursive: true })
  const templates = findingTemplates()
  const r = rng(11)
  const per = Math.ceil(findings / reports)
  let bytes = 0
  let written = 0
  for (let n = 0; n < reports; n++) {
    const list: Finding[] = []
    for (let i = 0; i < per && written < findings; i++, written++) {
      const t = pick(templates, r)
      const id = n * per + i
      const f: Finding = {
        ...t,
        fingerprint: `v1:${id.toString(16).padStart(40, '0')}`,
        ...(t.location
          ? { location: { ...t.location, path: `services/svc-${id % 5000}/${t.location.path}` } }
          : {}),
        ...(t.package
          ? { package: { ...t.package, name: `${t.package.name}-${id % 20000}` } }
          : {}),
        ...(t.description ? { description: t.description.slice(0, 400) } : {}),
      }
      list.push(f)
    }
    const action = (['scan-deps', 'scan-iac', 'scan-secrets'] as const)[n % 3]!
    const report = completeReport(
      {
        action,
        scanner: { name: 'trivy', version: '0.44.1' },
        target: { kind: 'repository', name: '.' },
        commitSha: 'a'.repeat(40),
        startedAt: new Date(),
      },
      list,
    )
    if (n === 0) validateReport(JSON.parse(JSON.stringify(report)), 'generated report')
    const text = JSON.stringify(report)
    writeFileSync(join(dir, `report-${n}.findings.json`), text)
    bytes += Buffer.byteLength(text)
  }
  return { dir, reports, findings: written, bytes }
}
