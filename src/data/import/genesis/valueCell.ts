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
export function readValueCell(raw: string, options: CellOptions): CellReading {
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
