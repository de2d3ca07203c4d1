import { describe, expect, it } from 'vitest';
import type { NormalisedRow } from '../../data/import/normalised';
import { buildSavedDataset, initialMapping, mappingIssues } from './mapping';

const info = (id: string) => ({ id, label: id.toUpperCase(), unit: 'Anzahl', periods: ['2023'] });
const row = (indicator: string, areaKey: string): NormalisedRow => ({
  areaKey, areaName: '', indicator, label: '', unit: '', period: '2023', value: 5, status: 'ok', aggregate: false, line: 2,
});
const provenance = {
  fileName: 'x.csv', format: 'csv', tableCode: null, title: null, referenceDates: [], licence: null, stand: null, level: 'kreis',
  importedAt: '2026-11-26T20:00:00.000Z',
};

describe('indicator mapping', () => {
  it('proposes ids that are valid and do not clash with loaded indicators', () => {
    const entries = initialMapping([info('12411-01__Bevölkerung'), info('sgb2_quote')], ['sgb2_quote']);
    expect(entries.map((e) => e.id)).toEqual(['bevoelkerung', 'sgb2_quote_2']);
    expect(mappingIssues(entries, ['sgb2_quote'])).toEqual([]);
  });

  it('names ids that clash, are malformed, or units that are missing', () => {
    const entries = initialMapping([info('a'), info('b')], []);
    entries[0].id = 'sgb2_quote';
    entries[1].id = 'Böse Id';
    entries[1].unit = ' ';
    expect(mappingIssues(entries, ['sgb2_quote'])).toEqual([
      { kind: 'id', id: 'sgb2_quote' }, { kind: 'id', id: 'Böse Id' }, { kind: 'unit', label: 'B' },
    ]);
    expect(mappingIssues(entries.map((e) => ({ ...e, include: false })), [])).toEqual([{ kind: 'none' }]);
  });

  it('keeps included indicators under their new ids and drops a denominator that is not included', () => {
    const entries = initialMapping([info('a'), info('b'), info('c')], []);
    entries[0].id = 'total';
    entries[1].denominator = 'total';
    entries[2].include = false;
    entries[0].denominator = 'c';
    const d = buildSavedDataset('u1', 'Name', provenance, entries, [row('a', '03101'), row('b', '03101'), row('c', '03101')]);
    expect(d.indicators).toEqual([
      { id: 'total', label: 'A', unit: 'Anzahl', denominator: null },
      { id: 'b', label: 'B', unit: 'Anzahl', denominator: 'total' },
    ]);
    expect(d.rows).toEqual([['03101', 'total', '2023', 5, 'ok'], ['03101', 'b', '2023', 5, 'ok']]);
  });
});

describe('adding rows to a loaded indicator', () => {
  it('rows of a column with a target go to the loaded indicator, which the dataset then extends', () => {
    const entries = initialMapping([info('einwohner'), info('alq')], ['population']);
    entries[0].target = 'population';
    entries[0].id = 'population';
    expect(mappingIssues(entries, ['population'])).toEqual([]);
    const d = buildSavedDataset('u2', 'Bezirke', provenance, entries, [row('einwohner', 'B01'), row('alq', 'B01')]);
    expect(d.extends).toEqual(['population']);
    expect(d.indicators.map((i) => i.id)).toEqual(['alq']);
    expect(d.rows.map((r) => r[1])).toEqual(['population', 'alq']);
  });

  it('two columns cannot both add to the same loaded indicator', () => {
    const entries = initialMapping([info('a'), info('b')], ['population']);
    entries[0].target = 'population';
    entries[1].target = 'population';
    expect(mappingIssues(entries, ['population'])).toEqual([{ kind: 'id', id: 'population' }]);
  });

  it('without targets the dataset extends nothing', () => {
    const d = buildSavedDataset('u3', 'X', provenance, initialMapping([info('a')], []), [row('a', '03101')]);
    expect(d.extends).toBeUndefined();
  });
});
