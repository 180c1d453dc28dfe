export { parse, parseCheckov, CHECKOV_DEFAULT_SEVERITIES, defaultCheckovSeverity } from './parse.js'
export type { CheckovParseResult, CheckovStats } from './parse.js'
