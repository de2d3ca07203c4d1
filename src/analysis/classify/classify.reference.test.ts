import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classIndex } from './classIndex';
import { classify } from './classify';

interface Case {
  vector: string;
  style: string;
  k: number;
  style_used: string;
  brks: (number | null)[];
  cols: number[];
}
const ref = JSON.parse(readFileSync(new URL('../../../test/fixtures/reference/classint.json', import.meta.url), 'utf8')) as {
  vectors: Record<string, number[]>;
  cases: Case[];
};

describe('classify against R classInt 0.4-9', () => {
  const jenks = ref.cases.filter((c) => c.style === 'jenks' || c.style === 'fisher');
  it.each(jenks.map((c) => [c.vector, c.style, c.k, c] as const))('%s %s k=%i: identical class membership', (_v, _s, _k, c) => {
    const values = ref.vectors[c.vector];
    const result = classify(values, { method: 'jenks', classes: c.k });
    const mine = values.map((v) => classIndex(v, result.breaks, result.closed));
    expect(mine).toEqual(c.cols);
    if (c.style === 'jenks' && c.style_used === 'jenks') {
      // Same breaks (largest value of each class) to the last bit.
      expect(result.breaks).toEqual(c.brks);
    }
  });

  const quantile = ref.cases.filter((c) => c.style === 'quantile' && c.style_used === 'quantile');
  it.each(quantile.map((c) => [c.vector, c.k, c] as const))('quantile %s k=%i: breaks within 1e-9 and same membership', (_v, _k, c) => {
    const values = ref.vectors[c.vector];
    const result = classify(values, { method: 'quantile', classes: c.k });
    const rBreaks = (c.brks as number[]).filter((b, i, a) => i === 0 || b !== a[i - 1]);
    expect(result.breaks.length).toBe(rBreaks.length);
    result.breaks.forEach((b, i) => expect(Math.abs(b - rBreaks[i])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b))));
    if (rBreaks.length === c.brks.length) expect(values.map((v) => classIndex(v, result.breaks, 'left'))).toEqual(c.cols);
  });

  const equal = ref.cases.filter((c) => c.style === 'equal' && c.style_used === 'equal');
  it.each(equal.map((c) => [c.vector, c.k, c] as const))('equal %s k=%i: breaks and membership', (_v, _k, c) => {
    const values = ref.vectors[c.vector];
    const result = classify(values, { method: 'equal', classes: c.k });
    result.breaks.forEach((b, i) => expect(Math.abs(b - (c.brks[i] as number))).toBeLessThanOrEqual(1e-9));
    expect(values.map((v) => classIndex(v, result.breaks, 'left'))).toEqual(c.cols);
  });

  const box = ref.cases.filter((c) => c.style === 'box');
  it.each(box.map((c) => [c.vector, c] as const))('box %s: fences and quartiles match, same membership', (_v, c) => {
    const values = ref.vectors[c.vector];
    const result = classify(values, { method: 'box' });
    // R puts ±Inf (JSON null) outside the range; the five inner bounds must agree.
    for (let i = 1; i <= 5; i++) expect(Math.abs(result.breaks[i] - (c.brks[i] as number))).toBeLessThanOrEqual(1e-9);
    expect(result.classes).toBe(6);
    // classInt's box intervals are left-closed except the last; ours close class 5 at the upper fence.
    const mine = values.map((v) => classIndex(v, result.breaks, 'box'));
    const upperFence = result.breaks[5];
    mine.forEach((cls, i) => {
      if (values[i] !== upperFence) expect(cls).toBe(c.cols[i]);
    });
  });
});
