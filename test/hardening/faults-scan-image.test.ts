import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { readInputs } from '@portcullis/action-kit'
import { runScan } from '@portcullis/scan'
import { INPUTS } from '../../actions/scan-image/src/inputs.js'
import { ENGINES } from '../../actions/scan-image/src/run.js'
import { writeAppImage } from '../actions/scan-image/image-fixture.js'
import { deepJson, hostileTemp, TRIVY_FAKE } from '../support/hostile.js'
import { describeWithTools } from '../support/scanners.js'
import { faultMatrix, payloadFile } from './fault-matrix.js'

/**
 * scan-image with the trivy engine on an OCI layout in the workspace (`input`), so no registry is
 * involved. `scanners: secret` needs no vulnerability DB (with `vuln`, a stand-in that writes no
 * DB fails every case for that reason alone) and `sbom: false` keeps the second trivy run (the
 * CycloneDX SBOM) out of the table: each fault is played by the one `trivy image` run whose JSON
 * report the engine parses. The valid sample is recorded from the real trivy 0.44.1 on the same
 * layout when the suite starts.
 */

const workspace = hostileTemp('faults-image-ws-')
const LAYOUT = 'images/app'
// The image the tests ship: a Debian root and a layer holding an AWS key id trivy reports.
await writeAppImage(join(workspace, LAYOUT))

const raw: Record<string, string> = { input: LAYOUT, scanners: 'secret', sbom: 'false' }

describeWithTools(['trivy'], 'scan-image faults', (tools) => {
  faultMatrix({
    action: 'scan-image',
    tool: TRIVY_FAKE,
    toolInput: 'trivy-path',
    inputs: () => raw,
    workspace: () => workspace,
    payloads: (dir) => {
      const sample = join(dir, 'sample.json')
      // The argv the engine gives for `scanners: secret` on a layout (see trivyImageEngine).
      execFileSync(
        tools.trivy,
        [
          'image',
          '--scanners',
          'secret',
          '--image-config-scanners',
          'secret',
          '--format',
          'json',
          '--output',
          sample,
          '--cache-dir',
          join(dir, 'cache'),
          '--skip-db-update',
          '--quiet',
          '--input',
          join(workspace, LAYOUT),
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 },
      )
      const deep = deepJson(
        (inner) =>
          `{"SchemaVersion":2,"ArtifactName":"${join(workspace, LAYOUT)}","ArtifactType":"container_image","Results":[${inner}]}`,
      )
      return { sample, deep: payloadFile(dir, 'deep.json', deep) }
    },
    pipeline: (io, binary, timeoutMinutes) => {
      const inputs = {
        ...readInputs(INPUTS, (n) => ({ ...raw, 'upload-sarif': 'false' })[n]),
        timeoutMinutes,
      }
      return runScan(
        {
          action: 'scan-image',
          engines: ENGINES,
          inputs,
          target: { kind: 'image', name: LAYOUT },
        },
        io,
        { install: () => Promise.resolve(binary) },
      )
    },
  })
})
