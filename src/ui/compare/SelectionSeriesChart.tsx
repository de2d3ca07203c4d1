import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { selectionSeries } from '../../charts/timeseries';
import type { AreaProfile } from '../../core/profile';
import { digitsForUnit, formatNumber } from '../../core/format';
import type { Indicator, Language } from '../../core/types';
import { ct } from './compareText';
import { ChartExportButtons, indicatorCaption } from '../export/ExportButtons';

/** Colour-blind-safe line colours (Okabe–Ito) for the selected areas; references grey and dashed. */
const AREA_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'];
const REFERENCE_DASHES = ['6 3', '2 3', '8 3 2 3'];
const COLOUR_NAMES: Record<Language, string[]> = {
  de: ['blau', 'zinnoberrot', 'blaugrün', 'rotviolett', 'orange'],
  en: ['blue', 'vermilion', 'bluish green', 'reddish purple', 'orange'],
};
const DASHED: Record<Language, string> = { de: 'grau gestrichelt', en: 'grey, dashed' };

export function SelectionSeriesChart({ profiles, indicator, lang }: { profiles: AreaProfile[]; indicator: Indicator; lang: Language }) {
  const series = selectionSeries(profiles, indicator.id);
  const digits = digitsForUnit(indicator.unit);
  const label = lang === 'de' ? indicator.labelDe : indicator.labelEn;
  let area = 0;
  let reference = 0;
  return (
    <section className="compare-panel" data-testid="selection-series" aria-labelledby="series-title">
      <h3 id="series-title">{ct(lang, 'seriesTitle')}: {label}</h3>
      {series.lines.length === 0 ? (
        <p className="muted">{ct(lang, 'seriesEmpty')}</p>
      ) : (
        <>
        <ChartExportButtons chart="series"
          findSvg={() => document.querySelector('[data-testid="selection-series"] .recharts-wrapper > svg')}
          caption={indicatorCaption(indicator, String(series.rows[series.rows.length - 1]?.period ?? ''), lang, `${ct(lang, 'seriesTitle')}: ${label}${indicator.unit ? ` (${indicator.unit})` : ''}`,
            [
              ...series.lines.filter((l) => l.kind === 'area').map((l, i) => `${l.name} (${COLOUR_NAMES[lang][i % AREA_COLOURS.length]})`),
              ...series.lines.filter((l) => l.kind !== 'area').map((l) => `${ct(lang, 'seriesReference')}: ${l.name} (${DASHED[lang]})`),
            ].join(' · '))}
          fileParts={[indicator.id, String(series.rows[0]?.period ?? ''), String(series.rows[series.rows.length - 1]?.period ?? ''), 'zeitreihen']} />
        <LineChart width={560} height={280} data={series.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis dataKey="period" tick={{ fontSize: 11 }} />
          <YAxis width={64} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v, lang, digits)} domain={['auto', 'auto']} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatNumber(v, lang, digits) : String(v))} />
          <Legend />
          {series.lines.map((l) =>
            l.kind === 'area' ? (
              <Line key={l.id} dataKey={l.id} name={l.name} stroke={AREA_COLOURS[area++ % AREA_COLOURS.length]} strokeWidth={2}
                dot={{ r: 2.5 }} isAnimationActive={false} connectNulls={false} />
            ) : (
              <Line key={l.id} dataKey={l.id} name={`${ct(lang, 'seriesReference')}: ${l.name}`} stroke="#595959" strokeWidth={1.5}
                strokeDasharray={REFERENCE_DASHES[reference++ % REFERENCE_DASHES.length]} dot={false} isAnimationActive={false} connectNulls={false} />
            ),
          )}
        </LineChart>
        </>
      )}
    </section>
  );
}
