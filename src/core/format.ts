import { statusCarriesNumber } from './status';
import type { Language, Status } from './types';

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, digits: number): Intl.NumberFormat {
  const id = `${lang}:${digits}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(id, format);
  }
  return format;
}

/** `1234.5` → `1.234,5` (de) / `1,234.5` (en). */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  return numberFormat(lang, digits).format(value);
}

/** Digits shown for a unit: counts as integers, rates and ratios with one decimal. */
export function digitsForUnit(unit: string): number {
  return unit === 'Personen' || unit === 'Anzahl' || unit === '' ? 0 : 1;
}

/** A value with its unit as people read it: `12,5 %`, `41,3 m²`, `532.864`. */
export function formatValue(value: number, unit: string, lang: Language): string {
  const text = formatNumber(value, lang, digitsForUnit(unit));
  if (unit === '%') return `${text} %`;
  if (unit === 'Personen' || unit === 'Anzahl' || unit === '') return text;
  return `${text} ${unit}`;
}

const STATUS_TEXT: Record<Language, Record<Status, string>> = {
  de: {
    ok: '', zero: '– (null)', lt_half: '0 (weniger als die Hälfte von 1 in der letzten Stelle)',
    secret: 'geheim', unreliable: 'nicht sicher genug', blocked: 'gesperrt', not_yet: 'noch nicht verfügbar',
    limited: 'eingeschränkt aussagefähig', suppressed: 'unterdrückt (Geheimhaltung)', missing: 'keine Daten',
  },
  en: {
    ok: '', zero: '– (zero)', lt_half: '0 (less than half of the last unit)', secret: 'secret',
    unreliable: 'not reliable enough', blocked: 'blocked', not_yet: 'not yet available',
    limited: 'limited validity', suppressed: 'suppressed (confidentiality)', missing: 'no data',
  },
};

export function statusLabel(status: Status, lang: Language): string {
  return STATUS_TEXT[lang][status];
}

/** A figure as a table cell: the number when its status carries one, otherwise the status in words. */
export function formatFigure(value: number | null, status: Status, unit: string, lang: Language): string {
  if (status === 'zero') return formatValue(0, unit, lang);
  if (value !== null && statusCarriesNumber(status)) return formatValue(value, unit, lang);
  return statusLabel(status === 'ok' ? 'missing' : status, lang);
}
