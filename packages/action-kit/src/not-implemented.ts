import { commandWriter } from './commands.js'

/**
 * The entry of an action (or engine) that this version does not ship yet. It fails the step with a
 * clear message instead of pretending to scan: a gate downstream then sees no report and fails closed.
 */
export function notImplemented(action: string, what = 'this action'): void {
  commandWriter(process.env).fail(
    `${action}: ${what} is not implemented in this version of Portcullis. No scan was run and no findings report was written; a quality gate that requires this scan will fail.`,
  )
}
