import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankValues } from './rankValues';
import { zScores } from './zScores';

const close = (actual: ArrayLike<number>, expected: number[], digits = 10) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => (Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, digits)));
};

describe('zScores', () => {
  it('standardises with the sample SD by default', () => {
    close(zScores([1, 2, 3]), [-1, 0, 1]);
    // mean 5, sample variance 20/3
    const sd = Math.sqrt(20 / 3);
    close(zScores([2, 4, 6, 8]), [-3 / sd, -1 / sd, 1 / sd, 3 / sd]);
  });

  it('uses n with sd: population', () => {
    // mean 2, population variance 2/3
    const sd = Math.sqrt(2 / 3);
    close(zScores([1, 2, 3], { sd: 'population' }), [-1 / sd, 0, 1 / sd]);
  });

  it('orients lower_is_need so that higher z = more need; neutral keeps the sign', () => {
    close(zScores([1, 2, 3], { polarity: 'lower_is_need' }), [1, 0, -1]);
    close(zScores([1, 2, 3], { polarity: 'neutral' }), [-1, 0, 1]);
  });

  it('population-weights the mean and SD', () => {
    // weights 1,2,1: mean (0 + 20 + 20)/4 = 10, weighted variance (100 + 0 + 100)/4 = 50
    close(zScores([0, 10, 20], { weights: [1, 2, 1], sd: 'population' }), [-10 / Math.sqrt(50), 0, 10 / Math.sqrt(50)]);
    // sample: × n/(n−1) = 3/2 → variance 75
    close(zScores([0, 10, 20], { weights: [1, 2, 1] }), [-10 / Math.sqrt(75), 0, 10 / Math.sqrt(75)]);
    // unequal weights shift the mean: weights 3,1 → mean 1.5, variance (3·0.25 + 2.25)/4 = 0.75
    close(zScores([1, 3], { weights: [3, 1], sd: 'population' }), [-0.5 / Math.sqrt(0.75), 1.5 / Math.sqrt(0.75)]);
  });

  it('equal weights give exactly the unweighted result', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 20 }), fc.double({ min: 0.5, max: 1e4, noNaN: true }), (xs, w) => {
        const a = zScores(xs);
        const b = zScores(xs, { weights: xs.map(() => w) });
        for (let i = 0; i < xs.length; i++) {
          if (Number.isNaN(a[i])) expect(b[i]).toBeNaN();
          else expect(b[i]).toBeCloseTo(a[i], 6);
        }
      }),
    );
  });

  it('keeps tiny values from underflowing when squared', () => {
    close(zScores([-4e-162, 0, 0, 0]), [-1.5, 0.5, 0.5, 0.5]);
    close(zScores([1e-200, 2e-200, 3e-200]), [-1, 0, 1]);
  });

  it('standardises against a reference subset', () => {
    close(zScores([1, 2, 3, 10], { reference: [1, 1, 1, 0] }), [-1, 0, 1, 8]);
    close(zScores([1, 2, 3, 10], { reference: [true, true, true, false] }), [-1, 0, 1, 8]);
  });

  it('standardises each group against its own members', () => {
    close(zScores([1, 3, 10, 20], { groups: ['a', 'a', 'b', 'b'] }), [-Math.SQRT1_2, Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT1_2]);
    close(zScores([1, 3, 10], { groups: ['a', 'a', null] }), [-Math.SQRT1_2, Math.SQRT1_2, NaN]);
  });

  it('leaves missing values out and gives NaN without spread', () => {
    close(zScores([1, null, 3, NaN, 2]), [-1, NaN, 1, NaN, 0]);
    close(zScores([5, 5, 5]), [NaN, NaN, NaN]);
    // 0.1 has no exact binary form: the computed mean differs from each value by rounding noise only
    close(zScores([0.1, 0.1, 0.1]), [NaN, NaN, NaN]);
    close(zScores([0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7], { weights: [1, 2, 3, 4, 5, 6, 7] }), Array(7).fill(NaN));
    close(zScores([5]), [NaN]);
  });

  it('rejects mismatched options and does not mutate the input', () => {
    const xs = [1, 2, 3];
    expect(() => zScores(xs, { weights: [1, 2] })).toThrow(RangeError);
    expect(() => zScores(xs, { polarity: 'up' as never })).toThrow(RangeError);
    zScores(xs, { polarity: 'lower_is_need' });
    expect(xs).toEqual([1, 2, 3]);
  });
});

describe('rankValues', () => {
  it('ranks the highest first, ties share the smallest rank, missing get 0', () => {
    expect(Array.from(rankValues([0.5, 2, 2, NaN]).ranks)).toEqual([3, 1, 1, 0]);
    expect(rankValues([0.5, 2, 2, null]).count).toBe(3);
  });
  it('gives mid-rank percentiles', () => {
    close(rankValues([1, 2, 3, 4]).percentiles, [12.5, 37.5, 62.5, 87.5]);
    close(rankValues([1, 2, 2, NaN]).percentiles, [100 / 6, (100 * 2) / 3, (100 * 2) / 3, NaN]);
  });
});
