/**
 * Decimal separator from numeric-looking cells: `1.234,5` and `0,7` say comma; `1,234.5` and
 * `0.75` say point; `1.234` or `1,234` alone decide nothing (thousands or decimals).
 */
export interface DecimalGuess {
  decimal: ',' | '.';
  /** True when no cell decided it and the default was used. */
  assumed: boolean;
}

const COMMA = [/^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/, /^[-+]?\d+,(?:\d{1,2}|\d{4,})$/, /^[-+]?0,\d+$/];
const POINT = [/^[-+]?\d{1,3}(?:,\d{3})+\.\d+$/, /^[-+]?\d+\.(?:\d{1,2}|\d{4,})$/, /^[-+]?0\.\d+$/, /^[-+]?\d+(?:\.\d+)?[eE][-+]?\d+$/];
const COMMA_GROUPS = /^[-+]?\d{1,3}(?:,\d{3}){2,}$/;
const POINT_GROUPS = /^[-+]?\d{1,3}(?:\.\d{3}){2,}$/;

export function detectDecimal(cells: Iterable<string>, fallback: ',' | '.' = ','): DecimalGuess {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const cell = raw.trim().replace(/\s*%$/, '');
    if (cell === '' || cell.length > 40) continue;
    if (COMMA.some((p) => p.test(cell)) || POINT_GROUPS.test(cell)) comma++;
    else if (POINT.some((p) => p.test(cell)) || COMMA_GROUPS.test(cell)) point++;
  }
  if (comma === 0 && point === 0) return { decimal: fallback, assumed: true };
  return { decimal: comma >= point ? ',' : '.', assumed: false };
}
