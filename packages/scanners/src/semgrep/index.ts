export { parse, parseSemgrep } from './parse.js'
