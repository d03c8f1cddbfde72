import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One folder per run, where the real database is built at most once (test/helpers/realDatabase.ts);
    // the chart fonts fetched at most once (src/render/chart/fontPackages.ts).
    globalSetup: ['test/setup/runFolder.ts', 'test/setup/chartFonts.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
