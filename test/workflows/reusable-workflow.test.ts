import { describe, expect, it } from 'vitest'
import { allWorkflows, permissionProblems, reusableWorkflowNeeds } from './rules.js'
import {
  classifyUses,
  loadWorkflow,
  permissionsOf,
  steps,
  usesSites,
  workflowFiles,
  type Dict,
  type PermissionLevel,
} from './workflows.js'

const REUSABLE = '.github/workflows/portcullis.yml'
const wf = loadWorkflow(REUSABLE)
const on = wf.doc.on as Dict
const call = on.workflow_call as Dict
const inputs = call.inputs as Record<string, Dict>

/** The suite actions a job runs, by name. */
function actionsOf(job: Dict): string[] {
  return steps(job).flatMap((s) => {
    if (typeof s.uses !== 'string') return []
    const ref = classifyUses(s.uses)
    return ref.kind === 'suite-action' ? [ref.name] : []
  })
}

const UPLOADS_SARIF = new Set(['scan-secrets', 'scan-deps', 'scan-iac', 'scan-image', 'compliance'])

describe('the reusable workflow', () => {
  it('takes the inputs an organisation sets, with the action defaults', () => {
    for (const name of ['system-level', 'stage', 'image', 'sign', 'compliance-profile', 'paths']) {
      expect(inputs, name).toHaveProperty(name)
    }
    expect(inputs['system-level']).toMatchObject({ type: 'number', default: 3 })
    expect(inputs.stage).toMatchObject({ type: 'string', default: 'code' })
    expect(inputs.sign).toMatchObject({ type: 'boolean', default: false })
    expect(inputs['risk-threshold']).toMatchObject({ type: 'number', default: 75 })
    expect(inputs.fail).toMatchObject({ type: 'boolean', default: true })
    expect(inputs.mode).toMatchObject({ type: 'string', default: 'all' })
    for (const [name, spec] of Object.entries(inputs)) {
      expect(typeof spec.description, `${name} has a description`).toBe('string')
    }
  })

  it('gives the verdict and the risk score as outputs of the gate job', () => {
    const outputs = call.outputs as Record<string, Dict>
    expect(outputs.verdict?.value).toBe('${{ jobs.gate.outputs.verdict }}')
    expect(outputs['risk-score']?.value).toBe('${{ jobs.gate.outputs.risk-score }}')
    const gateOutputs = wf.jobs.gate?.outputs as Dict
    expect(gateOutputs.verdict).toBe('${{ steps.verdict.outputs.verdict }}')
    expect(gateOutputs['risk-score']).toBe('${{ steps.gate.outputs.risk-score }}')
  })

  it('runs each scan as its own job and the gate last, after all of them, whatever happened', () => {
    const gate = wf.jobs.gate as Dict
    expect(actionsOf(gate)).toEqual(['quality-gate'])
    expect(gate.if).toBe('always()')
    const others = Object.keys(wf.jobs).filter((id) => id !== 'gate')
    expect(new Set(gate.needs as string[])).toEqual(new Set(others))
    const scans = Object.entries(wf.jobs).flatMap(([id, job]) =>
      actionsOf(job).map((a) => `${id}:${a}`),
    )
    expect(new Set(scans)).toEqual(
      new Set([
        'db:scan-deps',
        'secrets:scan-secrets',
        'deps:scan-deps',
        'iac:scan-iac',
        'image:scan-image',
        'signature:sign-image',
        'compliance:compliance',
        'gate:quality-gate',
      ]),
    )
    expect(wf.jobs.image?.if).toBe("inputs.image != ''")
    expect(wf.jobs.signature?.if).toBe('inputs.sign')
  })

  it('hands every scan report to the gate as an artifact, also when the scan failed', () => {
    for (const [id, job] of Object.entries(wf.jobs)) {
      // The db job runs scan-deps on an empty workspace only to fetch the DB: no report to hand on.
      if (id === 'db') continue
      const scan = steps(job).find((s) => {
        const ref = typeof s.uses === 'string' ? classifyUses(s.uses) : undefined
        return ref?.kind === 'suite-action' && ref.name !== 'quality-gate'
      })
      if (!scan) continue
      const outputDir = (scan.with as Dict)['output-dir']
      const upload = steps(job).find(
        (s) => typeof s.uses === 'string' && s.uses.startsWith('actions/upload-artifact@'),
      )
      expect(upload, `${id} uploads its findings`).toBeDefined()
      expect(upload?.if, `${id} uploads always`).toBe('always()')
      const w = upload?.with as Dict
      expect(w.path, `${id} uploads the folder its scan wrote`).toBe(outputDir)
      expect(String(w.name)).toMatch(/^\$\{\{ inputs\.name \}\}-findings-/)
    }
    const download = steps(wf.jobs.gate as Dict).find(
      (s) => typeof s.uses === 'string' && s.uses.startsWith('actions/download-artifact@'),
    )
    const gateStep = steps(wf.jobs.gate as Dict).find((s) => s.id === 'gate')
    expect((download?.with as Dict).pattern).toBe('${{ inputs.name }}-findings-*')
    expect((gateStep?.with as Dict).findings).toBe((download?.with as Dict).path)
  })

  it('fails the verdict when a scan job failed or the gate gave none', () => {
    const verdict = steps(wf.jobs.gate as Dict).find((s) => s.id === 'verdict') as Dict
    expect(verdict.if).toBe('always()')
    expect((verdict.env as Dict).JOB_FAILED).toBe(
      "${{ contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled') }}",
    )
    expect(String(verdict.run)).toMatch(/verdict=fail\n/)
    expect(String(verdict.run)).toMatch(
      /if \[ "\$GATE_VERDICT" = pass \] && \[ "\$JOB_FAILED" = false \]; then verdict=pass; fi/,
    )
  })
})

describe('the trivy DB, fetched once and handed to every scan', () => {
  const db = wf.jobs.db as Dict
  const fetch = steps(db).find((s) => s.id === 'fetch') as Dict
  const save = steps(db).find(
    (s) => typeof s.uses === 'string' && s.uses.startsWith('actions/cache/save@'),
  ) as Dict

  it('is fetched and checked by scan-deps (db inputs passed on, nothing uploaded) in a job of its own', () => {
    expect(fetch.uses).toBe('$/actions/scan-deps')
    expect(fetch.with).toMatchObject({
      'db-repository': '${{ inputs.db-repository }}',
      'db-max-age': '${{ inputs.db-max-age }}',
      'db-digest': '${{ inputs.db-digest }}',
      'upload-sarif': false,
    })
    expect(db.outputs).toEqual({ digest: '${{ steps.pack.outputs.digest }}' })
    expect(String((steps(db).find((s) => s.id === 'pack') as Dict).run)).toContain(
      'sha256sum "$db/trivy.db"',
    )
  })

  it('is cached under the digest of its trivy.db, and restored by exactly that key or not at all', () => {
    const path = '${{ runner.temp }}/portcullis-trivy-db.tar.gz'
    expect(save.with).toEqual({ path, key: 'portcullis-trivy-db-${{ steps.pack.outputs.digest }}' })
    const scans = { deps: 'deps-engine', image: 'image-engine', compliance: 'compliance-engine' }
    for (const [id, engine] of Object.entries(scans)) {
      const job = wf.jobs[id] as Dict
      expect(job.needs, id).toContain('db')
      const restore = steps(job).find(
        (s) => typeof s.uses === 'string' && s.uses.startsWith('actions/cache/restore@'),
      ) as Dict
      expect(restore, id).toBeDefined()
      expect(restore.if, id).toBe(`inputs.${engine} == 'trivy'`)
      // No restore-keys: a nearby key would hand over some other DB.
      expect(restore.with, id).toEqual({
        path,
        key: 'portcullis-trivy-db-${{ needs.db.outputs.digest }}',
        'fail-on-cache-miss': true,
      })
      const scan = steps(job).find((s) => s.id === 'scan' || s.id === 'check') as Dict
      expect(scan.with, id).toMatchObject({
        'db-archive': `\${{ inputs.${engine} == 'trivy' && format('{0}/portcullis-trivy-db.tar.gz', runner.temp) || '' }}`,
        'db-digest': '${{ needs.db.outputs.digest }}',
        'db-max-age': '${{ inputs.db-max-age }}',
      })
      expect(scan.with as Dict, id).not.toHaveProperty('db-repository')
    }
  })

  it('passes on the scan inputs a team sets', () => {
    const withOf = (job: string, id: string) =>
      steps(wf.jobs[job] as Dict).find((s) => s.id === id)?.with as Dict
    expect(withOf('deps', 'scan')).toMatchObject({
      engine: '${{ inputs.deps-engine }}',
      'ignore-unfixed': '${{ inputs.ignore-unfixed }}',
      'skip-dirs': '${{ inputs.exclude }}\n${{ inputs.skip-dirs }}',
      'skip-files': '${{ inputs.skip-files }}',
    })
    expect(withOf('iac', 'scan')).toMatchObject({
      engine: '${{ inputs.iac-engine }}',
      'skip-dirs': '${{ inputs.exclude }}\n${{ inputs.skip-dirs }}',
      'skip-files': '${{ inputs.skip-files }}',
      'skip-checks': '${{ inputs.skip-checks }}',
      tfvars: '${{ inputs.tfvars }}',
    })
    expect(withOf('image', 'scan')).toMatchObject({
      engine: '${{ inputs.image-engine }}',
      'ignore-unfixed': '${{ inputs.ignore-unfixed }}',
    })
    expect(withOf('gate', 'gate')).toMatchObject({ 'fail-on': '${{ inputs.fail-on }}' })
    expect(inputs['db-max-age']).toMatchObject({ type: 'string', default: '3d' })
    expect(inputs['ignore-unfixed']).toMatchObject({ type: 'boolean', default: false })
  })
})

describe('permissions', () => {
  const perms = Object.fromEntries(
    Object.entries(wf.jobs).map(([id, job]) => [id, permissionsOf(job) ?? {}]),
  ) as Record<string, Record<string, PermissionLevel>>

  it('are minimal in every workflow, example and snippet: nothing at the top, each job what it uses', () => {
    const all = allWorkflows()
    expect(all.filter((w) => /\.md:\d+$/.test(w.file)).length).toBeGreaterThanOrEqual(5)
    expect(all.flatMap((w) => permissionProblems(w))).toEqual([])
  })

  it('gives security-events write only to jobs that upload SARIF, the comment only to the gate', () => {
    for (const [id, job] of Object.entries(wf.jobs)) {
      const p = perms[id] ?? {}
      // The db job's scan-deps fetches the DB with upload-sarif off (checked below).
      const uploads = id !== 'db' && actionsOf(job).some((a) => UPLOADS_SARIF.has(a))
      expect(p['security-events'] === 'write', `${id} security-events`).toBe(uploads)
      expect(p['pull-requests'] === 'write', `${id} pull-requests`).toBe(id === 'gate')
      const writes = Object.entries(p)
        .filter(([, level]) => level === 'write')
        .map(([s]) => s)
      expect(
        writes.every((s) => s === 'security-events' || s === 'pull-requests'),
        id,
      ).toBe(true)
      expect(p['id-token'], `${id} id-token`).toBeUndefined()
      // Only the jobs that pull the image read packages (a private GHCR image).
      expect(p.packages, `${id} packages`).toBe(
        id === 'image' || id === 'signature' ? 'read' : undefined,
      )
    }
    expect(perms.plan).toEqual({})
    expect(perms.db).toEqual({})
    expect(perms.signature).toEqual({ contents: 'read', packages: 'read' })
  })

  it('keeps id-token write to the one job that signs keylessly', () => {
    const holders = workflowFiles().flatMap((file) => {
      const w = loadWorkflow(file)
      return Object.entries(w.jobs)
        .filter(([, job]) => permissionsOf(job)?.['id-token'] === 'write')
        .map(([id, job]) => ({ where: `${file}:${id}`, actions: actionsOf(job) }))
    })
    expect(holders.map((h) => h.where)).toEqual(['examples/release.yml:sign'])
    expect(holders[0]?.actions).toEqual(['sign-image'])
  })

  it('has every caller grant exactly what the reusable workflow asks for', () => {
    expect(reusableWorkflowNeeds(REUSABLE)).toEqual({
      contents: 'read',
      'security-events': 'write',
      'pull-requests': 'write',
      packages: 'read',
    })
    const calls = workflowFiles().flatMap((file) =>
      usesSites(loadWorkflow(file)).filter(
        (s) => s.step === undefined && classifyUses(s.uses).kind === 'suite-workflow',
      ),
    )
    expect(calls.length).toBeGreaterThanOrEqual(5)
    // permissionProblems (above) holds each of these calls to that union, neither less nor more.
  })
})
