import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, loadWorkflow, type Workflow } from './workflows.js'
import {
  callerGrantProblems,
  checkoutProblems,
  lintProblems,
  permissionProblems,
  pinProblems,
  scanOrderProblems,
  snippetKind,
  snippetWorkflow,
  staticProblems,
  workflowFromText,
  yamlSnippets,
} from './rules.js'
import { parse } from 'yaml'

/*
 * Each rule the workflow tests hold everything to, shown failing on a broken copy: the README
 * section, example and CI file as they were before the rules existed (test/workflows/broken/), and
 * the current files and snippets with one thing broken each. A rule that passes these could not
 * have passed the repository by accident.
 */

const read = (path: string): string => readFileSync(join(REPO, path), 'utf8')

/** The workflow snippets of a markdown text, as the tests read README.md and docs/. */
function snippets(markdown: string, file: string): Workflow[] {
  return yamlSnippets(markdown, file).flatMap((s) => snippetWorkflow(s) ?? [])
}

/** A copy of a repository file with one replacement, which must apply. */
function broken(path: string, from: string | RegExp, to: string): string {
  const text = read(path)
  const out = text.replace(from, to)
  if (out === text)
    throw new Error(`${path}: '${String(from)}' not found; the broken copy is stale`)
  return out
}

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe("the README's workflow section before the rules", () => {
  const [workflow, call] = snippets(read('test/workflows/broken/readme-before.md'), 'README.md')

  it('has two workflow snippets, as the README had', () => {
    expect(workflow?.file).toBe('README.md:3')
    expect(call?.file).toBe('README.md:30')
  })

  it('is refused for write permissions at the top and none on the job', () => {
    expect(permissionProblems(workflow as Workflow)).toEqual([
      "README.md:3: grants contents: read, security-events: write, pull-requests: write at the top level; set 'permissions: {}' and grant per job",
      'README.md:3 job gate: no permissions block',
    ])
  })

  it('is refused for a checkout that keeps its token while scanners read the repository', () => {
    expect(checkoutProblems(workflow as Workflow)).toEqual([
      'README.md:3 job gate step 0: actions/checkout without persist-credentials: false',
    ])
  })

  it("is refused for the suite's actions by tag", () => {
    const problems = pinProblems(workflow as Workflow)
    expect(problems).toHaveLength(4)
    for (const action of ['scan-secrets', 'scan-deps', 'scan-iac', 'quality-gate']) {
      expect(problems.some((p) => p.includes(`actions/${action}@v1 # : pin the suite`))).toBe(true)
    }
  })

  it('is refused for scans that a failed scan before them would skip', () => {
    expect(scanOrderProblems(workflow as Workflow)).toEqual([
      'README.md:3 job gate step 2: OWNER/portcullis/actions/scan-deps@v1 after another scan without if: always()',
      'README.md:3 job gate step 3: OWNER/portcullis/actions/scan-iac@v1 after another scan without if: always()',
    ])
  })

  it('is refused for a reusable-workflow call without a permissions block and with a bare major', () => {
    expect(permissionProblems(call as Workflow)).toEqual([
      'README.md:30 job portcullis: no permissions block',
    ])
    expect(pinProblems(call as Workflow)).toEqual([
      "README.md:30 job portcullis: OWNER/portcullis/.github/workflows/portcullis.yml@<sha> # v1: pin the suite by commit SHA ('@<40-hex sha> # vX.Y.Z', or '@<sha> # v1.x.y' in examples)",
    ])
  })
})

describe('examples/release.yml before the rules', () => {
  const wf = loadWorkflow('test/workflows/broken/release-example-before.yml')

  it('is refused for the tag-pinned sign-image that runs with id-token and packages write', () => {
    const problems = pinProblems(wf)
    expect(problems).toContain(
      "test/workflows/broken/release-example-before.yml job sign: OWNER/portcullis/actions/sign-image@v1 # : pin the suite by commit SHA ('@<40-hex sha> # vX.Y.Z', or '@<sha> # v1.x.y' in examples)",
    )
    expect(problems.filter((p) => p.includes('portcullis.yml@v1'))).toHaveLength(2)
  })

  it('is refused for a write scope whose reason nobody wrote down', () => {
    expect(permissionProblems(wf)).toEqual([
      'test/workflows/broken/release-example-before.yml job promote: packages: write with no reason in a comment on its line',
    ])
  })
})

describe('.github/workflows/ci.yml before the rules', () => {
  it('is refused for jobs in node:20-bookworm by tag', () => {
    expect(pinProblems(loadWorkflow('test/workflows/broken/ci-before.yml'))).toEqual([
      "test/workflows/broken/ci-before.yml job test: container.image 'node:20-bookworm' is not pinned as name:tag@sha256:<digest>",
      "test/workflows/broken/ci-before.yml job actionlint: container.image 'node:20-bookworm' is not pinned as name:tag@sha256:<digest>",
    ])
  })
})

describe('current files with one thing broken', () => {
  it('a README snippet with a third-party action by tag, or by SHA without its version', () => {
    const byTag = snippets(
      broken('README.md', /actions\/checkout@[0-9a-f]{40} # v7\.0\.1/, 'actions/checkout@v7'),
      'README.md',
    )
    expect(byTag.flatMap(pinProblems)).toEqual([
      "README.md:26 job gate: actions/checkout@v7: pin by full commit SHA with '# vX.Y.Z' (comment: '')",
    ])
    const noVersion = snippets(
      broken('README.md', /(actions\/checkout@[0-9a-f]{40}) # v7\.0\.1/, '$1'),
      'README.md',
    )
    expect(noVersion.flatMap(pinProblems)).toHaveLength(1)
  })

  it('a README snippet with persist-credentials: true', () => {
    const wfs = snippets(
      broken('README.md', 'persist-credentials: false', 'persist-credentials: true'),
      'README.md',
    )
    expect(wfs.flatMap(checkoutProblems)).toEqual([
      'README.md:26 job gate step 0: actions/checkout without persist-credentials: false',
    ])
  })

  it('a README snippet with permissions at the top again', () => {
    const wfs = snippets(
      broken(
        'README.md',
        'permissions: {} # nothing by default',
        'permissions: write-all # nothing by default',
      ),
      'README.md',
    )
    expect(wfs.flatMap((w) => permissionProblems(w))).toEqual([
      "README.md:26: permissions 'write-all' is not a mapping of scopes",
    ])
  })

  it("a README reusable-workflow call that grants more, or less, than the workflow's jobs ask for", () => {
    const more = snippets(
      broken(
        'README.md',
        '      packages: read #',
        '      id-token: write\n      packages: read #',
      ),
      'README.md',
    )
    expect(more.flatMap((w) => permissionProblems(w))).toEqual([
      'README.md:62 job portcullis: grants id-token: write, which no job of .github/workflows/portcullis.yml asks for',
    ])
    const less = snippets(broken('README.md', /\n {6}packages: read #[^\n]*/, ''), 'README.md')
    expect(less.flatMap((w) => permissionProblems(w))).toEqual([
      'README.md:62 job portcullis: grants packages: none, .github/workflows/portcullis.yml asks for read',
    ])
  })

  it('a README reusable-workflow call by tag', () => {
    const wfs = snippets(
      broken('README.md', 'portcullis.yml@<sha> # v1.x.y', 'portcullis.yml@v1'),
      'README.md',
    )
    expect(wfs.flatMap(pinProblems)).toEqual([
      "README.md:62 job portcullis: OWNER/portcullis/.github/workflows/portcullis.yml@v1 # : pin the suite by commit SHA ('@<40-hex sha> # vX.Y.Z', or '@<sha> # v1.x.y' in examples)",
    ])
  })

  it('a README snippet actionlint rejects, reported at its line in README.md', async () => {
    const text = broken(
      'README.md',
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    timeout-minutes: soon\n',
    )
    const problems = (await Promise.all(snippets(text, 'README.md').map(lintProblems))).flat()
    expect(problems).toHaveLength(1)
    const line = text.split('\n').indexOf('    timeout-minutes: soon') + 1
    expect(problems[0]).toMatch(new RegExp(`^README\\.md:${line}:\\d+: `))
  })

  it('the generated catalog with its examples by tag, as it was generated before', () => {
    const text = read('action-catalog.md').replaceAll('@<sha> # v1.x.y', '@v1')
    const problems = snippets(text, 'action-catalog.md').flatMap(pinProblems)
    expect(problems).toHaveLength(7)
    expect(problems.every((p) => p.includes('@v1 # : pin the suite by commit SHA'))).toBe(true)
  })

  it('a docs list of steps with the suite by version tag', () => {
    const wfs = snippets(
      broken('docs/pinning.md', 'scan-secrets@<sha> # v1.x.y', 'scan-secrets@v1.2.3'),
      'docs/pinning.md',
    )
    expect(wfs.flatMap(pinProblems)).toHaveLength(1)
    expect(wfs.flatMap(pinProblems)[0]).toMatch(/scan-secrets@v1\.2\.3 # : pin the suite/)
  })

  it('a docs reusable-workflow call that lacks the scope a called job asks for', () => {
    const wfs = snippets(
      broken('docs/reusable-workflow.md', /\n {6}pull-requests: write/, ''),
      'docs/reusable-workflow.md',
    )
    expect(wfs.flatMap((w) => permissionProblems(w))).toEqual([
      'docs/reusable-workflow.md:5 job security: grants pull-requests: none, .github/workflows/portcullis.yml asks for write',
    ])
  })

  it("docs/permissions.md's caller block without packages: read", () => {
    const text = broken('docs/permissions.md', /\n {2}packages: read\n```/, '\n```')
    const blocks = yamlSnippets(text, 'docs/permissions.md').filter(
      (s) => snippetKind(parse(s.text)) === 'permissions',
    )
    expect(blocks.flatMap((s) => callerGrantProblems(s))).toEqual([
      `${blocks[0]?.where ?? ''} job call: grants packages: none, .github/workflows/portcullis.yml asks for read`,
    ])
  })

  it('a YAML block the rules do not know is not silently skipped', () => {
    expect(snippetKind(parse('foo: bar\n'))).toBeUndefined()
    expect(snippetKind(parse('- name: no uses or run\n'))).toBeUndefined()
  })

  it('an example that calls the suite by a full SHA with its version passes, by a SHA alone fails', () => {
    const pinned = workflowFromText(
      broken(
        'examples/pull-request.yml',
        'portcullis.yml@<sha> # v1.x.y',
        `portcullis.yml@${SHA} # v1.2.3`,
      ),
      'examples/pull-request.yml',
    )
    expect(staticProblems(pinned)).toEqual([])
    const bare = workflowFromText(
      broken('examples/pull-request.yml', 'portcullis.yml@<sha> # v1.x.y', `portcullis.yml@${SHA}`),
      'examples/pull-request.yml',
    )
    expect(pinProblems(bare)).toHaveLength(1)
  })

  it('a job image or service by tag, and a docker:// action by tag', () => {
    const ci = workflowFromText(
      broken(
        '.github/workflows/ci.yml',
        /node:24-bookworm@sha256:[0-9a-f]{64}/,
        'node:24-bookworm',
      ),
      'ci.yml',
    )
    expect(pinProblems(ci)).toEqual([
      "ci.yml job test: container.image 'node:24-bookworm' is not pinned as name:tag@sha256:<digest>",
    ])
    const services = workflowFromText(
      broken(
        'examples/pull-request.yml',
        '    permissions: {}\n    steps:',
        '    permissions: {}\n    services:\n      registry:\n        image: registry:2\n    steps:\n      - uses: docker://alpine:3.20',
      ),
      'examples/pull-request.yml',
    )
    expect(pinProblems(services)).toEqual([
      'examples/pull-request.yml job verdict: docker://alpine:3.20: pin the image by digest',
      "examples/pull-request.yml job verdict: services.registry.image 'registry:2' is not pinned as name:tag@sha256:<digest>",
    ])
  })

  it('a write scope no step of the job uses', () => {
    const gate = workflowFromText(
      broken(
        'examples/monorepo.yml',
        'pull-requests: write # one sticky comment for the whole monorepo',
        'pull-requests: write # one sticky comment for the whole monorepo\n      security-events: write\n      id-token: write # sign',
      ),
      'examples/monorepo.yml',
    )
    expect(permissionProblems(gate)).toEqual([
      'examples/monorepo.yml job gate: security-events: write, but no step of the job uses it',
      'examples/monorepo.yml job gate: id-token: write, but no step of the job uses it',
    ])
    const noComment = workflowFromText(
      broken(
        '.github/workflows/release.yml',
        'contents: write # the release and the major tag; nothing else',
        'contents: write',
      ),
      'release.yml',
    )
    expect(permissionProblems(noComment)).toEqual([
      'release.yml job publish: contents: write with no reason in a comment on its line',
    ])
  })

  it('a checkout in the reusable workflow that keeps its token', () => {
    const wf = workflowFromText(
      broken(
        '.github/workflows/portcullis.yml',
        /(\n {6}- uses: actions\/checkout@[^\n]+\n {8}with:\n) {10}persist-credentials: false\n/,
        '$1          clean: true\n',
      ),
      'portcullis.yml',
    )
    expect(checkoutProblems(wf)).toHaveLength(1)
  })
})
