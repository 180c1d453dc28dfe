/**
 * `npm run demo`: the whole suite end to end on the bundled example project, offline.
 *
 *   npm run demo [-- --fixed] [-- --out <dir>] [-- --keep]
 *
 * Exit code 0 when the demo ran, whatever the verdict; 1 when the demo itself broke; 2 on a bad flag.
 */
import { parseFlags, type DemoFlags } from './flags.js'
import { renderDemoResult } from './render.js'
import { runDemo } from './run.js'

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
