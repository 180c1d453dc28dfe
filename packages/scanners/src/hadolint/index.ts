export { parse, parseHadolint } from './parse.js'
