import type { Connector } from './connector';
import { importDataset, type DatasetParts, type ImportCounts, type SourceFile } from './import/dataset';
import { ImportRejected, problemAt } from './import/problem';

/**
 * Loads the bundled demo through the same importer as a user's file. `readFile` is the injected
 * effect: the browser passes a fetch of Vite asset URLs, Node passes fs. Paths are relative to `data/`.
 */
export const DEMO_MANIFEST_PATH = 'demo/manifest.json';

export interface ManifestDataset {
  id: string;
  name: string;
  files: string[];
  source: string;
  licence: string;
  attribution: string;
  vintage?: string;
  synthetic: boolean;
}

export interface DemoManifest {
  version: 1;
  datasets: ManifestDataset[];
}

/** Which role a file plays, by its name. */
export function fileRole(path: string): keyof DatasetParts | null {
  const name = path.split('/').pop() ?? path;
  if (name.endsWith('indicators.csv')) return 'indicators';
  if (name.endsWith('observations.csv')) return 'observations';
  if (name.endsWith('projects.csv')) return 'projects';
  if (name.endsWith('programme-areas.geojson')) return 'programmeAreas';
  if (name.endsWith('.geojson')) return 'areas';
  return null;
}

export function parseManifest(text: string): DemoManifest {
  const manifest = JSON.parse(text) as DemoManifest;
  if (!manifest || manifest.version !== 1 || !Array.isArray(manifest.datasets)) {
    throw new Error('Unbekanntes Demo-Manifest (version 1 erwartet) / Unknown demo manifest (version 1 expected)');
  }
  return manifest;
}

export async function collectParts(files: readonly string[], readFile: (path: string) => Promise<string>): Promise<DatasetParts> {
  const parts: DatasetParts = {};
  const texts = await Promise.all(files.map(async (path): Promise<SourceFile> => ({ name: path, text: await readFile(path) })));
  texts.forEach((file) => {
    const role = fileRole(file.name);
    if (role === null) {
      throw new ImportRejected([problemAt(file.name, null, null, {
        code: 'unknown_file_role', messageDe: 'Unbekannte Art von Datei im Manifest.', messageEn: 'Unknown kind of file in the manifest.',
        hintDe: 'Dateinamen wie indicators.csv, observations.csv, *.geojson verwenden.', hintEn: 'Use file names such as indicators.csv, observations.csv, *.geojson.',
      })]);
    }
    if (role === 'areas') parts.areas = [...(parts.areas ?? []), file];
    else parts[role] = file;
  });
  return parts;
}

/** Imports every dataset of the manifest in order (boundaries first). Throws ImportRejected on a problem. */
export async function loadDemo(
  connector: Connector,
  readFile: (path: string) => Promise<string>,
): Promise<{ id: string; counts: ImportCounts }[]> {
  const manifest = parseManifest(await readFile(DEMO_MANIFEST_PATH));
  const loaded: { id: string; counts: ImportCounts }[] = [];
  for (const entry of manifest.datasets) {
    const parts = await collectParts(entry.files, readFile);
    const outcome = await importDataset(connector, {
      id: entry.id, name: entry.name, source: entry.source, licence: entry.licence,
      attribution: entry.attribution, synthetic: entry.synthetic, vintage: entry.vintage ?? null,
    }, parts, { replace: true });
    if (!outcome.ok) throw new ImportRejected(outcome.problems);
    loaded.push({ id: entry.id, counts: outcome.counts });
  }
  return loaded;
}
