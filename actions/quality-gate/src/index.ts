import { runEntry } from '@portcullis/action-kit'
import { INPUTS } from './inputs.js'

// The gate, its policy and report loading load only once the inputs are read and valid.
await runEntry(INPUTS, () => import('./run.js').then((m) => m.run))
