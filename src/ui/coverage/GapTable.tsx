import { useMemo, useState } from 'react';
import type { CoverageRow } from '../../analysis/coverage/computeCoverage';
import type { Language } from '../../core/types';
import { vt } from './coverageText';

type Column = 'name' | 'key' | 'need' | 'nearest';

export interface GapTableProps {
  gaps: readonly CoverageRow[];
  needHeader: string;
  /** Sort order that puts the most need first (−1 when lower values mean more need). */
  needDirection: 1 | -1;
  formatNeed: (value: number | null) => string;
  formatDistance: (metres: number | null) => string;
  caption: string;
  lang: Language;
  onSelect: (key: string) => void;
}

/** The gaps as a sortable table; the name button selects the area (keyboard and mouse). */
export function GapTable({ gaps, needHeader, needDirection, formatNeed, formatDistance, caption, lang, onSelect }: GapTableProps) {
  const [sort, setSort] = useState<{ column: Column; direction: 'asc' | 'desc' }>({ column: 'need', direction: needDirection === 1 ? 'desc' : 'asc' });
  const sorted = useMemo(() => {
    const value = (row: CoverageRow): string | number => {
      if (sort.column === 'name') return row.name;
      if (sort.column === 'key') return row.key;
      if (sort.column === 'need') return row.need ?? Number.NEGATIVE_INFINITY;
      return row.nearestProjectM ?? Number.POSITIVE_INFINITY;
    };
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...gaps].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'string' ? x.localeCompare(String(y), 'de') : x < (y as number) ? -1 : x > (y as number) ? 1 : 0;
      return sign * c || a.key.localeCompare(b.key);
    });
  }, [gaps, sort]);
  const onSort = (column: Column) =>
    setSort((s) => (s.column === column ? { column, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: column === 'name' || column === 'key' || column === 'nearest' ? 'asc' : 'desc' }));
  const header = (column: Column, text: string) => (
    <th scope="col" aria-sort={sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" data-testid={`coverage-sort-${column}`} onClick={() => onSort(column)}>
        {text}
        <span className="sort-mark" aria-hidden="true">{sort.column === column ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        {sort.column === column && <span className="visually-hidden"> ({vt(lang, sort.direction === 'asc' ? 'sortAsc' : 'sortDesc')})</span>}
      </button>
    </th>
  );
  return (
    <div className="coverage-table-wrap">
      <table className="coverage-table" data-testid="coverage-gap-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', vt(lang, 'name'))}
            {header('key', vt(lang, 'key'))}
            {header('need', needHeader)}
            {header('nearest', vt(lang, 'nearest'))}
            <th scope="col">{vt(lang, 'programme')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.key} data-testid="coverage-gap-row" data-key={row.key}>
              <th scope="row">
                <button type="button" className="link-button" aria-label={vt(lang, 'select', { name: row.name })} onClick={() => onSelect(row.key)}>
                  {row.name}
                </button>
              </th>
              <td>{row.key}</td>
              <td className="num" data-need={row.need ?? ''}>{formatNeed(row.need)}</td>
              <td className="num" data-metres={row.nearestProjectM === null ? '' : Math.round(row.nearestProjectM)}>{formatDistance(row.nearestProjectM)}</td>
              <td>{vt(lang, row.inProgramme ? 'yes' : 'no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
