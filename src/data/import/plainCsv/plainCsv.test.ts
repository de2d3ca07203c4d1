import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../decode';
import { detectDelimiter } from '../detect/delimiter';
import { parsePlainCsv, type PlainCsvOptions } from './plainCsv';

function load(name: string, extra: Partial<PlainCsvOptions> = {}) {
  const decoded = decodeBytes(new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/csv/${name}`, import.meta.url))), { fileName: name });
  if (!decoded.ok) throw new Error(decoded.problems[0].en);
  const guess = detectDelimiter(decoded.text);
  return parsePlainCsv(decoded.text.slice(guess.skip), { fileName: name, delimiter: guess.delimiter, ...extra });
}
const values = (result: ReturnType<typeof load>) => result.rows.map((r) => [r.areaKey, r.indicator, r.period, r.value, r.status]);

describe('parsePlainCsv', () => {
  it('reads ; with decimal commas, German thousands and blanks around numbers', () => {
    const result = load('semicolon_decimal_comma.csv');
    expect(result.problems).toEqual([]);
    expect(result.keyColumn).toBe('AGS');
    expect(result.level).toBe('gemeinde');
    expect(values(result)).toEqual([
      ['03241001', 'sgb_ii_quote', '2023', 12.5, 'ok'], ['03241001', 'einwohner', '2023', 532864, 'ok'],
      ['03101000', 'sgb_ii_quote', '2023', -0.7, 'ok'], ['03101000', 'einwohner', '2023', 250704, 'ok'],
      ['03355022', 'sgb_ii_quote', '2023', 3.5, 'ok'], ['03355022', 'einwohner', '2023', 75351, 'ok'],
    ]);
    expect(result.rows[4].areaName).toBe('Lüneburg');
  });
  it('handles a sep=; first line and trailing ;;;;', () => {
    const result = load('sep_line_trailing.csv');
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual([['03101', 'wert', '2022', 1234.5, 'ok'], ['03102', 'wert', '2022', null, 'secret']]);
  });
  it('reads English numbers in a comma file, with quoted names', () => {
    const result = load('english_comma.csv');
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual([
      ['03241001', 'rate', '2021', 1234.5, 'ok'], ['03241001', 'count', '2021', 12, 'ok'],
      ['03101000', 'rate', '2021', 0.75, 'ok'], ['03101000', 'count', '2021', null, 'zero'],
    ]);
    expect(result.rows[2].areaName).toBe('Braunschweig, Stadt');
  });
  it('reads a file without header when given a period', () => {
    const result = load('no_header.csv', { period: '2024' });
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual([['03241001', 'spalte_3', '2024', 12.5, 'ok'], ['03101000', 'spalte_3', '2024', 8.25, 'ok']]);
    expect(load('no_header.csv').problems[0].code).toBe('no_period');
  });
  it('lists ragged rows and imports them only when the user allows it', () => {
    const refused = load('ragged.csv');
    expect(refused.problems.filter((p) => p.code === 'ragged_row').map((p) => [p.severity, p.line])).toEqual([['error', 3], ['error', 4]]);
    const allowed = load('ragged.csv', { allowRagged: true });
    expect(allowed.problems.map((p) => [p.severity, p.line])).toEqual([['warning', 3], ['error', 4]]);
    expect(allowed.rows.find((r) => r.areaKey === '03101000')?.status).toBe('missing');
  });
  it('reports an unterminated quote with its line', () => {
    const result = load('unterminated_quote.csv');
    expect(result.problems.some((p) => p.severity === 'error' && p.code === 'csv_MissingQuotes' && p.line === 3)).toBe(true);
  });
  it('keeps a single column of decimal commas whole (and refuses it for lack of a key)', () => {
    const text = readFileSync(new URL('../../../../test/fixtures/csv/single_column.csv', import.meta.url), 'utf8');
    expect(detectDelimiter(text).singleColumn).toBe(true);
    expect(load('single_column.csv').problems[0].code).toBe('no_area_key_column');
  });
  it('renames duplicate, empty and control-character headers visibly and keeps hostile names as text', () => {
    const result = load('hostile_headers.csv', { period: '2020' });
    const renamed = result.problems.filter((p) => p.code.startsWith('header_')).map((p) => p.column);
    expect(renamed).toEqual(['Name (2)', 'name (3)', 'Spalte 5', 'Spalte 6', 'Spalte 11']);
    const labels = result.indicators.map((i) => i.label);
    expect(labels).toEqual(['Spalte 5', 'Spalte 6', '__proto__', 'constructor', 'toString', 'x" from t; DROP TABLE t; --', 'Spalte 11']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(result.rows.find((r) => r.label === '__proto__')?.value).toBe(3);
    expect(result.problems.find((p) => p.code === 'text_column_ignored')?.column).toBe('Name (2)');
  });
  it('warns about keys whose zero was eaten and pads them only when confirmed', () => {
    const warned = load('lost_zero.csv');
    expect(warned.problems.map((p) => [p.code, p.line])).toEqual([['key_lost_zero', 2], ['key_lost_zero', 3]]);
    expect(warned.rows.map((r) => [r.areaKey, r.value, r.unit])).toEqual([['3241001', 12.5, '%'], ['3101000', 8, '%']]);
    expect(load('lost_zero.csv', { padKeys: true }).rows.map((r) => r.areaKey)).toEqual(['03241001', '03101000']);
  });
  it('refuses a header-only file and an empty one', () => {
    expect(parsePlainCsv('AGS;Name;Wert\n', { fileName: 'h.csv', delimiter: ';' }).problems[0].code).toBe('header_only');
    expect(parsePlainCsv('\n\n', { fileName: 'e.csv', delimiter: ';' }).problems[0].code).toBe('empty_file');
  });
});
