import { existsSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { InputError, ScanFailedError, secretDigest, type Severity } from '@portcullis/core'
import {
  eventGitScope,
  runTool,
  ignoreFileUsed,
  unusedSettingsNotice,
  type CommonScanInputs,
  type EngineResult,
  type ScanEngine,
} from '@portcullis/engine'
import {
  maskOnce,
  secretFingerprintKey,
  secretScanRoot,
  treeScope,
  workspaceRelative,
} from '../shared/secret-scan.js'
import type { ParseContext } from '../types.js'
import { isolatedTrivyArgs } from './common.js'
import { parseTrivyFile, type SecretRewriter } from './stream.js'
import { TRIVY } from './tool.js'

/** The scan-secrets inputs the trivy engine reads (the action's Inputs satisfy it structurally). */
export interface TrivySecretInputs extends CommonScanInputs {
  readonly path: string
  /** auto | dir | git */
  readonly mode: string
  readonly config: string | undefined
  readonly secretSeverity: Severity
  /** The `fingerprint-key` input: the key secret fingerprints digest values under. */
  readonly fingerprintKey: string | undefined
}

const REPORT_FILE = 'trivy-secret-report.json'
const MIN_MASK_LENGTH = 6

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Every masked span of `match` as the raw lines hold it, or undefined when they do not line up. */
function maskedSpans(match: string, rawLines: string): string[] | undefined {
  const pieces = match.trim().split(/(\*{3,})/)
  if (pieces.length < 3) return undefined
  const pattern = pieces
    .map((piece, i) => (i % 2 === 1 ? `(.{${piece.length}})` : escapeRegExp(piece)))
    .join('')
  const found = new RegExp(pattern).exec(rawLines)
  return found === null ? undefined : found.slice(1).map((v) => v ?? '')
}

/**
 * trivy masks a secret in `Match` with one `*` per character and leaves the rest of the line as is,
 * so the raw line lined up with the masked one gives the secret back (in memory, for masking only).
 */
export function trivySecretValues(match: string, rawLines: string): string[] {
  return (maskedSpans(match, rawLines) ?? [])
    .map((v) => v.trim())
    .filter((v) => v.length >= MIN_MASK_LENGTH && !/^\*+$/.test(v))
}

/** trivy reads its own secret-rule YAML (`--secret-config`), not a gitleaks TOML. */
function secretConfig(workspace: string, config: string | undefined): string | undefined {
  if (config === undefined || config.trim() === '') return undefined
  if (!/\.ya?ml$/i.test(config)) {
    throw new InputError(
      'config',
      `'${config}' is not a trivy secret config; with engine: trivy, config names trivy's secret-rule YAML (trivy-secret.yaml). gitleaks configs work with engine: gitleaks`,
    )
  }
  const file = resolve(workspace, config)
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new InputError(
      'config',
      `the trivy secret config '${config}' does not exist in the workspace; fix the path or leave config empty`,
    )
  }
  return file
}

/**
 * What happens to each secret of trivy's report before it is normalised: its value, read back from
 * the file's lines lined up with the masked `Match`, is masked in the log; and the keyed digest of
 * that value is appended to `Match`, the text the parser's fingerprint hashes, so a fingerprint names
 * one secret and never the next one in its place (`unread` when the lines do not line up).
 */
export function trivySecretRewriter(
  ctx: { readonly workspace: string; readonly readLines: ParseContext['readLines'] },
  key: string,
  mask: (value: string) => void,
): SecretRewriter {
  const maskNew = maskOnce(mask)
  return (secret, target) => {
    if (target === undefined || typeof secret.Match !== 'string') return secret
    const match = secret.Match
    const path = relative(ctx.workspace, resolve(ctx.workspace, target)).split(sep).join('/')
    const start = secret.StartLine
    const end = secret.EndLine
    const lines =
      typeof start === 'number' && start >= 1 && ctx.readLines !== undefined
        ? ctx.readLines(path, start, typeof end === 'number' ? end : start)
        : undefined
    if (lines !== undefined) maskNew(trivySecretValues(match, lines))
    const spans = lines === undefined ? undefined : maskedSpans(match, lines)
    const digest = spans === undefined ? 'unread' : secretDigest(key, spans.join('\u0000'))
    return { ...secret, Match: `${match} secret:${digest}` }
  }
}

/**
 * scan-secrets with trivy (`trivy fs --scanners secret`, offline, no vulnerability DB). trivy reads
 * files, not git history: mode git is refused, and mode auto scans the working tree and says so.
 * trivy has no redaction switch: it masks the secret in `Match` but copies nearby lines unmasked
 * into `Code`, so its raw report is deleted as soon as it is parsed, however the parse ends. The
 * report is read as a stream (a large tree's report can outgrow the longest string V8 holds), each
 * secret masked and keyed as it is read (see trivySecretRewriter).
 */
export const trivySecretEngine: ScanEngine<TrivySecretInputs> = {
  name: 'trivy',
  tool: TRIVY,
  async run(ctx): Promise<EngineResult> {
    const { inputs, workspace } = ctx
    if (inputs.mode === 'git') {
      throw new InputError(
        'mode',
        'git needs engine: gitleaks; trivy scans files, not git history (use mode: dir or auto with trivy)',
      )
    }
    if (inputs.mode !== 'auto' && inputs.mode !== 'dir') {
      throw new InputError(
        'mode',
        `must be one of auto, dir, git; got ${JSON.stringify(inputs.mode)}`,
      )
    }
    const root = secretScanRoot(workspace, inputs.path)
    const config = secretConfig(workspace, inputs.config)
    const notices: string[] = []
    if (inputs.mode === 'auto') {
      const scope = eventGitScope(ctx.runner.eventName, ctx.runner.event)
      if (scope.kind !== 'tree') {
        notices.push(
          'trivy scans the checked-out files, not commit history: a secret added and removed again within the commits of this event is not seen. engine: gitleaks scans the commits themselves.',
        )
      }
    }
    const reportPath = join(ctx.workDir, REPORT_FILE)
    try {
      const args = [
        'fs',
        '--scanners',
        'secret',
        '--format',
        'json',
        '--output',
        reportPath,
        '--exit-code',
        '0',
        '--cache-dir',
        join(ctx.workDir, 'trivy-cache'),
        '--skip-db-update',
        '--offline-scan',
        '--no-progress',
        ...(config !== undefined ? ['--secret-config', config] : []),
        root,
      ]
      await runTool(ctx, {
        // Outside the workspace and with explicit (empty) settings files: see isolatedTrivyArgs.
        args: [...args, ...isolatedTrivyArgs(ctx.workDir, args)],
        cwd: ctx.workDir,
        okExitCodes: [0],
        relayStdout: true,
        maxStdoutBytes: 1024 * 1024,
      })
      if (!existsSync(reportPath)) {
        throw new ScanFailedError(
          'trivy exited with code 0 but wrote no report; the scan did not complete',
        )
      }
      if (statSync(reportPath).size === 0) {
        throw new ScanFailedError('trivy wrote an empty report; the scan did not complete')
      }
      const key = secretFingerprintKey(ctx.inputs.fingerprintKey, ctx.runner)
      // Each slice goes to the scan's store as it is normalised (masked and keyed already).
      const findings = ctx.store()
      const parsed = await parseTrivyFile(
        reportPath,
        { workspace, readLines: ctx.readLines, defaultSeverity: inputs.secretSeverity },
        {
          targetPrefix: workspaceRelative(workspace, root),
          rewriteSecret: trivySecretRewriter(ctx, key, ctx.mask),
          onFindings: (slice) => {
            for (const f of slice) {
              if (f.category === 'secret') findings.add({ ...f, severity: inputs.secretSeverity })
            }
          },
        },
      )
      return {
        scanner: { name: 'trivy', version: parsed.scannerVersion ?? ctx.binary.version },
        target: { kind: 'path', name: workspaceRelative(workspace, root) },
        scopes: [treeScope(workspace, root)],
        findings,
        notices: [
          ...notices,
          ...(config !== undefined
            ? [`trivy secret config: ${workspaceRelative(workspace, config)}.`]
            : []),
          ...[
            unusedSettingsNotice(
              'trivy',
              workspace,
              [workspace, root],
              [...(config !== undefined ? [config] : []), ...ignoreFileUsed(workspace, inputs)],
            ),
          ].filter((n): n is string => n !== undefined),
          ...parsed.notices,
        ],
      }
    } finally {
      rmSync(reportPath, { force: true })
    }
  },
}
