import type { BBox } from './crs';

/** Bounding box over every finite [x, y] found in nested coordinate arrays (iterative: no recursion limit). */
export function coordinateBBox(roots: readonly unknown[]): BBox | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!Array.isArray(item)) continue;
    if (typeof item[0] === 'number' && typeof item[1] === 'number') {
      const [x, y] = item as number[];
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    } else for (const child of item) stack.push(child);
  }
  return minX === Infinity ? null : { minX, minY, maxX, maxY };
}
