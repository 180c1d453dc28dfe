import { isIP } from 'node:net'
import { InputError } from '@portcullis/core'

/**
 * What the nmap engine is allowed to probe, checked before nmap runs. Only targets written out
 * one by one reach nmap: a host name, an IP address or a CIDR block. nmap's own shorthands
 * (`10.0.0-255.1-254`, `*`, `-iL`, `-iR`) never do, so a typo cannot widen a scan, and a value
 * starting with `-` can never be read as an option.
 */

/** Widest block scanned without `allow-wide-targets: true`: 256 addresses (a /24, or a /120 in IPv6). */
export const MAX_NARROW_ADDRESSES = 256

export interface NmapTarget {
  /** As nmap gets it: the host name, address or `address/prefix`. */
  readonly spec: string
  readonly family: 4 | 6 | 'name'
  /** Addresses nmap scans for it: 2^(bits − prefix) for a block, 1 otherwise (nmap scans a name's first address). */
  readonly addresses: number
}

// RFC 1123 host names (letters, digits, hyphens; dot-separated labels of at most 63 characters).
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/

/** Reads one `targets` entry; throws InputError naming the input for anything else. */
export function parseTarget(raw: string, allowWide: boolean): NmapTarget {
  const value = raw.trim()
  const slash = value.indexOf('/')
  if (slash >= 0) {
    const address = value.slice(0, slash)
    const prefixText = value.slice(slash + 1)
    const family = isIP(address)
    const bits = family === 6 ? 128 : 32
    if (family === 0 || !/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
      throw new InputError(
        'targets',
        `'${value}' is not a CIDR block; write an IP address and a prefix length (e.g. 10.0.0.0/28)`,
      )
    }
    const prefix = Number(prefixText)
    const addresses = 2 ** (bits - prefix)
    if (addresses > MAX_NARROW_ADDRESSES && !allowWide) {
      const narrowest = bits - Math.log2(MAX_NARROW_ADDRESSES)
      throw new InputError(
        'targets',
        `'${value}' covers ${addresses.toLocaleString('en-US')} addresses, more than a /${narrowest} (${MAX_NARROW_ADDRESSES}); list the hosts to check, or set allow-wide-targets: true if scanning the whole block is intended`,
      )
    }
    return { spec: value, family: family === 6 ? 6 : 4, addresses }
  }
  const family = isIP(value)
  if (family !== 0) return { spec: value, family: family === 6 ? 6 : 4, addresses: 1 }
  // A name's last label has a letter (no top-level domain is all digits), so nmap's octet ranges
  // (`10.0.0-255.1`), which also match the host-name pattern, are never taken for names.
  const last = value.replace(/\.$/, '').split('.').at(-1) ?? ''
  if (HOST_NAME.test(value) && /[A-Za-z]/.test(last)) {
    return { spec: value, family: 'name', addresses: 1 }
  }
  throw new InputError(
    'targets',
    `'${value}' is not a host name, IP address or CIDR block; give each target explicitly (nmap ranges and wildcards are not accepted)`,
  )
}

/** All `targets` entries; IPv4 and IPv6 cannot share one nmap run (it scans one family at a time). */
export function parseTargets(values: readonly string[], allowWide: boolean): NmapTarget[] {
  const targets = values.map((v) => parseTarget(v, allowWide))
  if (targets.length === 0) {
    throw new InputError('targets', 'is empty; give the hosts or CIDR blocks to check')
  }
  if (targets.some((t) => t.family === 4) && targets.some((t) => t.family === 6)) {
    throw new InputError(
      'targets',
      'mixes IPv4 and IPv6 addresses, which nmap scans in separate runs; use one step per address family',
    )
  }
  return targets
}

export type PortProtocol = 'tcp' | 'udp' | 'sctp'

export interface PortRange {
  readonly from: number
  readonly to: number
  readonly protocol: PortProtocol
}

function portNumber(text: string, input: string, entry: string): number {
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN
  if (!(n >= 1 && n <= 65_535)) {
    throw new InputError(input, `'${entry}' is not a port (1–65535) or a range of ports`)
  }
  return n
}

function range(text: string, input: string, entry: string): { from: number; to: number } {
  const [a, b, ...rest] = text.split('-')
  if (rest.length > 0 || a === undefined) {
    throw new InputError(input, `'${entry}' is not a port (1–65535) or a range of ports`)
  }
  const from = portNumber(a, input, entry)
  const to = b === undefined ? from : portNumber(b, input, entry)
  if (to < from) throw new InputError(input, `'${entry}' is a range that ends before it starts`)
  return { from, to }
}

/** `allowed-ports` entries: `22/tcp`, `8000-8080/tcp`, `53/udp`; a bare number means TCP. */
export function parseAllowedPorts(values: readonly string[]): PortRange[] {
  return values.map((raw) => {
    const entry = raw.trim()
    const match = /^([0-9-]+)(?:\/(tcp|udp|sctp))?$/i.exec(entry)
    if (!match) {
      throw new InputError(
        'allowed-ports',
        `'${entry}' is not a port with its protocol; write e.g. 22/tcp, 443/tcp or 8000-8080/tcp`,
      )
    }
    const protocol = (match[2]?.toLowerCase() ?? 'tcp') as PortProtocol
    return { ...range(match[1]!, 'allowed-ports', entry), protocol }
  })
}

/** Whether `port/protocol` is in the allowed ranges. */
export function isAllowed(allowed: readonly PortRange[], port: number, protocol: string): boolean {
  return allowed.some((r) => r.protocol === protocol && port >= r.from && port <= r.to)
}

/**
 * The `ports` input as nmap's `-p` value (TCP ports and ranges, comma-separated), or undefined for
 * nmap's default, its 1,000 most common TCP ports.
 */
export function portsArgument(values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined
  return values
    .map((raw) => {
      const entry = raw.trim()
      const { from, to } = range(entry.replace(/\/tcp$/i, ''), 'ports', entry)
      return from === to ? String(from) : `${from}-${to}`
    })
    .join(',')
}
