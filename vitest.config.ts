import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests start node processes; two cores, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
