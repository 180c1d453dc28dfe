#!/usr/bin/env node
// The `portcullis` command: the same gate as the quality-gate action, over report files on a laptop.
// This file is the only entry point (cli.ts has no "am I the main module" check: inside the bundle
// that check is true for every module, which ran the gate twice).
import { runCli } from './cli.js'

// A reader that stops early (`portcullis gate … | head`) closes the pipe; the rest of the summary
// has nowhere to go, which is not the gate's failure: the exit code still says pass, fail or bad input.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

void runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
}).then((code) => {
  process.exitCode = code
})
