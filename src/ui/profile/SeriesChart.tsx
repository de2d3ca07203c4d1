import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { timeSeriesChart } from '../../charts/series';
import type { ProfileLine } from '../../core/profile';
import { formatNumber, digitsForUnit } from '../../core/format';
import type { Language } from '../../core/types';
import { t } from '../i18n';

const AREA_COLOUR = '#225ea8';
const REFERENCE_COLOUR = '#595959';

/** A small time series: the area (solid, blue) against its nearest reference (dashed, grey). */
export function SeriesChart({ line, areaName, lang }: { line: ProfileLine; areaName: string; lang: Language }) {
  const chart = timeSeriesChart(line);
  const label = lang === 'de' ? line.indicator.labelDe : line.indicator.labelEn;
  if (!chart.hasData) return <span className="chart-empty">{t(lang, 'chartNoData')}</span>;
  const digits = digitsForUnit(line.indicator.unit);
  const format = (v: number) => formatNumber(v, lang, digits);
  const description = `${t(lang, 'trend')} ${label}: ${areaName}${chart.referenceName ? ` / ${chart.referenceName}` : ''}`;
  return (
    <figure className="series-chart" aria-label={description}>
      <LineChart width={250} height={90} data={chart.points} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e3e3e3" vertical={false} />
        <XAxis dataKey="period" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
        <YAxis width={58} tick={{ fontSize: 10 }} domain={chart.domain} tickFormatter={format} tickCount={3} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} isAnimationActive={false} />
        <Line
          type="linear" dataKey="area" name={areaName} stroke={AREA_COLOUR} strokeWidth={2}
          dot={{ r: 2 }} isAnimationActive={false} connectNulls={false}
        />
        {chart.referenceName && (
          <Line
            type="linear" dataKey="reference" name={chart.referenceName} stroke={REFERENCE_COLOUR}
            strokeDasharray="4 3" strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false}
          />
        )}
      </LineChart>
      <figcaption className="chart-caption">
        <span className="key key-area" aria-hidden="true" /> {areaName}
        {chart.referenceName && (
          <>
            {' '}<span className="key key-reference" aria-hidden="true" /> {chart.referenceName}
          </>
        )}
      </figcaption>
    </figure>
  );
}
