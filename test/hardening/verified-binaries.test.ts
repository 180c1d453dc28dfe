import { createHash } from 'node:crypto'
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { bundledManifest } from '@portcullis/installer'
import { readAsText } from '../support/markdown.js'
import { commit, initRepo, plantedSecrets, tempDir } from '../actions/scan-secrets/helpers.js'
import { runAction, type RunResult } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'

/**
 * Issue 15: every binary the suite runs is verified, every time. An attacker who can write to a
 * runner's PATH or tool cache plants a scanner; the built bundles must never run it. A binary the
 * workflow names in `<tool>-path` runs from a private, hashed copy, and when its digest is unknown
 * the report, the summary and the quality gate all say so.
 */

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')
const GITLEAKS_VERSION = bundledManifest().tools.gitleaks!.defaultVersion

/** A scanner impostor: claims the pinned version, reports nothing, and leaves a trace when run. */
function impostor(dir: string, marker: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'gitleaks')
  writeFileSync(
    path,
    `#!/bin/sh\ntouch '${marker}'\necho 'v${GITLEAKS_VERSION}'\necho '[]' > /dev/null\nexit 0\n`,
  )
  chmodSync(path, 0o755)
  return path
}

function reportOf(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, run.stdout).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

let mirror: Server
let mirrorUrl = ''
const mirrorRequests: string[] = []

beforeAll(async () => {
  // A release mirror that has nothing: the pinned download fails, so a refused binary leaves the
  // scan with no scanner at all (and a failed report), never with the impostor.
  mirror = createServer((req, res) => {
    mirrorRequests.push(req.url ?? '')
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve))
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => mirror.close(() => resolve())))

describeWithTools(['gitleaks'], 'binary verification through the bundles', (tools) => {
  const secret = plantedSecrets(15).find((s) => s.rule === 'aws-access-token')!
  let repo = ''
  let head = ''
  beforeAll(() => {
    repo = initRepo()
    head = commit(repo, 'add config', { 'config.env': `${secret.text}\n` })
  })

  const scan = (
    options: {
      inputs?: Record<string, string>
      env?: Record<string, string>
      toolCache?: string
      runnerTemp?: string
    } = {},
  ) =>
    runAction('scan-secrets', {
      workspace: repo,
      timeoutMs: 120_000,
      eventName: 'workflow_dispatch',
      event: {},
      sha: head,
      ...(options.env ? { env: options.env } : {}),
      ...(options.toolCache ? { toolCache: options.toolCache } : {}),
      ...(options.runnerTemp ? { runnerTemp: options.runnerTemp } : {}),
      inputs: { 'upload-sarif': 'false', mode: 'dir', 'tool-mirror': mirrorUrl, ...options.inputs },
    })

  it('never runs a fake gitleaks on PATH that claims the pinned version; the scan fails closed', async () => {
    const dir = tempDir('fake-path-')
    const marker = join(dir, 'ran')
    const fake = impostor(join(dir, 'bin'), marker)
    const run = await scan({ env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` } })
    expect(existsSync(marker), run.stdout).toBe(false)
    const report = reportOf(run)
    expect(report.status).toBe('failed')
    expect(report.reason).toContain(sha256(readFileSync(fake)))
    expect(report.reason).toContain('which the tool manifest does not know')
    expect(run.exitCode).not.toBe(0)
  })

  it('never runs a forged tool-cache entry, whatever metadata vouches for it', async () => {
    const dir = tempDir('forged-cache-')
    const marker = join(dir, 'ran')
    const cacheDir = join(dir, 'tool-cache', 'gitleaks', GITLEAKS_VERSION, 'x64')
    const fake = impostor(cacheDir, marker)
    writeFileSync(
      join(cacheDir, 'portcullis-tool.json'),
      JSON.stringify({
        tool: 'gitleaks',
        version: GITLEAKS_VERSION,
        platform: 'linux-x64',
        assetSha256:
          bundledManifest().tools.gitleaks!.versions[GITLEAKS_VERSION]!.platforms['linux-x64']!
            .sha256,
        binarySha256: sha256(readFileSync(fake)),
        url: 'https://github.com/gitleaks/gitleaks/releases',
      }),
    )
    writeFileSync(`${cacheDir}.complete`, '')
    const run = await scan({ toolCache: join(dir, 'tool-cache'), env: { PATH: '/usr/bin:/bin' } })
    expect(existsSync(marker), run.stdout).toBe(false)
    const report = reportOf(run)
    expect(report.status).toBe('failed')
    expect(report.reason).toContain(`the tool-cache copy ${join(cacheDir, 'gitleaks')}`)
    expect(
      mirrorRequests.some((u) =>
        u.includes(`/gitleaks/gitleaks/releases/download/v${GITLEAKS_VERSION}/`),
      ),
    ).toBe(true)
  })

  it('runs a known build given in gitleaks-path from a private copy, verified', async () => {
    const runnerTemp = tempDir('verified-temp-')
    const run = await scan({ inputs: { 'gitleaks-path': tools.gitleaks }, runnerTemp })
    const report = reportOf(run)
    expect(report.status, run.stdout).toBe('complete')
    const tool = report.tool!
    expect(tool).toMatchObject({ source: 'input-path', origin: tools.gitleaks, verified: true })
    expect(tool.verifiedBy).toContain('Debian trixie package gitleaks')
    // What ran is the copy under RUNNER_TEMP, and the recorded digest is of exactly its bytes.
    expect(tool.path).toBe(join(runnerTemp, 'portcullis-bin', tool.sha256!, 'gitleaks'))
    expect(sha256(readFileSync(tool.path))).toBe(tool.sha256)
    expect(report.findings.map((f) => f.ruleId)).toContain('aws-access-token')
    const summary = readAsText(run.summary)
    expect(summary).toContain(`| sha256 of what ran | \`${tool.sha256}\` |`)
    expect(summary).toContain('verified: matches Debian trixie package gitleaks')
    expect(summary).not.toContain('UNVERIFIED')
  })

  it('runs an unknown binary named in gitleaks-path, marked UNVERIFIED; the gate refuses it at level 3 only', async () => {
    const dir = tempDir('own-build-')
    const own = join(dir, 'gitleaks')
    copyFileSync(tools.gitleaks, own)
    // One byte more: the same program, but bytes no manifest entry vouches for.
    appendFileSync(own, Buffer.from([0]))
    chmodSync(own, 0o755)
    const digest = sha256(readFileSync(own))
    const findings = join(dir, 'findings')
    const run = await scan({ inputs: { 'gitleaks-path': own, 'output-dir': findings } })
    const report = reportOf(run)
    expect(report.status, run.stdout).toBe('complete')
    expect(report.tool).toMatchObject({ verified: false, sha256: digest, origin: own })
    expect(report.findings.map((f) => f.ruleId)).toContain('aws-access-token')
    expect(readAsText(run.summary)).toContain(
      `> **UNVERIFIED binary**: gitleaks (sha256 \`${digest}\`)`,
    )
    expect(run.stdout).toContain(
      `UNVERIFIED binary: gitleaks from 'gitleaks-path' (${own}) has sha256 ${digest}`,
    )

    const gate = (level: string) =>
      runAction('quality-gate', {
        workspace: repo,
        timeoutMs: 60_000,
        eventName: 'workflow_dispatch',
        event: {},
        sha: head,
        inputs: {
          'risk-threshold': '0',
          findings,
          'system-level': level,
          stage: 'code',
          comment: 'false',
          // Only the secrets scan ran here; the verdict below is about the binary alone.
          policy: join(dir, 'policy.yml'),
        },
      })
    writeFileSync(
      join(dir, 'policy.yml'),
      'version: 1\nstages:\n  code: [secrets]\nlevels:\n  2: { allow: { critical: 5 } }\n  3: { allow: { critical: 5 } }\n',
    )
    const three = await gate('3')
    const reasons = JSON.parse(three.outputs.reasons ?? '[]') as { code: string; message: string }[]
    expect(
      reasons.map((r) => r.code),
      three.stdout,
    ).toEqual(['unverified-tool'])
    expect(reasons[0]!.message).toContain(digest)
    const two = await gate('2')
    expect(JSON.parse(two.outputs.reasons ?? '[]'), two.stdout).toEqual([])
  })
})

it('an OS-package tool (nmap) is copied and hashed before anything of it runs, its version probe included', async () => {
  const dir = tempDir('nmap-on-path-')
  const marker = join(dir, 'ran.txt')
  const nmap = join(dir, 'nmap')
  writeFileSync(
    nmap,
    [
      '#!/bin/sh',
      `echo "$0" >> '${marker}'`,
      'if [ "$1" = "--version" ]; then echo "Nmap version 7.93 ( https://nmap.org )"; exit 0; fi',
      'exit 3',
      '',
    ].join('\n'),
  )
  chmodSync(nmap, 0o755)
  const runnerTemp = tempDir('nmap-temp-')
  const run = await runAction('compliance', {
    runnerTemp,
    env: { PATH: `${dir}:${process.env.PATH ?? ''}` },
    inputs: { engine: 'nmap', targets: '127.0.0.1', 'upload-sarif': 'false' },
  })
  const report = reportOf(run)
  // The stand-in is no build the manifest knows: it runs unverified, and only as its hashed copy.
  expect(report.tool).toMatchObject({ name: 'nmap', origin: nmap, verified: false })
  const ran = readFileSync(marker, 'utf8').trim().split('\n')
  expect(ran.length).toBeGreaterThanOrEqual(1)
  for (const path of ran) {
    expect(path).toBe(join(runnerTemp, 'portcullis-bin', report.tool!.sha256!, 'nmap'))
  }
  expect(sha256(readFileSync(nmap))).toBe(report.tool!.sha256)
})

it('a bad tool-sha256 is refused before anything is fetched, naming the input the action has', async () => {
  const run = await runAction('scan-iac', {
    workspace: tempDir('sha-input-'),
    inputs: { version: '0.44.1', 'tool-sha256': 'not-a-digest', 'upload-sarif': 'false' },
  })
  expect(run.exitCode).toBe(1)
  expect(run.stdout).toContain(
    "Input 'tool-sha256': must be a SHA-256 digest: 64 hexadecimal characters.",
  )
})
