import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: integration tests start real scanners and registries; keep their load bounded.
    maxWorkers: 2,
    reporters: ['default', './test/support/count-reporter.ts'],
  },
})
