export { parse, parseXccdf, XCCDF_RESULTS } from './parse.js'
export type {
  XccdfParseResult,
  XccdfResultWord,
  XccdfRule,
  XccdfRuleResult,
  XccdfIdent,
} from './parse.js'
