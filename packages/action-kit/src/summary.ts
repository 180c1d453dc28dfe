import { escapeMarkdown } from '@portcullis/core/essentials'

/**
 * Job summary with GitHub's hard cap: a step's summary over 1 MiB is rejected and the step shows
 * an error instead (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits).
 * Sections are added whole or not at all; when one does not fit, a closing line says how many
 * sections were left out and where the full data is.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
const RESERVE_BYTES = 512

export class SummaryBuilder {
  readonly #sections: string[] = []
  #bytes = 0
  #omitted = 0
  constructor(readonly limit: number = SUMMARY_LIMIT_BYTES) {}

  /** Adds a markdown section; returns false when it would not fit under the cap. */
  add(markdown: string): boolean {
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`
    const size = Buffer.byteLength(text, 'utf8')
    if (this.#bytes + size > this.limit - RESERVE_BYTES) {
      this.#omitted += 1
      return false
    }
    this.#sections.push(text)
    this.#bytes += size
    return true
  }

  get omitted(): number {
    return this.#omitted
  }

  /** The final markdown, always within the cap. */
  render(seeAlso?: string): string {
    const body = this.#sections.join('\n')
    if (this.#omitted === 0) return body
    const note = `\n> ${this.#omitted} more section(s) did not fit in the 1 MiB job summary${seeAlso ? `; see ${seeAlso}` : ''}.\n`
    return body + note
  }
}

/**
 * Escapes untrusted text (from a repository or a scanner) for GitHub-flavoured markdown: the suite's
 * one escape, {@link escapeMarkdown} of @portcullis/core, under its short name.
 */
export function md(text: string, max?: number): string {
  return escapeMarkdown(text, max)
}
