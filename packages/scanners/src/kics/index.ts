export { parse, parseKics } from './parse.js'
