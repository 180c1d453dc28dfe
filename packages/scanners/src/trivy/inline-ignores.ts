import { cpSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import type { Finding } from '@portcullis/core'

/**
 * Inline ignore markers trivy's misconfiguration scanner honours by itself: `#trivy:ignore:<id>` and
 * `#tfsec:ignore:<id>` (also after `//`, on the line of the finding or above its block). trivy 0.44
 * drops what they cover from its report and counts it only as `MisconfSummary.Exceptions`; no flag
 * turns them off. A pull request can add one, so the engine reproduces what they hid: it scans a copy
 * of the tree in which every marker is defused (same length, so every line and column stays put)
 * and reports each finding that only the copy has as suppressed, naming the marker.
 */
const MARKER = /\b(trivy|tfsec):ignore\b/gi
const MARKER_ID = /\b(trivy|tfsec):ignore:([A-Za-z0-9_.*-]+)/gi

/** Files larger than this hold no IaC a marker could be in (trivy's own limit is far below). */
const MAX_FILE_BYTES = 8 * 1024 * 1024

export interface InlineMarker {
  /** Workspace-relative path, `/`-separated. */
  readonly path: string
  readonly line: number
  /** `trivy:ignore` or `tfsec:ignore`, as written (lower-cased). */
  readonly marker: string
  /** The id the marker names (`AVD-AWS-0086`, `aws-s3-enable-bucket-logging`, `*`), lower-cased. */
  readonly id: string | undefined
}

/**
 * Copies the folder `root` (without `.git`; symbolic links as links) to `dest` and defuses every
 * inline marker in the copy (`trivy:ignore` → `trivy_ignore`). Returns where the markers were,
 * with paths relative to `workspace`.
 */
export function defusedCopy(root: string, dest: string, workspace: string): InlineMarker[] {
  cpSync(root, dest, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => basename(src) !== '.git',
  })
  const markers: InlineMarker[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && lstatSync(path).size <= MAX_FILE_BYTES) defuse(path)
    }
  }
  const defuse = (path: string): void => {
    // latin1 maps every byte to one code unit: the rewrite leaves every other byte as it was.
    const text = readFileSync(path, 'latin1')
    MARKER.lastIndex = 0
    if (!MARKER.test(text)) return
    const rel = relative(workspace, join(root, relative(dest, path)))
      .split(sep)
      .join('/')
    text.split('\n').forEach((line, i) => {
      MARKER.lastIndex = 0
      if (!MARKER.test(line)) return
      const ids = [...line.matchAll(MARKER_ID)]
      if (ids.length === 0) {
        markers.push({ path: rel, line: i + 1, marker: markerWord(line), id: undefined })
      }
      for (const m of ids) {
        markers.push({
          path: rel,
          line: i + 1,
          marker: `${m[1]!.toLowerCase()}:ignore`,
          id: m[2]!.toLowerCase(),
        })
      }
    })
    writeFileSync(
      path,
      text.replace(MARKER, (m) => m.replace(':', '_')),
      'latin1',
    )
  }
  walk(dest)
  return markers
}

function markerWord(line: string): string {
  MARKER.lastIndex = 0
  const m = MARKER.exec(line)
  return m ? `${m[1]!.toLowerCase()}:ignore` : 'trivy:ignore'
}

function key(f: Finding): string {
  return `${f.ruleId}\u0000${f.location?.path ?? ''}\u0000${f.location?.startLine ?? 0}`
}

/**
 * The findings of the defused copy's scan that the real scan lacks, each marked suppressed by the
 * marker that hid it: one in the same file naming the finding's rule, else the nearest marker at or
 * above the finding's line, else the file's first marker. Unlike the scan's own findings, this
 * holds a key per finding of the real scan: it runs only when trivy reports excepted checks.
 */
export function hiddenByMarkers(
  found: Iterable<Finding>,
  defused: Iterable<Finding>,
  markers: readonly InlineMarker[],
): Finding[] {
  const seen = new Map<string, number>()
  for (const f of found) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1)
  const hidden: Finding[] = []
  for (const f of defused) {
    const k = key(f)
    const n = seen.get(k) ?? 0
    if (n > 0) {
      seen.set(k, n - 1)
      continue
    }
    const marker = markerFor(f, markers)
    const where = marker ? ` at ${marker.path}:${marker.line}` : ''
    hidden.push({
      ...f,
      suppression: {
        kind: 'in-source',
        source: `${marker?.marker ?? 'trivy:ignore'}${where}`,
        justification: `an inline ${marker?.marker ?? 'trivy:ignore'}${marker?.id ? `:${marker.id}` : ''} comment in the scanned files; trivy left it out of its report`,
      },
    })
  }
  return hidden
}

function markerFor(f: Finding, markers: readonly InlineMarker[]): InlineMarker | undefined {
  const path = f.location?.path
  const inFile = markers.filter((m) => m.path === path)
  if (inFile.length === 0) return markers[0]
  const ids = new Set(
    [f.ruleId, ...(f.advisories ?? [])].map((id) => id.toLowerCase()).filter((id) => id !== ''),
  )
  const named = inFile.find((m) => m.id !== undefined && ids.has(m.id))
  if (named) return named
  const line = f.location?.startLine ?? 0
  const above = inFile.filter((m) => m.line <= line).sort((a, b) => b.line - a.line)
  return above[0] ?? inFile[0]
}
