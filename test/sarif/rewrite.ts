import type { Log } from 'sarif'
import { findingsToSarif, parseSarif, sarifCategory, type SarifImport } from '@portcullis/sarif'
import { readCorpus } from '../support/corpus.js'

export const WORKSPACE = '/home/runner/work/repo/repo'
export const WORKFLOW = '.github/workflows/security.yml'

/** Imports a corpus SARIF file and writes its findings back out, one run per source run. */
export function rewriteCorpusFile(file: string): { imported: SarifImport; log: Log } {
  const imported = parseSarif(readCorpus(file), { workspace: WORKSPACE })
  const log = findingsToSarif({
    workflowPath: WORKFLOW,
    runs: imported.runs.map((run, index) => ({
      tool: {
        name: run.toolName,
        version: run.toolVersion ?? '',
        ...(run.informationUri ? { informationUri: run.informationUri } : {}),
      },
      category: sarifCategory('quality-gate', run.toolName, `${file}-${index}`),
      findings: imported.results
        .filter((r) => r.runIndex === index)
        .flatMap((r) => (r.finding ? [r.finding] : [])),
    })),
  })
  return { imported, log }
}
