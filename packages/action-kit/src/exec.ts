import { spawn } from 'node:child_process'
import type { Exec, ExecResult, Logger } from '@portcullis/core/ports'

export type { Exec, ExecRequest, ExecResult } from '@portcullis/core/ports'

/**
 * The only variables a scanner inherits from the job: what any process needs (PATH, HOME, locale,
 * temp folders), TLS and proxy settings, the container runtime's socket and credentials folder, and
 * cloud credentials for KMS keys and private registries. Everything else is dropped: earlier steps of
 * the job (and a pull request that runs code in them) can write the job environment, and scanners
 * read their configuration from it (TRIVY_SEVERITY, TRIVY_IGNOREFILE, GITLEAKS_CONFIG, GRYPE_*,
 * GIT_CONFIG_*, …), so a deny-list would always miss the next one. What a scanner needs beyond this
 * the engine passes explicitly (`env`). Runner tokens are never on the list.
 */
export const SCANNER_ENV_ALLOWED: readonly (string | RegExp)[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TEMP',
  'TMP',
  'LANG',
  'LANGUAGE',
  /^LC_[A-Z_]+$/,
  'TZ',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  /^(HTTPS?|NO|ALL)_PROXY$/i,
  'DOCKER_HOST',
  'DOCKER_CONFIG',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY',
  'XDG_RUNTIME_DIR',
  /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|REGION|DEFAULT_REGION|PROFILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE|SHARED_CREDENTIALS_FILE|CONFIG_FILE)$/,
  'GOOGLE_APPLICATION_CREDENTIALS',
  /^AZURE_(CLIENT_ID|CLIENT_SECRET|TENANT_ID|FEDERATED_TOKEN_FILE)$/,
  /^VAULT_(ADDR|TOKEN|NAMESPACE)$/,
]

function allowed(name: string): boolean {
  return SCANNER_ENV_ALLOWED.some((a) => (typeof a === 'string' ? a === name : a.test(name)))
}

/** The job environment reduced to {@link SCANNER_ENV_ALLOWED}, plus what the engine passes on purpose. */
export function scannerEnv(
  base: NodeJS.ProcessEnv,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || !allowed(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

const DEFAULT_TIMEOUT_MS = 30 * 60 * 1000
const STDERR_TAIL_BYTES = 16 * 1024
const KILL_GRACE_MS = 5_000
const MAX_PENDING_LINE = 64 * 1024

/** How often a long run says it is still running, so a quiet scanner never looks hung. */
const HEARTBEAT_MS = 15_000

export interface ExecOptions {
  /** Interval of the "still running" lines (default 15 s). */
  readonly heartbeatMs?: number
}

export function createExec(
  logger: Logger,
  baseEnv: NodeJS.ProcessEnv = process.env,
  options: ExecOptions = {},
): Exec {
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS
  return (request) =>
    new Promise((resolve, reject) => {
      const started = Date.now()
      const child = spawn(request.file, [...request.args], {
        cwd: request.cwd,
        env: scannerEnv(baseEnv, request.env),
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
        detached: process.platform !== 'win32',
      })
      const maxStdout = request.maxStdoutBytes ?? 256 * 1024 * 1024
      const stdoutChunks: Buffer[] = []
      let stdoutBytes = 0
      let stdoutTruncated = false
      let stderrTail = ''
      let timedOut = false
      let pendingOut = ''
      let pendingErr = ''

      const relayLines = (pending: string, chunk: string, flush: boolean): string => {
        const text = pending + chunk
        // A tool that never ends its line must not grow this buffer without bound: past the cap the
        // partial line is relayed as it stands (still prefixed, so still harmless).
        const cut =
          flush || text.length > MAX_PENDING_LINE
            ? text.length
            : Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1
        if (cut > 0) logger.relay(request.tool, text.slice(0, cut))
        return text.slice(cut)
      }

      child.stdout.on('data', (chunk: Buffer) => {
        if (stdoutBytes + chunk.length > maxStdout) {
          stdoutTruncated = true
          const room = maxStdout - stdoutBytes
          if (room > 0) stdoutChunks.push(chunk.subarray(0, room))
          stdoutBytes = maxStdout
        } else {
          stdoutChunks.push(chunk)
          stdoutBytes += chunk.length
        }
        if (request.relayStdout) pendingOut = relayLines(pendingOut, chunk.toString('utf8'), false)
      })
      child.stderr.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8')
        stderrTail = (stderrTail + text).slice(-STDERR_TAIL_BYTES)
        pendingErr = relayLines(pendingErr, text, false)
      })

      const kill = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined && process.platform !== 'win32')
            process.kill(-child.pid, signal)
          else child.kill(signal)
        } catch {
          // already gone
        }
      }
      const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS
      const timer = setTimeout(() => {
        timedOut = true
        kill('SIGTERM')
        setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS).unref()
      }, timeoutMs)

      const heartbeat = setInterval(() => {
        logger.info(
          `${request.tool}: still running, ${Math.round((Date.now() - started) / 1000)} s`,
        )
      }, heartbeatMs)
      heartbeat.unref()

      child.on('error', (error) => {
        clearTimeout(timer)
        clearInterval(heartbeat)
        reject(error)
      })
      child.on('close', (exitCode, signal) => {
        clearTimeout(timer)
        clearInterval(heartbeat)
        if (pendingOut) relayLines(pendingOut, '', true)
        if (pendingErr) relayLines(pendingErr, '', true)
        resolve({
          exitCode,
          signal,
          timedOut,
          stdout: Buffer.concat(stdoutChunks).toString('utf8'),
          stdoutTruncated,
          stderrTail,
          durationMs: Date.now() - started,
        })
      })
      if (request.stdin !== undefined) child.stdin.end(request.stdin)
      else child.stdin.end()
    })
}

/** One sentence describing how a process ended, for failed-scan reasons. */
export function describeExit(tool: string, result: ExecResult, timeoutMs?: number): string {
  if (result.timedOut)
    return `${tool} did not finish within ${Math.round((timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s and was stopped`
  if (result.signal) return `${tool} was killed by signal ${result.signal}`
  return `${tool} exited with code ${result.exitCode}`
}
