import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyNumbers } from './keyNumbers';

/** The reference: a Map from key text to its number, in order of first appearance. */
function reference(keys: readonly string[]): { numbers: number[]; keys: string[] } {
  const map = new Map<string, number>();
  const numbers = keys.map((key) => {
    if (!map.has(key)) map.set(key, map.size);
    return map.get(key)!;
  });
  return { numbers, keys: [...map.keys()] };
}

const key = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 16 }), fc.bigInt({ min: 0n, max: 9_999_999_999_999_999n })).map(([n, v]) => v.toString().padStart(16, '0').slice(-n)),
  fc.constantFrom('', 'DG', '0', '00', '000', '12', '012', '0012', ' 12', '12 ', '１２', '03241001', '3241001', '99999999999999', '999999999999999'),
  fc.string({ maxLength: 4 }),
);

describe('KeyNumbers', () => {
  it('numbers keys exactly as a map from text would (leading zeros, long and odd keys)', () => {
    fc.assert(fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
      const numbering = new KeyNumbers();
      const numbers = keys.map((k) => numbering.numberOf(k));
      expect({ numbers, keys: numbering.keys }).toEqual(reference(keys));
    }), { numRuns: 500 });
  });

  it('keeps numbers through growth of its table', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => String((i * 7919) % 15_000).padStart(i % 3 === 0 ? 8 : 5, '0'));
    const numbering = new KeyNumbers();
    const numbers = keys.map((k) => numbering.numberOf(k));
    expect({ numbers, keys: numbering.keys }).toEqual(reference(keys));
  });
});
