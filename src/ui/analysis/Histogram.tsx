import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { buildHistogram } from '../../map/histogram';
import { at } from './text';

/** Small SVG histogram of the classified values with the class bounds as vertical lines. */
export function Histogram({ values, breaks, colours, lang }: { values: number[]; breaks: number[]; colours: string[]; lang: Language }) {
  const model = buildHistogram(values, breaks, { width: 240, height: 70, bins: 24 });
  if (model.bars.length === 0) return null;
  const digits = Math.abs(model.max - model.min) < 10 ? 1 : 0;
  const summary = at(lang, 'histogramSummary', {
    n: formatNumber(values.length, lang), min: formatNumber(model.min, lang, digits), max: formatNumber(model.max, lang, digits),
  });
  // Bars take the colour of the class their midpoint falls into.
  const colourOf = (mid: number) => {
    let i = 0;
    while (i < breaks.length - 2 && mid > breaks[i + 1]) i++;
    return colours[i] ?? '#999999';
  };
  return (
    <figure className="histogram" data-testid="histogram">
      <svg viewBox={`0 -4 ${model.width} ${model.height + 8}`} width={model.width} height={model.height + 8} role="img" aria-label={`${at(lang, 'histogram')}: ${summary}`}>
        {model.bars.map((b, i) => (
          <rect key={i} x={b.x + 0.5} y={b.y} width={Math.max(0, b.width - 1)} height={b.height} fill={colourOf((b.lower + b.upper) / 2)} />
        ))}
        {model.breaks.map((b, i) => (
          <line key={i} data-testid="histogram-break" x1={b.x} x2={b.x} y1={-4} y2={model.height + 4} stroke="#222" strokeWidth={1} strokeDasharray="3 2" />
        ))}
      </svg>
      <figcaption className="legend-meta">{summary}</figcaption>
    </figure>
  );
}
