import { defineConfig } from 'vitest/config';

/**
 * Opt-in checks against a real Kubernetes cluster with CloudNativePG: `npm run test:e2e`
 * (see docs/live.md). Not part of `npm test` or CI: their include patterns never match *.e2e.ts.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/live/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
