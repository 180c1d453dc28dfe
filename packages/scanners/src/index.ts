export type { ParseContext, ParseResult, Parser } from './types.js'
