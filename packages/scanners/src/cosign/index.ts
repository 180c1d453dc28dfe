export { parseCosignVerify } from './parse.js'
export type { CosignSignature, CosignVerification } from './parse.js'
