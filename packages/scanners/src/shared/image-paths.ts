import { InputError } from '@portcullis/core'

/**
 * `skip-dirs` / `skip-files` of scan-image: paths inside the image's file system, written as
 * absolute paths (`/usr/share/doc`, `/opt/app/test/**`); a leading `/` is added when missing. A
 * path that climbs (`..`) or is empty names nothing in the image and is refused, naming the input.
 */
export function imagePaths(values: readonly string[], input: string): string[] {
  return values.map((raw) => {
    const value = raw.trim()
    const path = `/${value.replace(/^\/+/, '')}`.replace(/\/+$/, '')
    if (value === '' || path === '' || path.split('/').includes('..')) {
      throw new InputError(
        input,
        `'${raw}' is not a path inside the image; write it as an absolute path such as /usr/share/doc`,
      )
    }
    return path
  })
}

/** `skip-dirs` and `skip-files` as {@link imagePaths} reads them, each checked once. */
export function imageSkips(inputs: {
  readonly skipDirs: readonly string[]
  readonly skipFiles: readonly string[]
}): { readonly dirs: string[]; readonly files: string[] } {
  return {
    dirs: imagePaths(inputs.skipDirs, 'skip-dirs'),
    files: imagePaths(inputs.skipFiles, 'skip-files'),
  }
}

/** The summary lines naming what the scan skipped inside the image (from {@link imageSkips}). */
export function skippedInImage(skip: {
  readonly dirs: readonly string[]
  readonly files: readonly string[]
}): string[] {
  // A code span renders no link or HTML; a backquote in the path could end it, so none is kept.
  const list = (paths: readonly string[]) =>
    paths.map((p) => `\`${p.replace(/[`\r\n]/g, "'")}\``).join(', ')
  return [
    ...(skip.dirs.length > 0
      ? [`- skipped folders in the image (input skip-dirs): ${list(skip.dirs)}`]
      : []),
    ...(skip.files.length > 0
      ? [`- skipped files in the image (input skip-files): ${list(skip.files)}`]
      : []),
  ]
}
