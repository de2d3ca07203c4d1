import { parseNumber, type NumberStyle } from '../../../core/germanNumber';
import { SYMBOL_STATUS } from '../../../core/status';
import type { Status } from '../../../core/types';

export type CellReading =
  | { ok: true; value: number | null; status: Status; percent: boolean }
  | { ok: false; de: string; en: string };

export interface CellOptions {
  style: NumberStyle;
  /** Read a lone `0` as DIN 55301 "less than half a unit" (official tables) instead of zero (plain files). */
  zeroIsSymbol: boolean;
}

/**
 * One value cell of an official table: a number, a statistical symbol, `(n)` for limited validity,
 * or an empty cell (status `missing`). `-` is a true zero carried by the status; its value stays empty.
 */
/** Plain numbers without sign, spaces, brackets or percent: most cells of a table (checked first). */
const FAST_DE = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const FAST_EN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function fastNumber(raw: string, options: CellOptions): CellReading | null {
  if (options.style === 'de') {
    if (!FAST_DE.test(raw)) return null;
  } else if (!FAST_EN.test(raw)) return null;
  const value = options.style === 'de' ? Number(raw.replace(/\./g, '').replace(',', '.')) : Number(raw.replace(/,/g, ''));
  // Same values as parseNumber (DE_GROUPED/DE_PLAIN, EN_GROUPED/EN_PLAIN); a zero may be a symbol: the slow path decides.
  if (value === 0 || !Number.isFinite(value)) return null;
  return { ok: true, value, status: 'ok', percent: false };
}

export function readValueCell(raw: string, options: CellOptions): CellReading {
  const fast = fastNumber(raw, options);
  if (fast) return fast;
  const cell = raw.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  if (cell === '') return { ok: true, value: null, status: 'missing', percent: false };
  if (/^0(?:[,.]0+)?$/.test(cell) && options.zeroIsSymbol) return { ok: true, value: 0, status: 'lt_half', percent: false };
  const symbol = SYMBOL_STATUS[cell];
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

/** True for cells that are a number or a statistical symbol (used to tell value columns from text). */
export function isValueLike(raw: string, style: NumberStyle): boolean {
  const cell = raw.trim();
  return cell !== '' && readValueCell(cell, { style, zeroIsSymbol: true }).ok;
}
