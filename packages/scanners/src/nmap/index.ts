export * from './engine.js'
export * from './install.js'
export * from './parse.js'
export * from './targets.js'
