import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { parseReport, type FindingsReport } from '@portcullis/core'
import { NODE24, runAction, type RunResult } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'

const SHA = 'a11c'.padEnd(40, '0')

/**
 * The nmap engine through the built compliance bundle, with the real nmap, against services this
 * file starts on 127.0.0.1 ephemeral ports and stops afterwards. `ports` names exactly those ports,
 * so no other port (and no other address) is probed.
 */
function listen(greeting: string): Promise<Server> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
    // A banner on connect answers nmap's NULL probe, so -sV needs no further probes.
    socket.write(greeting)
  })
  server.on('close', () => {
    for (const s of sockets) s.destroy()
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

const portOf = (server: Server) => (server.address() as AddressInfo).port

function reportOf(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, 'the report output').toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

describeWithTools(['nmap'], 'compliance bundle: nmap against loopback services', (tools) => {
  let ssh: Server
  let ftp: Server
  let work: string
  let allowedRun: RunResult
  let exposedRun: RunResult
  beforeAll(async () => {
    ssh = await listen('SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n')
    ftp = await listen('220 (vsFTPd 3.0.3)\r\n')
    work = mkdtempSync(join(tmpdir(), 'portcullis-nmap-'))
    const ports = `${portOf(ssh)},${portOf(ftp)}`
    ;[allowedRun, exposedRun] = await Promise.all([
      compliance({ ports, 'allowed-ports': `${portOf(ssh)}/tcp, ${portOf(ftp)}/tcp` }),
      compliance({ ports, 'allowed-ports': `${portOf(ssh)}/tcp`, 'service-detection': 'true' }),
    ])
  }, 180_000)
  afterAll(() => {
    ssh?.close()
    ftp?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  const compliance = (inputs: Record<string, string>, node?: string) =>
    runAction('compliance', {
      sha: SHA,
      timeoutMs: 120_000,
      ...(node ? { node } : {}),
      inputs: {
        engine: 'nmap',
        'nmap-path': tools.nmap,
        targets: '127.0.0.1',
        'upload-sarif': 'false',
        ...inputs,
      },
    })

  it('every open port allowed: a complete report with no findings', () => {
    expect(allowedRun.exitCode, allowedRun.stderr).toBe(0)
    const report = reportOf(allowedRun)
    expect(report).toMatchObject({
      action: 'compliance',
      status: 'complete',
      scanner: { name: 'nmap', version: '7.93' },
      target: { kind: 'host', name: '127.0.0.1' },
      // The private copy ran, verified by the manifest's Debian build of nmap.
      tool: { name: 'nmap', source: 'input-path', origin: tools.nmap, verified: true },
      findings: [],
    })
    expect(allowedRun.outputs.total).toBe('0')
    expect(allowedRun.summary).toContain('2 open port(s), 0 not in allowed-ports')
    // Both ports were found open: the run saw them and the policy allowed them.
    expect(allowedRun.summary).toContain(`| 127.0.0.1 | ${portOf(ssh)}/tcp | unknown | allowed |`)
    expect(allowedRun.summary).toContain(`| 127.0.0.1 | ${portOf(ftp)}/tcp | unknown | allowed |`)
  })

  it('a port not allowed: one finding, high for ftp, with the product -sV found', () => {
    expect(exposedRun.exitCode, exposedRun.stderr).toBe(0)
    const report = reportOf(exposedRun)
    expect(report.status).toBe('complete')
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({
      category: 'compliance',
      ruleId: `open-port/${portOf(ftp)}/tcp`,
      severity: 'high',
      scannerSeverity: 'plain-text administration',
      title: `Port ${portOf(ftp)}/tcp (ftp: vsftpd 3.0.3) is open on 127.0.0.1 and not in allowed-ports`,
    })
    expect(exposedRun.outputs.total).toBe('1')
    expect(JSON.parse(exposedRun.outputs.counts!)).toMatchObject({ high: 1, medium: 0 })
    expect(exposedRun.summary).toContain(
      `| 127.0.0.1 | ${portOf(ssh)}/tcp | ssh: OpenSSH 9.2p1 Debian 2+deb12u3 (protocol 2.0) | allowed |`,
    )
    // SARIF for code scanning and nmap's own XML for artifacts.
    const sarif = JSON.parse(readFileSync(exposedRun.outputs.sarif!, 'utf8')) as {
      runs: { results: { ruleId: string; level: string }[] }[]
    }
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([
      [`open-port/${portOf(ftp)}/tcp`, 'error'],
    ])
    expect(readFileSync(exposedRun.outputs['nmap-xml']!, 'utf8')).toContain('product="vsftpd"')
    expect(exposedRun.annotations.map((a) => a.command)).toEqual(['error'])
  })

  it('a /16 target is refused without allow-wide-targets, before anything is probed', async () => {
    const result = await compliance({ targets: '127.0.0.0/16', ports: String(portOf(ssh)) })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(result.outputs.total).toBe('')
    const report = reportOf(result)
    expect(report.reason).toBe(
      "Input 'targets': '127.0.0.0/16' covers 65,536 addresses, more than a /24 (256); list the hosts to check, or set allow-wide-targets: true if scanning the whole block is intended",
    )
    expect(result.outputs['nmap-xml']).toBeUndefined()
  })

  it('a target that does not resolve fails the scan, never "0 findings"', async (ctx) => {
    // Name lookups must stay on loopback: the bundle runs in a private mount namespace whose
    // /etc/resolv.conf names 127.0.0.1, where nothing answers, so the lookup fails at once.
    const resolv = join(work, 'resolv.conf')
    writeFileSync(resolv, 'nameserver 127.0.0.1\n')
    const probe = spawnSync('unshare', [
      '-m',
      'sh',
      '-c',
      'mount --bind "$0" /etc/resolv.conf',
      resolv,
    ])
    if (probe.status !== 0) ctx.skip('unshare -m with a bind mount needs root (CAP_SYS_ADMIN)')
    const node = join(work, 'node')
    writeFileSync(
      node,
      `#!/bin/sh\nexec unshare -m sh -c 'mount --bind "$0" /etc/resolv.conf && exec "$@"' '${resolv}' '${NODE24}' "$@"\n`,
    )
    chmodSync(node, 0o755)
    const result = await compliance(
      { targets: '127.0.0.1, no-such-host.invalid', ports: String(portOf(ssh)) },
      node,
    )
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(result.outputs.total).toBe('')
    expect(result.outputs.sarif).toBe('')
    expect(reportOf(result).reason).toBe(
      "nmap could not resolve 'no-such-host.invalid'; this target was not scanned. Check the name in 'targets'",
    )
    expect(result.summary).toMatch(/scan failed/i)
  })

  it('the final-stage gate: fails on the exposed port, passes the allowed run', async () => {
    const workspace = join(work, 'workspace')
    mkdirSync(workspace, { recursive: true })
    writeFileSync(join(workspace, 'policy.yml'), 'version: 1\nstages:\n  final: [compliance]\n')
    const gate = (findings: string) =>
      runAction('quality-gate', {
        sha: SHA,
        workspace,
        inputs: { findings, stage: 'final', 'system-level': '4', policy: 'policy.yml' },
      })
    expect(existsSync(exposedRun.outputs.report!)).toBe(true)
    const [exposed, allowed] = await Promise.all([
      gate(dirname(exposedRun.outputs.report!)),
      gate(dirname(allowedRun.outputs.report!)),
    ])
    expect(exposed.outputs.verdict).toBe('fail')
    expect(exposed.exitCode).toBe(1)
    expect(exposed.outputs.reasons).toMatch(/matrix-exceeded/)
    expect(exposed.outputs.reasons).toMatch(/high/)
    expect(allowed.outputs.verdict).toBe('pass')
    expect(allowed.exitCode).toBe(0)
  })
})
