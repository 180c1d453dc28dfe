import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestEvent, pushEvent, sha } from '../support/events.js'
import { startGitHubApi } from '../support/github-api.js'
import {
  inputVariable,
  parseFileCommands,
  parseWorkflowCommands,
  REPO_ROOT,
  runAction,
} from '../support/runner.js'

// A tiny action built with ncc exactly as the real ones are, so the harness is proven on a bundle
// before any real action exists.
const ENTRY = `
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'

const who = core.getInput('who-am-i', { required: true })
const mode = core.getInput('mode')
core.setOutput('greeting', 'hello\\n' + who)
core.setOutput('github-vars', JSON.stringify(Object.keys(process.env).filter((k) => k.startsWith('GITHUB_') || k === 'LEAK_CHECK').sort()))
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'))
core.setOutput('head-sha', event.pull_request?.head?.sha ?? event.after ?? '')
core.setOutput('context', [process.env.GITHUB_REF, process.env.GITHUB_SHA, process.env.GITHUB_HEAD_REF ?? '-', process.cwd() === process.env.GITHUB_WORKSPACE, process.version].join(' '))
core.exportVariable('GREETED', who)
core.addPath('/opt/greeter/bin')
core.saveState('greeted-at', 'noon')
core.setSecret('s3cr3t-value')
core.warning('careful, colon: and comma, here', { file: 'src/a.ts', startLine: 3, title: 'T' })
console.log('::stop-commands::pause-token')
console.log('::error file=x.ts::this line is data, not a command')
console.log('::pause-token::')
core.notice('after the pause')
await core.summary.addHeading('Done').addRaw('who: ' + who).write()
if (mode === 'fail') core.setFailed('the gate said no')
if (mode === 'sleep') await new Promise((r) => setTimeout(r, 30_000))
if (mode === 'api') {
  const res = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY + '/issues/1/comments', {
    method: 'POST',
    headers: { authorization: 'token ' + core.getInput('token'), 'content-type': 'application/json' },
    body: JSON.stringify({ body: 'from the step' }),
  })
  core.setOutput('api-status', String(res.status))
}
`

let bundle = ''
beforeAll(() => {
  const dir = join(REPO_ROOT, '.tmp', 'harness')
  mkdirSync(dir, { recursive: true })
  const work = mkdtempSync(join(dir, 'probe-'))
  writeFileSync(join(work, 'entry.ts'), ENTRY)
  execFileSync('npx', ['ncc', 'build', join(work, 'entry.ts'), '-o', join(work, 'out'), '-q'], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  })
  bundle = join(work, 'out', 'index.js')
})

describe('runAction', () => {
  let leak: string | undefined
  beforeAll(() => {
    leak = process.env.GITHUB_TOKEN
    process.env.GITHUB_TOKEN = 'ghs_from_the_test_process'
    process.env.LEAK_CHECK = '1'
  })
  afterAll(() => {
    if (leak === undefined) delete process.env.GITHUB_TOKEN
    else process.env.GITHUB_TOKEN = leak
    delete process.env.LEAK_CHECK
  })

  it('passes inputs, collects outputs, env, path, state, summary and annotations', async () => {
    const result = await runAction('probe', { bundle, inputs: { 'who-am-i': 'octocat' } })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.greeting).toBe('hello\noctocat')
    expect(result.exportedEnv).toEqual({ GREETED: 'octocat' })
    expect(result.addedPath).toEqual(['/opt/greeter/bin'])
    expect(result.state).toEqual({ 'greeted-at': 'noon' })
    expect(result.summary).toContain('<h1>Done</h1>')
    expect(result.summary).toContain('who: octocat')
    expect(result.masks).toEqual(['s3cr3t-value'])
    expect(result.annotations).toEqual([
      {
        command: 'warning',
        properties: { file: 'src/a.ts', line: '3', title: 'T' },
        message: 'careful, colon: and comma, here',
        line: expect.any(Number) as number,
        form: 'v2',
        stream: 'stdout',
      },
      {
        command: 'notice',
        properties: {},
        message: 'after the pause',
        line: expect.any(Number) as number,
        form: 'v2',
        stream: 'stdout',
      },
    ])
    // The line between stop-commands and its token is plain log text.
    expect(result.stdout).toContain('::error file=x.ts::this line is data')
    expect(result.commands.some((c) => c.command === 'error')).toBe(false)
  })

  it('runs under Node 24 with the runner context and nothing inherited', async () => {
    const event = pushEvent({ after: sha('pushed') })
    const result = await runAction('probe', { bundle, inputs: { 'who-am-i': 'x' }, event })
    const vars = JSON.parse(result.outputs['github-vars'] ?? '[]') as string[]
    expect(vars).not.toContain('GITHUB_TOKEN')
    expect(vars).not.toContain('LEAK_CHECK')
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_EVENT_PATH',
      'GITHUB_EVENT_NAME',
      'GITHUB_SHA',
      'GITHUB_REF',
      'GITHUB_REPOSITORY',
      'GITHUB_WORKSPACE',
      'GITHUB_API_URL',
      'GITHUB_SERVER_URL',
      'GITHUB_ACTIONS',
    ]) {
      expect(vars).toContain(name)
    }
    expect(result.env.RUNNER_TEMP).toBe(result.dirs.runnerTemp)
    expect(result.env.RUNNER_TOOL_CACHE).toBe(result.dirs.toolCache)
    expect(result.env.RUNNER_OS).toBe('Linux')
    expect(result.outputs.context).toMatch(
      new RegExp(`^refs/heads/main ${sha('pushed')} - true v24\\.`),
    )
    expect(result.outputs['head-sha']).toBe(sha('pushed'))
  })

  it('derives GITHUB_REF and GITHUB_SHA from a pull_request event as the runner does', async () => {
    const event = pullRequestEvent({ number: 7, headSha: sha('h'), mergeSha: sha('m') })
    const result = await runAction('probe', {
      bundle,
      inputs: { 'who-am-i': 'x' },
      event,
      eventName: 'pull_request',
    })
    expect(result.outputs.context).toMatch(new RegExp(`^refs/pull/7/merge ${sha('m')} feature `))
    expect(result.outputs['head-sha']).toBe(sha('h'))
  })

  it('reports a failed step and an uncaught error with exit code 1', async () => {
    const failed = await runAction('probe', { bundle, inputs: { 'who-am-i': 'x', mode: 'fail' } })
    expect(failed.exitCode).toBe(1)
    expect(failed.annotations.at(-1)).toMatchObject({
      command: 'error',
      message: 'the gate said no',
    })
    // The probe does not catch: Node prints the uncaught error and exits 1, with no annotation.
    const missing = await runAction('probe', { bundle })
    expect(missing.exitCode).toBe(1)
    expect(missing.stderr).toContain('Input required and not supplied: who-am-i')
    expect(missing.annotations).toEqual([])
  })

  it('points GITHUB_API_URL at the loopback stand-in', async () => {
    const api = await startGitHubApi()
    try {
      const result = await runAction('probe', {
        bundle,
        inputs: { 'who-am-i': 'x', mode: 'api', token: 'ghs_step_token' },
        apiUrl: api.url,
      })
      expect(result.outputs['api-status']).toBe('201')
      expect(api.requests.map((r) => [r.operationId, r.params.owner, r.params.repo])).toEqual([
        ['issues/create-comment', 'octo-org', 'hello-world'],
      ])
      expect(api.violations).toEqual([])
      expect(JSON.stringify(api.requests)).not.toContain('ghs_step_token')
    } finally {
      await api.close()
    }
  })

  it('kills a step that outlives its timeout', async () => {
    const result = await runAction('probe', {
      bundle,
      inputs: { 'who-am-i': 'x', mode: 'sleep' },
      timeoutMs: 1500,
    })
    expect(result.timedOut).toBe(true)
    expect(result.signal).toBe('SIGKILL')
    expect(result.outputs.greeting).toBe('hello\nx')
  })
})

describe('runner contract helpers', () => {
  it('keeps hyphens in input variable names', () => {
    expect(inputVariable('upload-sarif')).toBe('INPUT_UPLOAD-SARIF')
    expect(inputVariable('fail on')).toBe('INPUT_FAIL_ON')
  })

  it('parses name=value lines and heredoc blocks', () => {
    const text = 'a=1\nb<<EOF_1\nline 1\nx=y\nEOF_1\nc=has<<inside\n'
    expect(parseFileCommands(text)).toEqual({ a: '1', b: 'line 1\nx=y', c: 'has<<inside' })
    expect(() => parseFileCommands('b<<EOF\nnever closed\n')).toThrow(/delimiter 'EOF'/)
  })

  it('unescapes workflow command data and properties', () => {
    const [cmd] = parseWorkflowCommands('  ::error file=a%2Cb.ts,line=2::first%0Asecond 100%25')
    expect(cmd).toEqual({
      command: 'error',
      properties: { file: 'a,b.ts', line: '2' },
      message: 'first\nsecond 100%',
      line: 1,
      form: 'v2',
    })
  })
})
