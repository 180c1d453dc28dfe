import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Log } from 'sarif'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReport, type FindingsReport, type Severity } from '@portcullis/core'
import { parseOsvScanner } from '@portcullis/scanners/osv-scanner'
import { inspectTrivyDb, sha256File, TRIVY_DB_CACHE_SUBDIR } from '@portcullis/scanners/trivy'
import { corpusEntries, readCorpus } from '../../support/corpus.js'
import { readAsText } from '../../support/markdown.js'
import { startRegistry, type TestRegistry } from '../../support/registry.js'
import { runAction, type RunResult } from '../../support/runner.js'
import { MULTITOOL_AVAILABLE, validateSarif } from '../../support/sarif-multitool.js'
import { describeWithTools } from '../../support/scanners.js'
import { recordingStandIn, type StandIn } from '../../support/stand-in.js'
import { loadWorkflow, steps, type Dict } from '../../workflows/workflows.js'
import {
  ADVISORY_FIXTURE,
  buildTrivyDb,
  debian12RootFiles,
  npmLockfile,
  pushTrivyDb,
  writeTree,
} from '../../support/trivy-db.js'

function readReport(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, run.stdout).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

function unexpectedCommands(run: RunResult): string[] {
  const allowed = new Set(['group', 'endgroup', 'error', 'warning', 'notice'])
  return run.commands.filter((c) => !allowed.has(c.command)).map((c) => c.command)
}

/** The severity the test DB gives an advisory (its Debian or NVD vendor severity). */
function fixtureSeverity(id: string): Severity {
  const fixture = JSON.parse(readFileSync(ADVISORY_FIXTURE, 'utf8')) as {
    entries: { bucket: string[]; key: string; value: { VendorSeverity?: Record<string, number> } }[]
  }
  const entry = fixture.entries.find((e) => e.bucket[0] === 'vulnerability' && e.key === id)
  const vendor = entry?.value.VendorSeverity ?? {}
  const n = vendor.debian ?? vendor.nvd
  const names: Severity[] = ['medium', 'low', 'medium', 'high', 'critical']
  if (n === undefined) throw new Error(`${id} has no vendor severity in the fixture`)
  return names[n]!
}

function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = mkdtempSync(join(tmpdir(), 'scan-deps-ws-'))
  return writeTree(ws, files).then(() => ws)
}

/** A tool cache holding the test-built DB where scan-deps keeps it with `cache-db: true`. */
async function toolCacheWithDb(): Promise<string> {
  const built = await buildTrivyDb()
  const toolCache = mkdtempSync(join(tmpdir(), 'scan-deps-tool-cache-'))
  cpSync(join(built, 'db'), join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db'), { recursive: true })
  rmSync(built, { recursive: true, force: true })
  return toolCache
}

describeWithTools(
  ['trivy', 'go', 'bbolt'],
  'scan-deps with trivy 0.44.1 and a test-built DB',
  (tools) => {
    let toolCache = ''
    beforeAll(async () => {
      toolCache = await toolCacheWithDb()
    }, 120_000)

    it('a vulnerable lockfile and a Debian 12 root give exactly their advisories, plus an SBOM', async () => {
      const lockfile = npmLockfile({ lodash: '4.17.20' })
      const ws = await workspaceWith({
        'app/package-lock.json': lockfile,
        // Left out by skip-dirs: the same vulnerable pin must not appear a second time.
        'vendor/package-lock.json': npmLockfile({ lodash: '4.17.20' }, 1),
        // Left out by skip-files: one lockfile in a folder that is otherwise scanned.
        'tools/package-lock.json': npmLockfile({ lodash: '4.17.20' }, 2),
        ...debian12RootFiles('2.36-9+deb12u1'),
      })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: toolCache },
        inputs: {
          'skip-dirs': 'vendor',
          'skip-files': 'tools/package-lock.json',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.scanner).toEqual({ name: 'trivy', version: '0.44.1' })
      expect(report.findings.map((f) => f.ruleId).sort()).toEqual([
        'CVE-2021-23337',
        'CVE-2023-4911',
      ])

      const lodash = report.findings.find((f) => f.ruleId === 'CVE-2021-23337')!
      expect(lodash.severity).toBe('high')
      expect(lodash.package).toMatchObject({
        name: 'lodash',
        version: '4.17.20',
        fixedVersion: '4.17.21',
      })
      expect(lodash.title).toBe('nodejs-lodash: command injection via template')
      expect(lodash.description).toMatch(/^Lodash versions prior to 4\.17\.21 are vulnerable/)
      // trivy 0.44.1 reports the package's lines in the lockfile (Packages[].Locations).
      const lockLines = lockfile.split('\n')
      const start = lockLines.indexOf('    "node_modules/lodash": {') + 1
      expect(start).toBeGreaterThan(0)
      expect(lodash.location).toEqual({
        path: 'app/package-lock.json',
        startLine: start,
        endLine: start + 2,
      })
      expect(lodash.advisories).toEqual(['CVE-2021-23337'])
      expect(lodash.references).toContain('https://github.com/advisories/GHSA-35jh-r3h4-6jhm')
      expect(lodash.cvss).toEqual({
        score: 7.2,
        vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H',
        version: '3.1',
      })
      expect(lodash.cwe).toEqual(['CWE-94'])

      const glibc = report.findings.find((f) => f.ruleId === 'CVE-2023-4911')!
      expect(glibc.severity).toBe(fixtureSeverity('CVE-2023-4911'))
      expect(glibc.package).toMatchObject({
        name: 'libc6',
        version: '2.36-9+deb12u1',
        fixedVersion: '2.36-9+deb12u3',
      })

      expect(run.outputs.total).toBe('2')
      expect(JSON.parse(run.outputs.counts!)).toMatchObject({
        high: 1 + (glibc.severity === 'high' ? 1 : 0),
      })
      const sbom = JSON.parse(readFileSync(run.outputs.sbom!, 'utf8')) as {
        bomFormat: string
        components: { purl?: string }[]
      }
      expect(sbom.bomFormat).toBe('CycloneDX')
      const purls = sbom.components.map((c) => c.purl)
      expect(purls).toContain('pkg:npm/lodash@4.17.20')
      const libc = purls.find((p) => p?.startsWith('pkg:deb/debian/libc6@'))
      expect(decodeURIComponent(libc ?? '')).toContain('libc6@2.36-9+deb12u1')
      expect(run.summary).toContain('trivy 0.44.1')
      expect(run.summary).toContain('vulnerability DB: cached')
      expect(unexpectedCommands(run)).toEqual([])

      // The summary's table has package, installed and fixed columns; the title is the advisory's.
      expect(run.summary).toContain(
        '| severity | rule | title | package | installed | fixed | where |',
      )
      expect(run.summary).toContain(
        `| high | CVE-2021-23337 | nodejs-lodash: command injection via template | lodash | 4.17.20 | 4.17.21 | app/package-lock.json:${start} |`,
      )
      expect(run.summary).toContain('| libc6 | 2.36-9+deb12u1 | 2.36-9+deb12u3 |')
      // The annotation names the package once, installed → fixed, at the package's line.
      const annotation = run.commands.find(
        (c) => ['error', 'warning', 'notice'].includes(c.command) && c.message.includes('lodash'),
      )!
      expect(annotation).toMatchObject({
        command: 'error',
        properties: {
          file: 'app/package-lock.json',
          line: String(start),
          endLine: String(start + 2),
        },
      })
      expect(annotation.message).toMatch(
        /^nodejs-lodash: command injection via template \(lodash 4\.17\.20 → 4\.17\.21\): Lodash versions prior/,
      )
      expect(annotation.message.match(/4\.17\.20/g)).toHaveLength(1)

      // The SARIF result points at the package's lines, as trivy's own SARIF does.
      const sarif = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')) as Log
      const result = sarif.runs[0]!.results!.find((r) => r.ruleId === 'CVE-2021-23337')!
      expect(result.locations?.[0]?.physicalLocation).toMatchObject({
        artifactLocation: { uri: 'app/package-lock.json', uriBaseId: '%SRCROOT%' },
        region: { startLine: start, endLine: start + 2 },
      })
      // The rule is the advisory: its title and description, not this package's finding.
      const rule = sarif.runs[0]!.tool.driver.rules!.find((r) => r.id === 'CVE-2021-23337')!
      expect(rule.shortDescription?.text).toBe('nodejs-lodash: command injection via template')
      expect(rule.fullDescription?.text).toMatch(/^Lodash versions prior to 4\.17\.21/)
      const sarifText = readFileSync(run.outputs.sarif!, 'utf8')
      expect(sarifText).not.toContain(ws)
      if (MULTITOOL_AVAILABLE) {
        const dir = mkdtempSync(join(tmpdir(), 'scan-deps-sarif-'))
        writeFileSync(join(dir, 'scan-deps.sarif'), sarifText)
        const errors = validateSarif([join(dir, 'scan-deps.sarif')], dir)
        expect(errors.get('scan-deps.sarif') ?? []).toEqual([])
      }
    }, 200_000)

    it('a fixed pin gives no finding but a complete report that names what was checked', async () => {
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.21' }) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: toolCache },
        inputs: { sbom: 'false', 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.findings).toEqual([])
      expect(run.outputs.total).toBe('0')
      expect(run.outputs.sbom).toBe('')
      expect(run.summary).toContain(
        '1 file(s) with packages, 1 package(s) checked: package-lock.json',
      )
    }, 200_000)

    it('a broken cached DB is replaced; when no new one can be had the scan fails', async () => {
      const broken = mkdtempSync(join(tmpdir(), 'scan-deps-broken-'))
      const db = join(broken, TRIVY_DB_CACHE_SUBDIR, 'db')
      cpSync(
        join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db', 'metadata.json'),
        join(db, 'metadata.json'),
      )
      // An empty trivy.db: trivy 0.44 would quietly create an empty DB and report nothing.
      writeFileSync(join(db, 'trivy.db'), '')
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: broken },
        inputs: {
          'db-repository': '127.0.0.1:9/trivy-db',
          sbom: 'false',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(
        'The cached trivy DB is not used (trivy.db is not a readable bbolt file',
      )
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.findings).toEqual([])
      expect(report.reason).toMatch(
        /^no trivy vulnerability DB could be had: downloading it from '127\.0\.0\.1:9\/trivy-db' \(db-repository\) failed/,
      )
      expect(run.outputs.status).toBe('failed')
      expect(run.outputs.sarif).toBe('')
    }, 200_000)

    it('db-digest: the cached trivy.db it pins is used and shown; any other fails naming both digests', async () => {
      const digest = await sha256File(join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db', 'trivy.db'))
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const scan = (dbDigest: string) =>
        runAction('scan-deps', {
          workspace: ws,
          timeoutMs: 180_000,
          env: { RUNNER_TOOL_CACHE: toolCache },
          inputs: {
            'db-digest': dbDigest,
            sbom: 'false',
            'trivy-path': tools.trivy,
            'upload-sarif': 'false',
          },
        })
      const pinned = await scan(`sha256:${digest}`)
      expect(pinned.exitCode, pinned.stdout).toBe(0)
      expect(readReport(pinned).findings.map((f) => f.ruleId)).toEqual(['CVE-2021-23337'])
      expect(pinned.summary).toContain(
        `vulnerability DB: cached; trivy.db \`sha256:${digest}\` (matches db-digest)`,
      )
      // The scan read the DB without changing it: the pin still holds.
      expect(await sha256File(join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db', 'trivy.db'))).toBe(
        digest,
      )

      const other = 'f'.repeat(64)
      const refused = await scan(other)
      expect(refused.exitCode).toBe(1)
      const report = readReport(refused)
      expect(report.status).toBe('failed')
      expect(report.findings).toEqual([])
      expect(report.reason).toBe(
        `db-digest-mismatch: the cached trivy vulnerability DB has trivy.db sha256:${digest}, but db-digest pins sha256:${other}; the scan does not use a DB other than the one pinned`,
      )
    }, 300_000)

    it('a cached DB planted with a NextUpdate in 2099 is not trusted: removed, and the scan fails without a fresh one', async () => {
      const planted = await buildTrivyDb(ADVISORY_FIXTURE, { NextUpdate: '2099-12-31T00:00:00Z' })
      const cache = mkdtempSync(join(tmpdir(), 'scan-deps-planted-'))
      cpSync(join(planted, 'db'), join(cache, TRIVY_DB_CACHE_SUBDIR, 'db'), { recursive: true })
      rmSync(planted, { recursive: true, force: true })
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: cache },
        inputs: {
          'db-repository': '127.0.0.1:9/trivy-db',
          sbom: 'false',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(
        'The cached trivy DB is not used (db-dated-in-the-future: the cached trivy DB asks not to be refreshed before 2099-12-31T00:00:00Z',
      )
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.reason).toMatch(
        /^no trivy vulnerability DB could be had: downloading it from '127\.0\.0\.1:9\/trivy-db' \(db-repository\) failed.*; the cached DB was not used \(db-dated-in-the-future: /,
      )
      expect(inspectTrivyDb(join(cache, TRIVY_DB_CACHE_SUBDIR)).status).toBe('missing')
    }, 200_000)

    it('no DB at all and an unreachable repository: a failed scan, not zero findings', async () => {
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        inputs: {
          'cache-db': 'false',
          'db-repository': '127.0.0.1:9/trivy-db',
          sbom: 'false',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(run.exitCode).toBe(1)
      const report = readReport(run)
      expect(report.status).toBe('failed')
      expect(report.reason).toContain('no trivy vulnerability DB could be had')
      expect(report.reason).toContain('no trivy DB in')
      expect(run.summary).toContain('scan failed')
    }, 200_000)
  },
)

describeWithTools(
  ['trivy', 'go', 'bbolt', 'oras', 'docker-registry'],
  'scan-deps pulling the DB through db-repository from a local registry',
  (tools) => {
    let registry: TestRegistry
    let repository = ''
    beforeAll(async () => {
      registry = await startRegistry()
      repository = await pushTrivyDb(registry)
    }, 120_000)
    afterAll(async () => {
      await registry?.stop()
    })

    it('downloads the DB, finds the advisory, and keeps the DB in the tool cache', async () => {
      const toolCache = mkdtempSync(join(tmpdir(), 'scan-deps-empty-cache-'))
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }, 2) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: toolCache },
        inputs: {
          'db-repository': repository,
          sbom: 'false',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.findings.map((f) => [f.ruleId, f.severity, f.package?.fixedVersion])).toEqual([
        ['CVE-2021-23337', 'high', '4.17.21'],
      ])
      expect(readAsText(run.summary)).toContain(`downloaded from ${repository};`)
      expect(inspectTrivyDb(join(toolCache, TRIVY_DB_CACHE_SUBDIR)).status).toBe('ready')
    }, 200_000)

    it('a DB older than db-max-age fails the scan with db-too-old, naming the input; a longer db-max-age takes it', async () => {
      // Milliseconds without a trailing zero: the DB's metadata keeps them as Go writes times
      // (RFC 3339 with trailing zeros cut), which toISOString's .450 would not match.
      const when = new Date(Date.now() - 4 * 24 * 60 * 60 * 1000)
      when.setUTCMilliseconds(123)
      const updated = when.toISOString()
      const old = await pushTrivyDb(registry, 'trivy-db-old', {
        UpdatedAt: updated,
        NextUpdate: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString(),
      })
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const scan = (inputs: Record<string, string>) =>
        runAction('scan-deps', {
          workspace: ws,
          timeoutMs: 180_000,
          env: { RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'scan-deps-old-')) },
          inputs: {
            'db-repository': old,
            sbom: 'false',
            'trivy-path': tools.trivy,
            'upload-sarif': 'false',
            ...inputs,
          },
        })
      const refused = await scan({})
      expect(refused.exitCode).toBe(1)
      const report = readReport(refused)
      expect(report.status).toBe('failed')
      expect(report.findings).toEqual([])
      expect(report.reason).toBe(
        `db-too-old: the trivy vulnerability DB downloaded from '${old}' (db-repository) was updated at ${updated}, 4d ago, longer ago than db-max-age (3d) allows; give a fresher DB (refresh the cache, the mirror or the db-archive) or raise db-max-age`,
      )
      const taken = await scan({ 'db-max-age': '120h' })
      expect(taken.exitCode, taken.stdout).toBe(0)
      expect(readReport(taken).findings.map((f) => f.ruleId)).toEqual(['CVE-2021-23337'])
      expect(taken.summary).toContain(`updated ${updated} (4d ago; db-max-age 120h)`)
    }, 300_000)

    it("the reusable workflow's db job (scan-deps on an empty workspace, then its pack step) gives the shards a DB they accept offline", async () => {
      const wf = loadWorkflow('.github/workflows/portcullis.yml')
      const dbJob = wf.jobs.db as Dict
      const fetch = steps(dbJob).find((s) => s.id === 'fetch') as Dict
      const pack = steps(dbJob).find((s) => s.id === 'pack') as Dict
      const fetchWith = fetch.with as Dict
      // The db job: no checkout, so the workspace is empty; the inputs are the job's own constants.
      const toolCache = mkdtempSync(join(tmpdir(), 'db-job-tool-cache-'))
      const runnerTemp = mkdtempSync(join(tmpdir(), 'db-job-temp-'))
      const fetched = await runAction('scan-deps', {
        workspace: mkdtempSync(join(tmpdir(), 'db-job-ws-')),
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: toolCache },
        inputs: {
          sbom: String(fetchWith.sbom),
          'upload-sarif': String(fetchWith['upload-sarif']),
          annotate: String(fetchWith.annotate),
          'db-repository': repository,
          'trivy-path': tools.trivy,
        },
      })
      expect(fetched.exitCode, fetched.stdout).toBe(0)
      expect(readReport(fetched).status).toBe('complete')
      const output = join(runnerTemp, 'github-output')
      writeFileSync(output, '')
      execFileSync('bash', ['-c', String(pack.run)], {
        env: {
          PATH: process.env.PATH ?? '',
          RUNNER_TOOL_CACHE: toolCache,
          RUNNER_TEMP: runnerTemp,
          GITHUB_OUTPUT: output,
        },
      })
      const digest = /^digest=([0-9a-f]{64})$/m.exec(readFileSync(output, 'utf8'))?.[1]
      expect(digest).toBe(
        await sha256File(join(toolCache, TRIVY_DB_CACHE_SUBDIR, 'db', 'trivy.db')),
      )
      // A shard: what actions/cache restored, used offline (the repository is unreachable).
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const shard = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'db-job-shard-')) },
        inputs: {
          'db-archive': join(runnerTemp, 'portcullis-trivy-db.tar.gz'),
          'db-digest': digest!,
          'db-repository': '127.0.0.1:9/trivy-db',
          sbom: 'false',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(shard.exitCode, shard.stdout).toBe(0)
      expect(readReport(shard).findings.map((f) => f.ruleId)).toEqual(['CVE-2021-23337'])
      expect(shard.summary).toContain(`\`sha256:${digest}\` (matches db-digest)`)
    }, 300_000)

    it('a mirror made with oras copy serves the DB (the recipe of docs/vulnerability-db.md)', async () => {
      const mirror = `${registry.host}/mirror/trivy-db`
      execFileSync(tools.oras, [
        'copy',
        '--from-plain-http',
        '--to-plain-http',
        `${repository}:2`,
        `${mirror}:2`,
      ])
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        timeoutMs: 180_000,
        env: { RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'scan-deps-mirror-')) },
        inputs: {
          'db-repository': mirror,
          sbom: 'false',
          'trivy-path': tools.trivy,
          'upload-sarif': 'false',
        },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      expect(readReport(run).findings.map((f) => f.ruleId)).toEqual(['CVE-2021-23337'])
      expect(readAsText(run.summary)).toContain(`downloaded from ${mirror};`)
    }, 200_000)

    it('db-archive: the recipe of docs/vulnerability-db.md (download on a connected machine, tar, sha256sum) scans offline', async () => {
      // The connected machine: trivy downloads the DB (here from the loopback registry) and nothing else.
      const connected = mkdtempSync(join(tmpdir(), 'connected-'))
      execFileSync(tools.trivy, [
        'image',
        '--download-db-only',
        '--cache-dir',
        join(connected, 'trivy-cache'),
        '--db-repository',
        repository,
      ])
      const archive = join(connected, 'trivy-db.tar.gz')
      execFileSync('tar', [
        '-czf',
        archive,
        '-C',
        join(connected, 'trivy-cache/db'),
        'trivy.db',
        'metadata.json',
      ])
      const digest = execFileSync('sha256sum', [join(connected, 'trivy-cache/db/trivy.db')], {
        encoding: 'utf8',
      }).split(' ')[0]!
      // The air-gapped runner: an unreachable repository proves nothing is downloaded.
      const toolCache = mkdtempSync(join(tmpdir(), 'scan-deps-airgapped-'))
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const scan = (inputs: Record<string, string>) =>
        runAction('scan-deps', {
          workspace: ws,
          timeoutMs: 180_000,
          env: { RUNNER_TOOL_CACHE: toolCache },
          inputs: {
            'db-repository': '127.0.0.1:9/trivy-db',
            sbom: 'false',
            'trivy-path': tools.trivy,
            'upload-sarif': 'false',
            ...inputs,
          },
        })
      const run = await scan({ 'db-archive': archive, 'db-digest': digest })
      expect(run.exitCode, run.stdout).toBe(0)
      const report = readReport(run)
      expect(report.status).toBe('complete')
      expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
        ['CVE-2021-23337', 'high'],
      ])
      expect(readAsText(run.summary)).toContain(
        `vulnerability DB: from ${archive} (db-archive); trivy.db \`sha256:${digest}\` (matches db-digest)`,
      )
      expect(run.stdout).not.toContain('Downloading DB')
      // The archive is unpacked for this run only; the shared cache is left alone.
      expect(inspectTrivyDb(join(toolCache, TRIVY_DB_CACHE_SUBDIR)).status).toBe('missing')

      const wrong = await scan({ 'db-archive': archive, 'db-digest': '0'.repeat(64) })
      expect(wrong.exitCode).toBe(1)
      expect(readReport(wrong).reason).toBe(
        `db-digest-mismatch: the trivy vulnerability DB in db-archive '${archive}' has trivy.db sha256:${digest}, but db-digest pins sha256:${'0'.repeat(64)}; the scan does not use a DB other than the one pinned`,
      )

      const missing = await scan({ 'db-archive': join(connected, 'no-such.tar.gz') })
      expect(missing.exitCode).toBe(1)
      expect(missing.stdout).toMatch(/db-archive.*no-such\.tar\.gz' is not a file/)

      // The Java DB packed the same way (trivy reads it only when it meets a JAR file, so its
      // content is not exercised here; the archive, its dates and the offline flag are).
      const javaArchive = (updatedAt: Date, name: string): string => {
        const dir = mkdtempSync(join(tmpdir(), 'java-db-'))
        writeFileSync(
          join(dir, 'trivy-java.db'),
          'the Java index, as packed on a connected machine',
        )
        writeFileSync(
          join(dir, 'metadata.json'),
          JSON.stringify({
            Version: 1,
            NextUpdate: new Date(updatedAt.getTime() + 86_400_000).toISOString(),
            UpdatedAt: updatedAt.toISOString(),
            DownloadedAt: updatedAt.toISOString(),
          }),
        )
        const file = join(connected, name)
        execFileSync('tar', ['-czf', file, '-C', dir, 'trivy-java.db', 'metadata.json'])
        return file
      }
      const fresh = javaArchive(new Date(Date.now() - 3_600_000), 'trivy-java-db.tar.gz')
      const withJava = await scan({ 'db-archive': archive, 'java-db-archive': fresh })
      expect(withJava.exitCode, withJava.stdout).toBe(0)
      expect(readReport(withJava).findings.map((f) => f.ruleId)).toEqual(['CVE-2021-23337'])
      const javaDigest = execFileSync(
        'sh',
        ['-c', `tar -xzOf '${fresh}' trivy-java.db | sha256sum`],
        {
          encoding: 'utf8',
        },
      ).split(' ')[0]!
      expect(readAsText(withJava.summary)).toContain(
        `Java DB: from ${fresh} (java-db-archive); trivy-java.db \`sha256:${javaDigest}\``,
      )
      const stale = javaArchive(new Date(Date.now() - 10 * 86_400_000), 'old-java-db.tar.gz')
      const refused = await scan({ 'db-archive': archive, 'java-db-archive': stale })
      expect(refused.exitCode).toBe(1)
      expect(readReport(refused).reason).toMatch(
        /^db-too-old: the trivy Java DB in java-db-archive '.*old-java-db\.tar\.gz' was updated at .*, 10d ago, longer ago than db-max-age \(3d\) allows; give a fresher DB \(refresh the java-db-archive\) or raise db-max-age$/,
      )
    }, 300_000)

    it('db-archive: the artifact as oras pulls it from a mirror (db.tar.gz) is an archive too; an old one is db-too-old', async () => {
      const updated = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString()
      const old = await pushTrivyDb(registry, 'trivy-db-archived', {
        UpdatedAt: updated,
        NextUpdate: new Date(Date.now() - 9 * 24 * 60 * 60 * 1000).toISOString(),
      })
      const pulled = mkdtempSync(join(tmpdir(), 'oras-pull-'))
      execFileSync(tools.oras, ['pull', '--plain-http', `${old}:2`, '-o', pulled])
      const archive = join(pulled, 'db.tar.gz')
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const scan = (inputs: Record<string, string>) =>
        runAction('scan-deps', {
          workspace: ws,
          timeoutMs: 180_000,
          env: { RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'scan-deps-archived-')) },
          inputs: {
            'db-archive': archive,
            sbom: 'false',
            'trivy-path': tools.trivy,
            'upload-sarif': 'false',
            ...inputs,
          },
        })
      const refused = await scan({})
      expect(refused.exitCode).toBe(1)
      expect(readReport(refused).reason).toBe(
        `db-too-old: the trivy vulnerability DB in db-archive '${archive}' was updated at ${updated}, 10d ago, longer ago than db-max-age (3d) allows; give a fresher DB (refresh the cache, the mirror or the db-archive) or raise db-max-age`,
      )
      // Offline, a NextUpdate long past does not matter; the age the user accepts does.
      const taken = await scan({ 'db-max-age': '11d' })
      expect(taken.exitCode, taken.stdout).toBe(0)
      expect(readReport(taken).findings.map((f) => f.ruleId)).toEqual(['CVE-2021-23337'])
    }, 300_000)

    it("a bad db-max-age is the user's mistake, named in the failure", async () => {
      const ws = await workspaceWith({ 'package-lock.json': npmLockfile({ lodash: '4.17.20' }) })
      const run = await runAction('scan-deps', {
        workspace: ws,
        inputs: { 'db-max-age': '3 days', 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
      })
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(/db-max-age.*must be a duration in whole hours or days/)
    })
  },
)

describe('scan-deps with osv-scanner (a stand-in binary: no osv-scanner is installed here)', () => {
  const entry = corpusEntries(
    (e) => e.tool === 'osv-scanner' && e.format === 'json' && e.file.endsWith('some_findings.json'),
  )[0]!

  /** Prints a version, records its argv, writes a real osv-scanner report and exits `exit`. */
  function fakeOsv(exit: number, report: string | undefined): StandIn {
    return recordingStandIn({
      name: 'osv-scanner',
      version: 'osv-scanner version: 2.5.1',
      output: { after: '--output' },
      ...(report !== undefined ? { report } : {}),
      exit,
    })
  }

  async function scan(
    bin: string,
    inputs: Record<string, string> = {},
    files: Record<string, string> = {},
  ) {
    const ws = await workspaceWith({
      'package-lock.json': npmLockfile({ lodash: '4.17.20' }),
      ...files,
    })
    mkdirSync(join(ws, 'vendor'))
    const run = await runAction('scan-deps', {
      workspace: ws,
      inputs: {
        engine: 'osv-scanner',
        'osv-scanner-path': bin,
        'upload-sarif': 'false',
        ...inputs,
      },
    })
    return { ws, run }
  }

  it('skip-files is refused with engine osv-scanner, naming the input and what to do', async () => {
    const { bin } = fakeOsv(0, readCorpus(entry.file))
    const { run } = await scan(bin, { 'skip-files': 'package-lock.json' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/skip-files/)
    expect(run.stdout).toMatch(/osv-scanner skips folders only: list them in `skip-dirs`/)
  })

  it('passes the inputs as flags and reports what the parser reads', async () => {
    const raw = readCorpus(entry.file)
    const { bin, argvFile } = fakeOsv(1, raw)
    const { ws, run } = await scan(
      bin,
      { 'skip-dirs': 'vendor, **/fixtures' },
      // What a pull request could add to hide its vulnerable packages.
      { 'osv-scanner.toml': '[[PackageOverrides]]\nname = "lodash"\nignore = true\n' },
    )
    expect(run.exitCode, run.stdout).toBe(0)
    const argv = readFileSync(argvFile, 'utf8').trim().split('\n')
    expect(argv).toEqual([
      'scan',
      'source',
      '--format',
      'json',
      '--output',
      expect.stringMatching(/osv-scanner\.json$/),
      '--recursive',
      // Its own, empty config: no osv-scanner.toml beside a lockfile applies.
      '--config',
      expect.stringMatching(/osv-scanner\.toml$/),
      '--exclude',
      'vendor',
      '--exclude',
      'g:**/fixtures',
      ws,
    ])
    const config = argv[argv.indexOf('--config') + 1]!
    expect(config.startsWith(ws)).toBe(false)
    expect(
      readFileSync(join(dirname(argvFile), 'cwd.txt'), 'utf8')
        .trim()
        .startsWith(ws),
    ).toBe(false)
    const report = readReport(run)
    expect(report.notices?.join('\n')).toContain('Not used: osv-scanner.toml.')
    const expected = parseOsvScanner(raw, { workspace: ws })
    expect(report.status).toBe('complete')
    expect(report.tool).toMatchObject({
      name: 'osv-scanner',
      version: '2.5.1',
      source: 'input-path',
    })
    expect(report.findings.length).toBeGreaterThan(0)
    expect(report.findings.map((f) => f.fingerprint)).toEqual(
      expected.findings.map((f) => f.fingerprint),
    )
    expect(report.findings[0]!.advisories).toContain(
      (entry.counted as { first_id: string }).first_id,
    )
    expect(run.outputs.sbom).toBe('')
    expect(run.summary).toContain('no SBOM')
  })

  it('ignore-unfixed keeps only findings with a fixed version', async () => {
    const raw = readCorpus(entry.file)
    const { bin } = fakeOsv(1, raw)
    const { ws, run } = await scan(bin, { 'ignore-unfixed': 'true' })
    const expected = parseOsvScanner(raw, { workspace: ws }).findings.filter(
      (f) => f.package?.fixedVersion !== undefined,
    )
    expect(readReport(run).findings.map((f) => f.fingerprint)).toEqual(
      expected.map((f) => f.fingerprint),
    )
  })

  it('exit 128 (no packages) is a complete, empty scan that says so; exit 127 is a failed scan', async () => {
    const none = await scan(fakeOsv(128, undefined).bin)
    const clean = readReport(none.run)
    expect(clean.status).toBe('complete')
    expect(clean.notices?.join(' ')).toContain('found no lockfiles')
    const broken = await scan(fakeOsv(127, undefined).bin)
    const failed = readReport(broken.run)
    expect(failed.status).toBe('failed')
    expect(failed.reason).toMatch(/^osv-scanner exited with code 127/)
    expect(existsSync(broken.run.outputs.report!)).toBe(true)
  })
})
