import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DemoStepError } from './exec.js'
import type { ImageSpec } from './oci.js'

/** glibc 2.36-9+deb12u1 is affected by CVE-2023-4911 (Looney Tunables); deb12u3 carries the fix. */
export const LIBC6_VULNERABLE = '2.36-9+deb12u1'
export const LIBC6_FIXED = '2.36-9+deb12u3'

/** The files of a Debian 12 root whose dpkg database holds libc6 at `version`. */
function debianRoot(libc6: string): Record<string, string> {
  return {
    'etc/os-release':
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\n' +
      'VERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n',
    'etc/debian_version': '12.1\n',
    'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n',
    'etc/group': 'root:x:0:\nnode:x:1000:\n',
    'var/lib/dpkg/status':
      'Package: libc6\nStatus: install ok installed\nPriority: optional\nSection: libs\n' +
      'Architecture: amd64\nMulti-Arch: same\nSource: glibc\n' +
      `Version: ${libc6}\nDescription: GNU C Library: Shared libraries\n\n`,
  }
}

function lockedVersions(lockText: string): Record<string, string> {
  const lock: unknown = JSON.parse(lockText)
  const packages =
    typeof lock === 'object' && lock !== null && 'packages' in lock ? lock.packages : undefined
  if (typeof packages !== 'object' || packages === null) {
    throw new DemoStepError('the example package-lock.json has no "packages" (lockfileVersion 3)')
  }
  const versions: Record<string, string> = {}
  for (const [path, entry] of Object.entries(packages)) {
    if (!path.startsWith('node_modules/')) continue
    const version = (entry as { version?: unknown }).version
    if (typeof version === 'string') versions[path.slice('node_modules/'.length)] = version
  }
  return versions
}

/**
 * The app image as the project's Dockerfile would build it, written without docker: a Debian 12
 * base (libc6 vulnerable unless `fixed`), the app, its installed node_modules at the lockfile's
 * versions, and the Dockerfile's USER (root, or node when `fixed`) in the config and history.
 */
export async function appImageSpec(
  workspace: string,
  fixed: boolean,
  tag: string,
): Promise<ImageSpec> {
  const read = (path: string) => readFile(join(workspace, path), 'utf8')
  const lock = await read('package-lock.json')
  const app: Record<string, string> = {
    'srv/package.json': await read('package.json'),
    'srv/package-lock.json': lock,
    'srv/app/server.js': await read('app/server.js'),
  }
  for (const [name, version] of Object.entries(lockedVersions(lock))) {
    app[`srv/node_modules/${name}/package.json`] =
      `${JSON.stringify({ name, version, license: 'MIT' }, null, 2)}\n`
  }
  const user = fixed ? 'node' : 'root'
  const healthcheck = [
    'CMD',
    'node',
    '-e',
    "fetch('http://127.0.0.1:8080/').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))",
  ]
  return {
    layers: [debianRoot(fixed ? LIBC6_FIXED : LIBC6_VULNERABLE), app],
    config: {
      User: user,
      WorkingDir: '/srv',
      ExposedPorts: { '8080/tcp': {} },
      Cmd: ['node', 'app/server.js'],
      ...(fixed
        ? { Healthcheck: { Test: healthcheck, Interval: 30_000_000_000, Timeout: 3_000_000_000 } }
        : {}),
    },
    history: [
      { created_by: '/bin/sh -c #(nop) ADD file:debian-12-rootfs in / ' },
      { created_by: 'WORKDIR /srv', empty_layer: true },
      { created_by: 'COPY package.json package-lock.json app ./ # buildkit' },
      { created_by: `USER ${user}`, empty_layer: true },
      { created_by: 'EXPOSE map[8080/tcp:{}]', empty_layer: true },
      ...(fixed
        ? [
            {
              created_by: `HEALTHCHECK &{${JSON.stringify(healthcheck)} "30s" "3s" "0s" "0s" '\\x00'}`,
              empty_layer: true,
            },
          ]
        : []),
      { created_by: 'CMD ["node" "app/server.js"]', empty_layer: true },
    ],
    tag,
  }
}
