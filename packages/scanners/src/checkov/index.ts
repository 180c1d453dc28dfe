export { parse, parseCheckov, CHECKOV_DEFAULT_SEVERITIES, defaultCheckovSeverity } from './parse.js'
export type { CheckovParseResult, CheckovStats } from './parse.js'
export {
  checkovEngine,
  checkovInstaller,
  checkovArgs,
  globToRegex,
  CHECKOV_VERSION,
  type CheckovInputs,
  type CheckovInstallPorts,
} from './engine.js'
