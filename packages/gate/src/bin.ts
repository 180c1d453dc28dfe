#!/usr/bin/env node
// The `portcullis` command: the same gate as the quality-gate action, over report files on a laptop.
import { runCli } from './cli.js'

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
})
