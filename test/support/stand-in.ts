import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What a recording stand-in wrote about how it was run. */
export interface StandIn {
  readonly bin: string
  /** One argument a line. */
  readonly argvFile: string
  readonly cwdFile: string
  /** `env` as the stand-in saw it. */
  readonly envFile: string
}

export interface StandInSpec {
  /** The executable's name (grype, osv-scanner, checkov). */
  readonly name: string
  /** What it prints for `--version`. */
  readonly version: string
  /**
   * How its argv names where the report goes: the argument after a flag (`--output PATH`), or
   * one argument with a prefix (`json=PATH`).
   */
  readonly output: { readonly after: string } | { readonly prefix: string }
  /** The report's file name under that path, when the path names a folder (checkov). */
  readonly file?: string
  /** The report it writes there (a real scanner output); none: it writes nothing. */
  readonly report?: string
  readonly exit?: number
}

/**
 * A stand-in for a scanner that cannot be installed here: it answers `--version`, records its argv,
 * working folder and environment, copies a real report to where the argv asks, and exits `exit`.
 */
export function recordingStandIn(spec: StandInSpec): StandIn {
  const dir = mkdtempSync(join(tmpdir(), `fake-${spec.name}-`))
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  const files = {
    argvFile: join(dir, 'argv.txt'),
    cwdFile: join(dir, 'cwd.txt'),
    envFile: join(dir, 'env.txt'),
  }
  const source = join(dir, 'report.json')
  if (spec.report !== undefined) writeFileSync(source, spec.report)
  const find =
    'after' in spec.output
      ? `while [ $# -gt 0 ]; do [ "$1" = ${quote(spec.output.after)} ] && out="$2"; shift; done`
      : `for a in "$@"; do case "$a" in ${spec.output.prefix}*) out="\${a#${spec.output.prefix}}";; esac; done`
  const target = spec.file === undefined ? '"$out"' : `"$out"/${quote(spec.file)}`
  const bin = join(dir, spec.name)
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      `if [ "$1" = "--version" ]; then printf '%s\\n' ${quote(spec.version)}; exit 0; fi`,
      `printf '%s\\n' "$@" > ${quote(files.argvFile)}`,
      `pwd > ${quote(files.cwdFile)}`,
      `env > ${quote(files.envFile)}`,
      'out=""',
      find,
      spec.report !== undefined ? `cp ${quote(source)} ${target}` : ':',
      `exit ${spec.exit ?? 0}`,
      '',
    ].join('\n'),
  )
  chmodSync(bin, 0o755)
  return { bin, ...files }
}
