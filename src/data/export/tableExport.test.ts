import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { writeTableCsv, type ExportTable } from './tableCsv';
import { writeTableXlsx } from './tableXlsx';

const table: ExportTable = {
  columns: [
    { header: 'Schlüssel', kind: 'text' },
    { header: 'Name', kind: 'text' },
    { header: 'Quote (%)', kind: 'number' },
    { header: 'Status', kind: 'text' },
  ],
  rows: [
    ['03241001', 'Hannover; Mitte', 12.5, ''],
    ['03241002', '=HYPERLINK("http://x")', -0.7, ''],
    ['03241003', 'a\n=1+1', null, '. geheim'],
    ['03241004', '@SUM(A1)\r\nzweite Zeile', 1234.5, ''],
    ['03241005', '\tTab', 0, ''],
    ['03241006', '-2+3', 3, ''],
  ],
  footer: ['Quelle: Synthetische Demodaten', 'Stand: 31.12.2024'],
};

function parseCsvLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\r\n');
}

describe('writeTableCsv', () => {
  it('German: `;`, decimal comma, keys with zeros, formula starts neutralised, RFC 4180 quoting', () => {
    const csv = writeTableCsv(table, 'de');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = parseCsvLines(csv);
    expect(lines[0]).toBe('Schlüssel;Name;Quote (%);Status');
    expect(lines[1]).toBe('03241001;"Hannover; Mitte";12,5;');
    expect(lines[2]).toBe(`03241002;"'=HYPERLINK(""http://x"")";-0,7;`);
    // A cell with a line break is quoted as a whole and still neutralised.
    expect(csv).toContain(`03241003;"a\n=1+1";;. geheim`);
    expect(csv).toContain(`03241004;"'@SUM(A1)\r\nzweite Zeile";1234,5;`);
    expect(csv).toContain(`03241005;'\tTab;0;`);
    expect(csv).toContain(`03241006;'-2+3;3;`);
    expect(csv.trimEnd().endsWith('Quelle: Synthetische Demodaten\r\nStand: 31.12.2024')).toBe(true);
  });

  it('English: `,` delimiter and decimal point; `;`-containing cells still quoted', () => {
    const lines = parseCsvLines(writeTableCsv(table, 'en'));
    expect(lines[0]).toBe('Schlüssel,Name,Quote (%),Status');
    expect(lines[1]).toBe('03241001,"Hannover; Mitte",12.5,');
    expect(lines[2]).toBe(`03241002,"'=HYPERLINK(""http://x"")",-0.7,`);
  });
});

describe('writeTableXlsx', () => {
  it('writes keys as text cells (zeros kept) and numbers as numbers', async () => {
    const blob = await writeTableXlsx(table, 'Gemeinden 2024');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheetName = Object.keys(files).find((n) => /xl\/worksheets\/sheet1\.xml$/.test(n));
    expect(sheetName).toBeDefined();
    const sheet = strFromU8(files[sheetName!]);
    const shared = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
    // A2 (first key) is a string cell, never a number cell holding 3241001.
    const a2 = /<c r="A2"[^>]*>(.*?)<\/c>/.exec(sheet);
    expect(a2).not.toBeNull();
    expect(a2![0]).toMatch(/t="(s|inlineStr|str)"/);
    expect(sheet + shared).toContain('03241001');
    expect(sheet).not.toMatch(/<c r="A2"[^>]*><v>3241001<\/v>/);
    const c2 = /<c r="C2"([^>]*)>(.*?)<\/c>/.exec(sheet);
    expect(c2?.[1] ?? '').not.toMatch(/t="(s|inlineStr|str)"/);
    expect(c2?.[2]).toContain('12.5');
    expect(sheet + shared).toContain('Synthetische Demodaten');
  });
});
