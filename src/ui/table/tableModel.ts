import { figureNumber } from '../../map/choropleth';
import { rankFigures } from '../../map/ranks';
import type { AreaRecord, Indicator, Language, Status } from '../../core/types';
import { formatFigure, statusLabel } from '../../core/format';
import { STATUS_SYMBOL } from '../../core/status';
import type { ExportTable } from '../../data/export/tableCsv';

/** One indicator's figure in a table row. */
export interface TableFigure {
  value: number | null;
  status: Status;
}

export interface TableRow {
  key: string;
  name: string;
  parentKey: string | null;
  parentName: string;
  /** Figures by indicator id (absent: no observation). */
  figures: Record<string, TableFigure>;
  /** Rank of the sort indicator (1 = highest), null without a number. */
  rank: number | null;
  /** Values of the sort indicator over all periods, oldest first (null = gap). */
  trend: (number | null)[];
}

export interface TableInput {
  areas: readonly AreaRecord[];
  parentName: (key: string) => string;
  indicators: readonly Indicator[];
  /** indicator id → area key → figure for the chosen year. */
  figures: ReadonlyMap<string, ReadonlyMap<string, TableFigure>>;
  /** The indicator the rank and trend belong to. */
  rankIndicator: string;
  /** area key → values of the rank indicator over the periods. */
  trends: ReadonlyMap<string, (number | null)[]>;
}

export function buildTableRows(input: TableInput): TableRow[] {
  const rankSource = input.figures.get(input.rankIndicator);
  const { ranks } = rankFigures(
    input.areas.map((a) => ({ areaKey: a.key, ...(rankSource?.get(a.key) ?? { value: null, status: 'missing' as Status }) })),
  );
  return input.areas.map((area) => {
    const figures: Record<string, TableFigure> = Object.create(null);
    for (const indicator of input.indicators) {
      const f = input.figures.get(indicator.id)?.get(area.key);
      if (f) figures[indicator.id] = f;
    }
    return {
      key: area.key,
      name: area.name,
      parentKey: area.parentKey,
      parentName: area.parentKey ? input.parentName(area.parentKey) : '',
      figures,
      rank: ranks.get(area.key) ?? null,
      trend: input.trends.get(area.key) ?? [],
    };
  });
}

/** Sort by `name`, `key`, `parent`, `rank` or an indicator id; rows without a number always last. */
export type SortColumn = string;
export interface TableSort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

export interface TableFilter {
  text: string;
  parentKey: string | null;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

export function filterRows(rows: readonly TableRow[], filter: TableFilter): TableRow[] {
  const needle = normalise(filter.text.trim());
  return rows.filter(
    (r) =>
      (filter.parentKey === null || r.parentKey === filter.parentKey) &&
      (needle === '' || normalise(r.name).includes(needle) || r.key.startsWith(filter.text.trim())),
  );
}

export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const text = (r: TableRow) => (sort.column === 'key' ? r.key : sort.column === 'parent' ? r.parentName : r.name);
  const num = (r: TableRow): number | null => {
    if (sort.column === 'rank') return r.rank;
    const f = r.figures[sort.column];
    return f ? figureNumber(f) : null;
  };
  const byText = sort.column === 'name' || sort.column === 'key' || sort.column === 'parent';
  return [...rows].sort((a, b) => {
    if (byText) return sign * text(a).localeCompare(text(b), 'de') || a.key.localeCompare(b.key);
    const x = num(a);
    const y = num(b);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name, 'de') : x === null ? 1 : -1;
    return sign * (x - y) || a.name.localeCompare(b.name, 'de');
  });
}

/** The status flag as text beside the number (DIN symbol and words), '' for a plain value. */
export function statusFlag(status: Status, lang: Language): string {
  if (status === 'ok') return '';
  const symbol = STATUS_SYMBOL[status];
  return symbol ? `${symbol} ${statusLabel(status, lang)}` : statusLabel(status, lang);
}

export function figureText(f: TableFigure | undefined, unit: string, lang: Language): string {
  return f ? formatFigure(f.value, f.status, unit, lang) : statusLabel('missing', lang);
}

export interface ExportLabels {
  key: string;
  name: string;
  parent: string;
  rank: string;
  status: string;
}

/**
 * The visible rows as an export table: key, name, parent, rank, then per indicator the number and
 * its status (a status that carries no number leaves the number cell empty, never 0).
 */
export function tableExport(
  rows: readonly TableRow[],
  indicators: readonly Indicator[],
  lang: Language,
  labels: ExportLabels,
  footer: string[],
): ExportTable {
  const columns: ExportTable['columns'] = [
    { header: labels.key, kind: 'text' },
    { header: labels.name, kind: 'text' },
    { header: labels.parent, kind: 'text' },
    { header: labels.rank, kind: 'number' },
  ];
  for (const i of indicators) {
    const label = lang === 'de' ? i.labelDe : i.labelEn;
    columns.push({ header: i.unit ? `${label} (${i.unit})` : label, kind: 'number' });
    columns.push({ header: `${label}: ${labels.status}`, kind: 'text' });
  }
  return {
    columns,
    rows: rows.map((r) => [
      r.key,
      r.name,
      r.parentName,
      r.rank,
      ...indicators.flatMap((i) => {
        const f = r.figures[i.id];
        if (!f) return [null, statusLabel('missing', lang)];
        return [figureNumber(f), f.status === 'ok' ? '' : statusFlag(f.status, lang)];
      }),
    ]),
    footer,
  };
}
