/**
 * One measurement, run in its own child process (so peak memory is its own):
 * `node --max-old-space-size=<MB> --import tsx test/bench/measure.ts <case> <args…>`.
 * Prints one JSON line: the timings of the case and the process's peak RSS.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Log } from 'sarif'
import { parseSarif, readSarif, sarifToFindings, findingsToSarif } from '@portcullis/sarif'
import { budgetSarif } from '@portcullis/sarif/budget'
import { runGate } from '@portcullis/gate'
import { parseTrivy } from '@portcullis/scanners/trivy'
import {
  parseTrivyComplianceFile,
  parseTrivyFile,
} from '../../packages/scanners/src/trivy/stream.js'
import type { CommonScanInputs, ScanEngine } from '@portcullis/engine'
import { runScan } from '@portcullis/scan'
import { inIsolate, runIsolated, STREAMING_SCAN_HEAP } from '@portcullis/action-kit'
import { encodeSarif } from '@portcullis/action-kit/github'
import { fakeIO } from '../support/fake-io.js'

const BENCH_SCAN_INPUTS: CommonScanInputs = {
  engine: 'trivy',
  version: undefined,
  toolMirror: undefined,
  toolSha256: undefined,
  ignoreFile: undefined,
  uploadSarif: true,
  annotate: true,
  checkRun: false,
  comment: false,
  githubToken: undefined,
  outputDir: undefined,
  timeoutMinutes: 30,
}

const WORKSPACE = '/home/runner/work/repo/repo'

function time<T>(fn: () => T): [T, number] {
  const start = performance.now()
  const value = fn()
  return [value, performance.now() - start]
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await fn()
  return [value, performance.now() - start]
}

function report(values: Record<string, unknown>): void {
  const usage = process.resourceUsage()
  process.stdout.write(
    `${JSON.stringify({ ...values, maxRssMB: Math.round(usage.maxRSS / 1024), heapLimitMB: heapLimit() })}\n`,
  )
}

function heapLimit(): number | undefined {
  const flag = process.execArgv.find((a) => a.startsWith('--max-old-space-size='))
  return flag ? Number(flag.split('=')[1]) : undefined
}

const [kind, ...args] = process.argv.slice(2)

switch (kind) {
  case 'json-parse': {
    const text = readFileSync(args[0]!, 'utf8')
    const [data, ms] = time(() => JSON.parse(text) as unknown)
    report({ ms, ok: typeof data === 'object' })
    break
  }
  case 'trivy-parse': {
    const text = readFileSync(args[0]!, 'utf8')
    const [result, ms] = time(() => parseTrivy(text, { workspace: WORKSPACE }))
    report({ ms, findings: result.findings.length })
    break
  }
  case 'trivy-stream': {
    let findings = 0
    const [, ms] = await timeAsync(() =>
      parseTrivyFile(
        args[0]!,
        { workspace: WORKSPACE },
        { onFindings: (f) => (findings += f.length) },
      ),
    )
    report({ ms, findings })
    break
  }
  case 'compliance-stream': {
    // The compliance engine's parse: findings counted as they come, not kept.
    let findings = 0
    const [result, ms] = await timeAsync(() =>
      parseTrivyComplianceFile(
        args[0]!,
        { ref: 'registry.example.com/monorepo/app:2026.11' },
        { onFindings: (f) => (findings += f.length) },
      ),
    )
    report({ ms, findings, controls: result.controls.length })
    break
  }
  case 'string-limit': {
    // What reading a report over V8's string limit into one string does.
    try {
      const text = readFileSync(args[0]!, 'utf8')
      report({ ok: true, length: text.length })
    } catch (error) {
      report({
        ok: false,
        error: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
      })
    }
    break
  }
  case 'sarif-parse': {
    const text = readFileSync(args[0]!, 'utf8')
    const [, floor] = time(() => JSON.parse(text) as unknown)
    const [result, ms] = time(() => parseSarif(text, { workspace: WORKSPACE }))
    report({ ms, floorMs: floor, findings: result.findings.length })
    break
  }
  case 'sarif-write': {
    const [file, sourceRoot] = args as [string, string]
    const imported = parseSarif(readFileSync(file, 'utf8'), { workspace: sourceRoot })
    const input = {
      runs: [
        {
          tool: { name: 'semgrep', version: '1.56.0' },
          category: 'portcullis/scan-code/semgrep/.',
          findings: imported.findings,
        },
      ],
    }
    const readFile = (path: string): string | undefined => {
      try {
        return readFileSync(join(sourceRoot, path), 'utf8')
      } catch {
        return undefined
      }
    }
    const [bare, bareMs] = time(() => findingsToSarif(input))
    const [, floorMs] = time(() => JSON.stringify(bare))
    const [log, ms] = time(() => findingsToSarif({ ...input, readFile }))
    const [text, stringifyMs] = time(() => JSON.stringify(log))
    const hashed = log.runs[0]?.results?.filter(
      (r) => r.partialFingerprints?.primaryLocationLineHash,
    )
    report({
      ms: ms + stringifyMs,
      writerMs: ms,
      writerNoHashMs: bareMs,
      stringifyMs,
      floorMs,
      findings: imported.findings.length,
      hashed: hashed?.length ?? 0,
      bytes: text.length,
    })
    break
  }
  case 'gate-floor': {
    // The floor the gate is held to: reading and JSON.parse of every report, one at a time.
    const dir = args[0]!
    const files = readdirSync(dir).map((f) => join(dir, f))
    const [count, ms] = time(() => {
      let n = 0
      for (const f of files)
        n += (JSON.parse(readFileSync(f, 'utf8')) as { findings: unknown[] }).findings.length
      return n
    })
    report({ ms, findings: count })
    break
  }
  case 'gate': {
    // Its own process: the floor's whole-file parses would otherwise count in the gate's peak RSS.
    const dir = args[0]!
    const [result, ms] = time(() =>
      runGate(
        { findings: [dir], systemLevel: 3, stage: 'code', fail: true, mode: 'all', baseline: [] },
        { cwd: dir },
      ),
    )
    const findings = result.scanners.reduce((n, s) => n + s.findings, 0)
    report({ ms, findings, verdict: result.verdict })
    break
  }
  case 'scan-trivy': {
    // The scan pipeline as every trivy engine runs it: trivy's report streamed into the scan's
    // findings store, then the findings report, SARIF, annotations and summary; in the isolate the
    // scan actions run their work in (this file again, in a worker with the scan heap's limits).
    if (!inIsolate()) {
      const isolate = await runIsolated(
        new URL(import.meta.url),
        STREAMING_SCAN_HEAP,
        process.env,
        {
          onPrivateDir: () => {},
        },
      )
      if (isolate.error) throw isolate.error
      process.exitCode = isolate.exitCode
      break
    }
    const [file, ws] = [args[0]!, args[1]!]
    const io = fakeIO({ workspace: ws })
    let uploadLine: string | undefined
    const engine: ScanEngine<CommonScanInputs> = {
      name: 'trivy',
      tool: { name: 'trivy', pathInput: 'trivy-path', source: 'release' },
      run: async (ctx) => {
        const findings = ctx.store()
        const parsed = await parseTrivyFile(
          file,
          {
            workspace: ctx.workspace,
            image: { ref: 'registry.example/app:1', digest: `sha256:${'0'.repeat(64)}` },
          },
          { onFindings: (slice) => slice.forEach((f) => findings.add(f)) },
        )
        return {
          scanner: { name: 'trivy', version: parsed.scannerVersion ?? 'unknown' },
          target: { kind: 'image', name: 'registry.example/app:1' },
          findings,
          notices: parsed.notices,
          fallbackPath: 'Dockerfile',
        }
      },
    }
    const [outcome, ms] = await timeAsync(() =>
      runScan(
        {
          action: 'scan-image',
          engines: { trivy: engine },
          inputs: {
            ...BENCH_SCAN_INPUTS,
            trivyPath: undefined,
            outputDir: join(ws, 'out'),
          } as CommonScanInputs,
          target: { kind: 'image', name: 'registry.example/app:1' },
        },
        io,
        {
          // What the runner's uploader does before its request: fit the log to code scanning's
          // limits, then gzip and base64 each upload as uploadSarif does (no network here).
          upload: async (log, _category, leftOut) => {
            const budget = budgetSarif(log, {}, leftOut)
            const parts: string[] = []
            for (const upload of budget.uploads) {
              const { gzippedBytes } = await encodeSarif(upload)
              const results = upload.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0)
              const rules = upload.runs.reduce((n, r) => n + (r.tool.driver.rules?.length ?? 0), 0)
              parts.push(`${results} results, ${rules} rules, ${gzippedBytes} bytes gzipped`)
            }
            uploadLine = [...parts, ...budget.notes].join('; ')
            return { uploaded: true, message: uploadLine }
          },
          install: async () => ({
            name: 'trivy',
            version: '0.44.1',
            source: 'path',
            path: '/bin/true',
          }),
        },
      ),
    )
    report({
      ms,
      findings: outcome.tally.total,
      status: outcome.report.status,
      reason: outcome.report.reason,
      upload: uploadLine,
      isolateHeap: STREAMING_SCAN_HEAP,
    })
    break
  }
  case 'sarif-merge': {
    // Ours: read every log, merge their runs, fit them to code scanning's limits (budget), validate
    // by importing every result, and write the merged log.
    const [out, ...files] = args as [string, ...string[]]
    const [facts, ms] = time(() => {
      const runs = files.flatMap(
        (f) => (readSarif(readFileSync(f, 'utf8')).runs as Log['runs']) ?? [],
      )
      const merged: Log = { version: '2.1.0', runs }
      const budget = budgetSarif(merged)
      const imported = sarifToFindings(merged, { workspace: WORKSPACE })
      writeFileSync(out, JSON.stringify(merged))
      return { uploads: budget.uploads.length, findings: imported.findings.length }
    })
    report({ ms, ...facts })
    break
  }
  case 'sarif-validate': {
    const [, ms] = time(() =>
      sarifToFindings(readSarif(readFileSync(args[0]!, 'utf8')), { workspace: WORKSPACE }),
    )
    report({ ms })
    break
  }
  default:
    throw new Error(`unknown measurement ${kind ?? '(none)'}`)
}
