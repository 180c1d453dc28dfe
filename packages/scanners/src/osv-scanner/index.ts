export { parse, parseOsvScanner, compareVersions } from './parse.js'
export type { OsvParseResult, OsvStats } from './parse.js'
export { cvss3BaseScore } from './cvss.js'
export { osvScannerEngine, osvScannerArgs, OSV_EXIT, type OsvScannerInputs } from './engine.js'
