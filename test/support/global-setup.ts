import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Every temporary folder of one test run (workspaces, runner folders, scanner caches, the folders
 * the scanners themselves make) lives under one TMPDIR made here, which the test workers and every
 * process they start inherit, and which is removed when the run ends — also after a worker was
 * killed, when no `exit` handler of its own ran. PORTCULLIS_KEEP_TMP=1 keeps it for a post-mortem.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-tests-'))
  process.env.TMPDIR = dir
  return () => {
    if (process.env.PORTCULLIS_KEEP_TMP === '1') {
      console.log(`kept the test run's temporary files in ${dir}`)
      return
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
