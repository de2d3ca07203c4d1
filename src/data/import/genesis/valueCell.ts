import { parseNumber, type NumberStyle } from '../../../core/germanNumber';
import { SYMBOL_STATUS, symbolStatus } from '../../../core/status';
import type { Status } from '../../../core/types';

export type CellReading =
  | { ok: true; value: number | null; status: Status; percent: boolean }
  | { ok: false; de: string; en: string };

export interface CellOptions {
  style: NumberStyle;
  /** Read a lone `0` as DIN 55301 "less than half a unit" (official tables) instead of zero (plain files). */
  zeroIsSymbol: boolean;
}

/** Exact powers of ten: `m / 10^f` with an integer `m` ≤ 2^53 and f ≤ 22 is correctly rounded, i.e. equals `Number('m.fff')`. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** Digits the fast path accumulates at most (10^15 < 2^53: every such integer is exact). */
const MAX_DIGITS = 15;

/**
 * Plain numbers, read with one char-code loop: an optional `-`/`+`, digits with optional thousands
 * groups (`1.234.567` in German, `1,234,567` in English) and an optional decimal part (`,5` / `.5`).
 * Anything else (blanks, `%`, brackets, symbols, exponents, a zero, more than 15 digits) returns
 * null and the full parser decides. The value equals what `parseNumber` computes: the digits form an
 * exact integer and one division by an exact power of ten rounds correctly, as `Number()` does.
 */
export function fastNumber(raw: string, style: NumberStyle): number | null {
  const length = raw.length;
  if (length === 0 || length > 40) return null;
  const group = style === 'de' ? 46 : 44; // '.' or ','
  const mark = style === 'de' ? 44 : 46;
  let i = 0;
  let negative = false;
  let c = raw.charCodeAt(0);
  if (c === 45 || c === 43) { // '-' '+'
    negative = c === 45;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let grouped = false;
  let run = 0; // digits since the last group separator
  for (; i < length; i++) {
    c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      run++;
    } else if (c === group) {
      if (grouped ? run !== 3 : run < 1 || run > 3) return null;
      grouped = true;
      run = 0;
    } else break;
  }
  if (run === 0 || (grouped && run !== 3)) return null;
  let fraction = 0;
  if (i < length) {
    if (raw.charCodeAt(i) !== mark) return null;
    for (i++; i < length; i++) {
      c = raw.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
    }
    if (fraction === 0) return null;
  }
  if (digits > MAX_DIGITS || mantissa === 0) return null;
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction];
  return negative ? -value : value;
}

/**
 * One value cell of an official table: a number, a statistical symbol, `(n)` for limited validity,
 * or an empty cell (status `missing`). `-` is a true zero carried by the status; its value stays empty.
 */
export function readValueCell(raw: string, options: CellOptions): CellReading {
  const fast = fastNumber(raw, options.style);
  if (fast !== null) return { ok: true, value: fast, status: 'ok', percent: false };
  return readValueCellFully(raw, options);
}

/** `readValueCell` without the fast path: every rule, in order (the reference the fast path is tested against). */
export function readValueCellFully(raw: string, options: CellOptions): CellReading {
  const cell = raw.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  if (cell === '') return { ok: true, value: null, status: 'missing', percent: false };
  if (/^0(?:[,.]0+)?$/.test(cell) && options.zeroIsSymbol) return { ok: true, value: 0, status: 'lt_half', percent: false };
  const symbol = symbolStatus(cell);
  if (symbol !== undefined && cell !== '0') return { ok: true, value: null, status: symbol, percent: false };
  const limited = /^\((.+)\)$/.exec(cell);
  if (limited) {
    const inner = parseNumber(limited[1], options.style);
    if (inner.ok) return { ok: true, value: inner.value, status: 'limited', percent: inner.percent };
  }
  const number = parseNumber(cell, options.style);
  if (number.ok) return { ok: true, value: number.value, status: 'ok', percent: number.percent };
  return { ok: false, de: number.de, en: number.en };
}

/** The statistical symbols (own keys only: `constructor` or `toString` in a cell is text, not a symbol). */
const SYMBOL_NAMES: ReadonlySet<string> = new Set(Object.keys(SYMBOL_STATUS));

/** True for cells that are a number or a statistical symbol (used to tell value columns from text). */
export function isValueLike(raw: string, style: NumberStyle): boolean {
  const cell = raw.trim();
  if (cell === '') return false;
  // Text such as `Gemeinde 12`: a letter first is a symbol (`x`) or no value at all.
  const first = cell.charCodeAt(0);
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && !SYMBOL_NAMES.has(cell)) return false;
  if (fastNumber(cell, style) !== null) return true;
  return readValueCell(cell, { style, zeroIsSymbol: true }).ok;
}
