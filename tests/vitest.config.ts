import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    globalSetup: ['tests/temporary-folder.ts'],
    // Builds share Astro's generated .astro/ folder and content cache, so test files run one at a time.
    fileParallelism: false,
  },
});
