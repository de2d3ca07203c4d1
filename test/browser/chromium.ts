import { join, resolve } from 'node:path';
import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright's own browser download cannot work offline. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * WebGL2 on SwiftShader (CPU). Never `--disable-software-rasterizer` (kills WebGL) and never a
 * custom `--user-data-dir`. Shared by the browser tests, `npm run bench` and the screenshot script.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-sandbox'],
  };
}

/** The production build under test: `dist/`, or ATLAS_DIST (a build elsewhere, e.g. `vite build --outDir`). */
export function distDir(): string {
  return process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : join(import.meta.dirname, '..', '..', 'dist');
}
