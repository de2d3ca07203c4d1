import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDemo } from '../data/demo';
import { openBrowserConnector } from '../data/engine/duckdbBrowser';
import { createAtlasData } from '../data/queries';
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

const start: StartAtlas = async (report) => {
  report({ step: 'loadingEngine' });
  const connector = await openBrowserConnector(({ bytesLoaded, bytesTotal }) => {
    if (bytesTotal > 0) {
      const mb = (n: number) => (n / 1_048_576).toFixed(0);
      report({ step: 'loadingEngineBytes', vars: { loaded: mb(bytesLoaded), total: mb(bytesTotal) } });
    }
  });
  report({ step: 'loadingDemo' });
  await loadDemo(connector, readDataFile);
  return createAtlasData(connector);
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Startup start={start} />
    </StrictMode>,
  );
}
