/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own summary so
 * CI (and any log reader) can count tests without parsing vitest's decorated output.
 */
import type { Reporter, TestModule } from 'vitest/node'

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>
  ): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      // A file that failed to load has no tests; count it as a failure so it cannot pass silently.
      if (mod.state() === 'failed' && mod.children.size === 0) failed++
    }
    failed += unhandledErrors.length
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
