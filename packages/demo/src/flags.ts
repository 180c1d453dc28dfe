import { resolve } from 'node:path'

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
