import { runEntry } from '@portcullis/action-kit'
import { QUALITY_GATE_INPUTS } from './inputs.js'
import { run } from './run.js'

await runEntry(QUALITY_GATE_INPUTS, (inputs, io) => run(inputs, io))
