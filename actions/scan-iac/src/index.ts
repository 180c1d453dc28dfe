import { runEntry, scanHeap } from '@portcullis/action-kit'
import { ENGINE_TOOLS, INPUTS } from './inputs.js'

// The run module (scanners, SARIF, reports) loads only once the inputs are read and valid.
// The scan runs in an isolate with a bounded heap (see action-kit isolate.ts).
await runEntry(INPUTS, () => import('./run.js').then((m) => m.run), process.env, {
  heap: (inputs) => scanHeap(ENGINE_TOOLS[inputs.engine]),
})
