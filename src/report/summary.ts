import { formatFigure, formatNumber, formatValue, digitsForUnit } from '../core/format';
import type { AreaProfile, Figure, NearbyItem, ProfileLine, ReferenceFigure } from '../core/profile';
import { statusCarriesNumber } from '../core/status';
import type { Language } from '../core/types';
import { distinctReferences } from './references';
import { TEXTS } from './texts';

/** Relative difference (|a − r| / |r|) below which a value counts as "about level with" a reference. */
export const SIMILAR_RELATIVE = 0.05;
/** Relative difference from which a difference is called "deutlich" (clear); between the two: "leicht". */
export const CLEAR_RELATIVE = 0.2;
/** A change over the years smaller than this (in the indicator's unit) counts as "nahezu unverändert". */
export const STABLE_CHANGE = 0.05;
/** Indicators the summary describes in detail, in this order. */
export const SUMMARY_INDICATORS = ['sgb2_quote', 'child_poverty'];
/** How a youth-share indicator is recognised by its id. */
export const YOUTH_INDICATOR = /youth|under_?18|u18|minor|jugend/i;

type Comparison = 'clear_above' | 'slight_above' | 'same' | 'slight_below' | 'clear_below';

export function compareValues(value: number, reference: number): Comparison {
  const diff = value - reference;
  const relative = reference === 0 ? (diff === 0 ? 0 : Infinity) : Math.abs(diff) / Math.abs(reference);
  if (relative < SIMILAR_RELATIVE) return 'same';
  const clear = relative >= CLEAR_RELATIVE;
  if (diff > 0) return clear ? 'clear_above' : 'slight_above';
  return clear ? 'clear_below' : 'slight_below';
}

const PHRASE: Record<Language, Record<Comparison, [string, string]>> = {
  // [one reference, several references]
  de: {
    clear_above: ['deutlich über dem Wert für', 'deutlich über den Werten für'],
    slight_above: ['leicht über dem Wert für', 'leicht über den Werten für'],
    same: ['etwa auf dem Niveau von', 'etwa auf dem Niveau von'],
    slight_below: ['leicht unter dem Wert für', 'leicht unter den Werten für'],
    clear_below: ['deutlich unter dem Wert für', 'deutlich unter den Werten für'],
  },
  en: {
    clear_above: ['well above the figure for', 'well above the figures for'],
    slight_above: ['slightly above the figure for', 'slightly above the figures for'],
    same: ['about level with', 'about level with'],
    slight_below: ['slightly below the figure for', 'slightly below the figures for'],
    clear_below: ['well below the figure for', 'well below the figures for'],
  },
};

const hasNumber = (f: Figure): f is Figure & { value: number } => f.value !== null && statusCarriesNumber(f.status);

function joinList(items: string[], lang: Language): string {
  const and = lang === 'de' ? 'und' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "deutlich über dem Wert für A (12,1 %) und leicht über dem Wert für B (8,9 %)" */
export function comparisonPhrase(value: number, refs: ReferenceFigure[], unit: string, lang: Language): string {
  const groups: { kind: Comparison; items: string[] }[] = [];
  for (const ref of distinctReferences(refs, lang)) {
    if (!hasNumber(ref)) continue;
    const kind = compareValues(value, ref.value);
    const item = `${ref.label} (${formatValue(ref.value, unit, lang)})`;
    const last = groups[groups.length - 1];
    if (last && last.kind === kind) last.items.push(item);
    else groups.push({ kind, items: [item] });
  }
  return joinList(groups.map((g) => `${PHRASE[lang][g.kind][g.items.length > 1 ? 1 : 0]} ${joinList(g.items, lang)}`), lang);
}

function label(line: ProfileLine, lang: Language): string {
  return lang === 'de' ? line.indicator.labelDe : line.indicator.labelEn;
}

function comparisonSentence(line: ProfileLine, areaName: string, lang: Language): string {
  const l = label(line, lang);
  const { figure, indicator } = line;
  if (!hasNumber(figure)) {
    const status = formatFigure(figure.value, figure.status, indicator.unit, lang);
    return lang === 'de'
      ? `Für den Indikator „${l}“ liegt für ${line.period} kein Wert vor (${status}).`
      : `No value is available for "${l}" in ${line.period} (${status}).`;
  }
  const value = formatValue(figure.value, indicator.unit, lang);
  const phrase = comparisonPhrase(figure.value, line.references, indicator.unit, lang);
  if (lang === 'de') {
    return phrase
      ? `Beim Indikator „${l}“ liegt ${areaName} mit ${value} ${phrase}.`
      : `Beim Indikator „${l}“ liegt der Wert für ${areaName} bei ${value}.`;
  }
  return phrase ? `For "${l}", ${areaName} stands at ${value}, ${phrase}.` : `For "${l}", ${areaName} stands at ${value}.`;
}

function rankSentence(line: ProfileLine, areaName: string, level: keyof typeof TEXTS.de.levelPlural, lang: Language): string {
  if (line.rank === null || line.rankOf <= 1) return '';
  const plural = TEXTS[lang].levelPlural[level];
  return lang === 'de'
    ? `Damit steht ${areaName} unter ${line.rankOf} ${plural} mit Angaben auf Rang ${line.rank} (Rang 1 = höchster Wert).`
    : `This puts ${areaName} at rank ${line.rank} of ${line.rankOf} ${plural} with data (rank 1 = highest value).`;
}

const roundFormats = new Map<number, Intl.NumberFormat>();
/** Rounds like Intl.NumberFormat does when it prints the value (half away from zero on the shortest decimal). */
export function roundAsShown(value: number, digits: number): number {
  let format = roundFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    roundFormats.set(digits, format);
  }
  return Number(format.format(value));
}

/** Change between the first and the last year with a number, in percentage points for rates. */
export function trendSentence(line: ProfileLine, lang: Language): string {
  const points = line.series.filter((s) => s.value !== null && statusCarriesNumber(s.status));
  if (points.length < 2) return '';
  const first = points[0];
  const last = points[points.length - 1];
  const unit = line.indicator.unit;
  const digits = Math.max(digitsForUnit(unit), 1);
  const factor = 10 ** digits;
  // Difference of the values as printed, so that "von 18,0 % auf 15,2 %" goes with "um 2,8".
  const change = Math.round((roundAsShown(last.value as number, digits) - roundAsShown(first.value as number, digits)) * factor) / factor;
  const from = formatValue(first.value as number, unit, lang);
  const to = formatValue(last.value as number, unit, lang);
  const size = formatNumber(Math.abs(change), lang, digits);
  const amount = unit === '%'
    ? `${size} ${lang === 'de' ? 'Prozentpunkte' : 'percentage points'}`
    : `${size}${unit && unit !== 'Personen' && unit !== 'Anzahl' ? ` ${unit}` : ''}`;
  if (lang === 'de') {
    if (Math.abs(change) < STABLE_CHANGE) return `Von ${first.period} bis ${last.period} ist der Wert nahezu unverändert geblieben (${from} und ${to}).`;
    return `Von ${first.period} bis ${last.period} ist der Wert um ${amount} ${change > 0 ? 'gestiegen' : 'gesunken'} (von ${from} auf ${to}).`;
  }
  if (Math.abs(change) < STABLE_CHANGE) return `From ${first.period} to ${last.period} the value remained almost unchanged (${from} and ${to}).`;
  return `From ${first.period} to ${last.period} the value ${change > 0 ? 'rose' : 'fell'} by ${amount} (from ${from} to ${to}).`;
}

function count(n: number, one: string, many: string, lang: Language): string {
  if (n === 0) return lang === 'de' ? `keine ${many}` : `no ${many}`;
  return `${n} ${n === 1 ? one : many}`;
}

export function coverageSentence(nearby: NearbyItem[], lang: Language): string {
  if (nearby.length === 0) return TEXTS[lang].nearbyNone;
  const inside = nearby.filter((n) => n.distanceKm === 0);
  const around = nearby.filter((n) => n.distanceKm > 0);
  const [pOne, pMany, jOne, jMany] = lang === 'de'
    ? ['Programmgebiet', 'Programmgebiete', 'Projekt', 'Projekte']
    : ['programme area', 'programme areas', 'project', 'projects'];
  const part = (items: NearbyItem[]) => {
    const programmes = items.filter((n) => n.kind === 'programme_area');
    const names = [...new Set(programmes.map((p) => p.category).filter(Boolean))];
    const list = names.length ? ` (${names.join(', ')})` : '';
    const projects = items.filter((n) => n.kind === 'project').length;
    return `${count(programmes.length, pOne, pMany, lang)}${list} ${lang === 'de' ? 'und' : 'and'} ${count(projects, jOne, jMany, lang)}`;
  };
  const radius = formatNumber(Math.max(...nearby.map((n) => n.distanceKm)), lang, 1);
  if (lang === 'de') {
    const near = around.length ? `, in der Umgebung (bis ${radius} km) ${part(around)}` : '';
    return `Programme und Projekte: im Gebiet ${part(inside)}${near}.`;
  }
  const near = around.length ? `; nearby (up to ${radius} km) ${part(around)}` : '';
  return `Programmes and projects: in the area ${part(inside)}${near}.`;
}

export function cautionSentences(profile: AreaProfile, lang: Language): string {
  const caution = lang === 'de'
    ? 'Diese Kennzahlen beschreiben die Lage im Vergleich; für sich allein begründen sie keinen Handlungsbedarf. Eine Bewertung braucht die Kenntnis der Menschen und Einrichtungen vor Ort.'
    : 'These figures describe the situation in comparison; on their own they do not establish a need for action. An assessment needs the knowledge of the people and organisations on the ground.';
  if (!profile.synthetic) return caution;
  const demo = lang === 'de'
    ? `Alle Werte dieses Berichts sind synthetische Demodaten und beschreiben nicht die tatsächliche Lage in ${profile.area.name}.`
    : `All figures in this report are synthetic demo data and do not describe the actual situation in ${profile.area.name}.`;
  return `${caution} ${demo}`;
}

/** The summary paragraphs, generated from the figures of the profile. */
export function buildSummary(profile: AreaProfile, lang: Language, indicators = SUMMARY_INDICATORS): string[] {
  const name = profile.area.name;
  const paragraphs: string[] = [];
  for (const id of indicators) {
    const line = profile.lines.find((l) => l.indicator.id === id);
    if (!line) continue;
    const sentences = [comparisonSentence(line, name, lang)];
    if (hasNumber(line.figure)) sentences.push(rankSentence(line, name, profile.area.level, lang));
    sentences.push(trendSentence(line, lang));
    paragraphs.push(sentences.filter(Boolean).join(' '));
  }
  const youth = profile.lines.find((l) => YOUTH_INDICATOR.test(l.indicator.id) && !indicators.includes(l.indicator.id));
  if (youth) paragraphs.push(comparisonSentence(youth, name, lang));
  paragraphs.push(coverageSentence(profile.nearby, lang));
  paragraphs.push(cautionSentences(profile, lang));
  return paragraphs;
}
