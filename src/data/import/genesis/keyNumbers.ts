/**
 * Numbers the distinct area keys of a table in order of first appearance (0, 1, 2, …), for
 * per-key tables in typed arrays. Keys of 1–14 digits (all official keys) are looked up by
 * value and length in an open-addressing table of typed arrays — one probe of flat memory instead
 * of a hash map's entry and string; any other key text goes through a Map. Distinct texts always
 * get distinct numbers: a digit key is fixed by its value and its length (leading zeros).
 */
export class KeyNumbers {
  /** The keys, indexed by their number. */
  readonly keys: string[] = [];
  private readonly others = new Map<string, number>();
  private codes = new Float64Array(1024);
  private numbers = new Int32Array(1024);
  private filled = 0;

  numberOf(key: string): number {
    const length = key.length;
    if (length === 0 || length > 14) return this.other(key);
    let value = 0;
    for (let i = 0; i < length; i++) {
      const digit = key.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return this.other(key);
      value = value * 10 + digit;
    }
    // value < 10^14, so value * 16 + length < 2^53: exact, and never 0 (0 marks an empty slot).
    const code = value * 16 + length;
    const mask = this.codes.length - 1;
    for (let slot = slotOf(code) & mask; ; slot = (slot + 1) & mask) {
      const found = this.codes[slot];
      if (found === code) return this.numbers[slot];
      if (found === 0) {
        const number = this.keys.length;
        this.keys.push(key);
        this.codes[slot] = code;
        this.numbers[slot] = number;
        if (++this.filled * 2 > this.codes.length) this.grow();
        return number;
      }
    }
  }

  private other(key: string): number {
    const known = this.others.get(key);
    if (known !== undefined) return known;
    const number = this.keys.length;
    this.keys.push(key);
    this.others.set(key, number);
    return number;
  }

  private grow(): void {
    const codes = this.codes;
    const numbers = this.numbers;
    this.codes = new Float64Array(codes.length * 2);
    this.numbers = new Int32Array(codes.length * 2);
    const mask = this.codes.length - 1;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code === 0) continue;
      let slot = slotOf(code) & mask;
      while (this.codes[slot] !== 0) slot = (slot + 1) & mask;
      this.codes[slot] = code;
      this.numbers[slot] = numbers[i];
    }
  }
}

function slotOf(code: number): number {
  const low = code >>> 0;
  const high = Math.floor(code / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}
