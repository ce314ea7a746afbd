import { defineConfig } from 'vitest/config';

/**
 * One run, two projects: the unit/integration suite (`*.test.ts`, files in parallel) and the
 * browser tests (`test/e2e/*.e2e.ts`: Debian's chromium against a real `dragnet serve`, one file
 * at a time). `npm test` builds the CLI and the UI first (`pretest`).
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
