export { parse, parseOsvScanner, compareVersions } from './parse.js'
export type { OsvParseResult, OsvStats } from './parse.js'
export { cvss3BaseScore } from './cvss.js'
