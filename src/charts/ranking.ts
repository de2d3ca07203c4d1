import { figureNumber } from '../map/choropleth';
import type { Status } from '../core/types';

/** One bar of the ranking chart. */
export interface RankingBar {
  key: string;
  name: string;
  value: number;
  /** 1 = highest value; ties share the better rank. */
  rank: number;
  selected: boolean;
}

export interface RankingSeries {
  /** Areas with a number, highest first. */
  bars: RankingBar[];
  /** Areas without a number (status in words elsewhere), by name. */
  withoutNumber: { key: string; name: string; status: Status }[];
  selectedCount: number;
}

/**
 * The ranking bar chart of one indicator: areas with a number sorted from the highest value down,
 * selected areas flagged (linked brushing). Secret or missing values are never drawn as zero bars.
 */
export function rankingSeries(
  figures: readonly { areaKey: string; value: number | null; status: Status }[],
  nameOf: (key: string) => string,
  selected: ReadonlySet<string>,
): RankingSeries {
  const numbered: { key: string; value: number }[] = [];
  const withoutNumber: RankingSeries['withoutNumber'] = [];
  for (const f of figures) {
    const n = figureNumber(f);
    if (n === null) withoutNumber.push({ key: f.areaKey, name: nameOf(f.areaKey), status: f.status });
    else numbered.push({ key: f.areaKey, value: n });
  }
  numbered.sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  let rank = 0;
  const bars = numbered.map((f, i) => {
    if (i === 0 || numbered[i - 1].value !== f.value) rank = i + 1;
    return { key: f.key, name: nameOf(f.key), value: f.value, rank, selected: selected.has(f.key) };
  });
  withoutNumber.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { bars, withoutNumber, selectedCount: bars.filter((b) => b.selected).length };
}
