import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError, ScanFailedError } from '@portcullis/core'
import {
  exposureFindings,
  nmapArgs,
  parseAllowedPorts,
  parseNmapVersion,
  parseNmapXml,
  parseTargets,
  portsArgument,
  serviceSeverity,
  unresolvedTargets,
} from '@portcullis/scanners/nmap'

// Recorded with nmap 7.93 (Debian 12) against node servers on 127.0.0.1: an SSH and a vsftpd banner
// on ephemeral ports (with -sV), and listeners on 23, 6379 and 8080 (connect scan only).
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

describe('parseNmapXml on real nmap 7.93 output', () => {
  it('service detection: products and versions of both open ports', () => {
    const run = parseNmapXml(fixture('service-detection.xml'))
    expect(run).toMatchObject({ scannerVersion: '7.93', exit: 'success', hostsTotal: 1 })
    expect(run.hosts).toHaveLength(1)
    expect(run.hosts[0]!.addresses).toEqual([{ addr: '127.0.0.1', type: 'ipv4' }])
    expect(run.hosts[0]!.ports).toEqual([
      {
        protocol: 'tcp',
        port: 38567,
        state: 'open',
        service: { name: 'ftp', product: 'vsftpd', version: '3.0.3', method: 'probed' },
      },
      {
        protocol: 'tcp',
        port: 41473,
        state: 'open',
        service: {
          name: 'ssh',
          product: 'OpenSSH',
          version: '9.2p1 Debian 2+deb12u3',
          extrainfo: 'protocol 2.0',
          method: 'probed',
        },
      },
    ])
  })

  it('an unresolvable target: no host, nothing scanned', () => {
    const run = parseNmapXml(fixture('unresolvable.xml'))
    expect(run.hosts).toEqual([])
    expect(run.hostsTotal).toBe(0)
    expect(unresolvedTargets(fixture('unresolvable.stderr'))).toEqual(['no-such-host.invalid'])
  })

  it('a report cut short is a failed scan, not an empty one', () => {
    const text = fixture('service-detection.xml')
    const cut = text.slice(0, text.indexOf('<runstats>'))
    expect(() => parseNmapXml(cut)).toThrow(ScanFailedError)
    expect(() => parseNmapXml('')).toThrow(/empty XML report/)
    expect(() => parseNmapXml('<?xml version="1.0"?><report/>')).toThrow(/not nmap's <nmaprun>/)
  })
})

describe('exposureFindings', () => {
  it('one finding per open port not allowed, severity by service class', () => {
    const run = parseNmapXml(fixture('well-known-ports.xml'))
    const findings = exposureFindings(run, parseAllowedPorts(['8080/tcp']))
    expect(findings.map((f) => [f.ruleId, f.severity, f.scannerSeverity])).toEqual([
      ['open-port/23/tcp', 'high', 'plain-text administration'],
      ['open-port/6379/tcp', 'high', 'database'],
    ])
    expect(findings[0]).toMatchObject({
      category: 'compliance',
      title: 'Port 23/tcp (telnet) is open on 127.0.0.1 and not in allowed-ports',
      remediation: expect.stringContaining('add 23/tcp to allowed-ports'),
    })
    expect(findings[0]!.description).toMatch(/named from the port number/)
    expect(findings[0]!.fingerprint).toMatch(/^v1:[0-9a-f]{40}$/)
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2)
  })

  it('names the product and version found by -sV; ftp is high, an unlisted ssh medium', () => {
    const run = parseNmapXml(fixture('service-detection.xml'))
    const findings = exposureFindings(run, [])
    expect(findings.map((f) => [f.severity, f.title])).toEqual([
      ['high', 'Port 38567/tcp (ftp: vsftpd 3.0.3) is open on 127.0.0.1 and not in allowed-ports'],
      [
        'medium',
        'Port 41473/tcp (ssh: OpenSSH 9.2p1 Debian 2+deb12u3 (protocol 2.0)) is open on 127.0.0.1 and not in allowed-ports',
      ],
    ])
    expect(exposureFindings(run, parseAllowedPorts(['38567/tcp', '41473']))).toEqual([])
    // A UDP entry does not allow the TCP port of the same number.
    expect(exposureFindings(run, parseAllowedPorts(['38567/udp', '41473/tcp']))).toHaveLength(1)
  })

  it.each([
    [{ name: 'telnet' }, 'high'],
    [{ name: 'ftp', tunnel: 'ssl' }, 'medium'],
    [{ name: 'postgresql' }, 'high'],
    [{ name: 'mongodb', tunnel: 'ssl' }, 'high'],
    [{ name: 'memcached' }, 'high'],
    [{ name: 'vnc' }, 'high'],
    [{ name: 'https' }, 'medium'],
    [undefined, 'medium'],
  ] as const)('service %j is %s', (service, severity) => {
    expect(serviceSeverity(service).severity).toBe(severity)
  })
})

describe('targets and ports', () => {
  it('accepts host names, addresses and blocks up to /24', () => {
    expect(
      parseTargets(['127.0.0.1', 'db.internal', '10.0.0.0/24'], false).map((t) => [
        t.family,
        t.addresses,
      ]),
    ).toEqual([
      [4, 1],
      ['name', 1],
      [4, 256],
    ])
    expect(parseTargets(['::1', 'fd00::/120'], false).map((t) => t.addresses)).toEqual([1, 256])
  })

  it('refuses a block wider than /24 unless allowed, and anything not written out', () => {
    expect(() => parseTargets(['127.0.0.0/16'], false)).toThrow(
      "Input 'targets': '127.0.0.0/16' covers 65,536 addresses, more than a /24 (256)",
    )
    expect(parseTargets(['127.0.0.0/16'], true)[0]!.addresses).toBe(65_536)
    for (const bad of ['10.0.0-255.1', '10.0.0.*', '-iR', '--script=x', '10.0.0.1/33', 'a b']) {
      expect(() => parseTargets([bad], true), bad).toThrow(InputError)
    }
    expect(() => parseTargets([], false)).toThrow(/is empty/)
    expect(() => parseTargets(['127.0.0.1', '::1'], false)).toThrow(/mixes IPv4 and IPv6/)
  })

  it('reads allowed-ports and ports', () => {
    expect(parseAllowedPorts(['22/tcp', '443', '8000-8080/TCP', '53/udp'])).toEqual([
      { from: 22, to: 22, protocol: 'tcp' },
      { from: 443, to: 443, protocol: 'tcp' },
      { from: 8000, to: 8080, protocol: 'tcp' },
      { from: 53, to: 53, protocol: 'udp' },
    ])
    expect(() => parseAllowedPorts(['ssh'])).toThrow(/'ssh' is not a port with its protocol/)
    expect(() => parseAllowedPorts(['0/tcp'])).toThrow(InputError)
    expect(portsArgument([])).toBeUndefined()
    expect(portsArgument(['22', '8000-8100', '443/tcp'])).toBe('22,8000-8100,443')
    expect(() => portsArgument(['70000'])).toThrow(/Input 'ports'/)
    expect(() => portsArgument(['-'])).toThrow(InputError)
  })

  it('builds the argv: base flags, -sV and -6 only when asked, targets last', () => {
    const targets = parseTargets(['::1'], false)
    expect(nmapArgs({ targets, ports: '22', serviceDetection: true, xmlPath: '/o.xml' })).toEqual([
      '--noninteractive',
      '--unprivileged',
      '-Pn',
      '-sT',
      '-n',
      '--open',
      '-sV',
      '-p',
      '22',
      '-6',
      '-oX',
      '/o.xml',
      '::1',
    ])
  })

  it('reads the version nmap prints', () => {
    expect(parseNmapVersion('\nNmap version 7.93 ( https://nmap.org )\nPlatform: x86_64\n')).toBe(
      '7.93',
    )
  })
})
