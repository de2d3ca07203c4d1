import { defineConfig } from 'vitest/config';

// Node tests: `*.test.ts` (pure) and `*.db.test.ts` (real DuckDB-WASM, Node build) next to the code,
// plus cross-cutting tests in test/. Browser tests (real Chromium) live in test/browser and run with
// vitest.browser.config.ts against the production build.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup/fastCheck.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
