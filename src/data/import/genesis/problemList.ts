import type { ImportProblem } from '../normalised';

/** Collects problems; after `perCode` of one code the rest are counted and summarised, never dropped unseen. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, ImportProblem>();

  constructor(private readonly perCode = 25) {}

  add(item: ImportProblem): void {
    const count = (this.counts.get(item.code) ?? 0) + 1;
    this.counts.set(item.code, count);
    if (count <= this.perCode) this.items.push(item);
    else if (!this.overflow.has(item.code)) this.overflow.set(item.code, item);
  }

  addAll(items: readonly ImportProblem[]): void {
    for (const item of items) this.add(item);
  }

  /** The problems, with one summary per code that overflowed. */
  list(): ImportProblem[] {
    const summaries: ImportProblem[] = [];
    for (const [code, first] of this.overflow) {
      const more = (this.counts.get(code) ?? 0) - this.perCode;
      summaries.push({
        ...first, line: undefined, column: undefined,
        de: `… und ${more} weitere Meldungen dieser Art (${code}).`,
        en: `… and ${more} more problems of this kind (${code}).`,
      });
    }
    return [...this.items, ...summaries];
  }
}
