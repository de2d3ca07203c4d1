import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csvParse';

const spectrumDir = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
const spectrum = readdirSync(join(spectrumDir, 'csvs')).map((file) => file.replace(/\.csv$/, ''));

describe('parseCsvText on the csv-spectrum corpus', () => {
  it('has the corpus installed', () => {
    expect(spectrum.length).toBeGreaterThanOrEqual(12);
  });
  for (const name of spectrum) {
    it(`reads ${name} like the reference`, () => {
      const text = readFileSync(join(spectrumDir, 'csvs', `${name}.csv`), 'utf8');
      const reference = JSON.parse(readFileSync(join(spectrumDir, 'json', `${name}.json`), 'utf8')) as unknown;
      let expected = (Array.isArray(reference) ? reference : [reference]) as Record<string, string>[];
      if (name === 'location_coordinates') {
        // csv-spectrum 2.0.0's reference JSON carries a phone number that its CSV does not contain.
        expect(text).toContain('2095257564,');
        expected = expected.map((row) => ({ ...row, 'Contact Phone Number': '2095257564' }));
      }
      const { rows, problems } = parseCsvText(text, { delimiter: ',' });
      expect(problems).toEqual([]);
      const [header, ...body] = rows;
      const objects = body.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
      expect(objects).toEqual(expected);
    });
  }
});

describe('parseCsvText line numbers', () => {
  it('gives the start line of each record, also after multi-line cells', () => {
    const crlf = parseCsvText('a;b\r\n"x\r\ny";2\r\n3;4\r\n"p\r\n\r\nq";5\r\n6;7\r\n', { delimiter: ';' });
    expect(crlf.rows.map((row) => row[0])).toEqual(['a', 'x\r\ny', '3', 'p\r\n\r\nq', '6']);
    expect(crlf.lines).toEqual([1, 2, 4, 5, 8]);
    const lf = parseCsvText('a;b\n"x\ny";2\n\n3;4\n', { delimiter: ';' });
    expect(lf.rows).toEqual([['a', 'b'], ['x\ny', '2'], [''], ['3', '4']]);
    expect(lf.lines).toEqual([1, 2, 4, 5]);
  });
  it('reports an unterminated quote with the line where it starts', () => {
    const { problems } = parseCsvText('a;b\n1;2\n3;"open\n5;6\n', { delimiter: ';' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, code: 'MissingQuotes' });
  });
  it('keeps every cell as text', () => {
    const { rows } = parseCsvText('03241;1.234,5;true;1e3\n', { delimiter: ';' });
    expect(rows).toEqual([['03241', '1.234,5', 'true', '1e3']]);
  });
});
