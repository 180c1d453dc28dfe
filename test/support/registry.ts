import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scannerPaths } from './scanners.js'

export interface TestRegistry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string
  readonly port: number
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Stops the registry and deletes its storage. Safe to call twice. */
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address !== null && typeof address === 'object') resolvePort(address.port)
        else reject(new Error('could not read the port of a probe socket'))
      })
    })
  })
}

function registryConfig(port: number, storage: string): string {
  // JSON is valid YAML; the registry reads YAML.
  return JSON.stringify(
    {
      version: 0.1,
      log: { level: 'warn', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: storage }, delete: { enabled: true } },
      // A fixed secret silences the "no secret" warning; it only signs upload state.
      http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
    },
    null,
    2,
  )
}

async function waitUntilUp(
  url: string,
  child: ChildProcess,
  stderr: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`docker-registry exited (${child.exitCode ?? child.signalCode}): ${stderr()}`)
    }
    try {
      const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`docker-registry did not answer GET /v2/ within ${timeoutMs} ms: ${stderr()}`)
}

/**
 * Starts Debian's `docker-registry serve` on 127.0.0.1 with filesystem storage in a temp folder
 * and delete enabled, and resolves once `GET /v2/` answers 200. Call `stop()` in afterAll.
 */
export async function startRegistry(): Promise<TestRegistry> {
  const binary = scannerPaths()['docker-registry']
  if (binary === undefined)
    throw new Error('docker-registry is not installed: run test/provision.sh')
  const dir = await mkdtemp(join(tmpdir(), 'portcullis-registry-'))
  let lastError: unknown
  // The probed port can be taken between probe and bind: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const configPath = join(dir, 'config.yml')
    await writeFile(configPath, registryConfig(port, join(dir, 'storage')))
    const child = spawn(binary, ['serve', configPath], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // REGISTRY_* variables would override the config file.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')),
      ),
    })
    let log = ''
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      log = (log + chunk).slice(-4000)
    })
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    const url = `http://127.0.0.1:${port}`
    try {
      await waitUntilUp(url, child, () => log, 15_000)
    } catch (error) {
      lastError = error
      child.kill('SIGKILL')
      await exited
      continue
    }
    let stopped = false
    return {
      host: `127.0.0.1:${port}`,
      port,
      url,
      async stop() {
        if (stopped) return
        stopped = true
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM')
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
          await exited
          clearTimeout(timer)
        }
        await rm(dir, { recursive: true, force: true })
      },
    }
  }
  await rm(dir, { recursive: true, force: true })
  throw lastError instanceof Error ? lastError : new Error('docker-registry did not start')
}
