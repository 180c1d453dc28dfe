import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints one closing line, `N passed, N failed, N skipped`, after vitest's own summary, so CI logs
 * that read a plain tally see exactly what ran.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const mod of testModules) {
      let moduleFailures = 0
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') moduleFailures += 1
        else skipped += 1
      }
      // A file that failed outside any test (import error, failing beforeAll) still counts as a failure.
      if (mod.state() === 'failed' && moduleFailures === 0) moduleFailures = 1
      failed += moduleFailures
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
