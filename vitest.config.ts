import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The fakes bind loopback ports; files run in parallel, each fake on its own ephemeral port.
    pool: 'forks'
  }
})
