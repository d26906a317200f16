import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // Setup hooks do real work (an ingest through the CLI, a Chromium launch, a database schema): vitest's 10 s default
    // ran out once on the two-core machine while other jobs shared it.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
