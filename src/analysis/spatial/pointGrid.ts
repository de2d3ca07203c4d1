/**
 * A uniform grid over points for neighbour searches (internal). Points with NaN coordinates are
 * left out of the grid.
 */
export interface PointGrid {
  minX: number;
  minY: number;
  cell: number;
  cols: number;
  rows: number;
  /** Cell starts into `items` (cols·rows + 1). */
  starts: Int32Array;
  /** Point indices grouped by cell. */
  items: Int32Array;
}

export function buildPointGrid(xs: Float64Array, ys: Float64Array, cell: number): PointGrid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i]))) continue;
    if (xs[i] < minX) minX = xs[i];
    if (xs[i] > maxX) maxX = xs[i];
    if (ys[i] < minY) minY = ys[i];
    if (ys[i] > maxY) maxY = ys[i];
  }
  if (minX === Infinity) {
    minX = 0;
    minY = 0;
    maxX = 0;
    maxY = 0;
  }
  // Cap the grid at ~4 cells per point so a tiny cell cannot blow up memory.
  const span = Math.max(maxX - minX, maxY - minY, Number.MIN_VALUE);
  const minCell = span / Math.max(1, Math.ceil(Math.sqrt(4 * Math.max(n, 1))));
  const size = Math.max(cell, minCell, Number.MIN_VALUE);
  const cols = Math.floor((maxX - minX) / size) + 1;
  const rows = Math.floor((maxY - minY) / size) + 1;
  const cellOf = new Int32Array(n).fill(-1);
  const starts = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) {
    if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i]))) continue;
    const c = Math.floor((xs[i] - minX) / size) + cols * Math.floor((ys[i] - minY) / size);
    cellOf[i] = c;
    starts[c + 1]++;
  }
  for (let c = 0; c < cols * rows; c++) starts[c + 1] += starts[c];
  const fill = starts.slice(0, cols * rows);
  const items = new Int32Array(starts[cols * rows]);
  for (let i = 0; i < n; i++) if (cellOf[i] >= 0) items[fill[cellOf[i]]++] = i;
  return { minX, minY, cell: size, cols, rows, starts, items };
}
