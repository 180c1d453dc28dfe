export * from './pipeline.js'
export * from './summary.js'
export * from './deps.js'
export * from './tally.js'
