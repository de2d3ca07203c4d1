import type { ClassMethod } from '../analysis/classify';
import { digitsForUnit, formatNumber } from '../core/format';
import type { Indicator, Language } from '../core/types';
import type { Choropleth } from './choropleth';
import { NO_DATA_COLOUR, rgbaToCss, SECRET_COLOUR } from './palette';

export interface LegendClass {
  /** CSS colour of the class. */
  colour: string;
  /** Formatted bounds without unit, e.g. `12,5 – 15,0`. */
  label: string;
  lower: number;
  upper: number;
  count: number;
}

/** Everything the legend shows; words that are not data (headings) come from the UI dictionary. */
export interface LegendModel {
  indicatorId: string;
  title: string;
  unit: string;
  period: string;
  /** e.g. `31.12.2024` (the indicator's reference date within the period). */
  referenceDate: string;
  source: string;
  attribution: string;
  licence: string;
  method: ClassMethod | null;
  classCount: number;
  classes: LegendClass[];
  noData: { colour: string; count: number };
  secret: { colour: string; count: number };
  synthetic: boolean;
}

/** Fewest decimals (from the unit's default up to 4) that keep consecutive bounds distinct. */
export function boundDigits(breaks: readonly number[], unit: string, lang: Language): number {
  let digits = digitsForUnit(unit);
  while (digits < 4) {
    const texts = breaks.map((b) => formatNumber(b, lang, digits));
    if (texts.every((t, i) => i === 0 || t !== texts[i - 1] || breaks[i] === breaks[i - 1])) break;
    digits++;
  }
  return digits;
}

export function referenceDateFor(indicator: Indicator, period: string): string {
  const date = indicator.referenceDate.trim();
  if (date === '') return period;
  return /^\d{1,2}\.\d{1,2}\.$/.test(date) ? `${date}${period}` : `${date} ${period}`;
}

export function buildLegend(indicator: Indicator, period: string, choropleth: Choropleth, lang: Language): LegendModel {
  const classification = choropleth.classification;
  const classes: LegendClass[] = [];
  if (classification) {
    const { breaks, counts } = classification;
    const digits = boundDigits(breaks, indicator.unit, lang);
    for (let i = 0; i < classification.classes; i++) {
      const lower = breaks[i];
      const upper = breaks[i + 1];
      const lowerText = formatNumber(lower, lang, digits);
      const upperText = formatNumber(upper, lang, digits);
      classes.push({
        colour: rgbaToCss(choropleth.palette[i]),
        label: lowerText === upperText ? lowerText : `${lowerText} – ${upperText}`,
        lower,
        upper,
        count: counts[i],
      });
    }
  }
  return {
    indicatorId: indicator.id,
    title: lang === 'de' ? indicator.labelDe : indicator.labelEn,
    unit: indicator.unit,
    period,
    referenceDate: referenceDateFor(indicator, period),
    source: indicator.source,
    attribution: indicator.attribution,
    licence: indicator.licence,
    method: classification?.method ?? null,
    classCount: classification?.classes ?? 0,
    classes,
    noData: { colour: rgbaToCss(NO_DATA_COLOUR), count: choropleth.noDataCount },
    secret: { colour: rgbaToCss(SECRET_COLOUR), count: choropleth.secretCount },
    synthetic: indicator.synthetic,
  };
}
