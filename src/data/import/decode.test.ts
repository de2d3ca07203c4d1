import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkSize, decodeBytes } from './decode';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const file = { fileName: 't.csv' };

describe('decodeBytes', () => {
  it('refuses an empty file and a BOM-only file', () => {
    for (const bytes of [new Uint8Array(), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
      const result = decodeBytes(bytes, file);
      expect(result.ok).toBe(false);
      expect(result.problems[0].code).toBe('empty_file');
    }
  });
  it('strips the UTF-8 BOM', () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Schlüssel;Wert\n')]), file);
    expect(result).toMatchObject({ ok: true, text: 'Schlüssel;Wert\n', encoding: 'utf-8', bom: true });
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    const text = 'Göttingen;1\n';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeBytes(le, file)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(be, file)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });
  it('reads Windows-1252 umlauts and says so', () => {
    const result = decodeBytes(latin1('L\u00fcneburg;Stra\u00dfe;\u0080\n'.replace('\u0080', '\x80')), file);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text).toBe('Lüneburg;Straße;€\n');
      expect(result.problems.map((p) => p.code)).toEqual(['encoding_latin1']);
    }
  });
  it('stops at a stray Latin-1 byte in UTF-8 naming the line, and reads it when Windows-1252 is confirmed', () => {
    const bytes = new Uint8Array([...strToU8('Name;Wert\nGöttingen;1\n'), ...latin1('Osnabr\u00fcck;3\n')]);
    const refused = decodeBytes(bytes, file);
    expect(refused.ok).toBe(false);
    expect(refused.problems[0]).toMatchObject({ code: 'invalid_utf8', line: 3, severity: 'error' });
    expect(refused.problems[0].de).toContain('Zeile 3');
    expect(refused.problems[0].en).toContain('Line 3');
    const confirmed = decodeBytes(bytes, { ...file, encoding: 'windows-1252' });
    expect(confirmed.ok && confirmed.text.endsWith('Osnabrück;3\n')).toBe(true);
  });
  it('recognises an xlsx renamed to .csv and binary garbage by their magic bytes', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>') });
    const result = decodeBytes(xlsx, file);
    expect(result).toMatchObject({ ok: false, magic: 'zip' });
    expect(result.problems[0].en).toContain('Excel');
    expect(decodeBytes(Uint8Array.from([0, 1, 2, 3, 250, 251]), file)).toMatchObject({ ok: false, magic: 'binary' });
  });
  it('names the size limit', () => {
    const tooBig = checkSize(5 * 1024 * 1024, 'big.csv', 1024 * 1024);
    expect(tooBig?.de).toContain('1 MB');
    expect(tooBig?.en).toContain('limit is 1 MB');
    expect(checkSize(10, 'small.csv', 1024)).toBeNull();
    expect(decodeBytes(strToU8('a;b\n1;2\n'), { ...file, maxBytes: 4 }).problems[0].code).toBe('file_too_large');
  });
});
