import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parsePolicy, parseWaivers } from '@portcullis/gate'
import {
  REPO,
  actionInterface,
  actionlint,
  classifyUses,
  isDict,
  isSelfReferenceFalsePositive,
  loadWorkflow,
  usesSites,
  workflowCallInterface,
  workflowFiles,
  type UsesSite,
  type Workflow,
} from './workflows.js'
import {
  allSnippets,
  allWorkflows,
  callerGrantProblems,
  checkoutProblems,
  lintProblems,
  pinProblems,
  scanOrderProblems,
  snippetKind,
  snippetWorkflow,
  type Snippet,
} from './rules.js'

const FILES = workflowFiles()
const SITES: UsesSite[] = FILES.flatMap((file) => usesSites(loadWorkflow(file)))

const SNIPPETS: Snippet[] = allSnippets()
const SNIPPET_WORKFLOWS: Workflow[] = SNIPPETS.flatMap((s) => snippetWorkflow(s) ?? [])
const ALL: Workflow[] = allWorkflows()

const FULL_SHA = /^[0-9a-f]{40}$/
const where = (s: UsesSite): string =>
  `${s.file} job ${s.job}${s.step === undefined ? '' : ` step ${s.step}`}: ${s.uses}`

describe('YAML snippets in the README and the docs', () => {
  it('are found in README.md, docs/ and the package READMEs', () => {
    const files = new Set(SNIPPETS.map((s) => s.where.replace(/:\d+$/, '')))
    for (const f of [
      'README.md',
      'action-catalog.md',
      'docs/pinning.md',
      'docs/permissions.md',
      'docs/reusable-workflow.md',
    ])
      expect(files, f).toContain(f)
    expect(SNIPPET_WORKFLOWS.filter((w) => w.file.startsWith('README.md:')).length).toBe(2)
  })

  it('are each a workflow, jobs, steps, a permissions block or a gate file, so none goes unchecked', () => {
    const unknown = SNIPPETS.filter((s) => snippetKind(parse(s.text)) === undefined)
    expect(unknown.map((s) => s.where)).toEqual([])
  })

  it('of a caller permissions block grant exactly what the reusable workflow asks for', () => {
    const blocks = SNIPPETS.filter((s) => snippetKind(parse(s.text)) === 'permissions')
    expect(blocks.some((s) => s.where.startsWith('docs/permissions.md:'))).toBe(true)
    expect(blocks.flatMap((s) => callerGrantProblems(s))).toEqual([])
  })

  it('of a gate policy or waivers file are read by the gate as they stand', () => {
    const files = SNIPPETS.filter((s) => snippetKind(parse(s.text)) === 'gate-file')
    expect(files.length).toBeGreaterThanOrEqual(2)
    for (const s of files) {
      const doc = parse(s.text) as Record<string, unknown>
      if (Array.isArray(doc.waivers)) {
        const now = new Date('2026-01-01T00:00:00Z')
        expect(() =>
          parseWaivers(s.text, s.where, { now, maxSpanDays: 90, warnDays: 14 }),
        ).not.toThrow()
      } else {
        expect(() => parsePolicy(s.text, s.where)).not.toThrow()
      }
    }
  })
})

describe('workflow files', () => {
  it('include the reusable workflow, CI and the four examples', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        '.github/workflows/portcullis.yml',
        '.github/workflows/ci.yml',
        'examples/pull-request.yml',
        'examples/push-and-nightly.yml',
        'examples/release.yml',
        'examples/monorepo.yml',
      ]),
    )
  })
})

describe('actionlint', () => {
  it('reports a broken workflow, so a clean result means something', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ inputs.nope }}',
      '      - uses: actions/checkout',
    ].join('\n')
    const errors = await actionlint(broken, 'broken.yml')
    expect(errors.map((e) => [e.line, e.kind])).toEqual(
      expect.arrayContaining([
        [6, 'expression'],
        [7, 'action'],
      ]),
    )
    // A remote action without a ref is not mistaken for a self-repository reference.
    expect(errors.filter(isSelfReferenceFalsePositive)).toEqual([])
  })

  it('sets aside only the `$/` self-reference message, and only without @ref', async () => {
    const wf = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: $/actions/scan-secrets',
    ].join('\n')
    const errors = await actionlint(wf, 'self.yml')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.line).toBe(6)
    expect(errors.every(isSelfReferenceFalsePositive)).toBe(true)
    expect(
      isSelfReferenceFalsePositive({
        kind: 'action',
        line: 1,
        column: 1,
        message:
          'specifying action "$/actions/x@v1" in invalid format because ref is missing. available formats are …',
      }),
    ).toBe(false)
  })

  it.each(FILES)('%s passes', async (file) => {
    expect(await lintProblems(loadWorkflow(file))).toEqual([])
  })

  it.each(SNIPPET_WORKFLOWS.map((w) => [w.file, w] as const))(
    'snippet %s passes',
    async (_, wf) => {
      expect(await lintProblems(wf)).toEqual([])
    },
  )
})

describe('scans in one job', () => {
  it('run each scan after the first with if: always(), in every workflow and snippet', () => {
    expect(ALL.flatMap(scanOrderProblems)).toEqual([])
  })
})

describe('checkout', () => {
  it('leaves no credentials behind in any workflow or snippet', () => {
    expect(ALL.flatMap(checkoutProblems)).toEqual([])
    const checkouts = ALL.flatMap((w) => usesSites(w)).filter((s) =>
      s.uses.startsWith('actions/checkout@'),
    )
    expect(checkouts.length).toBeGreaterThan(10)
  })
})

describe('pinning', () => {
  const thirdParty = SITES.flatMap((s) => {
    const ref = classifyUses(s.uses)
    return ref.kind === 'third-party' ? [{ site: s, ref }] : []
  })

  it('finds the third-party actions the workflows use', () => {
    expect(new Set(thirdParty.map((t) => t.ref.action))).toEqual(
      new Set([
        'actions/checkout',
        'actions/upload-artifact',
        'actions/download-artifact',
        'actions/cache/save',
        'actions/cache/restore',
      ]),
    )
  })

  it('pins actions, the suite and container images in every workflow and snippet', () => {
    expect(ALL.flatMap(pinProblems)).toEqual([])
  })

  it('pins each third-party action to one SHA and one version everywhere, snippets included', () => {
    const seen = new Map<string, Set<string>>()
    const all = ALL.flatMap((w) => usesSites(w)).flatMap((s) => {
      const ref = classifyUses(s.uses)
      return ref.kind === 'third-party' && FULL_SHA.test(ref.ref ?? '') ? [{ site: s, ref }] : []
    })
    for (const { site, ref } of all) {
      const set = seen.get(ref.action) ?? new Set<string>()
      set.add(`${ref.ref ?? ''} # ${site.comment}`)
      seen.set(ref.action, set)
    }
    const drift = [...seen].filter(([, pins]) => pins.size > 1).map(([a, p]) => `${a}: ${[...p]}`)
    expect(drift).toEqual([])
  })

  it('runs CI and the release in one Node 24 image, pinned by one digest', () => {
    const images = ['.github/workflows/ci.yml', '.github/workflows/release.yml'].flatMap((f) =>
      Object.values(loadWorkflow(f).jobs).flatMap((job) =>
        isDict(job.container) ? [String(job.container.image)] : [],
      ),
    )
    expect(images.length).toBe(4)
    expect(new Set(images).size).toBe(1)
    expect(images[0]).toMatch(/^node:24-bookworm@sha256:[0-9a-f]{64}$/)
  })
})

describe('references to the suite', () => {
  const suite = ALL.flatMap((w) => usesSites(w)).flatMap((s) => {
    const ref = classifyUses(s.uses)
    return ref.kind === 'suite-action' || ref.kind === 'suite-workflow' ? [{ site: s, ref }] : []
  })

  it('reach every action from the reusable workflow through `$/`', () => {
    const fromWorkflow = suite
      .filter(
        ({ site, ref }) =>
          site.file === '.github/workflows/portcullis.yml' && ref.kind === 'suite-action',
      )
      .map(({ ref }) => (ref.kind === 'suite-action' ? `${ref.via}${ref.name}` : ''))
    expect(new Set(fromWorkflow)).toEqual(
      new Set(
        [
          'scan-secrets',
          'scan-deps',
          'scan-iac',
          'scan-image',
          'sign-image',
          'compliance',
          'quality-gate',
        ].map((n) => `$/${n}`),
      ),
    )
  })

  it('use no other local paths', () => {
    const other = SITES.filter((s) => classifyUses(s.uses).kind === 'local-other').map(where)
    expect(other).toEqual([])
  })

  it('carry the placeholder `@<sha> # v1.x.y` wherever the examples and snippets name a release', () => {
    const outside = ALL.flatMap((w) => usesSites(w)).filter((s) => {
      const ref = classifyUses(s.uses)
      return (ref.kind === 'suite-action' || ref.kind === 'suite-workflow') && ref.ref !== undefined
    })
    expect(outside.length).toBeGreaterThan(10)
    expect(outside.filter((s) => !s.uses.endsWith('@<sha>') || s.comment !== 'v1.x.y')).toEqual([])
  })

  it('name an existing action and only the inputs its action.yml declares', () => {
    const problems: string[] = []
    for (const { site, ref } of suite) {
      if (ref.kind !== 'suite-action') continue
      const api = actionInterface(ref.name)
      if (!api) {
        problems.push(`${where(site)}: no actions/${ref.name}/action.yml`)
        continue
      }
      for (const key of Object.keys(site.with)) {
        if (!(key in api.inputs)) problems.push(`${where(site)}: unknown input '${key}'`)
      }
      for (const [key, spec] of Object.entries(api.inputs)) {
        if (spec.required && !spec.hasDefault && !(key in site.with)) {
          problems.push(`${where(site)}: required input '${key}' missing`)
        }
      }
    }
    expect(problems).toEqual([])
    expect(suite.filter(({ ref }) => ref.kind === 'suite-action').length).toBeGreaterThan(10)
  })

  it('call the reusable workflow with only the inputs and secrets it declares', () => {
    const problems: string[] = []
    const calls = suite.filter(({ ref }) => ref.kind === 'suite-workflow')
    for (const { site, ref } of calls) {
      if (ref.kind !== 'suite-workflow') continue
      const api = workflowCallInterface(ref.path)
      if (!api) {
        problems.push(`${where(site)}: ${ref.path} is not a reusable workflow here`)
        continue
      }
      for (const key of Object.keys(site.with)) {
        if (!(key in api.inputs)) problems.push(`${where(site)}: unknown input '${key}'`)
      }
      for (const key of Object.keys(site.secrets)) {
        if (!api.secrets.includes(key)) problems.push(`${where(site)}: unknown secret '${key}'`)
      }
    }
    expect(problems).toEqual([])
    expect(calls.length).toBeGreaterThanOrEqual(5)
  })

  it('read only outputs that the action or reusable workflow declares', () => {
    const problems: string[] = []
    for (const file of FILES) {
      const wf = loadWorkflow(file)
      // needs.<job>.outputs.<name> of jobs that call the reusable workflow
      for (const m of wf.text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const job = wf.jobs[m[1] ?? '']
        if (typeof job?.uses !== 'string') continue
        const ref = classifyUses(job.uses)
        if (ref.kind !== 'suite-workflow') continue
        const api = workflowCallInterface(ref.path)
        if (!api?.outputs.includes(m[2] ?? '')) problems.push(`${file}: ${m[0]}`)
      }
      // steps.<id>.outputs.<name> of steps that run a suite action, within the same job
      for (const [id, job] of Object.entries(wf.jobs)) {
        const byId = new Map<string, string>()
        for (const s of usesSites(wf).filter((x) => x.job === id && x.step !== undefined)) {
          const step = (job.steps as unknown[])[s.step ?? -1] as { id?: unknown }
          const ref = classifyUses(s.uses)
          if (typeof step.id === 'string' && ref.kind === 'suite-action')
            byId.set(step.id, ref.name)
        }
        for (const m of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const action = byId.get(m[1] ?? '')
          if (action === undefined) continue
          if (!actionInterface(action)?.outputs.includes(m[2] ?? '')) {
            problems.push(`${file} job ${id}: ${m[0]} (${action})`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })
})

describe('the GHES copy of the reusable workflow', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567'
  const pin = (args: string[], input: string): string =>
    execFileSync('bash', [join(REPO, 'examples/ghes/pin-self-references.sh'), ...args], {
      input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    })

  it('pins every `$/` step to the mirrored suite at one SHA and lints clean without exceptions', async () => {
    const source = readFileSync(join(REPO, '.github/workflows/portcullis.yml'), 'utf8')
    const copy = pin(['my-org/portcullis', SHA], source)
    expect(copy).not.toMatch(/uses:\s*\$\//)
    const suiteSteps = [...copy.matchAll(/uses:\s*(my-org\/portcullis\/actions\/[a-z-]+)@(\S+)/g)]
    expect(suiteSteps.length).toBe([...source.matchAll(/uses:\s*\$\//g)].length)
    expect(new Set(suiteSteps.map((m) => m[2]))).toEqual(new Set([SHA]))
    for (const m of suiteSteps) {
      expect(actionInterface(m[1]?.split('/').pop() ?? '')).toBeDefined()
    }
    expect(await actionlint(copy, 'portcullis-ghes.yml')).toEqual([])
  })

  it('refuses a ref that is not a full commit SHA', () => {
    expect(() => pin(['my-org/portcullis', 'v1'], '')).toThrow(/full 40-character commit SHA/)
  })
})
