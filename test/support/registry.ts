import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRegistry as startLocalRegistry, type LocalRegistry } from '@portcullis/demo'
import { scannerPaths } from './scanners.js'

/** A running registry; `stop()` also deletes its storage. Safe to call twice. */
export type TestRegistry = LocalRegistry

/**
 * Starts Debian's `docker-registry serve` on 127.0.0.1 with filesystem storage in a temp folder
 * and delete enabled (the demo's registry), and resolves once `GET /v2/` answers 200. Call
 * `stop()` in afterAll.
 */
export async function startRegistry(): Promise<TestRegistry> {
  const binary = scannerPaths()['docker-registry']
  if (binary === undefined)
    throw new Error('docker-registry is not installed: run test/provision.sh')
  const dir = await mkdtemp(join(tmpdir(), 'portcullis-registry-'))
  let registry: LocalRegistry
  try {
    registry = await startLocalRegistry(binary, dir)
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return {
    host: registry.host,
    port: registry.port,
    url: registry.url,
    async stop() {
      await registry.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
