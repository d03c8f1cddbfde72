import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One folder per run, where the real database is built at most once (test/helpers/realDatabase.ts).
    globalSetup: ['test/setup/runFolder.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
