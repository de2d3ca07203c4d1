import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../connector';
import { loadDemo } from '../demo';
import { openNodeConnector } from '../engine/duckdbNode';
import { createAtlasData } from '../queries';
import { importTable } from '../import/detect/importTable';
import { buildAreaLayer } from '../import/geojson/areaLayer';
import { readWorkspace, serialiseWorkspace, emptyWorkspace, type SavedDataset } from './format';
import { listDataset } from './listDataset';
import { memoryStorage } from './storage';
import { createWorkspace } from './workspace';

const readTiny = async (path: string) => readFileSync(new URL(`../../../test/fixtures/tiny/${path}`, import.meta.url), 'utf8');
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url)));
const provenance = (fileName: string) => ({ fileName, format: 'csv', tableCode: null, title: null, referenceDates: [], licence: null, stand: null, level: null, importedAt: '2026-11-27T01:00:00.000Z' });

function projectList(id: string): SavedDataset {
  const analysed = importTable(fixture('lists/projects-utm.csv'), { fileName: 'projekte.csv', confirmCrs: 'EPSG:25832' });
  return listDataset(id, 'Mitgliedsprojekte Region', analysed.list!, provenance('projekte.csv'));
}

// A square around the tiny demo's first Quartier centre (Hannover-Linden, ≈ 9.70 E 52.37 N).
const ring = [[[9.68, 52.36], [9.72, 52.36], [9.72, 52.39], [9.68, 52.39], [9.68, 52.36]]];
function programmeList(id: string): SavedDataset {
  const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'SZ-Linden', name: 'Linden-Süd', Programm: 'Sozialer Zusammenhalt', start_year: 2015 }, geometry: { type: 'Polygon', coordinates: ring } }] });
  const analysed = importTable(new TextEncoder().encode(text), { fileName: 'foerdergebiete.geojson' });
  return listDataset(id, 'Fördergebiete', analysed.list!, provenance('foerdergebiete.geojson'));
}

let db: Connector;
beforeAll(async () => {
  db = await openNodeConnector();
  await loadDemo(db, readTiny);
});
afterAll(async () => {
  await db.close();
});

describe('member-project and programme-area lists in the workspace (real DuckDB)', () => {
  it('are loaded next to the demo, come back after a reload, and go again when removed', async () => {
    const storage = memoryStorage();
    const ws = createWorkspace(db, storage, () => undefined);
    const atlas = createAtlasData(db);
    const before = { projects: (await atlas.projects()).length, programme: (await atlas.programmeAreas()).features.length };
    expect(await ws.add(projectList('projekte'))).toEqual({ ok: true, warning: null });
    expect(await ws.add(programmeList('foerder'))).toEqual({ ok: true, warning: null });
    expect(ws.list().map((d) => [d.id, d.projects, d.programmeAreas, d.indicators])).toEqual([['projekte', 2, 0, 0], ['foerder', 0, 1, 0]]);

    const projects = await atlas.projects();
    expect(projects).toHaveLength(before.projects + 2);
    const sahlkamp = projects.find((p) => p.id === '1')!;
    expect(sahlkamp).toMatchObject({ name: 'Stadtteiltreff Sahlkamp', type: 'Treff', foundedYear: 2004, synthetic: false });
    expect(sahlkamp.lon).toBeCloseTo(9.78, 1);
    const programme = (await atlas.programmeAreas()).features.find((f) => f.properties.id === 'SZ-Linden')!;
    expect(programme.properties).toMatchObject({ name: 'Linden-Süd', programme: 'Sozialer Zusammenhalt', startYear: 2015, synthetic: false });

    // The saved document keeps both lists (format version 1, fields added compatibly).
    const read = readWorkspace(storage.text!);
    expect(read.ok && read.workspace.datasets.map((d) => [d.projects?.length ?? 0, d.programmeAreas?.length ?? 0])).toEqual([[2, 0], [0, 1]]);

    const again = await openNodeConnector();
    try {
      await loadDemo(again, readTiny);
      const restored = createWorkspace(again, storage, () => undefined);
      await restored.restore();
      expect(restored.restoreProblem()).toBeNull();
      expect((await createAtlasData(again).projects()).map((p) => p.id)).toContain('1');
      expect((await createAtlasData(again).programmeAreas()).features.map((f) => f.properties.id)).toContain('SZ-Linden');
    } finally {
      await again.close();
    }

    expect((await ws.remove('projekte')).ok).toBe(true);
    expect((await ws.remove('foerder')).ok).toBe(true);
    expect(await atlas.projects()).toHaveLength(before.projects);
    expect((await atlas.programmeAreas()).features).toHaveLength(before.programme);
  });

  it('an id that another dataset already has refuses the whole list, naming line and id', async () => {
    const ws = createWorkspace(db, memoryStorage(), () => undefined);
    const clash = projectList('projekte2');
    clash.projects = [...clash.projects!, { id: 'p-1', name: 'Doppelt', type: '', foundedYear: null, lon: 9.7, lat: 52.4 }];
    const outcome = await ws.add(clash);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.map((p) => [p.code, p.line, p.column])).toEqual([['key_exists', 4, 'id']]);
    expect(ws.list()).toEqual([]);
    expect((await createAtlasData(db).projects()).map((p) => p.id)).not.toContain('1');
  });

  it('a saved workspace with a broken project is refused with the path of the fault', () => {
    const doc = { ...emptyWorkspace(), datasets: [{ ...projectList('x'), projects: [{ id: 'a', name: 'A', type: '', foundedYear: null, lon: 200, lat: 52 }] }] };
    expect(readWorkspace(serialiseWorkspace(doc))).toEqual({ ok: false, reason: 'invalid', path: 'datasets[0].projects[0].lon' });
    const area = { ...emptyWorkspace(), datasets: [{ ...programmeList('y'), programmeAreas: [{ id: 'a', name: 'A', programme: 'P', startYear: null, areaKey: null, geometry: { type: 'Point', coordinates: [9, 52] } }] }] };
    expect(readWorkspace(JSON.stringify(area))).toEqual({ ok: false, reason: 'invalid', path: 'datasets[0].programmeAreas[0].geometry' });
  });

  it('an area layer cannot be removed while another dataset has values on its areas', async () => {
    const ws = createWorkspace(db, memoryStorage(), () => undefined);
    const geo = importTable(fixture('import/districts-25832-crs-flagged.geojson'), { fileName: 'bezirke.geojson', confirmCrs: 'EPSG:25832' }).geo!;
    const layer = buildAreaLayer(geo, { keyProperty: 'BEZ_ID', nameProperty: 'BEZ_NAME', level: 'quartier', parentKey: '03241001' });
    expect((await ws.add({ id: 'bez', name: 'Stadtbezirke', provenance: provenance('bezirke.geojson'), indicators: [], rows: [], areas: layer.areas })).ok).toBe(true);
    expect((await ws.add({
      id: 'alq', name: 'Arbeitslosenquote', provenance: provenance('alq.csv'),
      indicators: [{ id: 'alq_bez', label: 'Arbeitslosenquote', unit: '%', denominator: null }],
      rows: [['B01', 'alq_bez', '2023', 7.5, 'ok'], ['B02', 'alq_bez', '2023', 4.2, 'ok']],
    })).ok).toBe(true);
    const refused = await ws.remove('bez');
    expect(refused).toMatchObject({ ok: false, message: { de: expect.stringContaining('„Arbeitslosenquote“ baut darauf auf (Werte für 2 Gebiete)'), en: expect.stringContaining('Remove "Arbeitslosenquote" first') } });
    expect(ws.list().map((d) => d.id)).toEqual(['bez', 'alq']);
    expect(Number((await db.query("SELECT count(*) AS n FROM areas WHERE key = 'B01'"))[0].n)).toBe(1);
    expect((await ws.remove('alq')).ok).toBe(true);
    expect((await ws.remove('bez')).ok).toBe(true);
    expect(Number((await db.query("SELECT count(*) AS n FROM areas WHERE key = 'B01'"))[0].n)).toBe(0);
  });
});
