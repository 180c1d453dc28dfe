import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCorpus } from '../../support/corpus.js'
import { REPO_ROOT, runAction } from '../../support/runner.js'
import { tempTree } from '../../gate/helpers.js'

// A workflow that runs CodeQL and semgrep, then gates their outputs: the built bundles, as a runner
// and a laptop run them.
const SHA = '2'.repeat(40)
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js')
const IMPORTS = 'sarif:results/codeql-python.sarif\nsemgrep-json:results/semgrep.json'
const STRICT = 'version: 1\nstages:\n  code: [sast]\n'
const LENIENT = `${STRICT}levels:\n  3:\n    allow: { critical: 5, high: 50, medium: 50, low: 50 }\nscore:\n  threshold: 0\n`

function checkout(): string {
  return tempTree({
    'results/codeql-python.sarif': readCorpus('generic-sarif/sarif/codeql-2.20.4-python.sarif'),
    'results/semgrep.json': readCorpus('semgrep/json/semgrep-1.73.0-vulpy.json'),
    '.portcullis/strict.yml': STRICT,
    '.portcullis/lenient.yml': LENIENT,
  })
}

describe('dist/quality-gate imports a CodeQL SARIF and a semgrep JSON', () => {
  it('fails on what they found, counted like any scan, and names both tools', async () => {
    const workspace = checkout()
    const result = await runAction('quality-gate', {
      workspace,
      sha: SHA,
      inputs: { import: IMPORTS, policy: '.portcullis/strict.yml', comment: 'false' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    expect(JSON.parse(result.outputs.counts!)).toEqual({
      critical: 1,
      high: 16,
      medium: 31,
      low: 0,
      info: 4,
    })
    const reasons = JSON.parse(result.outputs.reasons!) as { code: string }[]
    expect([...new Set(reasons.map((r) => r.code))]).toEqual([
      'matrix-exceeded',
      'score-below-threshold',
    ])
    expect(result.summary).toContain('Required for stage `code`: sast ✅')
    expect(result.summary).toContain(
      '| import | path results/codeql-python.sarif | CodeQL 2.20.4 | complete | 7 | 1/5/1/0/0 | codeql-python.sarif |',
    )
    expect(result.summary).toContain(
      '| import | path results/semgrep.json | semgrep 1.73.0 | complete | 45 | 0/11/30/0/4 | semgrep.json |',
    )
  })

  it('passes when the policy allows them', async () => {
    const result = await runAction('quality-gate', {
      workspace: checkout(),
      sha: SHA,
      // The action's risk-threshold input (default 75) wins over the policy's threshold.
      inputs: {
        import: IMPORTS,
        policy: '.portcullis/lenient.yml',
        'risk-threshold': '0',
        comment: 'false',
      },
    })
    expect(result.outputs.reasons).toBe('[]')
    expect(result.outputs.verdict).toBe('pass')
    expect(result.exitCode).toBe(0)
  })

  it('fails closed when an import is missing', async () => {
    const result = await runAction('quality-gate', {
      workspace: checkout(),
      sha: SHA,
      inputs: {
        import: `${IMPORTS}\nsarif:results/missing.sarif`,
        policy: '.portcullis/lenient.yml',
        'risk-threshold': '0',
        comment: 'false',
      },
    })
    expect(result.exitCode).toBe(1)
    expect(JSON.parse(result.outputs.reasons!)).toEqual([
      {
        code: 'missing-import',
        message:
          "import 'sarif:results/missing.sarif' matched no file; the tool's results are missing",
      },
    ])
  })
})

describe('dist/cli --import', () => {
  function cli(policy: string, ...extra: string[]) {
    return spawnSync(
      process.execPath,
      [
        CLI,
        'gate',
        '--import',
        'sarif:results/codeql-python.sarif',
        'semgrep-json:results/semgrep.json',
        ...extra,
        '--stage',
        'code',
        '--policy',
        policy,
        '--sha',
        SHA,
        '--cwd',
        checkout(),
      ],
      { encoding: 'utf8' },
    )
  }

  it('exits 1 on the strict policy and 0 on the lenient one, as the action decides', () => {
    const strict = cli('.portcullis/strict.yml')
    expect(strict.stderr).toBe('')
    expect(strict.status).toBe(1)
    expect(strict.stdout).toMatch(/^## ❌ Quality gate: FAIL/)
    expect(strict.stdout).toContain('| critical | 0 | 1 | ❌ over |')
    const lenient = cli('.portcullis/lenient.yml')
    expect(lenient.status).toBe(0)
    expect(lenient.stdout).toMatch(/^## ✅ Quality gate: PASS/)
  })

  it('exits 2 on an import line without a known format, naming the option', () => {
    const r = cli('.portcullis/lenient.yml', 'bandit:results/bandit.json')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/import.*'bandit:results\/bandit.json' is not FORMAT:PATH/)
  })
})
