import type { Polarity } from '../../core/types';
import type { PreparedIndexInput } from '../index/prepareIndexInput';
import { GroupScratch, standardiseInto } from '../index/standardiseInto';

/** Areas as points in the standardised indicator space. */
export interface IndicatorSpace {
  keys: string[];
  dimensions: string[];
  /** z[area · dimensions.length + d]; NaN = missing. */
  z: Float64Array;
}

/**
 * z-standardise the chosen indicators for one year over ALL loaded areas (unweighted, sample SD, oriented by
 * polarity) and lay them out as points for `similarAreas`. An indicator absent from the data is a
 * dimension with every value missing.
 *
 * @example indicatorSpace(prepared, [{ id: 'sgb2_quote', polarity: 'higher_is_need' }], '2024')
 */
export function indicatorSpace(
  prepared: PreparedIndexInput,
  indicators: readonly { id: string; polarity?: Polarity }[],
  year: string | number,
): IndicatorSpace {
  const t = prepared.periodIndex.get(String(year));
  if (t === undefined) throw new RangeError(`indicatorSpace: no observations for period ${String(year)}`);
  if (!Array.isArray(indicators) || indicators.length === 0) throw new RangeError('indicatorSpace: at least one indicator is needed');
  const n = prepared.keys.length;
  const p = prepared.periods.length;
  const m = indicators.length;
  const include = new Uint8Array(n).fill(1);
  const column = new Float64Array(n);
  const z = new Float64Array(n * m).fill(NaN);
  const scratch = new GroupScratch();
  indicators.forEach(({ id, polarity = 'higher_is_need' }, d) => {
    const ind = prepared.indicatorIndex.get(id);
    if (ind === undefined) return;
    standardiseInto(column, 0, prepared.values, (ind * p + t) * n, n, include, include, null, null, 1,
      polarity === 'lower_is_need' ? -1 : 1, true, scratch);
    for (let i = 0; i < n; i++) z[i * m + d] = column[i];
  });
  return { keys: [...prepared.keys], dimensions: indicators.map((i) => i.id), z };
}
