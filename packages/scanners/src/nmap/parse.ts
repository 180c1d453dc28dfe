import { ruleFingerprint, ScanFailedError, type Finding, type Severity } from '@portcullis/core'
import { SaxesParser, type SaxesTag } from 'saxes'
import { isAllowed, type PortRange } from './targets.js'

/**
 * Reader of nmap's XML output (`-oX`, https://nmap.org/book/output-formats-xml-output.html, DTD at
 * https://svn.nmap.org/nmap/docs/nmap.dtd): `nmaprun` → `host` (addresses, hostnames, ports) →
 * `runstats`. Streamed with saxes like the OpenSCAP results; only what the findings need is kept.
 * A document without `runstats` was cut short (nmap killed or out of disk) and is a failed scan.
 */

export interface NmapService {
  readonly name?: string
  readonly product?: string
  readonly version?: string
  readonly extrainfo?: string
  /** `ssl` when the service was found inside TLS. */
  readonly tunnel?: string
  /** `probed` (version detection talked to it) or `table` (guessed from the port number). */
  readonly method?: string
}

export interface NmapPort {
  readonly protocol: string
  readonly port: number
  readonly state: string
  service?: NmapService
}

export interface NmapHost {
  addresses: { readonly addr: string; readonly type: string }[]
  hostnames: { readonly name: string; readonly type?: string }[]
  ports: NmapPort[]
}

export interface NmapRun {
  readonly scannerVersion?: string
  readonly args?: string
  readonly hosts: NmapHost[]
  /** `runstats/finished/@exit`: `success` or `error`. */
  readonly exit?: string
  readonly errorMessage?: string
  /** `runstats/hosts`: how many addresses nmap scanned, and how many were up. */
  readonly hostsTotal: number
  readonly hostsUp: number
}

/** Deepest element nesting read; nmap writes five levels. Deeper input is not nmap output. */
const MAX_DEPTH = 64

function attrs(tag: SaxesTag): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(tag.attributes)) {
    const value = typeof v === 'string' ? v : v.value
    if (value.trim() !== '') out[k] = value
  }
  return out
}

/** Parses `nmap -oX` text; throws ScanFailedError for anything nmap does not write. */
export function parseNmapXml(text: string): NmapRun {
  if (text.trim() === '') throw new ScanFailedError('nmap wrote an empty XML report')
  const parser = new SaxesParser({ position: true })
  const stack: string[] = []
  const hosts: NmapHost[] = []
  let host: NmapHost | undefined
  let port: NmapPort | undefined
  let root: Record<string, string | undefined> | undefined
  let finished: Record<string, string | undefined> | undefined
  let hostsStats: Record<string, string | undefined> | undefined

  parser.on('opentag', (tag) => {
    stack.push(tag.name)
    if (stack.length > MAX_DEPTH) {
      throw new ScanFailedError(
        `nmap XML nests deeper than ${MAX_DEPTH} levels; it is not nmap output`,
      )
    }
    const a = attrs(tag)
    const parent = stack[stack.length - 2]
    if (stack.length === 1) {
      if (tag.name !== 'nmaprun') {
        throw new ScanFailedError(
          `the XML report is a <${tag.name}> document, not nmap's <nmaprun>`,
        )
      }
      root = a
      return
    }
    switch (tag.name) {
      case 'host':
        if (parent === 'nmaprun') host = { addresses: [], hostnames: [], ports: [] }
        return
      case 'address':
        if (host && a.addr) host.addresses.push({ addr: a.addr, type: a.addrtype ?? 'ipv4' })
        return
      case 'hostname':
        if (host && a.name) host.hostnames.push({ name: a.name, type: a.type })
        return
      case 'port': {
        const n = Number(a.portid)
        if (host && Number.isInteger(n))
          port = { protocol: a.protocol ?? 'tcp', port: n, state: '' }
        return
      }
      case 'state':
        if (port && parent === 'port') port = { ...port, state: a.state ?? '' }
        return
      case 'service':
        if (port) {
          port.service = {
            ...(a.name ? { name: a.name } : {}),
            ...(a.product ? { product: a.product } : {}),
            ...(a.version ? { version: a.version } : {}),
            ...(a.extrainfo ? { extrainfo: a.extrainfo } : {}),
            ...(a.tunnel ? { tunnel: a.tunnel } : {}),
            ...(a.method ? { method: a.method } : {}),
          }
        }
        return
      case 'finished':
        finished = a
        return
      case 'hosts':
        if (parent === 'runstats') hostsStats = a
        return
    }
  })
  parser.on('closetag', (tag) => {
    stack.pop()
    if (tag.name === 'port' && port && host) {
      host.ports.push(port)
      port = undefined
    } else if (tag.name === 'host' && host && stack.length === 1) {
      hosts.push(host)
      host = undefined
    }
  })

  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof ScanFailedError) throw error
    throw new ScanFailedError(
      `nmap's XML report is not well-formed (${(error as Error).message.split('\n')[0]}); it may be truncated`,
    )
  }
  if (!root) throw new ScanFailedError("the XML report has no <nmaprun> element; it is not nmap's")
  if (!finished || !hostsStats) {
    throw new ScanFailedError(
      'nmap did not finish its XML report (no <runstats>): the scan was interrupted',
    )
  }
  return {
    ...(root.version ? { scannerVersion: root.version } : {}),
    ...(root.args ? { args: root.args } : {}),
    hosts,
    ...(finished.exit ? { exit: finished.exit } : {}),
    ...(finished.errormsg ? { errorMessage: finished.errormsg } : {}),
    hostsTotal: Number(hostsStats.total ?? 0),
    hostsUp: Number(hostsStats.up ?? 0),
  }
}

/**
 * Services that are high severity when reachable: administration over plain text (credentials and
 * sessions readable on the wire) and databases (data stores should never face a network they do
 * not serve). Names are nmap's service names (nmap-services, and `-sV` probe results).
 */
export const HIGH_RISK_SERVICES = {
  plainTextAdmin: [
    'telnet',
    'ftp',
    'tftp',
    'shell', // rsh, 514/tcp
    'login', // rlogin, 513/tcp
    'exec', // rexec, 512/tcp
    'rsh',
    'rlogin',
    'rexec',
    'vnc',
    'vnc-http',
    'x11',
  ],
  database: [
    'mysql',
    'postgresql',
    'redis',
    'mongodb',
    'mongod',
    'memcached',
    'ms-sql-s',
    'oracle-tns',
    'couchdb',
    'cassandra',
    'cassandra-native',
    'elasticsearch',
  ],
} as const

/** The service class of a port and the severity it earns when the port is not allowed. */
export function serviceSeverity(service: NmapService | undefined): {
  severity: Severity
  serviceClass: 'plain-text administration' | 'database' | 'other'
} {
  const name = service?.name?.toLowerCase() ?? ''
  const base = name.replace(/^ssl\//, '')
  // An admin protocol inside TLS (FTPS, VNC over TLS) no longer sends credentials in the clear.
  if (
    (HIGH_RISK_SERVICES.plainTextAdmin as readonly string[]).includes(base) &&
    service?.tunnel !== 'ssl'
  ) {
    return { severity: 'high', serviceClass: 'plain-text administration' }
  }
  if ((HIGH_RISK_SERVICES.database as readonly string[]).includes(base)) {
    return { severity: 'high', serviceClass: 'database' }
  }
  return { severity: 'medium', serviceClass: 'other' }
}

/** `OpenSSH 9.2p1 Debian 2+deb12u3 (protocol 2.0)`, or undefined when nmap named no product. */
export function describeService(service: NmapService | undefined): string | undefined {
  if (!service?.product) return undefined
  return [service.product, service.version, service.extrainfo ? `(${service.extrainfo})` : '']
    .filter(Boolean)
    .join(' ')
}

/** The name a host was given by (a target host name), else its IP address. */
export function hostLabel(host: NmapHost): string {
  const given = host.hostnames.find((h) => h.type === 'user')?.name
  const address = host.addresses.find((a) => a.type === 'ipv4' || a.type === 'ipv6')?.addr
  return given ?? address ?? host.addresses[0]?.addr ?? 'unknown host'
}

/** The rule id of an open port: one rule per port and protocol, so SARIF groups a port across hosts. */
export function exposureRuleId(port: number, protocol: string): string {
  return `open-port/${port}/${protocol}`
}

/**
 * A compliance finding for every open port that `allowed` does not list. The fingerprint holds the
 * host and the port (never the service version), so an upgraded daemon on the same port stays the
 * same finding for waivers and baselines.
 */
export function exposureFindings(run: NmapRun, allowed: readonly PortRange[]): Finding[] {
  const findings: Finding[] = []
  for (const host of run.hosts) {
    const label = hostLabel(host)
    const address = host.addresses[0]?.addr
    for (const p of host.ports) {
      if (p.state !== 'open') continue
      if (isAllowed(allowed, p.port, p.protocol)) continue
      const portName = `${p.port}/${p.protocol}`
      const { severity, serviceClass } = serviceSeverity(p.service)
      const serviceName = p.service?.name ?? 'unknown'
      const product = describeService(p.service)
      const guessed = p.service?.method === 'table'
      const ruleId = exposureRuleId(p.port, p.protocol)
      findings.push({
        fingerprint: ruleFingerprint(ruleId, label),
        category: 'compliance',
        ruleId,
        title: `Port ${portName} (${serviceName}${product ? `: ${product}` : ''}) is open on ${label} and not in allowed-ports`,
        description: [
          `nmap found ${portName} open on ${label}${address && address !== label ? ` (${address})` : ''}.`,
          `Service: ${serviceName}${p.service?.tunnel === 'ssl' ? ' over TLS' : ''}${product ? `, ${product}` : ''}${guessed ? ' (named from the port number; set service-detection: true to ask the service itself)' : ''}.`,
          serviceClass === 'other'
            ? 'A reachable port that the policy does not list is exposure nobody reviewed.'
            : serviceClass === 'database'
              ? 'A database reachable from the network is exposed to anyone who can reach the host.'
              : 'This protocol carries logins and sessions in plain text.',
        ].join(' '),
        severity,
        scannerSeverity: serviceClass,
        remediation: `Stop the service or firewall ${portName} on ${label}; if it must be reachable, add ${portName} to allowed-ports.`,
        references: ['https://nmap.org/book/man-port-scanning-basics.html'],
      })
    }
  }
  return findings
}
