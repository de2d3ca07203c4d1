import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { loadDemo } from '../demo';
import { openNodeConnector } from '../engine/duckdbNode';
import { importTable } from '../import/detect/importTable';
import { buildAreaLayer } from '../import/geojson/areaLayer';
import { createAtlasData } from '../queries';
import { readWorkspace, type SavedDataset } from './format';
import { memoryStorage } from './storage';
import { createWorkspace } from './workspace';

const readTiny = async (path: string) => readFileSync(new URL(`../../../test/fixtures/tiny/${path}`, import.meta.url), 'utf8');
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url)));

function districtLayer(id: string): SavedDataset {
  const geo = importTable(fixture('districts-25832-crs-flagged.geojson'), { fileName: 'bezirke.geojson', confirmCrs: 'EPSG:25832' }).geo!;
  const layer = buildAreaLayer(geo, { keyProperty: 'BEZ_ID', nameProperty: 'BEZ_NAME', level: 'quartier', parentKey: '03241001' });
  return {
    id, name: 'Stadtbezirke',
    provenance: { fileName: 'bezirke.geojson', format: 'geojson', tableCode: null, title: 'Stadtbezirke', referenceDates: [], licence: null, stand: null, level: 'quartier', importedAt: '2026-11-26T22:00:00.000Z' },
    indicators: [], rows: [], areas: layer.areas,
  };
}

const indicatorOnDistricts: SavedDataset = {
  id: 'alq', name: 'Arbeitslosenquote',
  provenance: { fileName: 'alq.csv', format: 'csv', tableCode: null, title: null, referenceDates: [], licence: null, stand: null, level: 'quartier', importedAt: '2026-11-26T22:01:00.000Z' },
  indicators: [{ id: 'alq_bezirk', label: 'Arbeitslosenquote', unit: '%', denominator: null }],
  rows: [['B01', 'alq_bezirk', '2023', 7.5, 'ok'], ['B02', 'alq_bezirk', '2023', 4.2, 'ok'], ['B03', 'alq_bezirk', '2023', 5.9, 'ok']],
};

let db: Connector;
beforeAll(async () => {
  db = await openNodeConnector();
  await loadDemo(db, readTiny);
});
afterAll(async () => {
  await db.close();
});

const districts = async (conn: Connector) =>
  (await conn.query("SELECT key, name, level, parent_key, geometry IS NOT NULL AS drawn FROM areas WHERE key IN ('B01', 'B02', 'B03', 'B04') ORDER BY key"))
    .map((r) => [String(r.key), String(r.name), String(r.level), String(r.parent_key), r.drawn === true]);

describe('area layers in the workspace (real DuckDB)', () => {
  it('saves districts as areas, joins an indicator to them, restores both after a reload, removes the layer', async () => {
    const storage = memoryStorage();
    const ws = createWorkspace(db, storage, () => undefined);
    expect(await ws.add(districtLayer('bezirke'))).toEqual({ ok: true, warning: null });
    expect(await ws.add(indicatorOnDistricts)).toEqual({ ok: true, warning: null });
    expect(await districts(db)).toEqual([
      ['B01', 'Mitte', 'quartier', '03241001', true], ['B02', 'Nord', 'quartier', '03241001', true],
      ['B03', 'Süd', 'quartier', '03241001', true], ['B04', 'Schleife', 'quartier', '03241001', true],
    ]);
    expect(ws.list().map((d) => [d.id, d.areas, d.rows])).toEqual([['bezirke', 4, 0], ['alq', 0, 3]]);
    const joined = await db.query("SELECT o.area_key, o.value FROM observations o JOIN areas a ON a.key = o.area_key WHERE o.indicator = 'alq_bezirk' AND a.level = 'quartier' ORDER BY 1");
    expect(joined.map((r) => [String(r.area_key), Number(r.value)])).toEqual([['B01', 7.5], ['B02', 4.2], ['B03', 5.9]]);

    // The saved document keeps the areas (format version 1, field added compatibly) and the flag.
    const read = readWorkspace(storage.text!);
    expect(read.ok && read.workspace.version).toBe(1);
    expect(read.ok && read.workspace.datasets[0].areas?.find((a) => a.key === 'B04')?.flags).toEqual(['self_intersection']);

    // Reload: a new database with the demo, the same storage.
    const again = await openNodeConnector();
    try {
      await loadDemo(again, readTiny);
      const restored = createWorkspace(again, storage, () => undefined);
      await restored.restore();
      expect(restored.restoreProblem()).toBeNull();
      expect((await districts(again)).map((d) => d[0])).toEqual(['B01', 'B02', 'B03', 'B04']);
      const values = await again.query("SELECT count(*) AS n FROM observations WHERE indicator = 'alq_bezirk'");
      expect(Number(values[0].n)).toBe(3);
    } finally {
      await again.close();
    }

    await ws.remove('alq');
    await ws.remove('bezirke');
    expect(await districts(db)).toEqual([]);
    expect(ws.list()).toEqual([]);
  });

  it('a layer whose parent is unknown changes nothing', async () => {
    const ws = createWorkspace(db, memoryStorage(), () => undefined);
    const bad = districtLayer('bezirke2');
    bad.areas = bad.areas!.map((a) => ({ ...a, parentKey: '09999999' }));
    const outcome = await ws.add(bad);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => p.code)).toContain('unknown_parent');
    expect(await districts(db)).toEqual([]);
    expect(ws.list()).toEqual([]);
  });
});

describe('residents added to a loaded indicator (the minimum-population rule on the user\'s districts)', () => {
  it('values of districts without residents are withheld; with residents added to the loaded indicator they show, small ones stay withheld', async () => {
    const ws = createWorkspace(db, memoryStorage(), () => undefined);
    // The tiny demo's residents indicator is `einwohner`; the app's is `population`.
    const atlas = createAtlasData(db, { disclosure: { populationIndicator: 'einwohner' } });
    const shown = async () => (await atlas.levelFigures('alq_bezirk', '2023', 'quartier')).map((f) => [f.areaKey, f.value]);
    expect((await ws.add(districtLayer('bez-pop'))).ok).toBe(true);
    expect((await ws.add({ ...indicatorOnDistricts, id: 'alq-pop' })).ok).toBe(true);
    expect(await shown()).toEqual([['B01', null], ['B02', null], ['B03', null]]);

    const residents: SavedDataset = {
      id: 'ew-bez', name: 'Einwohner der Bezirke', provenance: { ...indicatorOnDistricts.provenance, fileName: 'einwohner.csv' },
      indicators: [], extends: ['einwohner'],
      rows: [['B01', 'einwohner', '2023', 5200, 'ok'], ['B02', 'einwohner', '2023', 180, 'ok'], ['B03', 'einwohner', '2023', 3100, 'ok']],
    };
    expect(await ws.add(residents)).toEqual({ ok: true, warning: null });
    const after = await atlas.levelFigures('alq_bezirk', '2023', 'quartier');
    // B02 (180 residents) stays withheld; B03 is withheld as well (secondary suppression: B02 alone could be recovered).
    expect(after.map((f) => [f.areaKey, f.value, f.status])).toEqual([['B01', 7.5, 'ok'], ['B02', null, 'suppressed'], ['B03', null, 'suppressed']]);

    // The loaded indicator cannot take a second value for a cell it already has.
    const twice = await ws.add({ ...residents, id: 'ew-bez-2', rows: [['B01', 'einwohner', '2023', 5300, 'ok']] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.problems.map((p) => [p.code, p.line, p.column])).toEqual([['value_exists', 2, 'value']]);

    // Order of removal: the residents build on the district layer.
    expect((await ws.remove('bez-pop')).ok).toBe(false);
    expect((await ws.remove('ew-bez')).ok).toBe(true);
    expect((await ws.remove('alq-pop')).ok).toBe(true);
    expect((await ws.remove('bez-pop')).ok).toBe(true);
    expect(Number((await db.query("SELECT count(*) AS n FROM observations WHERE indicator = 'einwohner' AND area_key LIKE 'B0%'"))[0].n)).toBe(0);
  });
});
