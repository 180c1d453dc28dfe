import {
  pushLayout as pushOciLayout,
  resolveDigest as resolveManifestDigest,
  writeDockerArchive as writeLayoutArchive,
  writeOciLayout as writeImageLayout,
  type LayerFile,
} from '@portcullis/demo'
import { scannerPaths } from './scanners.js'

// The writer, the skopeo copies and the digest lookup are the demo's (one implementation); this
// module keeps the shape the tests use: layers as `{ files }`, defaults, references as one string.
export { MEDIA_TYPES, tar, tarGz, type LayerFile } from '@portcullis/demo'

export interface LayerSpec {
  /** Paths relative to the image root (no leading slash), e.g. `etc/os-release`. */
  readonly files: Readonly<Record<string, LayerFile>>
}

/** The image config's `config` object (Env, Cmd, User, ExposedPorts, …), as the OCI spec names it. */
export type ImageRunConfig = Readonly<Record<string, unknown>>

export interface OciImageSpec {
  readonly layers: readonly LayerSpec[]
  readonly config?: ImageRunConfig
  /** History entries; trivy rebuilds a Dockerfile from their `created_by` to scan image config. */
  readonly history?: readonly { created_by: string; empty_layer?: boolean }[]
  /** The tag recorded in index.json (`org.opencontainers.image.ref.name`); default `latest`. */
  readonly tag?: string
}

/**
 * Writes an OCI image layout (oci-layout, index.json, blobs/sha256) for a linux/amd64 image made of
 * the given layers, with no container runtime involved. Returns the manifest digest.
 */
export async function writeOciLayout(layoutDir: string, spec: OciImageSpec): Promise<string> {
  return writeImageLayout(layoutDir, {
    layers: spec.layers.map((layer) => layer.files),
    config: spec.config ?? {},
    history:
      spec.history ?? spec.layers.map((_, i) => ({ created_by: `portcullis test layer ${i}` })),
    tag: spec.tag ?? 'latest',
    created: '2024-01-01T00:00:00Z',
  })
}

function skopeo(): string {
  const path = scannerPaths().skopeo
  if (path === undefined) throw new Error('skopeo is not installed: run test/provision.sh')
  return path
}

/** Pushes the layout's `tag` (default `latest`) to `ref` (`127.0.0.1:<port>/<repo>:<tag>`) over plain HTTP. */
export async function pushLayout(layoutDir: string, ref: string, tag = 'latest'): Promise<void> {
  return pushOciLayout(skopeo(), layoutDir, tag, ref)
}

/** Writes the layout's image as a `docker save`-style tar, named `name` (e.g. `app:1.0`) inside. */
export async function writeDockerArchive(
  layoutDir: string,
  archivePath: string,
  name = 'portcullis-test:latest',
  tag = 'latest',
): Promise<void> {
  return writeLayoutArchive(skopeo(), layoutDir, tag, archivePath, name)
}

/** Splits `host[:port]/repo[/…][:tag|@digest]`; the tag defaults to `latest`. */
export function parseRef(ref: string): { host: string; repository: string; reference: string } {
  const slash = ref.indexOf('/')
  if (slash <= 0) throw new Error(`not a registry reference: ${ref}`)
  const host = ref.slice(0, slash)
  let rest = ref.slice(slash + 1)
  let reference = 'latest'
  const at = rest.indexOf('@')
  if (at >= 0) {
    reference = rest.slice(at + 1)
    rest = rest.slice(0, at)
  } else {
    const colon = rest.lastIndexOf(':')
    if (colon >= 0) {
      reference = rest.slice(colon + 1)
      rest = rest.slice(0, colon)
    }
  }
  if (rest === '' || reference === '') throw new Error(`not a registry reference: ${ref}`)
  return { host, repository: rest, reference }
}

/** The manifest digest a plain-HTTP registry reports for `ref` (HEAD, Docker-Content-Digest). */
export async function resolveDigest(ref: string): Promise<string> {
  const { host, repository, reference } = parseRef(ref)
  return resolveManifestDigest(host, repository, reference)
}
