/**
 * `npm run demo`: the whole suite end to end on the bundled example project, offline.
 *
 *   npm run demo [-- --fixed] [-- --out <dir>] [-- --keep]
 *
 * Exit code 0 when the demo ran, whatever the verdict; 1 when the demo itself broke; 2 on a bad flag.
 */
import { resolve } from 'node:path'
import { renderDemoResult } from './render.js'
import { runDemo } from './run.js'

export interface DemoFlags {
  readonly fixed: boolean
  readonly outDir: string
  readonly keep: boolean
}

export const USAGE = 'usage: npm run demo -- [--fixed] [--out <dir>] [--keep]'

/** Parses the demo's flags; throws with the usage line on anything else. */
export function parseFlags(argv: readonly string[], cwd = process.cwd()): DemoFlags {
  let fixed = false
  let keep = false
  let out = 'demo-output'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--fixed') fixed = true
    else if (arg === '--keep') keep = true
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length)
      if (value === undefined || value === '') throw new Error(`--out needs a folder\n${USAGE}`)
      out = value
    } else throw new Error(`unknown flag ${arg}\n${USAGE}`)
  }
  return { fixed, keep, outDir: resolve(cwd, out) }
}

async function main(): Promise<number> {
  let flags: DemoFlags
  try {
    flags = parseFlags(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const started = Date.now()
  try {
    const result = await runDemo({ ...flags, log: (line) => console.log(line) })
    console.log('')
    console.log(renderDemoResult(result, Date.now() - started))
    return 0
  } catch (error) {
    console.error(`\nThe demo could not run: ${(error as Error).message}`)
    if (process.env.RUNNER_DEBUG === '1') console.error((error as Error).stack)
    return 1
  }
}

process.exitCode = await main()
