import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Build tests each run a full Astro build; two at a time suits CI's two cores.
    maxWorkers: 2,
  },
});
