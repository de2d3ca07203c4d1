/**
 * Class of a value for ascending cut-offs: the number of cuts strictly below the value, so a value
 * equal to a cut belongs to the lower class (intervals (c[i−1], c[i]]). −1 for NaN.
 *
 * @example cutClass(1.5, [-1, 1, 1.5]) // → 2
 * @example cutClass(1.51, [-1, 1, 1.5]) // → 3
 */
export function cutClass(value: number, cuts: readonly number[]): number {
  if (value !== value) return -1;
  let c = 0;
  while (c < cuts.length && value > cuts[c]) c++;
  return c;
}
