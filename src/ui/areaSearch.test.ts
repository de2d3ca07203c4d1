import { describe, expect, it } from 'vitest';
import type { AreaRecord, Level } from '../core/types';
import { foldForSearch, searchAreas } from './areaSearch';

const area = (key: string, name: string, level: Level): AreaRecord => ({
  key, name, level, parentKey: null, vintage: '2016-12-31', areaKm2: null, synthetic: false,
});
const areas = [
  area('03', 'Niedersachsen', 'land'),
  area('03241', 'Region Hannover', 'kreis'),
  area('03241001', 'Hannover, Landeshauptstadt', 'gemeinde'),
  area('03241001001', 'Hannover-Mitte', 'quartier'),
  area('03159', 'Göttingen', 'kreis'),
  area('03159016', 'Göttingen, Stadt', 'gemeinde'),
  area('03101000', 'Braunschweig, Stadt', 'gemeinde'),
];

describe('searchAreas', () => {
  it('finds the current level and the levels above, not below', () => {
    const keys = searchAreas(areas, 'hannover', 'gemeinde').map((a) => a.key);
    expect(keys).toEqual(['03241001', '03241']);
    expect(searchAreas(areas, 'hannover', 'quartier').map((a) => a.key)).toContain('03241001001');
  });

  it('finds by key prefix keeping the leading zero', () => {
    expect(searchAreas(areas, '03241', 'gemeinde').map((a) => a.key)).toEqual(['03241', '03241001']);
    expect(searchAreas(areas, '3241', 'gemeinde')).toEqual([]);
  });

  it('folds umlauts and case', () => {
    expect(searchAreas(areas, 'goettingen', 'gemeinde').map((a) => a.key)).toEqual(['03159016', '03159']);
    expect(searchAreas(areas, 'GÖTT', 'kreis').map((a) => a.key)).toEqual(['03159']);
  });

  it('ranks prefixes before substrings and limits the list', () => {
    expect(searchAreas(areas, 'stadt', 'gemeinde').map((a) => a.key)).toEqual(['03101000', '03159016', '03241001']);
    expect(searchAreas(areas, 'a', 'quartier', 2)).toHaveLength(2);
    expect(searchAreas(areas, '   ', 'quartier')).toEqual([]);
  });

  it('treats regex characters in the query as text', () => {
    expect(searchAreas(areas, '.*', 'quartier')).toEqual([]);
    expect(searchAreas(areas, '(', 'quartier')).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('folds German letters', () => {
    expect(foldForSearch('  Straße  Über ')).toBe('strasse ueber');
  });
});
