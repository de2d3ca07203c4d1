import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText, parseWithPapaparse, withParseProgress, type CsvParseOptions, type ParseProgress } from './csvParse';

/** papaparse row by row, with the trailing empty row dropped as parseCsvText does: the reference. */
function reference(text: string, options: CsvParseOptions) {
  const result = parseWithPapaparse(text, options);
  const last = result.rows[result.rows.length - 1];
  if (last && last.length === 1 && last[0] === '') {
    result.rows.pop();
    result.lines.pop();
  }
  return result;
}

const piece = fc.constantFrom('::', '03241001', '12,5', '1.234', '', ' ', 'x', 'Lüneburg', ';', ',', '\t', '|', '\n', '\r', '\r\n', '\r\n', '\n', '"', '\ufeff', 'a"b');
const texts = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const delimiters = fc.constantFrom(';', ',', '\t', '|', '::', '"', '\n', '');

describe('parseCsvText without quotes (split path)', () => {
  it('gives the rows, start lines and problems papaparse gives, for any line endings', () => {
    fc.assert(fc.property(texts, delimiters, (text, delimiter) => {
      expect(parseCsvText(text, { delimiter })).toEqual(reference(text, { delimiter }));
    }), { numRuns: 5000 });
  });

  it('counts lines across CR, LF and CRLF like the papaparse path', () => {
    const text = 'a;b\r\nc;d\re;f\ng;h\r\n';
    expect(parseCsvText(text, { delimiter: ';' })).toEqual(reference(text, { delimiter: ';' }));
    expect(parseCsvText('a;b\nc;d\n\ne;f', { delimiter: ';' }).lines).toEqual([1, 2, 3, 4]);
  });

  it('reports progress of a large text', () => {
    const text = 'AGS;Wert\n' + '03241001;12,5\n'.repeat(120_000);
    const seen: ParseProgress[] = [];
    const result = withParseProgress((p) => seen.push(p), () => parseCsvText(text, { delimiter: ';' }));
    expect(result.rows.length).toBe(120_001);
    expect(seen.map((p) => p.rows)).toEqual([50_000, 100_000]);
    expect(seen[0].loaded).toBe(9 + 49_999 * 14);
    const papa: ParseProgress[] = [];
    withParseProgress((p) => papa.push(p), () => parseWithPapaparse(text, { delimiter: ';' }));
    expect(seen).toEqual(papa);
    expect(result.lines[120_000]).toBe(120_001);
  });
});
