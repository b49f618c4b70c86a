import { defineConfig } from 'vitest/config';

/** Browser journeys: one production server for the run, Debian's Chromium driven by playwright-core. */
export default defineConfig({
  test: {
    include: ['e2e/src/**/*.e2e.ts'],
    globalSetup: ['./e2e/src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
