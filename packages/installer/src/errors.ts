import { UserError } from '@portcullis/core'

/**
 * Why a scanner could not be installed. Each is a user-facing failure: the message says what was
 * expected, what was found and which input to change. Codes are stable for tests and docs.
 */
export const INSTALL_ERROR_CODES = [
  'tool-path-missing',
  'tool-unavailable',
  'unknown-version',
  'known-bad-release',
  'digest-mismatch',
  'unsupported-platform',
  'download-failed',
  'signature-failed',
  'bad-manifest',
] as const
export type InstallErrorCode = (typeof INSTALL_ERROR_CODES)[number]

export class InstallError extends UserError {
  override readonly name = 'InstallError'
  constructor(
    override readonly code: InstallErrorCode,
    readonly tool: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options)
  }
}
