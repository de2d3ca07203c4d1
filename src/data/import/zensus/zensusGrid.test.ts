import { readFileSync } from 'node:fs';
import { area as turfArea, centroid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { toWgs84 } from '../../../analysis/geometry/crs';
import { cellFromCentre, parseGridId } from '../../../analysis/geometry/inspireGrid';
import { importTable } from '../detect/importTable';
import { parseZensusGrid } from './zensusGrid';

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/zensus/${name}`, import.meta.url), 'utf8');

describe('INSPIRE grid ids', () => {
  it('parses 100m, 1km and 10km ids; rejects ids off the grid', () => {
    expect(parseGridId('CRS3035RES1000mN3260000E4320000')).toEqual({ id: 'CRS3035RES1000mN3260000E4320000', east: 4320000, north: 3260000, size: 1000 });
    expect(parseGridId('CRS3035RES100mN2689100E4337000')?.size).toBe(100);
    expect(parseGridId('CRS3035RES10000mN3260000E4320000')?.size).toBe(10000);
    expect(parseGridId('CRS3035RES1000mN3260500E4320000')).toBeNull();
    expect(parseGridId('03241001')).toBeNull();
    expect(cellFromCentre(4320500, 3260500, 1000)?.id).toBe('CRS3035RES1000mN3260000E4320000');
    expect(cellFromCentre(4320501, 3260500, 1000)).toBeNull();
  });
});

describe('Zensus 2022 grid CSV', () => {
  it('cells from ids become WGS 84 squares of 1 km², long rows per cell and column', () => {
    const r = parseZensusGrid(fixture('grid-1km-ids.csv'), { fileName: 'grid.csv' });
    expect(r.cellSize).toBe(1000);
    expect(r.cells).toHaveLength(3);
    const [first] = r.cells;
    expect(turfArea(first.geometry) / 1e6).toBeCloseTo(1, 2);
    // The centre of the cell in EPSG:3035 is where the polygon's centroid lands.
    const [lon, lat] = toWgs84('EPSG:3035')!([4320500, 3260500]);
    const c = centroid(first.geometry).geometry.coordinates;
    expect(c[0]).toBeCloseTo(lon, 4);
    expect(c[1]).toBeCloseTo(lat, 4);
    expect(r.table.rows).toHaveLength(9);
    expect(r.table.rows[0]).toMatchObject({ areaKey: 'CRS3035RES1000mN3260000E4320000', label: 'Insgesamt_Bevoelkerung', value: 1234, status: 'ok', period: '2022' });
    expect(r.table.rows.filter((row) => row.status === 'secret')).toHaveLength(3);
    expect(r.table.format).toBe('zensus-grid');
  });

  it('parts that do not add up to the total: a note (warning), not an error', () => {
    const r = parseZensusGrid(fixture('grid-1km-ids.csv'), { fileName: 'grid.csv' });
    expect(r.table.problems.map((p) => [p.code, p.severity])).toEqual([['parts_not_total', 'warning']]);
    const [note] = r.table.problems;
    expect(note).toMatchObject({ line: 3, column: 'Insgesamt_Bevoelkerung', file: 'grid.csv' });
    expect(note.de).toContain('1 Zellen');
    expect(note.en).toContain('do not add up');
  });

  it('cell-centre coordinates (100 m) give cells; a centre off the grid is an error naming the line', () => {
    const r = parseZensusGrid(fixture('grid-100m-centres.csv'), { fileName: 'c.csv' });
    expect(r.cells.map((c) => c.id)).toEqual(['CRS3035RES100mN3260000E4320000', 'CRS3035RES100mN3260000E4320100']);
    const bad = r.table.problems.find((p) => p.code === 'bad_grid_cell')!;
    expect(bad).toMatchObject({ severity: 'error', line: 4 });
    expect(Math.abs(turfArea(r.cells[0].geometry) / 10_000 - 1)).toBeLessThan(0.01); // turf measures on a sphere
  });

  it('is detected as zensus-grid by the dispatcher and imported', () => {
    const analysed = importTable(new TextEncoder().encode(fixture('grid-1km-ids.csv')), { fileName: 'grid.csv' });
    expect(analysed.format).toBe('zensus-grid');
    expect(analysed.table?.rows).toHaveLength(9);
  });
});

describe('grid cell cap', () => {
  it('refuses a table with more cells than the browser takes, naming both numbers; nothing half-read is offered', () => {
    const lines = ['GITTER_ID_1km;Einwohner'];
    for (let i = 0; i < 12; i++) lines.push(`CRS3035RES1000mN${3260000 + i * 1000}E4320000;${i + 1}`);
    const capped = parseZensusGrid(lines.join('\n'), { fileName: 'gross.csv', maxCells: 10 });
    expect(capped.cellCount).toBe(12);
    expect(capped.cells).toHaveLength(10);
    const error = capped.table.problems.find((p) => p.code === 'grid_too_many_cells');
    expect(error?.severity).toBe('error');
    expect(error?.de).toContain('12 Gitterzellen');
    expect(error?.en).toContain('at most 10');
    const fits = parseZensusGrid(lines.join('\n'), { fileName: 'ok.csv', maxCells: 12 });
    expect(fits.cellCount).toBe(12);
    expect(fits.table.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
