import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../core/types';
import { rateReliability } from './reliability';

const share: Indicator = {
  id: 'sgb2_quote', labelDe: 'SGB-II-Quote', labelEn: 'SGB II rate', unit: '%', polarity: 'higher_is_need',
  numerator: 'Personen in BG', denominator: 'Einwohner unter 65', scale: 100, definitionDe: '', definitionEn: '',
  referenceDate: '31.12.', source: '', licence: '', attribution: '', synthetic: true,
};
const count: Indicator = { ...share, id: 'population', denominator: '', numerator: '', scale: 1, unit: 'Personen' };

describe('rateReliability', () => {
  it('gives the Wilson interval of a share in percent (R prop.test 37/250: 10.93 – 19.73 %)', () => {
    const r = rateReliability({ value: 14.8, status: 'ok', numerator: 37, denominator: 250 }, share);
    expect(r?.method).toBe('wilson');
    expect(r?.lower).toBeCloseTo(10.93, 1);
    expect(r?.upper).toBeCloseTo(19.73, 1);
    expect(r?.smallCount).toBe(false);
  });
  it('flags fewer than 20 cases as a small count', () => {
    expect(rateReliability({ value: 5, status: 'ok', numerator: 4, denominator: 80 }, share)?.smallCount).toBe(true);
  });
  it('has nothing to say about counts, withheld figures or figures without counts', () => {
    expect(rateReliability({ value: 5000, status: 'ok', numerator: 5000, denominator: null }, count)).toBeNull();
    expect(rateReliability({ value: null, status: 'secret', numerator: null, denominator: null }, share)).toBeNull();
    expect(rateReliability({ value: 5, status: 'ok', numerator: null, denominator: 100 }, share)).toBeNull();
  });
});
