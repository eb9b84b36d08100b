import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Fakes bind ephemeral loopback ports, so test files can run in parallel.
    pool: 'forks',
    reporters: ['default', './test/reporters/plain-summary.ts']
  }
})
