/**
 * Browser tests: run with `npm run test:e2e` (builds the UI first). Kept out of the unit suite
 * (`*.e2e.ts`, not `*.test.ts`) because they need /usr/bin/chromium and take longer.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
