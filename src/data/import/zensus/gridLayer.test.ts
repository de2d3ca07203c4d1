import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJoinReport } from '../../workspace/joinReport';
import { importTable } from '../detect/importTable';
import { gridAreas, gridCellName, gridKnownAreas } from './gridLayer';

const fixture = new Uint8Array(readFileSync(new URL('../../../../test/fixtures/import/zensus-grid-cells.csv', import.meta.url)));

describe('Zensus grid as an area layer', () => {
  it('names cells readably', () => {
    expect(gridCellName('CRS3035RES1000mN3260000E4320000')).toBe('1 km N3260000 E4320000');
    expect(gridCellName('CRS3035RES100mN2689100E4337000')).toBe('100 m N2689100 E4337000');
    expect(gridCellName('anders')).toBe('anders');
  });

  it('turns the cells of a table into grid areas and matches every value row to them', () => {
    const file = importTable(fixture, { fileName: 'z.csv' });
    expect(file.format).toBe('zensus-grid');
    const cells = file.grid!.cells;
    const areas = gridAreas(cells, new Set(['CRS3035RES1000mN3260000E4321000']));
    expect(areas.map((a) => a.key)).toEqual(['CRS3035RES1000mN3260000E4320000', 'CRS3035RES1000mN3261000E4320000', 'CRS3035RES1000mN3261000E4321000']);
    expect(areas.every((a) => a.level === 'grid' && a.parentKey === null && a.geometry?.type === 'Polygon')).toBe(true);
    const report = buildJoinReport(file.table!.rows, gridKnownAreas(cells), 'grid');
    expect(report.matched.map((r) => [r.areaKey, r.value, r.status])).toEqual([
      ['CRS3035RES1000mN3260000E4320000', 812, 'ok'], ['CRS3035RES1000mN3260000E4321000', 455, 'ok'],
      ['CRS3035RES1000mN3261000E4320000', 1290, 'ok'], ['CRS3035RES1000mN3261000E4321000', null, 'secret'],
    ]);
    expect(report.withoutArea).toEqual([]);
  });
});
