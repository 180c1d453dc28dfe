export { parseTrivy } from './parse.js'
export { trivySecretEngine, type TrivySecretInputs } from './secret-engine.js'
