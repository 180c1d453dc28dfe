export { parseGitleaks } from './parse.js'
export {
  gitleaksSecretEngine,
  GITLEAKS_LEAKS_EXIT_CODE,
  type GitleaksSecretInputs,
  type SecretEngineOptions,
} from './secret-engine.js'
