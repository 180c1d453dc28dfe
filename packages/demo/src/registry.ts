import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { DemoStepError } from './exec.js'

export interface LocalRegistry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string
  readonly port: number
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Stops the registry. Safe to call twice. */
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port)
        else reject(new DemoStepError('could not read the port of a probe socket'))
      })
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new DemoStepError(
        `docker-registry exited (${child.exitCode ?? child.signalCode}): ${log()}`,
      )
    }
    try {
      if ((await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) })).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new DemoStepError(`docker-registry did not answer GET /v2/ within 15 s: ${log()}`)
}

/**
 * Starts Debian's `docker-registry serve` on 127.0.0.1 (a free port) with filesystem storage under
 * `dir` and delete enabled, and resolves once `GET /v2/` answers 200.
 */
export async function startRegistry(binary: string, dir: string): Promise<LocalRegistry> {
  await mkdir(dir, { recursive: true })
  let lastError: unknown
  // The probed port can be taken between probe and bind: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const config = join(dir, 'config.yml')
    // JSON is valid YAML; the secret only signs upload state.
    await writeFile(
      config,
      JSON.stringify({
        version: 0.1,
        log: { level: 'warn', accesslog: { disabled: true } },
        storage: { filesystem: { rootdirectory: join(dir, 'storage') }, delete: { enabled: true } },
        http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
      }),
    )
    const child = spawn(binary, ['serve', config], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // REGISTRY_* variables would override the config file.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')),
      ),
    })
    const url = `http://127.0.0.1:${port}`
    let log = ''
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      log = (log + chunk).slice(-4000)
    })
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    try {
      await waitUntilUp(url, child, () => log)
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
      },
    }
  }
  throw lastError instanceof Error ? lastError : new DemoStepError('docker-registry did not start')
}
