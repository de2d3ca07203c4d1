import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, chromiumLaunchOptions, distDir } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

/**
 * Serve the production build (`dist/`, made by `vite build` before this runs) with `vite preview` on a
 * free localhost port, and start ONE Debian Chromium that every test file connects to.
 */
export async function setup(project: TestProject): Promise<void> {
  const root = join(import.meta.dirname, '..', '..');
  const outDir = distDir();
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`${outDir}/index.html is missing: run \`vite build\` before the browser tests (npm run test:browser does).`);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium fonts-dejavu-core (see .ci/run).`);
  const port = await freePort();
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  browser = await chromium.launchServer(chromiumLaunchOptions());
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await browser?.close();
  await server?.close();
}
