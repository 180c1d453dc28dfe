/**
 * The host's release from /etc/os-release: which SCAP content fits it, and which package pins an
 * OS-package tool has for it.
 */

/** The fields of /etc/os-release (https://www.freedesktop.org/software/systemd/man/os-release.html) the suite reads. */
export interface OsRelease {
  /** Lower-case distribution id: `ubuntu`, `debian`, `rhel`, `centos`, `rocky`, `almalinux`, … */
  readonly id: string
  /** `22.04`, `12`, `9.3`; empty when the file has none (Debian testing). */
  readonly versionId: string
  readonly idLike: readonly string[]
  readonly prettyName?: string
}

function unquote(value: string): string {
  const v = value.trim()
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    return v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1')
  }
  return v
}

/** Parses os-release text (shell-style `KEY=value` lines, values optionally quoted). */
export function parseOsRelease(text: string): OsRelease {
  const fields = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line)
    if (m) fields.set(m[1]!, unquote(m[2]!))
  }
  const pretty = fields.get('PRETTY_NAME')
  return {
    id: (fields.get('ID') ?? '').toLowerCase(),
    versionId: fields.get('VERSION_ID') ?? '',
    idLike: (fields.get('ID_LIKE') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    ...(pretty ? { prettyName: pretty } : {}),
  }
}

/** How a host is named in messages: its PRETTY_NAME, else `id version`. */
export function describeOs(os: OsRelease): string {
  return os.prettyName ?? `${os.id || 'unknown'} ${os.versionId}`.trim()
}
