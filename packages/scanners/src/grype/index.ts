export { parseGrype } from './parse.js'
export {
  grypeImageEngine,
  grypeArgs,
  grypeEnv,
  grypeSource,
  type GrypeImageInputs,
} from './engine.js'
