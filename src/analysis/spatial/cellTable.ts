/**
 * Open-addressing hash table from integer grid cells (cx, cy), given as integral doubles, to dense
 * cell ids 0, 1, 2, … in order of first insertion (internal; typed arrays only, no string keys).
 */
export class CellTable {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(maxCells: number) {
    let capacity = 16;
    while (capacity < maxCells * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.xs = new Float64Array(Math.max(maxCells, 1));
    this.ys = new Float64Array(Math.max(maxCells, 1));
  }

  private hash(cx: number, cy: number): number {
    const hx = Math.floor(cx / 4294967296) | 0;
    const hy = Math.floor(cy / 4294967296) | 0;
    let h = Math.imul((cx >>> 0) ^ Math.imul(hx, 0x27d4eb2d), 0x9e3779b1);
    h ^= Math.imul((cy >>> 0) ^ Math.imul(hy, 0x165667b1), 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 13;
    return h & this.mask;
  }

  /** Id of the cell, or -1. */
  get(cx: number, cy: number): number {
    let s = this.hash(cx, cy);
    for (;;) {
      const id = this.slots[s];
      if (id < 0) return -1;
      if (this.xs[id] === cx && this.ys[id] === cy) return id;
      s = (s + 1) & this.mask;
    }
  }

  /** Id of the cell, inserting it if new. */
  add(cx: number, cy: number): number {
    let s = this.hash(cx, cy);
    for (;;) {
      const id = this.slots[s];
      if (id < 0) {
        const fresh = this.size++;
        this.slots[s] = fresh;
        this.xs[fresh] = cx;
        this.ys[fresh] = cy;
        return fresh;
      }
      if (this.xs[id] === cx && this.ys[id] === cy) return id;
      s = (s + 1) & this.mask;
    }
  }
}
