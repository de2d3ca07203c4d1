import { defineConfig } from 'vitest/config';

// Browser tests: Node-side vitest files that drive Debian's Chromium (playwright-core) against the
// production build served by `vite preview`. Run after `vite build` (npm run test:browser).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/globalSetup.ts'],
    // One browser for all files; journeys are heavy (SwiftShader WebGL), so files run one at a time.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
