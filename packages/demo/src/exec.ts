import { execFile } from 'node:child_process'

export interface ToolRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** A tool the demo runs did not do what it must; the message names the command and its stderr. */
export class DemoStepError extends Error {
  override readonly name = 'DemoStepError'
}

/** Runs a tool to completion and resolves with its exit code; rejects only when it cannot start or times out. */
export function runTool(
  path: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(
      path,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ exitCode: 0, stdout, stderr })
        if (typeof error.code === 'number') return resolve({ exitCode: error.code, stdout, stderr })
        reject(new DemoStepError(`${path} ${args[0] ?? ''}: ${error.message}`, { cause: error }))
      },
    )
  })
}

/** Runs a tool that must succeed; rejects with its stderr otherwise. */
export async function mustRun(
  what: string,
  path: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string> {
  const run = await runTool(path, args, options)
  if (run.exitCode !== 0) {
    const detail = run.stderr.trim() || run.stdout.trim()
    throw new DemoStepError(
      `${what} failed (exit code ${run.exitCode})${detail ? `: ${detail}` : ''}`,
    )
  }
  return run.stdout
}
