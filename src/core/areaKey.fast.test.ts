import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateKeys, normaliseAreaKey, readAreaKey } from './areaKey';

/** aggregateKeys as first written (every prefix of every key cut): the reference for the faster one. */
function aggregateKeysReference(keys: Iterable<string>): Set<string> {
  const all = new Set(keys);
  const prefixes = new Set<string>();
  for (const key of all) {
    if (!/^\d+$/.test(key)) continue;
    for (const length of [2, 3, 5, 9]) if (key.length > length) prefixes.add(key.slice(0, length));
  }
  const result = new Set<string>();
  for (const key of all) if (key === 'DG' || prefixes.has(key)) result.add(key);
  return result;
}

const key = fc.oneof(
  fc.constantFrom('DG', '03', '031', '03241', '032410001', '03241001', '03241001001', '032410011001', '3', '16', '17', 'ab', ''),
  fc.tuple(fc.constantFrom(1, 2, 3, 5, 8, 9, 12), fc.integer({ min: 0, max: 999_999_999_999 })).map(([n, v]) => String(v).padStart(12, '0').slice(0, n)),
  fc.string({ maxLength: 6 }),
);

describe('area keys read fast', () => {
  it('aggregateKeys finds the same totals, in the same order, as cutting every prefix', () => {
    fc.assert(fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
      expect([...aggregateKeys(keys)]).toEqual([...aggregateKeysReference(keys)]);
      expect([...aggregateKeys(new Set(keys))]).toEqual([...aggregateKeysReference(keys)]);
    }), { numRuns: 3000 });
  });

  it('readAreaKey tells digits and Länder by char codes as the regex and Number() did', () => {
    const LEVELS: Record<number, string> = { 2: 'land', 3: 'regbez', 5: 'kreis', 8: 'gemeinde', 9: 'gemeindeverband', 12: 'ars' };
    const validLand = (k: string) => Number(k.slice(0, 2)) >= 1 && Number(k.slice(0, 2)) <= 16;
    const reference = (text: string) => {
      const k = normaliseAreaKey(text);
      if (k === 'DG') return { kind: 'key', key: k, level: 'deutschland' };
      if (!/^\d+$/.test(k)) return { kind: 'not_a_key', key: k };
      if (LEVELS[k.length] && validLand(k)) return { kind: 'key', key: k, level: LEVELS[k.length] };
      const padded = `0${k}`;
      if ([2, 5, 8, 12].includes(padded.length) && validLand(padded) && k[0] !== '0') return { kind: 'lost_zero', key: k, proposed: padded, level: LEVELS[padded.length] };
      return { kind: 'not_a_key', key: k };
    };
    fc.assert(fc.property(key, (text) => {
      expect(readAreaKey(text)).toEqual(reference(text));
    }), { numRuns: 3000 });
    expect(readAreaKey('17001').kind).toBe('not_a_key');
    expect(readAreaKey('3241001')).toEqual({ kind: 'lost_zero', key: '3241001', proposed: '03241001', level: 'gemeinde' });
    expect(readAreaKey('0324100a').kind).toBe('not_a_key');
  });
});
