import type { AreaProfile, ProfileLine } from '../../core/profile';
import { figureNumber } from '../../map/choropleth';
import { formatFigure, formatNumber, digitsForUnit } from '../../core/format';
import type { Language } from '../../core/types';
import { ct } from './compareText';

/** Deviation of the area's value from its nearest reference, or null when one of them has no number. */
function deviation(line: ProfileLine): { value: number; reference: string } | null {
  const own = figureNumber(line.figure);
  const ref = line.references[0];
  const other = ref ? figureNumber(ref) : null;
  return own === null || other === null || !ref ? null : { value: own - other, reference: ref.areaName };
}

/** A horizontal bar around a zero line; the number beside it carries the meaning, not the colour. */
function DeviationBar({ value, max }: { value: number; max: number }) {
  const half = 40;
  const w = max > 0 ? (Math.abs(value) / max) * half : 0;
  return (
    <svg width={half * 2} height={10} aria-hidden="true" className="deviation-bar">
      <line x1={half} x2={half} y1={0} y2={10} stroke="#333" />
      <rect x={value >= 0 ? half : half - w} y={2} width={w} height={6} fill={value >= 0 ? '#08519c' : '#9ecae1'} />
    </svg>
  );
}

/** Profiles of 2–5 areas side by side: value, rank and deviation from the nearest reference per indicator. */
export function SideBySide({ profiles, lang }: { profiles: AreaProfile[]; lang: Language }) {
  if (profiles.length < 2) return (
    <section className="compare-panel" data-testid="side-by-side" aria-labelledby="profiles-title">
      <h3 id="profiles-title">{ct(lang, 'profilesTitle')}</h3>
      <p className="muted">{ct(lang, 'profilesHint')}</p>
    </section>
  );
  const shown = profiles.slice(0, 5);
  const indicators = shown[0].lines.map((l) => l.indicator);
  return (
    <section className="compare-panel" data-testid="side-by-side" aria-labelledby="profiles-title">
      <h3 id="profiles-title">{ct(lang, 'profilesTitle')}</h3>
      <div className="table-scroll">
        <table className="area-table">
          <thead>
            <tr>
              <th scope="col">{ct(lang, 'name')}</th>
              {shown.map((p) => <th scope="col" key={p.area.key}>{p.area.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const lines = shown.map((p) => p.lines.find((l) => l.indicator.id === indicator.id));
              const devs = lines.map((l) => (l ? deviation(l) : null));
              const max = Math.max(0, ...devs.map((d) => (d ? Math.abs(d.value) : 0)));
              const digits = digitsForUnit(indicator.unit);
              return (
                <tr key={indicator.id} data-testid="side-row" data-indicator={indicator.id}>
                  <th scope="row">{lang === 'de' ? indicator.labelDe : indicator.labelEn}{indicator.unit ? ` (${indicator.unit})` : ''}</th>
                  {lines.map((line, i) => {
                    const d = devs[i];
                    return (
                      <td key={shown[i].area.key}>
                        <div className="num">{line ? formatFigure(line.figure.value, line.figure.status, indicator.unit, lang) : '–'}</div>
                        {line && line.rank !== null && <div className="muted">{ct(lang, 'rank')} {line.rank} / {line.rankOf}</div>}
                        {d ? (
                          <div title={ct(lang, 'deviation', { reference: d.reference })}>
                            <DeviationBar value={d.value} max={max} />{' '}
                            <span>{`${d.value > 0 ? '+' : ''}${formatNumber(d.value, lang, digits)}`}</span>
                            <span className="visually-hidden"> {ct(lang, 'deviation', { reference: d.reference })}</span>
                          </div>
                        ) : (
                          <div className="muted">{ct(lang, 'deviationNone')}</div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
