import { formatNumber, formatValue } from '../../core/format';
import type { Language } from '../../core/types';
import type { AtlasData } from '../../data/atlas';
import { useProfile } from '../profile/useProfile';
import { MIN_CASES, rateReliability } from './reliability';
import { at } from './text';

/**
 * Small-area reliability beside the profile: each rate with its counts, its 95 % interval, and
 * "geringe Fallzahl" (greyed) when the numerator has fewer than MIN_CASES cases.
 */
export function ReliabilityPanel({ atlas, areaKey, year, lang }: { atlas: AtlasData; areaKey: string | null; year: string; lang: Language }) {
  const profile = useProfile(atlas, areaKey, year);
  if (profile.kind !== 'ready') return null;
  const rows = profile.profile.lines
    .map((line) => ({ line, r: rateReliability(line.figure, line.indicator) }))
    .filter((x) => x.r !== null && x.line.figure.value !== null);
  if (rows.length === 0) return null;
  const de = lang === 'de';
  return (
    <section className="reliability" data-testid="reliability">
      <h3>{de ? 'Zuverlässigkeit der Quoten' : 'Reliability of the rates'}</h3>
      <p className="legend-meta">
        {de
          ? `95 %-Konfidenzintervalle (Wilson für Anteile, exakt Poisson sonst); unter ${MIN_CASES} Fällen: geringe Fallzahl.`
          : `95 % confidence intervals (Wilson for shares, exact Poisson otherwise); under ${MIN_CASES} cases: small count.`}
      </p>
      <table className="sensitivity-table">
        <tbody>
          {rows.map(({ line, r }) => r && (
            <tr key={line.indicator.id} data-testid="reliability-row" data-indicator={line.indicator.id} data-small={r.smallCount ? 'true' : 'false'}
              style={r.smallCount ? { color: '#767676' } : undefined}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>{de ? line.indicator.labelDe : line.indicator.labelEn}</th>
              <td>{formatValue(line.figure.value as number, line.indicator.unit, lang)}</td>
              <td>{formatNumber(r.cases, lang)} / {formatNumber(line.figure.denominator as number, lang)}</td>
              <td>{at(lang, 'confidenceInterval', { lower: formatNumber(r.lower, lang, 1), upper: formatNumber(r.upper, lang, 1) })}</td>
              <td>{r.smallCount ? at(lang, 'smallCount') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
