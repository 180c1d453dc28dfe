import { runEntry } from '@portcullis/action-kit'
import { INPUTS } from './inputs.js'

// The engines, the registry client and SARIF load only once the inputs are read and valid.
await runEntry(INPUTS, () => import('./run.js').then((m) => m.run))
