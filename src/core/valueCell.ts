import type { Status } from './types';
import { symbolStatus } from './status';

/** A value cell of a machine-readable (dot-decimal) table: a number, a DIN 55301 symbol, or empty. */
export type ValueCell =
  | { ok: true; value: number | null; status: Status }
  | { ok: false };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses one cell: `12.5` → ok; `-` → zero (value 0); `.` → secret (value null); the other symbols
 * (`/ x * … ...`) → their status with value null; `(12.5)` → limited with its number; empty → missing.
 * A bare `0` is the number zero here: this format writes numbers with `.` decimals, not the DIN `0`
 * symbol (a GENESIS import decides that case itself). Anything else is not a value: `{ ok: false }`.
 */
export function parseValueCell(raw: string): ValueCell {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null, status: 'missing' };
  if (NUMBER.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { ok: true, value, status: 'ok' } : { ok: false };
  }
  if (text.startsWith('(') && text.endsWith(')') && NUMBER.test(text.slice(1, -1).trim())) {
    const value = Number(text.slice(1, -1).trim());
    return Number.isFinite(value) ? { ok: true, value, status: 'limited' } : { ok: false };
  }
  const status = text === '0' ? undefined : symbolStatus(text);
  if (status !== undefined) {
    return { ok: true, value: status === 'zero' ? 0 : null, status };
  }
  return { ok: false };
}
