import { describe, expect, it } from 'vitest';
import { buildTableRows, filterRows, sortRows, tableExport } from './tableModel';
import type { AreaRecord, Indicator } from '../../core/types';
import { selectionSetLayer } from '../../map/layers';

const area = (key: string, name: string, parentKey: string): AreaRecord =>
  ({ key, name, level: 'gemeinde', parentKey, vintage: '2016-12-31', areaKm2: null, synthetic: true });
const indicator = (id: string, unit = '%'): Indicator =>
  ({ id, labelDe: `DE ${id}`, labelEn: `EN ${id}`, unit, polarity: 'higher_is_need', numerator: '', denominator: '', scale: 100,
    definitionDe: '', definitionEn: '', referenceDate: '31.12.', source: 'Demo', licence: 'dl-de/by-2-0', attribution: '', synthetic: true }) as Indicator;

const areas = [area('03241001', 'Hannover', '03241'), area('03241002', 'Barsinghausen', '03241'), area('03151001', 'Ärzen', '03151'), area('03151002', 'Zeven', '03151')];
const rows = buildTableRows({
  areas,
  parentName: (k) => (k === '03241' ? 'Region Hannover' : 'Gifhorn'),
  indicators: [indicator('a'), indicator('b')],
  figures: new Map([
    ['a', new Map([['03241001', { value: 12.5, status: 'ok' as const }], ['03241002', { value: 8, status: 'ok' as const }], ['03151001', { value: null, status: 'secret' as const }], ['03151002', { value: 20, status: 'ok' as const }]])],
    ['b', new Map([['03241001', { value: 1, status: 'ok' as const }]])],
  ]),
  rankIndicator: 'a',
  trends: new Map([['03241001', [10, 11, 12.5]]]),
});

describe('table model', () => {
  it('ranks by the rank indicator; secret has no rank', () => {
    expect(Object.fromEntries(rows.map((r) => [r.key, r.rank]))).toEqual({ '03241001': 2, '03241002': 3, '03151001': null, '03151002': 1 });
    expect(rows[0].trend).toEqual([10, 11, 12.5]);
  });
  it('sorts by indicator both ways with rows without a number last, and by name in German order', () => {
    const desc = sortRows(rows, { column: 'a', direction: 'desc' }).map((r) => r.key);
    expect(desc).toEqual(['03151002', '03241001', '03241002', '03151001']);
    const asc = sortRows(rows, { column: 'a', direction: 'asc' }).map((r) => r.key);
    expect(asc).toEqual(['03241002', '03241001', '03151002', '03151001']);
    expect(sortRows(rows, { column: 'name', direction: 'asc' }).map((r) => r.name)).toEqual(['Ärzen', 'Barsinghausen', 'Hannover', 'Zeven']);
  });
  it('filters by name (umlaut-insensitive), key prefix and parent', () => {
    expect(filterRows(rows, { text: 'arz', parentKey: null }).map((r) => r.key)).toEqual(['03151001']);
    expect(filterRows(rows, { text: '032410', parentKey: null })).toHaveLength(2);
    expect(filterRows(rows, { text: '', parentKey: '03151' }).map((r) => r.key)).toEqual(['03151001', '03151002']);
  });
  it('exports keys as text, secret as an empty number with its flag', () => {
    const t = tableExport(rows, [indicator('a')], 'de', { key: 'Schlüssel', name: 'Name', parent: 'Übergeordnet', rank: 'Rang', status: 'Status' }, ['Synthetische Demodaten']);
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'number', 'number', 'text']);
    const secret = t.rows.find((r) => r[0] === '03151001')!;
    expect(secret[4]).toBeNull();
    expect(String(secret[5])).toContain('geheim');
    expect(t.rows[0][0]).toBe('03241001');
  });
});

describe('selectionSetLayer', () => {
  it('outlines exactly the selected areas of the level', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: areas.map((a) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [9, 52] }, properties: { key: a.key } })),
    };
    const layer = selectionSetLayer(fc, ['03151002', '03241001', '99']);
    expect(layer.data.features.map((f) => (f.properties as { key: string }).key).sort()).toEqual(['03151002', '03241001']);
    expect(layer.filled).toBe(false);
    expect(layer.pickable).toBe(false);
  });
});
