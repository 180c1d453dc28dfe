import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createExec,
  memoryLogger,
  readRunnerContext,
  type ActionIO,
  type Annotation,
} from '@portcullis/action-kit'

export interface FakeIO extends ActionIO {
  readonly outputs: Record<string, string>
  readonly summaries: string[]
  readonly annotations: Annotation[]
  readonly masked: string[]
  readonly lines: string[]
}

/** An ActionIO that records everything, over a real exec and a temporary runner layout. */
export function fakeIO(options: {
  workspace: string
  sha?: string
  env?: NodeJS.ProcessEnv
}): FakeIO {
  const temp = mkdtempSync(join(tmpdir(), 'runner-'))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    RUNNER_TEMP: join(temp, 'temp'),
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
    ...options.env,
  }
  const log = memoryLogger()
  const outputs: Record<string, string> = {}
  const summaries: string[] = []
  const annotations: Annotation[] = []
  const masked: string[] = []
  return {
    log,
    lines: log.lines,
    exec: createExec(log, env),
    context: readRunnerContext(env),
    env,
    outputs,
    summaries,
    annotations,
    masked,
    setOutput: (name, value) => {
      outputs[name] = typeof value === 'object' ? JSON.stringify(value) : String(value)
    },
    writeSummary: (markdown) => summaries.push(markdown),
    annotate: (a) => annotations.push(a),
    mask: (v) => masked.push(v),
  }
}
