import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { readInputs } from '@portcullis/action-kit'
import { runScan } from '@portcullis/scan'
import { INPUTS } from '../../actions/scan-secrets/src/inputs.js'
import { ENGINES } from '../../actions/scan-secrets/src/run.js'
import { deepJson, hostileTemp, GITLEAKS_FAKE } from '../support/hostile.js'
import { REPO_ROOT } from '../support/runner.js'
import { faultMatrix, payloadFile } from './fault-matrix.js'

/** Recorded from gitleaks 8.16.0 (`detect --no-git --redact`); see its README. */
const SAMPLE = join(REPO_ROOT, 'test/scanners/gitleaks/recorded/gitleaks-8.16.0-no-git-redact.json')

faultMatrix({
  action: 'scan-secrets',
  tool: GITLEAKS_FAKE,
  toolInput: 'gitleaks-path',
  inputs: () => ({ mode: 'dir' }),
  workspace: () => {
    const ws = hostileTemp('faults-secrets-ws-')
    payloadFile(ws, 'README.md', '# app\n')
    return ws
  },
  payloads: (dir) => {
    const sample = join(dir, 'sample.json')
    copyFileSync(SAMPLE, sample)
    return {
      sample,
      deep: payloadFile(
        dir,
        'deep.json',
        deepJson((inner) => `[${inner}]`),
      ),
    }
  },
  pipeline: (io, binary, timeoutMinutes) => {
    const raw: Record<string, string> = { mode: 'dir', 'upload-sarif': 'false' }
    const inputs = { ...readInputs(INPUTS, (n) => raw[n]), timeoutMinutes }
    return runScan(
      {
        action: 'scan-secrets',
        engines: ENGINES,
        inputs,
        target: { kind: 'path', name: '.' },
      },
      io,
      { install: () => Promise.resolve(binary) },
    )
  },
})
