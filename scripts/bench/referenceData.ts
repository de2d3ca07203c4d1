import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The boundaries the app draws first (default level `gemeinde`), taken from the same bundled GeoJSON
 * files the demo import reads (`data/**`, property `level`), as one FeatureCollection.
 */
export function boundariesOfLevel(root: string, level = 'gemeinde'): { type: 'FeatureCollection'; features: unknown[] } {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.geojson') && !e.name.includes('programme')) files.push(full);
    }
  };
  walk(join(root, 'data'));
  const features: unknown[] = [];
  for (const file of files) {
    const geo = JSON.parse(readFileSync(file, 'utf8')) as { features?: { properties?: { level?: string } }[] };
    for (const f of geo.features ?? []) if (f.properties?.level === level) features.push(f);
  }
  if (features.length === 0) throw new Error(`no ${level} features in data/**/*.geojson`);
  return { type: 'FeatureCollection', features };
}
