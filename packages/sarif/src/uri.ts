import { toWorkspacePath } from '@portcullis/core'

/** The uriBaseId this suite writes: code scanning resolves it to the repository root. */
export const SRCROOT = '%SRCROOT%'

/**
 * A workspace-relative POSIX path as a relative URI reference (RFC 3986): each segment
 * percent-encoded, `/` kept. Encoding `:` too keeps a first segment like `c:` from reading as a
 * scheme. Throws on an absolute or escaping path: SARIF we write never points outside the checkout.
 */
export function toRelativeUri(path: string): string {
  const absolute = /^([/\\]|[A-Za-z]:[/\\]|file:)/i.test(path)
  const normalized = absolute ? undefined : toWorkspacePath(path, '/')
  if (normalized === undefined) {
    throw new Error(`SARIF locations must be workspace-relative paths; got ${JSON.stringify(path)}`)
  }
  return normalized
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/')
}

/** Percent-decodes a URI reference; undefined when the escapes are malformed. */
export function decodeUri(uri: string): string | undefined {
  try {
    return decodeURIComponent(uri)
  } catch {
    return undefined
  }
}

/** True for `scheme:` URIs other than `file:` (https, git, …): they name nothing in the workspace. */
export function hasForeignScheme(uri: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1]
  if (scheme === undefined) return false
  // `C:/x` and `C:\x` are Windows drive letters, not schemes.
  if (scheme.length === 1) return false
  return scheme.toLowerCase() !== 'file'
}
