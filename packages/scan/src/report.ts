import type { FindingsReport } from '@portcullis/core'

/** A scan's report as the pipeline keeps it: the findings are in its file, not in memory. */
export type ScanReport = Omit<FindingsReport, 'findings'>
