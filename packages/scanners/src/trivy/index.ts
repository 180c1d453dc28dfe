export { parseTrivy } from './parse.js'
export { trivyConfigEngine, type TrivyConfigInputs } from './config-engine.js'
export { trivyFsEngine, sbomFileName, type TrivyFsInputs } from './fs-engine.js'
export * from './version.js'
export * from './db.js'
export * from './db-run.js'
export * from './db-archive.js'
export { trivySecretEngine, type TrivySecretInputs } from './secret-engine.js'
export { trivyComplianceEngine, type TrivyComplianceInputs } from './compliance-engine.js'
export {
  trivyImageEngine,
  imageScanners,
  imageSbomFileName,
  trivyImageEnv,
  trivyImageSource,
  IMAGE_SCANNERS,
  type ImageScanner,
  type TrivyImageInputs,
} from './image-engine.js'
export * from './stream.js'
