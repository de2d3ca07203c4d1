import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateKeys, dominantLevel, isAggregateName, normaliseAreaKey, readAreaKey } from './areaKey';

describe('readAreaKey', () => {
  it('recognises the level from the length', () => {
    expect(readAreaKey('03')).toEqual({ kind: 'key', key: '03', level: 'land' });
    expect(readAreaKey('031')).toEqual({ kind: 'key', key: '031', level: 'regbez' });
    expect(readAreaKey('03241')).toEqual({ kind: 'key', key: '03241', level: 'kreis' });
    expect(readAreaKey('03241001')).toEqual({ kind: 'key', key: '03241001', level: 'gemeinde' });
    expect(readAreaKey('032410001')).toEqual({ kind: 'key', key: '032410001', level: 'gemeindeverband' });
    expect(readAreaKey('032410001001')).toEqual({ kind: 'key', key: '032410001001', level: 'ars' });
    expect(readAreaKey('DG')).toEqual({ kind: 'key', key: 'DG', level: 'deutschland' });
    expect(readAreaKey('16077').kind).toBe('key');
  });
  it('trims blanks and a spreadsheet apostrophe', () => {
    expect(readAreaKey("  '03241 ")).toEqual({ kind: 'key', key: '03241', level: 'kreis' });
  });
  it('proposes padding for a key whose leading zero was eaten, without applying it', () => {
    expect(readAreaKey('3241001')).toEqual({ kind: 'lost_zero', key: '3241001', proposed: '03241001', level: 'gemeinde' });
    expect(readAreaKey('3241')).toEqual({ kind: 'lost_zero', key: '3241', proposed: '03241', level: 'kreis' });
    expect(readAreaKey('3')).toEqual({ kind: 'lost_zero', key: '3', proposed: '03', level: 'land' });
  });
  it('refuses non-keys', () => {
    expect(readAreaKey('Hannover').kind).toBe('not_a_key');
    expect(readAreaKey('17').kind).toBe('not_a_key');
    expect(readAreaKey('00').kind).toBe('not_a_key');
    expect(readAreaKey('1234567890').kind).toBe('not_a_key');
    expect(readAreaKey('85942').kind).toBe('not_a_key');
  });
  it('keeps Länder 10–16 as text', () => {
    for (const land of ['10', '11', '12', '13', '14', '15', '16']) expect(readAreaKey(land)).toEqual({ kind: 'key', key: land, level: 'land' });
  });
});

describe('aggregates', () => {
  it('marks DG and keys that contain other keys of the table', () => {
    const keys = ['DG', '03', '03241', '03101', '03101000', '03241001', '09162'];
    expect([...aggregateKeys(keys)].sort()).toEqual(['03', '03101', '03241', 'DG']);
  });
  it('keeps a kreisfreie Stadt listed only with its 5-digit key in a Gemeinde table', () => {
    expect(aggregateKeys(['03101', '03241001', '03241002']).has('03101')).toBe(false);
  });
  it('recognises total names', () => {
    for (const name of ['Deutschland', 'Insgesamt', ' SUM ', 'Summe', 'Niedersachsen insgesamt']) expect(isAggregateName(name)).toBe(true);
    for (const name of ['Hannover', 'Insel Borkum']) expect(isAggregateName(name)).toBe(false);
  });
  it('finds the dominant level', () => {
    expect(dominantLevel(['DG', '03', '03241', '03101', '03102'])).toBe('kreis');
    expect(dominantLevel(['x'])).toBeNull();
  });
});

describe('key properties', () => {
  it('any digit-string key survives parse → normalise → output unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,12}$/), (key) => {
        const reading = readAreaKey(key);
        expect(reading.key).toBe(key);
        expect(normaliseAreaKey(` ${key}\u00a0`)).toBe(key);
        if (reading.kind === 'lost_zero') expect(reading.proposed).toBe(`0${key}`);
      }),
    );
  });
});
