import { runEntry } from '@portcullis/action-kit'
import { INPUTS } from './inputs.js'
import { run } from './run.js'

await runEntry(INPUTS, run)
