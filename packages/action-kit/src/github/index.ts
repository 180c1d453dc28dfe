/** Reporting into GitHub: code-scanning uploads, the sticky pull request comment, check runs. */
export {
  readGitHubContext,
  hasReadOnlyToken,
  type GitHubContext,
  type PullRequestInfo,
} from './context.js'
export {
  createGitHubClient,
  SILENT_LOGGER,
  type ClientOptions,
  type GitHubClient,
  type GitHubLogger,
} from './client.js'
export { SKIP_REASONS, skipFor, type SkipReason, type Skipped } from './outcome.js'
export {
  uploadSarif,
  sarifRef,
  encodeSarif,
  MAX_UPLOAD_BYTES,
  type UploadOptions,
  type UploadOutcome,
  type Uploaded,
  type ProcessingStatus,
  type WaitOptions,
} from './upload.js'
export {
  upsertStickyComment,
  renderStickyComment,
  stickyMarker,
  MAX_COMMENT_CHARS,
  type StickyComment,
  type CommentSection,
  type CommentOutcome,
} from './comment.js'
export {
  publishCheckRun,
  ANNOTATIONS_PER_REQUEST,
  MAX_CHECK_TEXT,
  type CheckAnnotation,
  type CheckRunSpec,
  type CheckRunOutcome,
} from './checks.js'
export { changedLines, addedLines, onChangedLine, type ChangedLines } from './changed-lines.js'
