import { hostname } from 'node:os'
import { afterAll } from 'vitest'
import { readInputs } from '@portcullis/action-kit'
import { runScan } from '@portcullis/scan'
import { INPUTS } from '../../actions/compliance/src/inputs.js'
import { ENGINES } from '../../actions/compliance/src/run.js'
import { debian11TestCopy } from '../actions/compliance/ssg.js'
import { deepXml, hostileTemp, oscapFake } from '../support/hostile.js'
import { describeWithTools } from '../support/scanners.js'
import { faultMatrix, payloadFile } from './fault-matrix.js'

/**
 * compliance with the openscap engine. The stand-in hands every call but `xccdf eval` to the real
 * oscap (version probe, `oscap info` of the datastream), and plays the fault in the evaluation;
 * valid results come from the real oscap evaluating one rule of the SCAP Security Guide.
 */
/** Whether the built bundle has parseXccdf's depth limit (a bundle built before it hangs for minutes). */

describeWithTools(['oscap'], 'compliance faults', (tools) => {
  const ds = debian11TestCopy()
  afterAll(() => ds.remove())
  const raw: Record<string, string> = {
    engine: 'openscap',
    datastream: ds.path,
    // The one rule that fails on this container, so valid results have a finding.
    'rules-include': 'file_permissions_systemmap',
  }

  faultMatrix({
    action: 'compliance',
    tool: oscapFake(tools.oscap),
    toolInput: 'oscap-path',
    inputs: () => raw,
    workspace: () => hostileTemp('faults-compliance-ws-'),
    payloads: (dir) => ({
      sample: '',
      deep: payloadFile(
        dir,
        'deep.xml',
        deepXml('Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"').replace(
          /<\/Benchmark xmlns="[^"]*">/,
          '</Benchmark>',
        ),
      ),
    }),
    // `oscap info` runs under the same limit before the evaluation; give it time to finish.
    timeoutMinutes: 3 / 60,
    pipeline: (io, binary, timeoutMinutes) => {
      const inputs = {
        ...readInputs(INPUTS, (n) => ({ ...raw, 'upload-sarif': 'false' })[n]),
        timeoutMinutes,
      }
      return runScan(
        {
          action: 'compliance',
          engines: ENGINES,
          inputs,
          target: { kind: 'host', name: hostname() },
        },
        io,
        { install: () => Promise.resolve(binary) },
      )
    },
  })
})
