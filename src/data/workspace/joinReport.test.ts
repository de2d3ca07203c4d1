import { describe, expect, it } from 'vitest';
import type { NormalisedRow } from '../import/normalised';
import { buildJoinReport, duplicatesCsv, keyListCsv } from './joinReport';

const row = (areaKey: string, line: number, extra: Partial<NormalisedRow> = {}): NormalisedRow => ({
  areaKey, areaName: `Gebiet ${areaKey}`, indicator: 'bev', label: 'Bevölkerung', unit: 'Anzahl', period: '2023',
  value: 1, status: 'ok', aggregate: false, line, ...extra,
});

const areas = [
  { key: '03101', name: 'Braunschweig', level: 'kreis' },
  { key: '03102', name: 'Salzgitter', level: 'kreis' },
  { key: '03241', name: 'Region Hannover', level: 'kreis' },
  { key: '03101000', name: 'Braunschweig, Stadt', level: 'gemeinde' },
];

describe('buildJoinReport', () => {
  it('sorts rows into matched, without area, areas without data, duplicates and aggregates', () => {
    const report = buildJoinReport([
      row('DG', 2, { aggregate: true }),
      row('03101', 3),
      row('3101', 4), // lost leading zero: not silently matched
      row('03241', 5), row('03241', 6), // duplicate
      row('03999', 7), row('03999', 8, { period: '2022' }),
    ], areas, 'kreis');
    expect(report.matched.map((r) => r.line)).toEqual([3]);
    expect(report.matchedKeys).toBe(1);
    expect(report.withoutArea).toEqual([
      { key: '3101', name: 'Gebiet 3101', line: 4 }, { key: '03999', name: 'Gebiet 03999', line: 7 },
    ]);
    expect(report.areasWithoutData.map((a) => a.key)).toEqual(['03102']);
    expect(report.duplicates).toEqual([{ key: '03241', indicator: 'bev', period: '2023', lines: [5, 6] }]);
    expect(report.aggregates).toBe(1);
  });

  it('joins against the chosen level only', () => {
    const report = buildJoinReport([row('03101000', 3)], areas, 'gemeinde');
    expect(report.matched).toHaveLength(1);
    expect(buildJoinReport([row('03101000', 3)], areas, 'kreis').withoutArea.map((e) => e.key)).toEqual(['03101000']);
  });

  it('writes key lists as CSV that spreadsheets cannot execute', () => {
    const csv = keyListCsv([{ key: '03101', name: '=HYPERLINK("x")', line: 3 }, { key: '03102', name: 'Salzgitter, Stadt', line: 0 }]);
    expect(csv.split('\r\n')).toEqual(['area_key,area_name,line', `03101,"'=HYPERLINK(""x"")",3`, '03102,"Salzgitter, Stadt",', '']);
    expect(duplicatesCsv([{ key: '03241', indicator: '+bev', period: '2023', lines: [5, 6] }]).split('\r\n')[1]).toBe("03241,'+bev,2023,5 6");
  });
});
