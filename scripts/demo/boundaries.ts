import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection } from 'geojson';
import { roundGeometry, type Areal } from './geometry';
import type { SourceArea } from './sourceAreas';

/** Share of removable vertices that Visvalingam simplification keeps (mapshaper `-simplify`). */
export const SIMPLIFY_PERCENT = 25;

export interface SimplifiedLayers {
  gemeinden: Map<string, Areal>;
  kreise: Map<string, Areal>;
  land: Areal;
}

const OUTPUT = 'format=geojson precision=0.00001 rfc7946';

async function run(commands: string, input: string): Promise<FeatureCollection> {
  const out = await mapshaper.applyCommands(commands, { 'in.json': input });
  const text = out['out.json'];
  if (text === undefined) throw new Error(`mapshaper produced no output for: ${commands}`);
  return JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text)) as FeatureCollection;
}

function byKey(fc: FeatureCollection, field: string): Map<string, Areal> {
  const map = new Map<string, Areal>();
  for (const f of fc.features as Feature[]) {
    const key = String(f.properties?.[field]);
    const g = f.geometry && roundGeometry(f.geometry as Areal);
    if (!g) throw new Error(`Simplification left no geometry for ${key}`);
    map.set(key, g);
  }
  return map;
}

/**
 * Simplifies the Gemeinden as ONE topological layer (shared borders stay identical: no gaps, no
 * overlaps) and dissolves the result into Kreise (first 5 digits) and the Land, so that all three
 * levels nest exactly. Coordinates are rounded to 5 decimals by mapshaper on the shared arcs.
 */
export async function simplifyBoundaries(gemeinden: readonly SourceArea[], percent = SIMPLIFY_PERCENT): Promise<SimplifiedLayers> {
  const input = JSON.stringify({
    type: 'FeatureCollection',
    features: gemeinden.map((g) => ({
      type: 'Feature',
      properties: { key: g.key, kreis: g.key.slice(0, 5), land: g.key.slice(0, 2) },
      geometry: g.geometry,
    })),
  });
  const simplified = await run(`-i in.json -simplify ${percent}% keep-shapes -o out.json ${OUTPUT}`, input);
  const simplifiedText = JSON.stringify(simplified);
  const kreise = await run(`-i in.json -dissolve kreis -o out.json ${OUTPUT}`, simplifiedText);
  const land = await run(`-i in.json -dissolve land -o out.json ${OUTPUT}`, simplifiedText);
  const landMap = byKey(land, 'land');
  if (landMap.size !== 1) throw new Error(`Expected one Land, got ${landMap.size}`);
  return { gemeinden: byKey(simplified, 'key'), kreise: byKey(kreise, 'kreis'), land: [...landMap.values()][0] };
}
