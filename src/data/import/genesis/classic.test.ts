import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYMBOL_STATUS } from '../../../core/status';
import { decodeBytes } from '../decode';
import { detectDelimiter } from '../detect/delimiter';
import { parseCsvText } from '../csvParse';
import { writeNormalisedCsv, type TableImport } from '../normalised';
import { parseGenesisClassic } from './classic';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/genesis/${name}`, import.meta.url)));

function load(name: string, extra: { period?: string } = {}): { result: TableImport; text: string } {
  const decoded = decodeBytes(fixture(name), { fileName: name });
  if (!decoded.ok) throw new Error(decoded.problems[0].en);
  const { delimiter } = detectDelimiter(decoded.text);
  return { result: parseGenesisClassic(decoded.text, { fileName: name, delimiter, ...extra }), text: decoded.text };
}

function find(result: TableImport, key: string, labelEnd: string, period: string) {
  const rows = result.rows.filter((r) => r.areaKey === key && r.label.endsWith(labelEnd) && r.period === period);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/**
 * Independent check: every value cell of every data line appears in the long output with the same
 * number, or with the status of its symbol — read back from the written normalised CSV.
 */
function expectValuesMatchFile(result: TableImport, text: string, firstValueColumn: number): void {
  const written = parseCsvText(writeNormalisedCsv(result.rows), { delimiter: ',' }).rows.slice(1);
  expect(written).toHaveLength(result.rows.length);
  const source = text.split('\n');
  const lines = [...new Set(result.rows.map((r) => r.line))];
  let checked = 0;
  for (const line of lines) {
    const cells = source[line - 1].split(';').slice(firstValueColumn);
    const out = result.rows.map((row, i) => ({ row, csv: written[i] })).filter(({ row }) => row.line === line);
    expect(out).toHaveLength(cells.length);
    cells.forEach((cell, i) => {
      const { row, csv } = out[i];
      const status = SYMBOL_STATUS[cell];
      if (status) {
        expect(row.status).toBe(status);
        expect(csv[7]).toBe(status);
        expect(csv[6]).toBe('');
      } else {
        expect(row.status).toBe('ok');
        expect(Number(csv[6])).toBe(Number(cell.replace(/\./g, '').replace(',', '.')));
      }
      expect(csv[0]).toBe(row.areaKey);
      checked++;
    });
  }
  expect(checked).toBeGreaterThan(10);
}

describe('parseGenesisClassic: wide Latin-1 table, one column block per date', () => {
  const { result, text } = load('wide_latin1.csv');
  it('reads the title block and the footer as provenance, not data', () => {
    expect(result.format).toBe('genesis-csv');
    expect(result.provenance.tableCode).toBe('12411-01-01-4');
    expect(result.provenance.title).toContain('Bevölkerung nach Geschlecht');
    expect(result.provenance.licence).toMatch(/^© .*Datenlizenz Deutschland - Namensnennung - Version 2\.0\.$/);
    expect(result.provenance.stand).toBe('02.03.2024 / 10:11:12');
    expect(result.provenance.footnotes[0]).toContain('Gebietsstand 01.11.2016');
    expect(result.provenance.referenceDates).toEqual(['31.12.2015', '31.12.2016']);
    expect(result.rows.some((r) => r.areaName.includes('Stand') || r.areaKey.startsWith('_'))).toBe(false);
  });
  it('names indicators from the header path, with unit and periods', () => {
    expect(result.indicators).toEqual([
      { id: '12411_01_01_4__bevoelkerungsstand__insgesamt', label: 'Bevölkerungsstand – Insgesamt', unit: 'Anzahl', periods: ['2015', '2016'] },
      { id: '12411_01_01_4__bevoelkerungsstand__weiblich', label: 'Bevölkerungsstand – weiblich', unit: 'Anzahl', periods: ['2015', '2016'] },
      { id: '12411_01_01_4__bevoelkerungsstand__maennlich', label: 'Bevölkerungsstand – männlich', unit: 'Anzahl', periods: ['2016'] },
    ]);
  });
  it('keeps keys as text, trims indented names and decodes umlauts', () => {
    const row = find(result, '03159', 'Insgesamt', '2016');
    expect(row).toMatchObject({ areaName: 'Göttingen, Landkreis (ab 01.11.2016)', value: 328074, status: 'ok', aggregate: false, line: 14 });
    expect(result.level).toBe('kreis');
    expect(result.keyColumn).toBe('#1');
  });
  it('maps every symbol to its status', () => {
    expect(find(result, '03159', 'Insgesamt', '2015')).toMatchObject({ value: null, status: 'secret' });
    expect(find(result, '03152', 'weiblich', '2016')).toMatchObject({ value: null, status: 'zero' });
    expect(find(result, '03461', 'Insgesamt', '2015').status).toBe('unreliable');
    expect(find(result, '03461', 'weiblich', '2015').status).toBe('blocked');
    expect(find(result, '03461', 'Insgesamt', '2016').status).toBe('suppressed');
    expect(find(result, '03461', 'weiblich', '2016').status).toBe('not_yet');
  });
  it('marks DG, the Land and the statistical region as aggregates', () => {
    const aggregates = new Set(result.rows.filter((r) => r.aggregate).map((r) => r.areaKey));
    expect([...aggregates].sort()).toEqual(['03', '031', 'DG']);
  });
  it('warns about an area whose values are all "-"', () => {
    const warning = result.problems.find((p) => p.code === 'all_dash_row');
    expect(warning).toMatchObject({ severity: 'warning', line: 13 });
    expect(warning?.de).toContain('03152');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('writes values equal to the numbers in the file, with the right status for every symbol', () => {
    expectValuesMatchFile(result, text, 2);
  });
});

describe('parseGenesisClassic: long UTF-8 table with BOM and a date column', () => {
  const { result, text } = load('long_utf8_bom.csv');
  it('takes the period from the date column and the breakdown into the label', () => {
    expect(find(result, '03101', 'unter 3 Jahre – männlich', '2016')).toMatchObject({ value: 3349, line: 15 });
    expect(find(result, '03355', 'unter 3 Jahre – weiblich', '2016').status).toBe('not_yet');
    expect(result.indicators.map((i) => i.label)).toContain('Bevölkerungsstand – Insgesamt');
    expect(result.provenance.referenceDates).toEqual(['31.12.2015', '31.12.2016']);
  });
  it('writes values equal to the numbers in the file', () => {
    expectValuesMatchFile(result, text, 4);
  });
});

describe('parseGenesisClassic: four header rows (variable, sub-variable, breakdown, unit)', () => {
  const { result, text } = load('four_header_rows.csv');
  it('joins the header path and reads the unit row', () => {
    expect(result.indicators.map((i) => [i.label, i.unit])).toEqual([
      ['Personen in Bedarfsgemeinschaften nach dem SGB II', 'Anzahl'],
      ['dar.: Regelleistungsberechtigte nach dem SGB II – insgesamt', 'Anzahl'],
      ['dar.: Regelleistungsberechtigte nach dem SGB II – insgesamt – weiblich', 'Anzahl'],
      ['dar.: Regelleistungsberechtigte nach dem SGB II – nicht erwerbsf. Leistungsberech. (Sozialgeld) – unter 15 Jahre', 'Anzahl'],
    ]);
    expect(result.indicators[0].periods).toEqual(['2015', '2016']);
    expect(find(result, '03241', 'Sozialgeld) – unter 15 Jahre', '2015').value).toBe(30882);
  });
  it('writes values equal to the numbers in the file', () => {
    expectValuesMatchFile(result, text, 3);
  });
});

describe('parseGenesisClassic: date only in the title, Gemeinde table', () => {
  const { result } = load('title_date_only.csv');
  it('takes "Jahr: 2016" from the title and units from "(…)" in the header', () => {
    expect(result.provenance.tableCode).toBe('Z1000001');
    expect(result.indicators.map((i) => [i.label, i.unit, i.periods])).toEqual([
      ['Bevölkerung insgesamt', 'Personen', ['2016']],
      ['Fläche', 'km²', ['2016']],
      ['Einwohner je km²', 'je km²', ['2016']],
    ]);
    expect(find(result, '03241001', 'Bevölkerung insgesamt', '2016').value).toBe(532864);
    expect(find(result, '03355022', 'Fläche', '2016').value).toBe(70.3);
  });
  it('keeps a kreisfreie Stadt with its 5-digit key as an area and "Insgesamt" as an aggregate', () => {
    expect(result.level).toBe('gemeinde');
    expect(find(result, '03101', 'Fläche', '2016').aggregate).toBe(false);
    const total = result.rows.filter((r) => r.areaName === 'Insgesamt');
    expect(total).toHaveLength(3);
    expect(total.every((r) => r.aggregate)).toBe(true);
  });
});

describe('parseGenesisClassic: problems', () => {
  const base = 'Tabelle: 1\nWert (Anzahl);;\n;;2016\n';
  it('reports an unknown cell with line and column, in both languages', () => {
    const result = parseGenesisClassic(`${base}03101;Braunschweig;12a\n03102;Salzgitter;5\n`, { fileName: 't.csv', delimiter: ';' });
    const error = result.problems.find((p) => p.code === 'invalid_value');
    expect(error).toMatchObject({ severity: 'error', line: 4, file: 't.csv' });
    expect(error?.de).toContain('Zeile 4');
    expect(error?.en).toContain('Line 4');
  });
  it('warns about an eaten zero and pads only when confirmed', () => {
    const text = `${base}3101;Braunschweig;12\n3102;Salzgitter;5\n`;
    const warned = parseGenesisClassic(text, { fileName: 't.csv', delimiter: ';' });
    expect(warned.problems.filter((p) => p.code === 'key_lost_zero')).toHaveLength(2);
    expect(warned.rows[0].areaKey).toBe('3101');
    const padded = parseGenesisClassic(text, { fileName: 't.csv', delimiter: ';', padKeys: true });
    expect(padded.rows.map((r) => r.areaKey)).toEqual(['03101', '03102']);
  });
  it('reports duplicate keys, ragged rows and a missing period', () => {
    const dup = parseGenesisClassic(`${base}03101;A;1\n03101;A;2\n03102;B;3;4;5\n`, { fileName: 't.csv', delimiter: ';' });
    expect(dup.problems.map((p) => [p.code, p.line])).toEqual([['ragged_row', 6], ['duplicate_key', 5]]);
    const noPeriod = parseGenesisClassic('Wert;;\n;;Anzahl\n03101;A;1\n', { fileName: 't.csv', delimiter: ';' });
    expect(noPeriod.problems[0].code).toBe('no_period');
    const given = parseGenesisClassic('Wert;;\n;;Anzahl\n03101;A;1\n', { fileName: 't.csv', delimiter: ';', period: '2020' });
    expect(given.rows[0]).toMatchObject({ period: '2020', value: 1, unit: 'Anzahl' });
  });
  it('refuses a table without an area key column', () => {
    const result = parseGenesisClassic('Jahr;Wert\n2015;3\n2016;4\n', { fileName: 't.csv', delimiter: ';' });
    expect(result.problems[0].code).toBe('no_area_key_column');
    expect(result.rows).toEqual([]);
  });
});
