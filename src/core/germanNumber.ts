/**
 * Numbers as they are written in German (and, when told, English) tables: `1.234`, `12.345.678`,
 * `1.234,5`, `-0,7`, ` 3,5 `, `3,5 %`, `1 234,5` with NBSP or narrow NBSP between thousands.
 * Pure; never throws. Statistical symbols (`-`, `.`, …) are not numbers: see `status.ts`.
 */

export type NumberStyle = 'de' | 'en';

export type NumberParse =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; code: 'empty' | 'not_a_number' | 'ambiguous'; de: string; en: string };

/** Spaces that may separate thousands: space, NBSP, narrow NBSP, thin space. */
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const MINUS_SIGNS = /^[\u2212\u2013]/;

const DE_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DE_PLAIN = /^\d+(?:,\d+)?$/;
const DE_FRACTION_ONLY = /^,\d+$/;
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EN_PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[,.]\d+)?$/;

function fail(code: 'empty' | 'not_a_number' | 'ambiguous', text: string): NumberParse {
  if (code === 'empty') return { ok: false, code, de: 'Leere Zelle', en: 'Empty cell' };
  if (code === 'ambiguous') {
    return {
      ok: false, code,
      de: `„${text}“ ist mehrdeutig (Tausender- oder Dezimaltrennzeichen?)`,
      en: `"${text}" is ambiguous (thousands or decimal separator?)`,
    };
  }
  return { ok: false, code, de: `„${text}“ ist keine Zahl`, en: `"${text}" is not a number` };
}

/**
 * Parses one cell. German style: `.` groups thousands, `,` is the decimal mark; English style the
 * other way round. A trailing `%` is accepted and reported (`percent: true`); the number is not divided.
 *
 * @example parseNumber('1.234,5') // { ok: true, value: 1234.5, percent: false }
 * @example parseNumber('3,5 %')   // { ok: true, value: 3.5, percent: true }
 */
export function parseNumber(input: unknown, style: NumberStyle = 'de'): NumberParse {
  if (typeof input !== 'string') return fail('not_a_number', String(input));
  let text = input.replace(/^[\s\u00a0\u202f\u2009]+|[\s\u00a0\u202f\u2009]+$/g, '');
  if (text === '') return fail('empty', input);
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).replace(/[\s\u00a0\u202f\u2009]+$/, '');
  }
  let sign = 1;
  if (text.startsWith('-') || MINUS_SIGNS.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (text === '') return fail('not_a_number', input);

  let canonical: string | null = null;
  if (SPACE_GROUPED.test(text)) {
    const digits = text.replace(GROUP_SPACES, '');
    canonical = style === 'de' ? digits.replace(',', '.') : digits.includes(',') ? null : digits;
  } else if (style === 'de') {
    if (DE_GROUPED.test(text)) canonical = text.replace(/\./g, '').replace(',', '.');
    else if (DE_PLAIN.test(text)) canonical = text.replace(',', '.');
    else if (DE_FRACTION_ONLY.test(text)) canonical = `0${text.replace(',', '.')}`;
    else if (/^\d+\.\d+$/.test(text) || EN_GROUPED.test(text)) return fail('ambiguous', input);
  } else {
    if (EN_GROUPED.test(text)) canonical = text.replace(/,/g, '');
    else if (EN_PLAIN.test(text)) canonical = text;
    else if (/^\d+,\d+$/.test(text) || DE_GROUPED.test(text)) return fail('ambiguous', input);
  }
  if (canonical === null) return fail('not_a_number', input);
  const value = sign * Number(canonical);
  if (!Number.isFinite(value)) return fail('not_a_number', input);
  return { ok: true, value: value === 0 ? 0 : value, percent };
}

/** True when the cell reads as a number in the given style (or in either style when none given). */
export function looksNumeric(text: string, style?: NumberStyle): boolean {
  if (style) return parseNumber(text, style).ok;
  return parseNumber(text, 'de').ok || parseNumber(text, 'en').ok;
}
