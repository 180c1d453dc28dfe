export { parseGitleaks } from './parse.js'
