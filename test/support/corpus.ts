import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The scanner-output corpus, in the repository (test/corpus; provenance in its MANIFEST.md). */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../corpus')

export interface ManifestEntry {
  /** Path under the corpus folder, e.g. `trivy/json/dd-trivy-no-vulns.json`. */
  readonly file: string
  readonly tool: string
  readonly format: string
  /** The counting command's tag, e.g. `sarif`, `trivy`, `osv`. */
  readonly tag: string
  /** The counting command's output as MANIFEST.md records it. */
  readonly counted: Record<string, unknown>
  /** Size in bytes and sha256 prefix of the file as copied from its source repository. */
  readonly bytes: number
  readonly sha256Prefix: string
}

/**
 * Reads the expectations straight out of MANIFEST.md so tests assert the manifest's own numbers,
 * never numbers copied into the test.
 */
export function readManifest(): ManifestEntry[] {
  const text = readFileSync(join(CORPUS_DIR, 'MANIFEST.md'), 'utf8')
  const entries: ManifestEntry[] = []
  for (const line of text.split('\n')) {
    const row = /^\| \d+ \| `([^`]+)` \| ([^|]+) \| [^|]* \| ([^|]+) \|/.exec(line)
    if (!row) continue
    const counted = /`\[([a-z]+)\]` (\{.*?\}) \|/.exec(line)
    if (!counted) throw new Error(`MANIFEST.md row for ${row[1]} has no counted cell`)
    const integrity = /\| ([\d,]+) \| `([0-9a-f]{12})` \| `\[/.exec(line)
    if (!integrity) throw new Error(`MANIFEST.md row for ${row[1]} has no bytes and sha256 cells`)
    entries.push({
      file: row[1]!,
      tool: row[2]!.trim(),
      format: row[3]!.trim(),
      tag: counted[1]!,
      counted: JSON.parse(counted[2]!) as Record<string, unknown>,
      bytes: Number(integrity[1]!.replaceAll(',', '')),
      sha256Prefix: integrity[2]!,
    })
  }
  if (entries.length === 0) throw new Error('MANIFEST.md lists no files')
  return entries
}

export function corpusEntries(filter: (e: ManifestEntry) => boolean): ManifestEntry[] {
  return readManifest().filter(filter)
}

export function readCorpus(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
}
