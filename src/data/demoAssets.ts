/**
 * Browser side of `loadDemo`: the demo files under data/ become Vite assets (self-hosted URLs, no
 * CDN), and this reader fetches them by their path relative to data/. Node passes fs instead.
 */
const urls = import.meta.glob(['../../data/demo/*', '../../data/boundaries/*.geojson'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function demoAssetReader(fetcher: typeof fetch = fetch): (path: string) => Promise<string> {
  return async (path) => {
    const url = urls[`../../data/${path}`];
    if (!url) throw new Error(`Demo-Datei fehlt: ${path} / Demo file missing: ${path}`);
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`Demo-Datei ${path}: HTTP ${response.status} / demo file ${path}: HTTP ${response.status}`);
    return response.text();
  };
}
