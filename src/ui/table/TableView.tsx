import { memo, useMemo, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import type { Indicator, Language, Level } from '../../core/types';
import { formatNumber, formatValue } from '../../core/format';
import { writeTableCsv } from '../../data/export/tableCsv';
import { writeTableXlsx } from '../../data/export/tableXlsx';
import { levelPlural } from '../i18n';
import type { AtlasMeta } from '../meta';
import { ct } from '../compare/compareText';
import { browserDownload, type Download } from '../compare/download';
import { exportFooter } from './exportFooter';
import { Sparkline } from './Sparkline';
import { figureText, filterRows, sortRows, statusFlag, tableExport, type TableRow, type TableSort } from './tableModel';
import { useTableData } from './useTableData';
import { useStableCallback } from '../compare/selectionStore';

const PAGE = 300;

export interface TableViewProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  level: Level;
  year: string;
  indicatorId: string;
  lang: Language;
  selection: readonly string[];
  onToggle: (key: string) => void;
  download?: Download;
}

function label(i: Indicator, lang: Language) {
  return lang === 'de' ? i.labelDe : i.labelEn;
}

// The trend in words (first and last value with a number), so the line is never the only carrier.
function trendLabel(values: (number | null)[], periods: string[], unit: string, lang: Language) {
  const at = values.map((v, i) => ({ v, p: periods[i] })).filter((x): x is { v: number; p: string } => x.v !== null);
  if (at.length === 0) return '–';
  const first = at[0];
  const last = at[at.length - 1];
  return `${first.p}: ${formatValue(first.v, unit, lang)} → ${last.p}: ${formatValue(last.v, unit, lang)}`;
}

/** One area's row; memoised, so that a selection change re-renders only the rows it touches. */
const AreaRow = memo(function AreaRow(props: {
  row: TableRow;
  selected: boolean;
  indicators: Indicator[];
  lang: Language;
  unit: string;
  periods: string[];
  onToggle: (key: string) => void;
}) {
  const { row, selected, indicators, lang, unit, periods, onToggle } = props;
  return (
    <tr data-testid="table-row" data-key={row.key} data-selected={selected ? 'true' : 'false'} className={selected ? 'selected' : undefined}>
      <td>
        <input
          type="checkbox"
          data-testid="row-select"
          checked={selected}
          onChange={() => onToggle(row.key)}
          aria-label={ct(lang, 'select', { name: row.name })}
        />
      </td>
      <td className="num" data-testid="cell-rank">{row.rank ?? '–'}</td>
      <th scope="row" data-testid="cell-name">{row.name}</th>
      <td className="key">{row.key}</td>
      <td>{row.parentName}</td>
      <td>
        <Sparkline values={row.trend} label={trendLabel(row.trend, periods, unit, lang)} />
      </td>
      {indicators.map((i) => {
        const f = row.figures[i.id];
        const flag = f ? statusFlag(f.status, lang) : '';
        return (
          <td key={i.id} className="num" data-indicator={i.id}>
            {figureText(f, i.unit, lang)}
            {flag && f && f.status !== 'secret' && f.status !== 'suppressed' && f.status !== 'zero' && f.value !== null && (
              <span className="status-flag"> ({flag})</span>
            )}
            {f && (f.status === 'secret' || f.status === 'suppressed') && <span className="status-flag"> ({flag.split(' ')[0]})</span>}
          </td>
        );
      })}
    </tr>
  );
});

/** All areas of the level in one sortable, filterable table; the row checkbox is the linked selection. */
export function TableView(props: TableViewProps) {
  const { atlas, meta, level, year, indicatorId, lang, selection } = props;
  // One identity for the life of the view, so that a toggle re-renders only the rows whose state changed.
  const onToggle = useStableCallback(props.onToggle);
  const download = props.download ?? browserDownload;
  const { data, error } = useTableData(atlas, meta, level, year, indicatorId);
  const [sort, setSort] = useState<TableSort>({ column: 'rank', direction: 'asc' });
  const [text, setText] = useState('');
  const [parentKey, setParentKey] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const indicators = meta.indicators;
  const selected = useMemo(() => new Set(selection), [selection]);
  const parents = useMemo(() => {
    const keys = [...new Set((data?.rows ?? []).map((r) => r.parentKey).filter((k): k is string => k !== null))];
    return keys.map((k) => ({ key: k, name: meta.areaByKey.get(k)?.name ?? k })).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }, [data, meta]);
  const visible = useMemo(
    () => (data ? sortRows(filterRows(data.rows, { text, parentKey }), sort) : []),
    [data, text, parentKey, sort],
  );
  if (error) return <p role="alert">{ct(lang, 'loadError')}</p>;
  if (!data) return <p data-testid="table-loading">{ct(lang, 'loading')}</p>;
  const rankIndicator = meta.indicatorById.get(indicatorId);
  const shown = showAll ? visible : visible.slice(0, PAGE);

  // Same column: flip. New column: text and rank ascending, indicator values highest first.
  const onSort = (column: string) =>
    setSort((s) =>
      s.column === column
        ? { column, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: ['rank', 'name', 'key', 'parent'].includes(column) ? 'asc' : 'desc' },
    );
  const ariaSort = (column: string) => (sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const header = (column: string, text: string) => (
    <th scope="col" aria-sort={ariaSort(column)} key={column}>
      <button type="button" className="sort-button" data-testid={`sort-${column}`} onClick={() => onSort(column)}>
        {text}
        <span className="sort-mark">{sort.column === column ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        {sort.column === column && <span className="visually-hidden"> ({ct(lang, sort.direction === 'asc' ? 'sortAsc' : 'sortDesc')})</span>}
      </button>
    </th>
  );

  const exportTable = () =>
    tableExport(
      visible,
      indicators,
      lang,
      { key: ct(lang, 'key'), name: ct(lang, 'name'), parent: ct(lang, 'parent'), rank: ct(lang, 'rankOf', { indicator: rankIndicator ? label(rankIndicator, lang) : indicatorId }), status: ct(lang, 'status') },
      exportFooter(indicators, year, lang, meta.synthetic, atlas.disclosureNote(lang)),
    );
  const baseName = `quartiersatlas-${level}-${indicatorId}-${year}`;
  const unit = rankIndicator?.unit ?? '';
  const onCsv = () => download(new Blob([writeTableCsv(exportTable(), lang)], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
  const onXlsx = () => {
    void writeTableXlsx(exportTable(), `${levelPlural(lang, level)} ${year}`).then((blob) => download(blob, `${baseName}.xlsx`));
  };

  return (
    <section className="table-view" data-testid="table-view" aria-labelledby="table-title">
      <h2 id="table-title">{ct(lang, 'tableTitle')}</h2>
      {meta.synthetic && <p className="demo-note">{ct(lang, 'demoMark')}</p>}
      <div className="table-controls">
        <label>
          <span>{ct(lang, 'filterName')}</span>
          <input type="search" data-testid="table-filter" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {parents.length > 0 && (
          <label>
            <span>{ct(lang, 'filterParent')}</span>
            <select data-testid="table-parent-filter" value={parentKey ?? ''} onChange={(e) => setParentKey(e.target.value || null)}>
              <option value="">{ct(lang, 'filterAll')}</option>
              {parents.map((p) => <option key={p.key} value={p.key}>{p.name}</option>)}
            </select>
          </label>
        )}
        <button type="button" data-testid="export-csv" onClick={onCsv}>{ct(lang, 'exportCsv')}</button>
        <button type="button" data-testid="export-xlsx" onClick={onXlsx}>{ct(lang, 'exportXlsx')}</button>
      </div>
      <div className="table-scroll">
        <table className="area-table" data-testid="area-table">
          <caption>
            {ct(lang, 'tableCaption', { level: levelPlural(lang, level), year, n: formatNumber(visible.length, lang), total: formatNumber(data.rows.length, lang) })}
          </caption>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{ct(lang, 'selection')}</span></th>
              {header('rank', ct(lang, 'rank'))}
              {header('name', ct(lang, 'name'))}
              {header('key', ct(lang, 'key'))}
              {header('parent', ct(lang, 'parent'))}
              <th scope="col">{ct(lang, 'trend')}{rankIndicator ? ` (${label(rankIndicator, lang)})` : ''}</th>
              {indicators.map((i) => header(i.id, `${label(i, lang)}${i.unit ? ` (${i.unit})` : ''}`))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <AreaRow key={row.key} row={row} selected={selected.has(row.key)} indicators={indicators} lang={lang} unit={unit}
                periods={data.periods} onToggle={onToggle} />
            ))}
          </tbody>
        </table>
      </div>
      {!showAll && visible.length > PAGE && (
        <button type="button" onClick={() => setShowAll(true)}>{ct(lang, 'showAll', { n: formatNumber(visible.length, lang) })}</button>
      )}
    </section>
  );
}
