import { describe, expect, it } from 'vitest';
import {
  emptyWorkspace, readWorkspace, serialiseWorkspace, workspaceErrorText, WORKSPACE_FORMAT, WORKSPACE_VERSION,
  type SavedDataset,
} from './format';

export const sample: SavedDataset = {
  id: 'user-1',
  name: 'Bevölkerung 2023',
  provenance: {
    fileName: 'bev.csv', format: 'genesis-csv', tableCode: '12411-01-01-4', title: 'Bevölkerung', referenceDates: ['31.12.2023'],
    licence: 'dl-de/by-2-0', stand: '01.02.2024', level: 'kreis', importedAt: '2026-11-26T20:00:00.000Z',
  },
  indicators: [{ id: 'bev', label: 'Bevölkerung', unit: 'Personen', denominator: null }],
  rows: [['03101', 'bev', '2023', 251364, 'ok'], ['03241', 'bev', '2023', null, 'secret'], ['03355', 'bev', '2023', 0, 'zero']],
};

describe('workspace format', () => {
  it('round-trips a workspace unchanged, keys with their leading zero', () => {
    const doc = { ...emptyWorkspace(new Date('2026-11-26T20:00:00Z')), datasets: [sample] };
    const read = readWorkspace(serialiseWorkspace(doc));
    expect(read).toEqual({ ok: true, workspace: doc, migratedFrom: null });
    if (read.ok) expect(read.workspace.datasets[0].rows[0][0]).toBe('03101');
  });

  it('migrates version 0 (rows as objects, file name on the dataset) to version 1', () => {
    const v0 = {
      format: WORKSPACE_FORMAT, version: 0, savedAt: '2025-01-01T00:00:00.000Z',
      datasets: [{
        id: 'old', name: 'Alt', fileName: 'alt.csv', indicators: [{ id: 'x', label: 'X', unit: '%' }],
        rows: [{ areaKey: '03101', indicator: 'x', period: '2020', value: 12.5, status: 'ok' }],
      }],
    };
    const read = readWorkspace(JSON.stringify(v0));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(0);
    expect(read.workspace.version).toBe(WORKSPACE_VERSION);
    const [d] = read.workspace.datasets;
    expect(d.provenance.fileName).toBe('alt.csv');
    expect(d.indicators).toEqual([{ id: 'x', label: 'X', unit: '%', denominator: null }]);
    expect(d.rows).toEqual([['03101', 'x', '2020', 12.5, 'ok']]);
  });

  it('rejects corrupted input with a reason that names where', () => {
    expect(readWorkspace('{"format": "quartiersatlas-works')).toMatchObject({ ok: false, reason: 'not_json' });
    expect(readWorkspace('[1,2]')).toMatchObject({ ok: false, reason: 'not_workspace' });
    expect(readWorkspace(JSON.stringify({ format: WORKSPACE_FORMAT, version: 99, savedAt: '', datasets: [] })))
      .toMatchObject({ ok: false, reason: 'newer_version', version: 99 });
    const badRow = { ...emptyWorkspace(), datasets: [{ ...sample, rows: [['03101', 'bev', '2023', 'viel', 'ok']] }] };
    expect(readWorkspace(JSON.stringify(badRow))).toEqual({ ok: false, reason: 'invalid', path: 'datasets[0].rows[0]' });
    const badStatus = { ...emptyWorkspace(), datasets: [{ ...sample, rows: [['03101', 'bev', '2023', 1, 'maybe']] }] };
    expect(readWorkspace(JSON.stringify(badStatus))).toMatchObject({ ok: false, path: 'datasets[0].rows[0]' });
    const unknownIndicator = { ...emptyWorkspace(), datasets: [{ ...sample, rows: [['03101', 'other', '2023', 1, 'ok']] }] };
    expect(readWorkspace(JSON.stringify(unknownIndicator))).toMatchObject({ ok: false, path: 'datasets[0].rows[0]' });
    const twice = { ...emptyWorkspace(), datasets: [sample, sample] };
    expect(readWorkspace(JSON.stringify(twice))).toMatchObject({ ok: false, path: 'datasets[1].id' });
  });

  it('rejects a too-large document before parsing it, with a bilingual message', () => {
    const text = serialiseWorkspace({ ...emptyWorkspace(), datasets: [sample] });
    const read = readWorkspace(text, 100);
    expect(read).toMatchObject({ ok: false, reason: 'too_large', size: text.length });
    if (!read.ok) {
      const message = workspaceErrorText(read);
      expect(message.de).toContain('zu groß');
      expect(message.en).toContain('too large');
    }
  });

  it('does not let a "__proto__" member pollute objects', () => {
    const hostile = `{"format":"${WORKSPACE_FORMAT}","version":1,"savedAt":"x","datasets":[],"__proto__":{"polluted":true}}`;
    expect(readWorkspace(hostile).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a dataset that brings areas (no indicators) and rejects a broken area by its path', () => {
    const areas: SavedDataset = {
      ...sample, id: 'areas-1', indicators: [], rows: [],
      areas: [{ key: 'B01', name: 'Mitte', level: 'quartier', parentKey: '03241001', geometry: { type: 'Polygon', coordinates: [[[9.7, 52.3], [9.8, 52.3], [9.8, 52.4], [9.7, 52.3]]] } },
        { key: 'B02', name: 'Nord', level: 'quartier', parentKey: null, geometry: null, flags: ['self_intersection'] }],
    };
    const doc = { ...emptyWorkspace(new Date('2026-11-26T20:00:00Z')), datasets: [sample, areas] };
    expect(readWorkspace(serialiseWorkspace(doc))).toEqual({ ok: true, workspace: doc, migratedFrom: null });
    const broken = { ...doc, datasets: [{ ...areas, areas: [areas.areas![0], { ...areas.areas![1], geometry: { type: 'Polygon', coordinates: [[['x', 1]]] } }] }] };
    expect(readWorkspace(JSON.stringify(broken))).toEqual({ ok: false, reason: 'invalid', path: 'datasets[0].areas[1].geometry' });
    const noAreasNoIndicators = { ...doc, datasets: [{ ...areas, areas: [] }] };
    expect(readWorkspace(JSON.stringify(noAreasNoIndicators))).toEqual({ ok: false, reason: 'invalid', path: 'datasets[0].indicators' });
  });
});
