import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { writeAppImage } from '../actions/scan-image/image-fixture.js'
import { pullRequestEvent } from '../support/events.js'
import { startGitHubApi, type GitHubApi } from '../support/github-api.js'
import {
  argvRecorder,
  expectNoLeak,
  expectOnlyOwnCommands,
  hostileTemp,
  markdownTable,
  placesOf,
  reportOf,
  syncDocSection,
  type ArgvRecorder,
} from '../support/hostile.js'
import { runAction, type RunResult } from '../support/runner.js'
import { describeWithTools } from '../support/scanners.js'

/**
 * The leak test of the image actions: a real registry that demands a password (docker-registry's
 * htpasswd auth, bcrypt), real trivy 0.44.1 and cosign 2.5 behind wrappers that record their argv,
 * a password-protected cosign key, and the GitHub API stand-in. The registry password, the key
 * password and the github-token must appear nowhere: log (bar the runner-consumed `::add-mask::`
 * line), summary, report, SARIF, SBOM, outputs, files left in RUNNER_TEMP, the scanner's argv, API
 * requests and uploaded SARIF. That each run really authenticated is checked too (the digest was
 * resolved and the image scanned, signed or verified), so a leak cannot hide behind a failed login.
 */

const execFileAsync = promisify(execFile)
const USER = 'portcullis-ci'
// Distinct, built at run time: a hit names the secret it was.
const REGISTRY_PASSWORD = `regpw-${randomBytes(9).toString('hex')}`
const KEY_PASSWORD = `keypw-${randomBytes(9).toString('hex')}`
const TOKEN = (action: string) =>
  `ghs_${Buffer.from(`portcullis-leak-${action}`).toString('hex').slice(0, 36)}`

interface AuthRegistry {
  readonly host: string
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * `docker-registry serve` on 127.0.0.1 with htpasswd auth (the registry reads bcrypt entries only:
 * https://distribution.github.io/distribution/about/configuration/#htpasswd). The entry is made
 * with crypt(3) through Python, whose libxcrypt writes `$2b$` hashes.
 */
async function startAuthRegistry(binary: string): Promise<AuthRegistry> {
  const dir = hostileTemp('auth-registry-')
  const { stdout: hash } = await execFileAsync('python3', [
    '-W',
    'ignore',
    '-c',
    'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))',
    REGISTRY_PASSWORD,
  ])
  expect(hash.trim()).toMatch(/^\$2[aby]\$/)
  writeFileSync(join(dir, 'htpasswd'), `${USER}:${hash.trim()}\n`)
  const port = await freePort()
  writeFileSync(
    join(dir, 'config.yml'),
    JSON.stringify({
      version: 0.1,
      log: { level: 'warn', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: join(dir, 'storage') } },
      http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
      auth: { htpasswd: { realm: 'portcullis-test', path: join(dir, 'htpasswd') } },
    }),
  )
  const child: ChildProcess = spawn(binary, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')),
    ),
  })
  let log = ''
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (log = (log + c).slice(-4000)))
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v2/`)
      // Up, and refusing without credentials: the auth is on.
      expect(res.status, 'the registry demands a login').toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic /)
      break
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL')
        throw new Error(`docker-registry did not start: ${log}`, { cause: error })
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return {
    host: `127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}

/** Every file a step left in RUNNER_TEMP (key files, docker configs), by path. */
function runnerTempFiles(result: RunResult): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const st = statSync(path)
      if (st.isDirectory()) walk(path)
      else if (st.isFile() && st.size < 64 * 1024 * 1024)
        files[`RUNNER_TEMP file ${path.slice(result.dirs.runnerTemp.length + 1)}`] = readFileSync(
          path,
          'latin1',
        )
    }
  }
  walk(result.dirs.runnerTemp)
  return files
}

const rows: string[][] = []

describeWithTools(
  ['trivy', 'cosign', 'skopeo', 'docker-registry'],
  'no registry or key password leaves an image step',
  (tools) => {
    let registry: AuthRegistry
    let api: GitHubApi
    let workspace: string
    let keys: string
    let ref: string
    let digest: string
    const event = pullRequestEvent({ number: 11 })

    beforeAll(async () => {
      ;[registry, api] = await Promise.all([
        startAuthRegistry(tools['docker-registry']),
        startGitHubApi(),
      ])
      workspace = hostileTemp('leaks-image-ws-')
      keys = join(workspace, 'keys')
      mkdirSync(keys)
      await execFileAsync(tools.cosign, ['generate-key-pair'], {
        cwd: keys,
        env: { ...process.env, COSIGN_PASSWORD: KEY_PASSWORD },
      })
      digest = await writeAppImage(join(workspace, 'layout'))
      ref = `${registry.host}/portcullis/app:v1`
      // Without the password the push is refused, so the image is there only through the login.
      await execFileAsync(tools.skopeo, [
        '--insecure-policy',
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        '--dest-creds',
        `${USER}:${REGISTRY_PASSWORD}`,
        `oci:${join(workspace, 'layout')}:v1`,
        `docker://${ref}`,
      ])
    }, 180_000)
    afterAll(async () => {
      await Promise.all([registry?.stop(), api?.close()])
    })

    function searched(
      result: RunResult,
      recorder: ArgvRecorder,
      extra: Record<string, string> = {},
    ): Record<string, string> {
      const calls = recorder.calls()
      expect(calls.length, 'the real tool ran behind the wrapper').toBeGreaterThan(0)
      return placesOf(result, {
        'scanner argv': JSON.stringify(calls),
        'API requests': JSON.stringify(api.requests),
        'uploaded SARIF': JSON.stringify(api.state.sarifs),
        ...runnerTempFiles(result),
        ...extra,
      })
    }

    it('scan-image: the registry-password and the github-token appear nowhere', async () => {
      const trivy = argvRecorder('trivy', tools.trivy)
      const token = TOKEN('scan-image')
      const before = api.state.sarifs.length
      const result = await runAction('scan-image', {
        workspace,
        eventName: 'pull_request',
        event,
        apiUrl: api.url,
        timeoutMs: 240_000,
        inputs: {
          image: ref,
          scanners: 'secret',
          'registry-username': USER,
          'registry-password': REGISTRY_PASSWORD,
          'trivy-path': trivy.path,
          'github-token': token,
          'upload-sarif': 'true',
        },
      })
      expect(result.exitCode, result.stdout).toBe(0)
      const report = reportOf(result)
      // Logged in: the tag was resolved and trivy pulled the image and found the planted key.
      expect(report.status, report.reason).toBe('complete')
      expect(report.target.digest).toBe(digest)
      expect(report.findings.map((f) => f.ruleId)).toEqual(['aws-access-key-id'])
      expect(result.outputs.sbom, 'the SBOM run pulled the image too').toMatch(/\.cdx\.json$/)
      expect(api.state.sarifs.length, 'the SARIF was uploaded with the token').toBe(before + 1)
      // The recorder holds whole argv: trivy was given the pinned reference (and no password).
      expect(
        trivy.calls().filter((c) => c.includes(`${registry.host}/portcullis/app@${digest}`)),
      ).toHaveLength(2)
      expect(result.masks).toContain(REGISTRY_PASSWORD)
      expect(result.masks).toContain(token)
      expectOnlyOwnCommands(result, [REGISTRY_PASSWORD, token])
      expectNoLeak(searched(result, trivy, { SBOM: readFileSync(result.outputs.sbom!, 'utf8') }), {
        'registry-password': REGISTRY_PASSWORD,
        'github-token': token,
      })
      rows.push([
        'scan-image',
        'registry-password, github-token',
        'masked; absent from log, summary, report, SARIF, SBOM, outputs, RUNNER_TEMP, tool cache, trivy argv, API',
      ])
    }, 300_000)

    const signInputs = (cosign: string) => ({
      image: ref,
      'registry-username': USER,
      'registry-password': REGISTRY_PASSWORD,
      'cosign-path': cosign,
      'tlog-upload': 'false',
      'allow-insecure-registry': 'true',
    })

    it('sign-image sign: the key-password and the registry-password appear nowhere', async () => {
      const cosign = argvRecorder('cosign', tools.cosign)
      const result = await runAction('sign-image', {
        workspace,
        eventName: 'pull_request',
        event,
        apiUrl: api.url,
        timeoutMs: 180_000,
        inputs: {
          ...signInputs(cosign.path),
          key: join(keys, 'cosign.key'),
          'key-password': KEY_PASSWORD,
        },
      })
      expect(result.exitCode, result.stdout).toBe(0)
      const report = reportOf(result)
      expect(report.status, report.reason).toBe('complete')
      expect(report.target.digest).toBe(digest)
      expect(result.outputs['signature-ref']).toBe(
        `${registry.host}/portcullis/app:${digest.replace(':', '-')}.sig`,
      )
      const calls = cosign.calls()
      expect(calls.find((c) => c[0] === 'sign')).toContain(join(keys, 'cosign.key'))
      expect(result.masks).toContain(KEY_PASSWORD)
      expect(result.masks).toContain(REGISTRY_PASSWORD)
      expectOnlyOwnCommands(result, [KEY_PASSWORD, REGISTRY_PASSWORD, join(keys, 'cosign.key')])
      expectNoLeak(searched(result, cosign), {
        'key-password': KEY_PASSWORD,
        'registry-password': REGISTRY_PASSWORD,
      })
      rows.push([
        'sign-image (sign)',
        'key-password, registry-password',
        'masked; absent from log, summary, report, outputs, RUNNER_TEMP, tool cache, cosign argv, API',
      ])
    }, 200_000)

    it('sign-image verify: the registry-password appears nowhere', async () => {
      const cosign = argvRecorder('cosign', tools.cosign)
      const result = await runAction('sign-image', {
        workspace,
        eventName: 'pull_request',
        event,
        apiUrl: api.url,
        timeoutMs: 180_000,
        inputs: { ...signInputs(cosign.path), mode: 'verify', key: join(keys, 'cosign.pub') },
      })
      expect(result.exitCode, result.stdout).toBe(0)
      // Verified through the login: the signature made above was read from the registry.
      expect(result.outputs.verified).toBe('true')
      expect(reportOf(result).findings).toEqual([])
      expect(cosign.calls().map((c) => c[0])).toContain('verify')
      expect(result.masks).toContain(REGISTRY_PASSWORD)
      expectOnlyOwnCommands(result, [REGISTRY_PASSWORD, join(keys, 'cosign.pub')])
      expectNoLeak(searched(result, cosign), { 'registry-password': REGISTRY_PASSWORD })
      rows.push([
        'sign-image (verify)',
        'registry-password',
        'masked; absent from log, summary, report, outputs, RUNNER_TEMP, tool cache, cosign argv, API',
      ])
    }, 200_000)

    it('docs/hardening.md lists the leak checks of the image actions', () => {
      expect(rows).toHaveLength(3)
      syncDocSection(
        'leaks-image',
        [
          '## Secrets in inputs: image actions',
          '',
          'Real trivy 0.44.1 and cosign 2.5 (behind wrappers recording their argv) against a local',
          'registry with htpasswd auth, a password-protected cosign key pair, and the GitHub API',
          'stand-in.',
          '',
          markdownTable(['action', 'secret', 'result'], rows),
        ].join('\n'),
      )
    })
  },
)
