import type { ActionName } from '@portcullis/core'

/** Every category this suite uploads starts with this, so its analyses never collide with others'. */
export const SARIF_CATEGORY_PREFIX = 'portcullis'

/**
 * A slug for one part of a category: lower-case ASCII letters, digits, `.`, `_` and `-`, runs of
 * anything else collapsed to one `-`. An image digest is dropped so a category names the image,
 * not one build of it (a new digest must replace the previous analysis, not sit beside it).
 */
export function categorySlug(part: string): string {
  const withoutDigest = part.replace(/@sha256:[0-9a-f]{64}/gi, '')
  const slug = withoutDigest
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return slug === '' ? 'default' : slug.slice(0, 80).replace(/[-.]+$/, '')
}

/**
 * The `runs[].automationDetails.id` for one scanner run, e.g. `portcullis/scan-iac/trivy/infra/`.
 * Code scanning keeps one analysis per category and replaces it on the next upload with the same
 * category, so the value must be stable across runs of the same scan and distinct between scans
 * (another engine or target) that should not replace each other. The trailing slash tells GitHub
 * the whole string is the category, with no run id after it
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#runautomationdetails-object).
 */
export function sarifCategory(action: ActionName, engine: string, target: string): string {
  return `${SARIF_CATEGORY_PREFIX}/${action}/${categorySlug(engine)}/${categorySlug(target)}/`
}
