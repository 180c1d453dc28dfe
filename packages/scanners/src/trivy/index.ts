export { parseTrivy } from './parse.js'
