import { describe, expect, it } from 'vitest';
import { symbolStatus } from './status';
import { parseValueCell } from './valueCell';

describe('parseValueCell', () => {
  it('numbers with a dot decimal', () => {
    expect(parseValueCell('12.5')).toEqual({ ok: true, value: 12.5, status: 'ok' });
    expect(parseValueCell(' -0.7 ')).toEqual({ ok: true, value: -0.7, status: 'ok' });
    expect(parseValueCell('0')).toEqual({ ok: true, value: 0, status: 'ok' });
    expect(parseValueCell('1e3')).toEqual({ ok: true, value: 1000, status: 'ok' });
  });
  it('DIN symbols become a status; - is a true zero, . is secret without value', () => {
    expect(parseValueCell('-')).toEqual({ ok: true, value: 0, status: 'zero' });
    expect(parseValueCell('.')).toEqual({ ok: true, value: null, status: 'secret' });
    expect(parseValueCell('/')).toEqual({ ok: true, value: null, status: 'unreliable' });
    expect(parseValueCell('x')).toEqual({ ok: true, value: null, status: 'blocked' });
    expect(parseValueCell('*')).toEqual({ ok: true, value: null, status: 'suppressed' });
    expect(parseValueCell('…')).toEqual({ ok: true, value: null, status: 'not_yet' });
    expect(parseValueCell('(3.5)')).toEqual({ ok: true, value: 3.5, status: 'limited' });
    expect(parseValueCell('')).toEqual({ ok: true, value: null, status: 'missing' });
  });
  it('refuses everything else (no guessing)', () => {
    for (const bad of ['12,5', '1.234.567', 'abc', 'NaN', 'Infinity', '1e999', '12 %', '--', '__proto__']) {
      expect(parseValueCell(bad)).toEqual({ ok: false });
    }
  });
});

describe('symbols are own keys only', () => {
  it('"constructor" and "toString" are not symbols; "-" and "." are', () => {
    expect(parseValueCell('constructor')).toEqual({ ok: false });
    expect(symbolStatus('toString')).toBeUndefined();
    expect(symbolStatus('-')).toBe('zero');
    expect(symbolStatus('.')).toBe('secret');
  });
});
