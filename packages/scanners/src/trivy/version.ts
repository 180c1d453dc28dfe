import type { ToolProvenance } from '@portcullis/core'

/**
 * Which trivy ran, and the flags that release speaks. trivy renamed its flags twice in the
 * releases still found on runners:
 *
 * - `--security-checks` became `--scanners` in v0.37.0 (https://github.com/aquasecurity/trivy/releases/tag/v0.37.0),
 *   and `--skip-update` became `--skip-db-update` in the same release;
 * - the scanner `config` became `misconfig` in v0.48.0 (https://github.com/aquasecurity/trivy/discussions/5586);
 * - "policy" became "check" in v0.53.0 (`--config-policy` → `--config-check`,
 *   `--skip-policy-update` → `--skip-check-update`, `--policy-namespaces` → `--check-namespaces`).
 *
 * Builds made from source without release metadata print `Version: dev`. The ones the suite knows
 * are identified by the installer through the SHA-256 of their binary (the tool manifest's
 * `builds`), which then records the release they are; any other `dev` build is assumed to be
 * current and said so in the report.
 */

export interface TrivyVersion {
  /** `0.44.1`, or the word trivy printed when it is not a release number. */
  readonly version: string
  /** Parsed release number; undefined when it could not be determined. */
  readonly release?: readonly [number, number, number]
  /** How the version was determined, when it was not simply reported (for the summary). */
  readonly note?: string
}

export interface TrivyDialect {
  /** `--scanners` or, before 0.37, `--security-checks`. */
  readonly scannersFlag: string
  /** The misconfiguration scanner's name: `config` before 0.48, `misconfig` after. */
  readonly misconfigScanner: string
  readonly skipDbUpdate: string
  /** Keeps trivy on the checks embedded in the binary instead of downloading a bundle. */
  readonly skipCheckUpdate: string
  readonly configCheck: string
  /** Rego namespaces to evaluate; custom checks live in `user.*`, which 0.44 skips unless named. */
  readonly checkNamespaces: string
}

const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)/

/** The version word from `trivy --version` output (`Version: 0.44.1`, `Version: dev`). */
export function parseTrivyVersionOutput(output: string): string | undefined {
  return /^Version:\s*v?(\S+)/m.exec(output)?.[1]
}

function release(version: string): readonly [number, number, number] | undefined {
  const m = RELEASE.exec(version)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined
}

/**
 * The version of the trivy binary the installer resolved. The installer has already run
 * `trivy --version` and recorded what it printed (`dev`, or `unknown` when nothing matched), so no
 * second start is needed; a `dev` build is looked up by its SHA-256.
 */
export function resolveTrivyVersion(
  binary: Pick<ToolProvenance, 'version' | 'sha256'>,
): TrivyVersion {
  const reported = binary.version.replace(/^v/, '')
  const parsed = release(reported)
  if (parsed) return { version: reported, release: parsed }
  return {
    version: reported,
    note: `trivy reports its version as '${reported}', which is not a release number; the flags of current releases are used. Use a release build (or a pinned version) so the flags match.`,
  }
}

function atLeast(v: TrivyVersion, major: number, minor: number): boolean {
  // Unknown builds are taken as current: the newest flags are the ones a fresh build speaks.
  if (!v.release) return true
  const [a, b] = v.release
  return a > major || (a === major && b >= minor)
}

export function trivyDialect(v: TrivyVersion): TrivyDialect {
  const checks = atLeast(v, 0, 53)
  return {
    scannersFlag: atLeast(v, 0, 37) ? '--scanners' : '--security-checks',
    misconfigScanner: atLeast(v, 0, 48) ? 'misconfig' : 'config',
    skipDbUpdate: atLeast(v, 0, 37) ? '--skip-db-update' : '--skip-update',
    skipCheckUpdate: checks ? '--skip-check-update' : '--skip-policy-update',
    configCheck: checks ? '--config-check' : '--config-policy',
    checkNamespaces: checks ? '--check-namespaces' : '--policy-namespaces',
  }
}
