export {
  AUTO_FORMAT,
  IMPORT_FORMATS,
  UNSTATED_VERSION,
  detectFormat,
  formatTool,
  importScan,
  isImportFormat,
  type ImportFormat,
  type ImportedScan,
} from './formats.js'
