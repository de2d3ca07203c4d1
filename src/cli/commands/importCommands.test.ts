import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../data/import/csvParse';
import { run as runImport } from './import';
import { fakeImportIo } from './fakeImportIo';
import { run as runInspect } from './inspect';

const fakeIo = fakeImportIo;
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url)));

describe('atlas inspect', () => {
  it('prints one JSON object and exits 0 for an importable table', async () => {
    const { io, out } = fakeIo({ 'w.csv': fixture('genesis/wide_latin1.csv') });
    expect(await runInspect(['w.csv', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({
      format: 'genesis-csv', encoding: 'windows-1252', delimiter: ';', decimal: ',', table: '12411-01-01-4', level: 'kreis', keyColumn: '#1', rows: 55,
      statusCounts: { ok: 44, zero: 5, secret: 2, unreliable: 1, blocked: 1, suppressed: 1, not_yet: 1 }, errors: [],
    });
    expect(report.title).toContain('Bevölkerung nach Geschlecht');
    expect(report.indicators[0]).toEqual({ id: '12411_01_01_4__bevoelkerungsstand__insgesamt', label: 'Bevölkerungsstand – Insgesamt', unit: 'Anzahl', periods: ['2015', '2016'] });
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('encoding_latin1');
  });
  it('exits 1 with errors for an unsupported or broken file', async () => {
    const { io, out, err } = fakeIo({ 'u.csv': fixture('csv/unterminated_quote.csv'), 'x.pdf': '%PDF-1.4' });
    expect(await runInspect(['u.csv', '--json'], io)).toBe(1);
    expect(JSON.parse(out[0]).errors.some((e: { line: number }) => e.line === 3)).toBe(true);
    expect(err.join('\n')).toMatch(/u\.csv:3: Fehler/);
    expect(await runInspect(['x.pdf'], io)).toBe(1);
  });
  it('checks the size limit before reading', async () => {
    const { io, err } = fakeIo({ 'big.csv': 'a;b\n'.repeat(1000) });
    io.readFile = async () => { throw new Error('must not be read'); };
    expect(await runInspect(['big.csv', '--max-bytes', '1000'], io)).toBe(1);
    expect(err.join('\n')).toContain('1000 B');
  });
});

describe('atlas import', () => {
  it('writes the normalised long table without aggregate rows and reports their count', async () => {
    const { io, written, err } = fakeIo({ 'w.csv': fixture('genesis/wide_latin1.csv'), 'l.csv': fixture('genesis/long_utf8_bom.csv') });
    expect(await runImport(['w.csv', 'l.csv', '--out', 'long.csv'], io)).toBe(0);
    const rows = parseCsvText(written.get('long.csv') ?? '', { delimiter: ',' }).rows;
    expect(rows[0]).toEqual(['area_key', 'area_name', 'indicator', 'label', 'unit', 'period', 'value', 'status']);
    expect(rows.some((r) => r[0] === 'DG' || r[0] === '03' || r[0] === '031')).toBe(false);
    expect(rows).toContainEqual(['03159', 'Göttingen, Landkreis (ab 01.11.2016)', '12411_01_01_4__bevoelkerungsstand__insgesamt', 'Bevölkerungsstand – Insgesamt', 'Anzahl', '2016', '328074', 'ok']);
    expect(rows).toContainEqual(['03152', 'Göttingen, Landkreis', '12411_01_01_4__bevoelkerungsstand__weiblich', 'Bevölkerungsstand – weiblich', 'Anzahl', '2015', '', 'zero']);
    expect(err.join('\n')).toMatch(/Warning: 27 values of total rows/);
  });
  it('writes nothing when any file has an error', async () => {
    const { io, written, err } = fakeIo({ 'w.csv': fixture('genesis/wide_latin1.csv'), 'r.csv': fixture('csv/ragged.csv') });
    expect(await runImport(['w.csv', 'r.csv', '--out', 'long.csv'], io)).toBe(1);
    expect(written.size).toBe(0);
    expect(err.join('\n')).toContain('Nothing written');
  });
  it('refuses the same values from two files', async () => {
    const { io, written } = fakeIo({ 'a.csv': fixture('genesis/wide_latin1.csv'), 'b.csv': fixture('genesis/wide_latin1.csv') });
    expect(await runImport(['a.csv', 'b.csv', '--out', 'long.csv'], io)).toBe(1);
    expect(written.size).toBe(0);
  });
  it('pads eaten zeros only with --pad-keys', async () => {
    const { io, written } = fakeIo({ 'z.csv': fixture('csv/lost_zero.csv') });
    expect(await runImport(['z.csv', '--out', 'o.csv'], io)).toBe(0);
    expect(written.get('o.csv')).toContain('\r\n3241001,');
    expect(await runImport(['z.csv', '--out', 'p.csv', '--pad-keys'], io)).toBe(0);
    expect(written.get('p.csv')).toContain('\r\n03241001,');
  });
});
