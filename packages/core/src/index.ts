export * from './essentials.js'
export * from './report.js'
