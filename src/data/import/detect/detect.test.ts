import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectDecimal } from './decimal';
import { detectDelimiter } from './delimiter';
import { guessEncoding } from './encoding';
import { sniffMagic } from './magic';
import { isOfficeZip, listZipEntries, readZip } from './zip';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('sniffMagic', () => {
  it('recognises an xlsx renamed to .csv, a PDF and binary garbage', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(sniffMagic(xlsx)).toBe('zip');
    expect(isOfficeZip(listZipEntries(xlsx) ?? [])).toBe(true);
    expect(sniffMagic(strToU8('%PDF-1.7\n...'))).toBe('pdf');
    const garbage = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256);
    expect(sniffMagic(garbage)).toBe('binary');
    expect(sniffMagic(strToU8('a;b\n1;2\n'))).toBe('text');
    expect(sniffMagic(latin1('Gem\u00e4\u00dfigt;b\n'))).toBe('text');
  });
});

describe('guessEncoding', () => {
  it('reads BOMs', () => {
    expect(guessEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(guessEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(guessEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x61]))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });
  it('tells UTF-8 from Latin-1', () => {
    expect(guessEncoding(strToU8('Göttingen;Lüneburg\n')).encoding).toBe('utf-8');
    expect(guessEncoding(latin1('G\u00f6ttingen;L\u00fcneburg;Stra\u00dfe\n'))).toEqual({ encoding: 'windows-1252', bomLength: 0 });
  });
  it('reports the line of one stray Latin-1 byte in a UTF-8 file', () => {
    const utf8 = strToU8('Name;Wert\nGöttingen;1\nLüneburg;2\n');
    const bytes = new Uint8Array([...utf8, ...latin1('Osnabr\u00fcck;3\n')]);
    expect(guessEncoding(bytes).strayByte).toMatchObject({ line: 4, byte: 0xfc });
  });
});

describe('detectDelimiter', () => {
  it('chooses ; for decimal commas with a trailing newline (papaparse guesses wrong here)', () => {
    expect(detectDelimiter('Kreis;Quote\n03241;12,5\n03101;8,25\n').delimiter).toBe(';');
    expect(detectDelimiter('1,5;2,5\n3,5;4,5\n').delimiter).toBe(';');
  });
  it('keeps a single column of decimal commas in one piece', () => {
    const guess = detectDelimiter('Quote\n12,5\n8,25\n1.234,5\n');
    expect(guess.singleColumn).toBe(true);
    expect('Quote\n12,5\n8,25\n').not.toContain(guess.delimiter);
  });
  it('reads a comma file, a tab file and sep=;', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n4,5,6\n').delimiter).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n').delimiter).toBe('\t');
    expect(detectDelimiter('sep=;\na;b;;;;\n1,5;2;;;;\n')).toEqual({ delimiter: ';', singleColumn: false, skip: 6 });
  });
  it('is not fooled by commas inside quotes or in names of a GENESIS table', () => {
    const text = 'GENESIS-Tabelle: 1\nTitel, Teil;;;\n;;2015;2015\n01001;"Flensburg, Stadt";1,5;2\n01002;Kiel, Landeshauptstadt, Stadt;3;4\n';
    expect(detectDelimiter(text).delimiter).toBe(';');
  });
});

describe('detectDecimal', () => {
  it('decides from unambiguous cells', () => {
    expect(detectDecimal(['1.234', '0,7', '12'])).toEqual({ decimal: ',', assumed: false });
    expect(detectDecimal(['1,234.5', '0.75'])).toEqual({ decimal: '.', assumed: false });
    expect(detectDecimal(['12.345.678'])).toEqual({ decimal: ',', assumed: false });
    expect(detectDecimal(['1.234', '17'])).toEqual({ decimal: ',', assumed: true });
    expect(detectDecimal(['1.234'], '.')).toEqual({ decimal: '.', assumed: true });
  });
});

describe('readZip', () => {
  it('stops a ZIP bomb at the byte cap and too many entries at the entry cap', () => {
    const bomb = zipSync({ 'x_flat.csv': new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(readZip(bomb, () => true, { maxEntries: 5, maxTotalBytes: 1_000_000 })).toMatchObject({ ok: false, reason: 'too_large' });
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`f${i}.csv`] = strToU8('a');
    expect(readZip(zipSync(files), () => true, { maxEntries: 10, maxTotalBytes: 1e6 })).toMatchObject({ ok: false, reason: 'too_many_entries' });
  });
  it('reads the wanted entries', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hi'), 't_flat.csv': strToU8('a;b\n') });
    const read = readZip(zip, (name) => name.endsWith('.csv'));
    expect(read.ok && read.entries.map((e) => e.name)).toEqual(['t_flat.csv']);
  });
});
