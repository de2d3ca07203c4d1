import { useMemo, useState } from 'react';
import type { AreaIndexResult } from '../../analysis/index/computeSocialIndex';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { at, type AnalysisKey } from './text';

type SortKey = 'name' | 'statusIndex' | 'dynamicsIndex' | 'statusClass' | 'dynamicsClass' | 'group' | 'excluded' | `z:${string}`;

const REASON_KEY: Record<string, AnalysisKey> = {
  population_below_min: 'reasonPopulation_below_min',
  population_missing: 'reasonPopulation_missing',
  missing_value: 'reasonMissing_value',
  suppressed_value: 'reasonSuppressed_value',
  no_reference: 'reasonNo_reference',
};

export function reasonText(reason: string, lang: Language): string {
  const key = REASON_KEY[reason];
  return key ? at(lang, key) : reason;
}

function sortValue(a: AreaIndexResult, key: SortKey): number | string | null {
  if (key === 'name') return a.name;
  if (key === 'excluded') return a.excluded;
  if (key.startsWith('z:')) return a.z[key.slice(2)] ?? null;
  return a[key as 'statusIndex'] ?? null;
}

/** Sortable table of the index result: area, z-values, indices, classes, exclusion with reason. */
export function IndexTable({ areas, indicatorIds, lang }: { areas: AreaIndexResult[]; indicatorIds: string[]; lang: Language }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'statusIndex', desc: true });
  const rows = useMemo(() => {
    const copy = [...areas];
    copy.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      if (x === null && y === null) return 0;
      if (x === null) return 1; // missing values last in both directions
      if (y === null) return -1;
      const c = typeof x === 'string' ? x.localeCompare(String(y), lang) : x - (y as number);
      return sort.desc ? -c : c;
    });
    return copy;
  }, [areas, sort, lang]);
  const num = (x: number | null) => (x === null ? '–' : formatNumber(x, lang, 2));
  const header = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" data-testid={`index-sort-${key}`} title={at(lang, 'sortBy', { col: label })}
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }))}>
        {label}
      </button>
    </th>
  );
  return (
    <div className="index-table-wrap">
      <table className="index-table" data-testid="index-table">
        <thead>
          <tr>
            {header('name', at(lang, 'colArea'))}
            {indicatorIds.map((id) => header(`z:${id}`, `z ${id}`))}
            {header('statusIndex', at(lang, 'colStatusIndex'))}
            {header('dynamicsIndex', at(lang, 'colDynamicsIndex'))}
            {header('statusClass', at(lang, 'colStatusClass'))}
            {header('dynamicsClass', at(lang, 'colDynamicsClass'))}
            {header('group', at(lang, 'colGroup'))}
            {header('excluded', at(lang, 'colExcluded'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.key} data-testid="index-row" data-key={a.key} data-status-class={a.statusClass ?? ''}>
              <th scope="row">{a.name}</th>
              {indicatorIds.map((id) => <td key={id}>{num(a.z[id] ?? null)}</td>)}
              <td>{num(a.statusIndex)}</td>
              <td>{num(a.dynamicsIndex)}</td>
              <td>{a.statusLabel ? a.statusLabel[lang] : '–'}</td>
              <td>{a.dynamicsLabel ? a.dynamicsLabel[lang] : '–'}</td>
              <td>{a.group ?? '–'}</td>
              <td>{a.excluded ? reasonText(a.excluded, lang) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
