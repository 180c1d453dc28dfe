import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  REPO,
  actionInterface,
  actionlint,
  classifyUses,
  isSelfReferenceFalsePositive,
  loadWorkflow,
  usesSites,
  workflowCallInterface,
  workflowFiles,
  type UsesSite,
} from './workflows.js'

const FILES = workflowFiles()
const SITES: UsesSite[] = FILES.flatMap((file) => usesSites(loadWorkflow(file)))
const where = (s: UsesSite): string =>
  `${s.file} job ${s.job}${s.step === undefined ? '' : ` step ${s.step}`}: ${s.uses}`

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
    const text = readFileSync(join(REPO, file), 'utf8')
    const errors = (await actionlint(text, file)).filter((e) => !isSelfReferenceFalsePositive(e))
    expect(errors.map((e) => `${file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`)).toEqual([])
  })
})

describe('pinning', () => {
  const thirdParty = SITES.flatMap((s) => {
    const ref = classifyUses(s.uses)
    return ref.kind === 'third-party' ? [{ site: s, ref }] : []
  })

  it('finds the third-party actions the workflows use', () => {
    expect(new Set(thirdParty.map((t) => t.ref.action))).toEqual(
      new Set(['actions/checkout', 'actions/upload-artifact', 'actions/download-artifact']),
    )
  })

  it('pins every third-party action by a full commit SHA with its version in a comment', () => {
    const bad = thirdParty
      .filter(
        ({ site, ref }) =>
          !/^[0-9a-f]{40}$/.test(ref.ref ?? '') || !/^v\d+\.\d+\.\d+$/.test(site.comment),
      )
      .map(({ site }) => `${where(site)} # ${site.comment}`)
    expect(bad).toEqual([])
  })

  it('pins each third-party action to one SHA and one version everywhere', () => {
    const seen = new Map<string, Set<string>>()
    for (const { site, ref } of thirdParty) {
      const set = seen.get(ref.action) ?? new Set<string>()
      set.add(`${ref.ref ?? ''} # ${site.comment}`)
      seen.set(ref.action, set)
    }
    const drift = [...seen].filter(([, pins]) => pins.size > 1).map(([a, p]) => `${a}: ${[...p]}`)
    expect(drift).toEqual([])
  })

  it('pins container images in `uses: docker://` by digest', () => {
    const bad = SITES.filter((s) => {
      const ref = classifyUses(s.uses)
      return ref.kind === 'docker' && !/@sha256:[0-9a-f]{64}$/.test(ref.image)
    }).map(where)
    expect(bad).toEqual([])
  })
})

describe('references to the suite', () => {
  const suite = SITES.flatMap((s) => {
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

  it('carry no @ref on `./` or `$/`, and a SHA or a version tag on owner/portcullis', () => {
    const bad = suite
      .filter(({ site, ref }) => {
        if (ref.via === './' || ref.via === '$/') return site.uses.includes('@')
        return !/^([0-9a-f]{40}|v\d+(\.\d+\.\d+)?)$/.test(ref.ref ?? '')
      })
      .map(({ site }) => where(site))
    expect(bad).toEqual([])
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
