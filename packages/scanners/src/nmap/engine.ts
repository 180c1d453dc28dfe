import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ScanFailedError } from '@portcullis/core'
import {
  runTool,
  type CommonScanInputs,
  type EngineResult,
  type ScanEngine,
} from '@portcullis/engine'
import { installNmap } from './install.js'
import { describeService, exposureFindings, hostLabel, parseNmapXml } from './parse.js'
import {
  isAllowed,
  parseAllowedPorts,
  parseTargets,
  portsArgument,
  type NmapTarget,
} from './targets.js'
import { NMAP } from './tool.js'

/** The compliance inputs the nmap engine reads (the action's Inputs type satisfies it structurally). */
export interface NmapInputs extends CommonScanInputs {
  readonly targets: readonly string[]
  readonly allowedPorts: readonly string[]
  readonly ports: readonly string[]
  readonly serviceDetection: boolean
  readonly allowWideTargets: boolean
}

/**
 * The flags every run gets (nmap(1), https://nmap.org/book/man-briefoptions.html):
 * - `-sT` TCP connect scan: a full handshake through the OS's sockets, so it needs no root or raw
 *   sockets, and `--unprivileged` keeps a root runner on the same path as any other;
 * - `-Pn` no host discovery: every target is scanned even if it drops pings, and reported as up;
 * - `-n` no reverse DNS: names come from the targets as given (forward resolution still happens);
 * - `--open` only open ports in the report; `--noninteractive` no keyboard commands on stdin.
 */
export const NMAP_BASE_ARGS = [
  '--noninteractive',
  '--unprivileged',
  '-Pn',
  '-sT',
  '-n',
  '--open',
] as const

/** The argv for a run (without the binary): base flags, options, the XML report, then the targets. */
export function nmapArgs(options: {
  readonly targets: readonly NmapTarget[]
  readonly ports: string | undefined
  readonly serviceDetection: boolean
  readonly xmlPath: string
}): string[] {
  return [
    ...NMAP_BASE_ARGS,
    ...(options.serviceDetection ? ['-sV'] : []),
    ...(options.ports ? ['-p', options.ports] : []),
    ...(options.targets.some((t) => t.family === 6) ? ['-6'] : []),
    '-oX',
    options.xmlPath,
    ...options.targets.map((t) => t.spec),
  ]
}

/** Targets nmap names in `Failed to resolve "<name>".` on stderr (the XML report omits them). */
export function unresolvedTargets(stderr: string): string[] {
  return [...new Set([...stderr.matchAll(/Failed to resolve "([^"]+)"/g)].map((m) => m[1]!))]
}

/**
 * Exposure check for the compliance action: a TCP connect scan of the given hosts, and a finding
 * for every open port the policy (`allowed-ports`) does not list. A target that does not resolve,
 * or a report with fewer hosts than the targets cover, is a failed scan, never zero findings.
 */
export const nmapEngine: ScanEngine<NmapInputs> = {
  name: 'nmap',
  tool: NMAP,
  outputs: ['nmap-xml'],
  plannedTarget: (inputs) => ({ kind: 'host', name: inputs.targets.join(', ') || '(no targets)' }),
  // An OS package: from `nmap-path`, PATH or a pinned apt install, held against the manifest
  // (hashed before anything of it runs).
  install: installNmap,
  async run(context): Promise<EngineResult> {
    const { inputs, outputDir } = context
    const targets = parseTargets(inputs.targets, inputs.allowWideTargets)
    const allowed = parseAllowedPorts(inputs.allowedPorts)
    const ports = portsArgument(inputs.ports)
    const slug = targets[0]!.spec.replace(/[^A-Za-z0-9_.-]+/g, '-')
    const xmlPath = join(
      outputDir,
      `compliance-nmap-${slug}${targets.length > 1 ? `-and-${targets.length - 1}` : ''}.xml`,
    )
    const args = nmapArgs({ targets, ports, serviceDetection: inputs.serviceDetection, xmlPath })

    const result = await runTool(context, {
      args,
      // nmap(1): 0 when the scan ran; anything else is an error that stopped it.
      okExitCodes: [0],
      relayStdout: true,
      maxStdoutBytes: 4 << 20,
    })
    const unresolved = unresolvedTargets(result.stderrTail)
    if (unresolved.length > 0) {
      throw new ScanFailedError(
        `nmap could not resolve ${unresolved.map((u) => `'${u}'`).join(', ')}; ${unresolved.length > 1 ? 'these targets were' : 'this target was'} not scanned. Check the name in 'targets'`,
      )
    }
    if (!existsSync(xmlPath)) {
      throw new ScanFailedError(`nmap exited with code 0 but wrote no XML report at ${xmlPath}`)
    }
    const run = parseNmapXml(readFileSync(xmlPath, 'utf8'))
    if (run.exit !== undefined && run.exit !== 'success') {
      throw new ScanFailedError(`nmap stopped with an error: ${run.errorMessage ?? run.exit}`)
    }
    const expected = targets.reduce((n, t) => n + t.addresses, 0)
    if (run.hostsTotal < expected) {
      throw new ScanFailedError(
        `nmap scanned ${run.hostsTotal} address(es) where the targets cover ${expected}; some targets were not scanned (unresolvable or refused)`,
      )
    }

    const findings = exposureFindings(run, allowed)
    const open = run.hosts.flatMap((h) =>
      h.ports.filter((p) => p.state === 'open').map((p) => ({ host: hostLabel(h), ...p })),
    )
    const notices: string[] = []
    const unprobed = allowed.filter((r) => r.protocol !== 'tcp')
    if (unprobed.length > 0) {
      notices.push(
        `allowed-ports lists ${unprobed.map((r) => `${r.from === r.to ? r.from : `${r.from}-${r.to}`}/${r.protocol}`).join(', ')}: only TCP is probed (a TCP connect scan), so these were not checked.`,
      )
    }
    const rows = open.map((p) => {
      const ok = isAllowed(allowed, p.port, p.protocol)
      const service = [p.service?.name ?? 'unknown', describeService(p.service)]
        .filter(Boolean)
        .join(': ')
      return `| ${p.host} | ${p.port}/${p.protocol} | ${service.replace(/\|/g, '\\|')} | ${ok ? 'allowed' : '**not allowed**'} |`
    })
    const summary = [
      '### nmap',
      '',
      `- nmap ${run.scannerVersion ?? context.binary.version}: \`${args.filter((a) => a !== xmlPath).join(' ')}\``,
      `- ${run.hostsTotal} address(es) scanned, ${open.length} open port(s), ${findings.length} not in allowed-ports (${allowed.length === 0 ? 'none allowed' : inputs.allowedPorts.join(', ')})`,
      `- ports probed: ${ports ?? "nmap's 1,000 most common TCP ports"}${inputs.serviceDetection ? '; service detection on (-sV)' : ''}`,
      ...(rows.length > 0
        ? ['', '| host | port | service | policy |', '|---|---|---|---|', ...rows]
        : []),
      '',
      `The XML report is \`${xmlPath}\`.`,
    ].join('\n')

    return {
      scanner: { name: 'nmap', version: run.scannerVersion ?? context.binary.version },
      target: { kind: 'host', name: targets.map((t) => t.spec).join(', ') },
      findings,
      notices,
      summary,
      outputs: { 'nmap-xml': xmlPath },
    }
  },
}
