export { parseGitleaks } from './parse.js'
export {
  gitleaksSecretEngine,
  GITLEAKS_LEAKS_EXIT_CODE,
  GITLEAKS_ALLOW,
  HISTORY_LOG_OPTS,
  filesWithMarker,
  stageTree,
  type GitleaksSecretInputs,
} from './secret-engine.js'
export { secretFingerprintKey } from '../shared/secret-scan.js'
