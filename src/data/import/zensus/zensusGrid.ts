import type { Polygon } from 'geojson';
import { cellFromCentre, cellPolygon, parseGridId, type GridCell } from '../../../analysis/geometry/inspireGrid';
import { parseCsvText } from '../csvParse';
import { detectDelimiter } from '../detect/delimiter';
import { ProblemList } from '../genesis/problemList';
import { indicatorId } from '../genesis/slug';
import { readValueCell } from '../genesis/valueCell';
import { problem, type IndicatorInfo, type NormalisedRow, type TableImport } from '../normalised';
import { cleanHeaders } from '../plainCsv/headers';

/**
 * Zensus 2022 grid tables (`GITTER_ID_1km;x_mp_1km;y_mp_1km;Einwohner`, also 100m and 10km): cells
 * from the INSPIRE id or the cell-centre coordinates in EPSG:3035, as WGS 84 polygons, plus one long
 * row per cell and value column. `–` (not published) becomes `secret`. When parts do not add up to a
 * total column (Zensus 2022 perturbs counts for confidentiality) that is a note, not an error.
 */
export interface ZensusGridImport {
  table: TableImport;
  cells: Array<{ id: string; geometry: Polygon }>;
  /** Edge length of the cells in metres. */
  cellSize: number | null;
  /** Cells in the file (also those beyond `maxCells`, which are not read). */
  cellCount: number;
}

/** Most grid cells the browser draws and keeps; a larger table is refused with a message. */
export const MAX_GRID_CELLS = 200_000;

export interface ZensusGridOptions {
  fileName: string;
  /** Reference period; the Zensus 2022 reference date is 15 May 2022. */
  period?: string;
  /** Cap on the cells read (default MAX_GRID_CELLS); more is an error that names both numbers. */
  maxCells?: number;
}

const SIZE_SUFFIX: Record<string, number> = { '100m': 100, '1km': 1000, '10km': 10_000 };
const NOT_PUBLISHED = new Set(['–', '—']);

export function looksLikeZensusGrid(head: string): boolean {
  return /GITTER_ID_\d+k?m|CRS3035RES\d+k?m|x_mp_\d+k?m/i.test(head);
}

export function parseZensusGrid(text: string, options: ZensusGridOptions): ZensusGridImport {
  const { fileName } = options;
  const period = options.period ?? '2022';
  const problems = new ProblemList();
  let beyondCap = 0;
  const body = text.replace(/^\uFEFF/, '');
  const { delimiter } = detectDelimiter(body.slice(0, 64 * 1024));
  const parsed = parseCsvText(body, { delimiter });
  const provenance = { fileName, tableCode: null, title: 'Zensus 2022 Gitter', referenceDates: ['2022-05-15'], licence: 'dl-de/by-2-0', stand: null, footnotes: [] };
  const finish = (rows: NormalisedRow[], indicators: IndicatorInfo[], cells: ZensusGridImport['cells'], keyColumn: string | null, size: number | null): ZensusGridImport => ({
    table: { format: 'zensus-grid', provenance, indicators, rows, problems: problems.list(), level: size === null ? null : `grid_${size}m`, keyColumn },
    cells, cellSize: size, cellCount: cells.length + beyondCap,
  });
  const [header = [], ...data] = parsed.rows;
  const { names } = cleanHeaders(header);
  const lower = names.map((n) => n.toLowerCase());
  const idColumn = lower.findIndex((n) => /^gitter_id_\d+k?m$/.test(n) || n === 'gitter_id' || n === 'id');
  const xColumn = lower.findIndex((n) => /^x_mp_\d+k?m$/.test(n));
  const yColumn = lower.findIndex((n) => /^y_mp_\d+k?m$/.test(n));
  const sizeFrom = (name: string | undefined) => {
    const m = /_(\d+k?m)$/i.exec(name ?? '');
    return m ? SIZE_SUFFIX[m[1].toLowerCase()] ?? null : null;
  };
  const headerSize = sizeFrom(names[idColumn]) ?? sizeFrom(names[xColumn]);
  if (idColumn < 0 && (xColumn < 0 || yColumn < 0)) {
    problems.add(problem('error', 'no_grid_column', fileName, { line: 1 }, 'Weder eine Gitterzellen-ID (GITTER_ID_1km) noch Mittelpunktkoordinaten (x_mp_1km, y_mp_1km) gefunden.',
      'Neither a grid cell id (GITTER_ID_1km) nor cell-centre coordinates (x_mp_1km, y_mp_1km) found.',
      'Verwenden Sie die Gitter-CSV des Zensus 2022 unverändert.', 'Use the Zensus 2022 grid CSV unchanged.'));
    return finish([], [], [], null, null);
  }
  const skip = new Set([idColumn, xColumn, yColumn]);
  const valueColumns = names.map((_, c) => c).filter((c) => !skip.has(c) && names[c] !== '');
  const ids = new Map<string, string>();
  const meta = valueColumns.map((c) => ({ c, label: names[c], id: indicatorId('zensus2022', [names[c]], ids, names[c]) }));
  const totalAt = meta.findIndex((m) => /insgesamt|gesamt$/i.test(m.label));
  const rows: NormalisedRow[] = [];
  const cells: ZensusGridImport['cells'] = [];
  const seen = new Set<string>();
  let size: number | null = headerSize;
  let partsOff = 0;
  const maxCells = options.maxCells ?? MAX_GRID_CELLS;
  let firstOffLine = 0;
  data.forEach((row, i) => {
    const line = parsed.lines[i + 1];
    if (row.every((c) => c.trim() === '')) return;
    if (cells.length >= maxCells) {
      beyondCap++;
      return;
    }
    let cell: GridCell | null = null;
    if (idColumn >= 0) cell = parseGridId(row[idColumn] ?? '');
    if (!cell && xColumn >= 0 && yColumn >= 0 && headerSize) {
      cell = cellFromCentre(Number((row[xColumn] ?? '').trim()), Number((row[yColumn] ?? '').trim()), headerSize);
    }
    if (!cell) {
      problems.add(problem('error', 'bad_grid_cell', fileName, { line, column: names[idColumn >= 0 ? idColumn : xColumn] },
        `Zeile ${line}: keine gültige Gitterzelle (ID „${idColumn >= 0 ? row[idColumn] : ''}“, Mittelpunkt ${xColumn >= 0 ? row[xColumn] : ''}/${yColumn >= 0 ? row[yColumn] : ''}).`,
        `Line ${line}: not a valid grid cell (id "${idColumn >= 0 ? row[idColumn] : ''}", centre ${xColumn >= 0 ? row[xColumn] : ''}/${yColumn >= 0 ? row[yColumn] : ''}).`,
        'Prüfen Sie die Zeile; IDs haben die Form CRS3035RES1000mN3260000E4320000.', 'Check the row; ids look like CRS3035RES1000mN3260000E4320000.'));
      return;
    }
    if (size === null) size = cell.size;
    if (seen.has(cell.id)) {
      problems.add(problem('error', 'duplicate_key', fileName, { line }, `Zeile ${line}: Gitterzelle ${cell.id} kommt doppelt vor.`,
        `Line ${line}: grid cell ${cell.id} appears twice.`, 'Entfernen Sie die doppelte Zeile.', 'Remove the duplicate row.'));
      return;
    }
    seen.add(cell.id);
    cells.push({ id: cell.id, geometry: cellPolygon(cell) });
    const values: Array<number | null> = [];
    for (const m of meta) {
      const raw = (row[m.c] ?? '').trim();
      const reading = NOT_PUBLISHED.has(raw) ? { ok: true as const, value: null, status: 'secret' as const, percent: false }
        : readValueCell(raw, { style: 'de', zeroIsSymbol: false });
      if (!reading.ok) {
        problems.add(problem('error', 'invalid_value', fileName, { line, column: m.label }, `Zeile ${line}, Spalte „${m.label}“: ${reading.de}.`,
          `Line ${line}, column "${m.label}": ${reading.en}.`, 'Korrigieren Sie den Wert.', 'Correct the value.'));
        values.push(null);
        continue;
      }
      values.push(reading.status === 'ok' ? reading.value : null);
      rows.push({ areaKey: cell.id, areaName: '', indicator: m.id, label: m.label, unit: '', period,
        value: reading.status === 'zero' ? null : reading.value, status: reading.status, aggregate: false, line });
    }
    if (totalAt >= 0 && meta.length > 2) {
      const total = values[totalAt];
      const parts = values.filter((_, k) => k !== totalAt);
      if (total !== null && parts.every((v) => v !== null) && Math.abs(parts.reduce((a, b) => a! + b!, 0)! - total) > 1e-9) {
        if (partsOff === 0) firstOffLine = line;
        partsOff++;
      }
    }
  });
  if (beyondCap > 0) {
    const total = cells.length + beyondCap;
    problems.add(problem('error', 'grid_too_many_cells', fileName, {},
      `Die Tabelle hat ${total.toLocaleString('de-DE')} Gitterzellen; im Browser sind höchstens ${maxCells.toLocaleString('de-DE')} möglich. Es wurde nichts geladen.`,
      `The table has ${total.toLocaleString('en-GB')} grid cells; the browser takes at most ${maxCells.toLocaleString('en-GB')}. Nothing was loaded.`,
      'Schneiden Sie die Tabelle auf Ihr Gebiet zu (z. B. Filter auf die Gemeinde oder in QGIS) oder nehmen Sie ein gröberes Gitter (1 km statt 100 m).',
      'Cut the table to your area (e.g. filter on the municipality or use QGIS) or take a coarser grid (1 km instead of 100 m).'));
  }
  if (partsOff > 0) {
    const total = meta[totalAt].label;
    problems.add(problem('warning', 'parts_not_total', fileName, { line: firstOffLine, column: total },
      `Hinweis: In ${partsOff} Zellen ergeben die Teile nicht „${total}“ (erste in Zeile ${firstOffLine}). Das ist beim Zensus 2022 durch die Geheimhaltung (Überlagerung) normal.`,
      `Note: in ${partsOff} cells the parts do not add up to "${total}" (first on line ${firstOffLine}). In Zensus 2022 this is normal (confidentiality perturbation).`,
      'Nichts zu tun; rechnen Sie Anteile mit der Summenspalte, nicht mit der Summe der Teile.', 'Nothing to do; compute shares with the total column, not the sum of the parts.'));
  }
  const indicators = meta.map((m) => ({ id: m.id, label: m.label, unit: '', periods: [period] }));
  return finish(rows, indicators, cells, idColumn >= 0 ? names[idColumn] : `${names[xColumn]},${names[yColumn]}`, size);
}
