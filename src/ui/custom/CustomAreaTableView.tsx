import type { Indicator, Language } from '../../core/types';
import { countsText, figureText } from '../profile/figureText';
import type { CustomAreaTable } from './computeCustomArea';
import { cu } from './customText';

const label = (i: Indicator, lang: Language) => (lang === 'en' ? i.labelEn : i.labelDe);

/** The custom area's figures beside the references (city, Kreis, Land) of its first member. */
export function CustomAreaTableView({ table, indicators, lang }: { table: CustomAreaTable; indicators: readonly Indicator[]; lang: Language }) {
  const byIndicator = new Map(table.result.figures.map((f) => [f.indicator, f]));
  const refColumns = [...table.references.values()].find((r) => r.length > 0)?.map((r) => ({ key: r.areaKey, name: r.areaName })) ?? [];
  const blockedIds = new Set(table.result.blocked.map((b) => b.indicator));
  const blockedGroups = [...new Set(table.result.blocked.flatMap((b) => b.check.blockedBy.map((g) => g.groupId)))];
  return (
    <>
      <table className="custom-table" data-testid="custom-table">
        <thead>
          <tr>
            <th scope="col">{cu(lang, 'indicator')}</th>
            <th scope="col">{cu(lang, 'customColumn')}</th>
            <th scope="col">{cu(lang, 'counts')}</th>
            {refColumns.map((c) => <th scope="col" key={c.key}>{c.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => {
            const f = byIndicator.get(i.id);
            const refs = new Map((table.references.get(i.id) ?? []).map((r) => [r.areaKey, r]));
            return (
              <tr key={i.id} data-testid="custom-row" data-indicator={i.id} data-blocked={blockedIds.has(i.id) ? 'true' : 'false'}>
                <th scope="row">{label(i, lang)}</th>
                <td data-testid="custom-value">{f ? figureText(f, i.unit, lang) : '–'}</td>
                <td data-testid="custom-counts">{f ? countsText(f, lang) : ''}</td>
                {refColumns.map((c) => {
                  const r = refs.get(c.key);
                  return <td key={c.key}>{r ? figureText(r, i.unit, lang) : '–'}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {table.result.blocked.length > 0 && (
        <p className="notice" role="status" data-testid="custom-blocked">
          {cu(lang, 'blocked', {
            indicators: indicators.filter((i) => blockedIds.has(i.id)).map((i) => label(i, lang)).join(', '),
            groups: blockedGroups.join(', '),
          })}
        </p>
      )}
    </>
  );
}
