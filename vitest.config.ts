import { defineConfig } from 'vitest/config';

/** Test files that change process-wide state (nock's HTTP interception, a fake clock): each runs in fresh modules. */
const GLOBAL_STATE = ['test/slack/rate-limit.test.ts', 'test/slack/onthisday/scheduler.test.ts'];

export default defineConfig({
  test: {
    // Two cores: a small pool. Some CLI tests still start node processes.
    maxWorkers: 2,
    testTimeout: 20_000,
    // The closing line, `N passed, M failed`, is the plain form CI reads (test/reporters/closing-line.ts).
    reporters: ['default', './test/reporters/closing-line.ts'],
    projects: [
      { extends: true, test: { name: 'isolated', include: GLOBAL_STATE } },
      // The rest share a worker's modules, so Bolt, the base and the engine are imported and loaded once a worker
      // rather than once a file: about half the suite's time. A file here must leave no global state behind.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: GLOBAL_STATE, isolate: false } },
    ],
  },
});
