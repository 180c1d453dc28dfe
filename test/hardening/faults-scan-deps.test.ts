import { readInputs } from '@portcullis/action-kit'
import { runScan } from '@portcullis/scan'
import { INPUTS } from '../../actions/scan-deps/src/inputs.js'
import { ENGINES } from '../../actions/scan-deps/src/run.js'
import { readCorpus } from '../support/corpus.js'
import { deepJson, hostileTemp, OSV_SCANNER_FAKE } from '../support/hostile.js'
import { faultMatrix, payloadFile } from './fault-matrix.js'

/**
 * scan-deps with the osv-scanner engine: its trivy engine checks the vulnerability DB around the
 * run, which a stand-in cannot satisfy without a built DB; trivy's report handling is the one
 * scan-iac's matrix exercises (reportWritten and the stream parser are shared).
 */
faultMatrix({
  action: 'scan-deps',
  tool: OSV_SCANNER_FAKE,
  toolInput: 'osv-scanner-path',
  inputs: () => ({ engine: 'osv-scanner', path: '.' }),
  workspace: () => {
    const ws = hostileTemp('faults-deps-ws-')
    payloadFile(ws, 'package.json', '{"name":"app","version":"1.0.0"}\n')
    return ws
  },
  payloads: (dir) => ({
    // A real osv-scanner report from the shared corpus (one malicious-package advisory).
    sample: payloadFile(
      dir,
      'sample.json',
      readCorpus('osv-scanner/json/dd-osv-some_findings.json'),
    ),
    deep: payloadFile(
      dir,
      'deep.json',
      deepJson((inner) => `{"results":[${inner}]}`),
    ),
  }),
  pipeline: (io, binary, timeoutMinutes) => {
    const raw: Record<string, string> = { engine: 'osv-scanner', 'upload-sarif': 'false' }
    const inputs = { ...readInputs(INPUTS, (n) => raw[n]), timeoutMinutes }
    return runScan(
      { action: 'scan-deps', engines: ENGINES, inputs, target: { kind: 'path', name: '.' } },
      io,
      { install: () => Promise.resolve(binary) },
    )
  },
})
