import { formatValue } from '../core/format';
import type { Language } from '../core/types';

/** One area as the summary sees it: its name and the number it is coloured by (null: no data or withheld). */
export interface SummaryArea {
  name: string;
  value: number | null;
}

export interface MapSummaryInput {
  indicatorLabel: string;
  unit: string;
  year: string;
  /** e.g. "Gemeinden" / "municipalities". */
  levelPlural: string;
  areas: readonly SummaryArea[];
  noDataCount: number;
  secretCount: number;
  classCount: number;
}

const SHOWN = 3;

/**
 * The map in words, for screen readers and anyone who cannot tell the colours apart: what is shown,
 * the highest and lowest areas, the median, how many areas have no or withheld data, and where every
 * value is listed (the table view). Plain text, never HTML.
 */
export function mapSummary(input: MapSummaryInput, lang: Language): string {
  const de = lang === 'de';
  const ranked = input.areas
    .filter((a): a is { name: string; value: number } => a.value !== null && Number.isFinite(a.value))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, lang));
  const value = (v: number) => formatValue(v, input.unit, lang);
  const list = (areas: readonly { name: string; value: number }[]) => areas.map((a) => `${a.name} (${value(a.value)})`).join(', ');
  const parts = [
    de
      ? `Karte „${input.indicatorLabel}“ ${input.year}: ${input.areas.length} ${input.levelPlural}, ${ranked.length} mit Wert, in ${input.classCount} Klassen.`
      : `Map "${input.indicatorLabel}" ${input.year}: ${input.areas.length} ${input.levelPlural}, ${ranked.length} with a value, in ${input.classCount} classes.`,
  ];
  if (ranked.length > 0) {
    const top = ranked.slice(0, SHOWN);
    const bottom = ranked.slice(Math.max(SHOWN, ranked.length - SHOWN)).reverse();
    const middle = ranked.length % 2 ? ranked[(ranked.length - 1) / 2].value : (ranked[ranked.length / 2 - 1].value + ranked[ranked.length / 2].value) / 2;
    parts.push(de ? `Höchste Werte: ${list(top)}.` : `Highest values: ${list(top)}.`);
    if (bottom.length > 0) parts.push(de ? `Niedrigste Werte: ${list(bottom)}.` : `Lowest values: ${list(bottom)}.`);
    parts.push(de ? `Median: ${value(middle)}.` : `Median: ${value(middle)}.`);
  }
  if (input.noDataCount > 0 || input.secretCount > 0) {
    parts.push(
      de
        ? `${input.noDataCount} ohne Daten, ${input.secretCount} geheim gehalten.`
        : `${input.noDataCount} without data, ${input.secretCount} withheld.`,
    );
  }
  parts.push(de ? 'Alle Werte stehen in der Ansicht „Tabelle“.' : 'Every value is listed in the "Table" view.');
  return parts.join(' ');
}
