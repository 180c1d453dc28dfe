export { parse, parseXccdf, XCCDF_RESULTS } from './parse.js'
export type {
  XccdfParseResult,
  XccdfResultWord,
  XccdfRule,
  XccdfRuleResult,
  XccdfIdent,
} from './parse.js'
export * from './datastream.js'
export * from './install.js'
export * from './engine.js'
