/**
 * Everything in core except report validation (which loads the JSON Schema validator): what an
 * action needs before its inputs are read, so a step's start-up stays lean.
 */
export * from './model.js'
export * from './severity.js'
export * from './fingerprint.js'
export * from './errors.js'
export * from './paths.js'
export * from './markdown.js'
