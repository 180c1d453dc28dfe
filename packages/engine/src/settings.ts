import { existsSync, lstatSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'

/**
 * Settings files each scanner would read from the scanned tree by itself. Portcullis never lets it
 * (a pull request could add any of them to lower its own verdict); the scan reads a repository file
 * only when an input names it. These lists serve the notice that says which were found and not used.
 */
export const WORKSPACE_SETTINGS_FILES = {
  trivy: ['trivy.yaml', 'trivy.yml', '.trivyignore', '.trivyignore.yaml', 'trivy-secret.yaml'],
  gitleaks: ['.gitleaks.toml', '.gitleaksignore'],
  checkov: ['.checkov.yaml', '.checkov.yml'],
  grype: ['.grype.yaml', '.grype.yml', '.grype/config.yaml'],
  'osv-scanner': ['osv-scanner.toml'],
} as const satisfies Record<string, readonly string[]>

/**
 * One sentence naming the scanner settings files present in `dirs` (the workspace and the scanned
 * folder) that the scan did not use, or undefined when there are none. `used` are absolute paths an
 * input named.
 */
export function unusedSettingsNotice(
  tool: keyof typeof WORKSPACE_SETTINGS_FILES,
  workspace: string,
  dirs: readonly string[],
  used: readonly string[] = [],
): string | undefined {
  const found = new Set<string>()
  for (const dir of new Set(dirs)) {
    for (const name of WORKSPACE_SETTINGS_FILES[tool]) {
      const path = join(dir, name)
      if (used.includes(path) || !exists(path)) continue
      found.add(relative(workspace, path).split(sep).join('/'))
    }
  }
  if (found.size === 0) return undefined
  return `Not used: ${[...found].join(', ')}. ${tool} reads no settings from the scanned files; a repository file applies only when an input names it.`
}

function exists(path: string): boolean {
  try {
    return existsSync(path) && lstatSync(path).isFile()
  } catch {
    return false
  }
}

/** The file the `ignore-file` input names, as `used` for {@link unusedSettingsNotice}. */
export function ignoreFileUsed(
  workspace: string,
  inputs: { readonly ignoreFile: string | undefined },
): string[] {
  return inputs.ignoreFile ? [resolve(workspace, inputs.ignoreFile)] : []
}
