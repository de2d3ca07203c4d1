import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDemo } from '../data/demo';
import { openBrowserConnector } from '../data/engine/duckdbBrowser';
import { createAtlasData } from '../data/queries';
import { indexedDbStorage } from '../data/workspace/storage';
import { createWorkspace } from '../data/workspace/workspace';
import { browserDownload } from '../ui/import/download';
import { Startup, type StartAtlas } from '../ui/Startup';
import '../ui/styles.css';

/**
 * Browser composition root: DuckDB-WASM in a worker, the bundled demo imported through the same
 * importer as a user's files, the AtlasData facade, and the React app on top.
 */

// The demo files in data/ become self-hosted asset URLs (never inlined, never fetched from elsewhere).
const DATA_URLS = import.meta.glob<string>('../../data/**/*.{csv,geojson,json}', {
  query: '?url',
  import: 'default',
  eager: true,
});
const DATA_PREFIX = '../../data/';

export async function readDataFile(path: string): Promise<string> {
  const url = DATA_URLS[`${DATA_PREFIX}${path}`];
  if (!url) throw new Error(`Datei fehlt im Build: ${path} / file missing from the build: ${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** The smallest valid WebAssembly module (magic number and version). */
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Fails fast and clearly when the page may not compile WebAssembly (e.g. a Content-Security-Policy
 * without 'wasm-unsafe-eval'); inside DuckDB's worker the same failure would only show as a hang.
 */
async function assertWebAssemblyAllowed(): Promise<void> {
  if (typeof WebAssembly !== 'object') {
    throw new Error('Dieser Browser kann kein WebAssembly ausführen. / This browser cannot run WebAssembly.');
  }
  try {
    await WebAssembly.compile(EMPTY_WASM);
  } catch (error) {
    throw new Error(
      `WebAssembly ist blockiert (Content-Security-Policy ohne 'wasm-unsafe-eval'?). / WebAssembly is blocked (Content-Security-Policy without 'wasm-unsafe-eval'?) – ${String(error)}`,
    );
  }
}

const ENGINE_TIMEOUT_MS = 180_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(
      () => reject(new Error(`Die Datenbank hat nach ${ms / 1000} s nicht geantwortet. / The database did not answer within ${ms / 1000} s.`)),
      ms,
    );
    promise.then(
      (value) => (window.clearTimeout(timer), resolve(value)),
      (error: unknown) => (window.clearTimeout(timer), reject(error)),
    );
  });
}

const start: StartAtlas = async (report) => {
  report({ step: 'loadingEngine' });
  await assertWebAssemblyAllowed();
  const connector = await withTimeout(
    openBrowserConnector(({ bytesLoaded, bytesTotal }) => {
      if (bytesTotal > 0) {
        const mb = (n: number) => (n / 1_048_576).toFixed(0);
        report({ step: 'loadingEngineBytes', vars: { loaded: mb(bytesLoaded), total: mb(bytesTotal) } });
      }
    }),
    ENGINE_TIMEOUT_MS,
  );
  report({ step: 'loadingDemo' });
  await loadDemo(connector, readDataFile);
  // The user's own datasets from the last session (IndexedDB); a bad saved state becomes a message, not a failure.
  const workspace = createWorkspace(connector, indexedDbStorage(), browserDownload);
  await workspace.restore();
  return { atlas: createAtlasData(connector), workspace, withDisclosure: (disclosure) => createAtlasData(connector, { disclosure }) };
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Startup start={start} />
    </StrictMode>,
  );
}
