import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { readInputs } from '@portcullis/action-kit'
import { runScan } from '@portcullis/scan'
import { INPUTS } from '../../actions/scan-iac/src/inputs.js'
import { ENGINES } from '../../actions/scan-iac/src/run.js'
import { deepJson, hostileTemp, TRIVY_FAKE } from '../support/hostile.js'
import { REPO_ROOT } from '../support/runner.js'
import { faultMatrix, payloadFile } from './fault-matrix.js'

/** Recorded from trivy 0.44.1 (`fs --scanners secret,config`); see its README. */
const SAMPLE = join(REPO_ROOT, 'test/scanners/trivy/recorded/trivy-0.44.1-fs-secret-config.json')

faultMatrix({
  action: 'scan-iac',
  tool: TRIVY_FAKE,
  toolInput: 'trivy-path',
  inputs: () => ({ engine: 'trivy', path: '.' }),
  workspace: () => {
    const ws = hostileTemp('faults-iac-ws-')
    payloadFile(ws, 'Dockerfile', 'FROM alpine:3.19\nRUN apk add curl\n')
    return ws
  },
  payloads: (dir) => {
    const sample = join(dir, 'sample.json')
    copyFileSync(SAMPLE, sample)
    const deep = deepJson(
      (inner) =>
        `{"SchemaVersion":2,"ArtifactName":".","ArtifactType":"filesystem","Results":[${inner}]}`,
    )
    return { sample, deep: payloadFile(dir, 'deep.json', deep) }
  },
  pipeline: (io, binary, timeoutMinutes) => {
    const raw: Record<string, string> = { engine: 'trivy', 'upload-sarif': 'false' }
    const inputs = { ...readInputs(INPUTS, (n) => raw[n]), timeoutMinutes }
    return runScan(
      { action: 'scan-iac', engines: ENGINES, inputs, target: { kind: 'path', name: '.' } },
      io,
      { install: () => Promise.resolve(binary) },
    )
  },
})
