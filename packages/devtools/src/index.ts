export * from './actions.js'
export * from './build.js'
export * from './catalog.js'
export * from './check-generated.js'
