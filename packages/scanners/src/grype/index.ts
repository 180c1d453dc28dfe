export { parseGrype } from './parse.js'
