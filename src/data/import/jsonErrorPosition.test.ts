import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorPosition } from './jsonErrorPosition';

describe('jsonErrorPosition', () => {
  it('returns null for every valid JSON text', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      expect(jsonErrorPosition(text)).toBeNull();
    }));
  });
  it('points at the first offending character', () => {
    expect(jsonErrorPosition('[1,,2]')).toBe(3);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
    expect(jsonErrorPosition('{"a":tru}')).toBe(5);
    expect(jsonErrorPosition('[1] x')).toBe(4);
    expect(jsonErrorPosition('"abc')).toBe(4);
    expect(jsonErrorPosition('[01]')).toBe(2);
    expect(jsonErrorPosition('')).toBe(0);
  });
  it('agrees with JSON.parse on what is invalid', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', ':', '"', 'x'), (text, at, junk) => {
        const broken = text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1));
        let valid = true;
        try { JSON.parse(broken); } catch { valid = false; }
        expect(jsonErrorPosition(broken) === null).toBe(valid);
      }),
    );
  });
});
