export { parse, parseTfsec, readTfsecResults } from './parse.js'
export type { TfsecResult, TfsecStatus } from './parse.js'
