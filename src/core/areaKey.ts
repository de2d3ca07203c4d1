/**
 * Official area keys: AGS (8 digits), ARS (12), Kreis (5), Regierungsbezirk (3), Land (2), `DG`
 * (Deutschland). Keys are text and stay text: nothing here turns them into numbers.
 */

export type KeyLevel = 'deutschland' | 'land' | 'regbez' | 'kreis' | 'gemeindeverband' | 'gemeinde' | 'ars';

const LEVEL_BY_LENGTH: Readonly<Record<number, KeyLevel>> = Object.freeze({
  2: 'land', 3: 'regbez', 5: 'kreis', 8: 'gemeinde', 9: 'gemeindeverband', 12: 'ars',
});

/** Coarse to fine; used to tell which level a table is about. */
export const KEY_LEVEL_ORDER: readonly KeyLevel[] = [
  'deutschland', 'land', 'regbez', 'kreis', 'gemeindeverband', 'gemeinde', 'ars',
];

export type KeyReading =
  | { kind: 'key'; key: string; level: KeyLevel }
  /** A key whose leading zero was eaten (e.g. by a spreadsheet): `3241001` → proposed `03241001`. */
  | { kind: 'lost_zero'; key: string; proposed: string; level: KeyLevel }
  | { kind: 'not_a_key'; key: string };

/** Trims blanks and a spreadsheet text prefix `'`; nothing else is touched. */
export function normaliseAreaKey(text: string): string {
  // Most cells are already clean: printable ASCII at both ends and no `'` prefix (read once per row of big files).
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first > 32 && first < 127 && first !== 39 && last > 32 && last < 127) return text;
  const trimmed = text.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  return trimmed.startsWith("'") ? trimmed.slice(1) : trimmed;
}

/** Lengths a key reaches again once its eaten zero is restored (Land, Kreis, AGS, ARS). */
const LOST_ZERO_LENGTHS = new Set([2, 5, 8, 12]);

/** The Land number (first two digits of an all-digit key) lies in 01–16. */
function validLand(key: string): boolean {
  const land = key.length === 1 ? key.charCodeAt(0) - 48 : (key.charCodeAt(0) - 48) * 10 + (key.charCodeAt(1) - 48);
  return land >= 1 && land <= 16;
}

/** `/^\d+$/` as a char-code loop (read for every key cell of big files). */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads one cell as an area key.
 * @example readAreaKey('03241') // { kind: 'key', key: '03241', level: 'kreis' }
 * @example readAreaKey('3241001') // { kind: 'lost_zero', key: '3241001', proposed: '03241001', level: 'gemeinde' }
 */
export function readAreaKey(text: string): KeyReading {
  const key = normaliseAreaKey(text);
  if (key === 'DG') return { kind: 'key', key, level: 'deutschland' };
  if (!allDigits(key)) return { kind: 'not_a_key', key };
  const level = LEVEL_BY_LENGTH[key.length];
  if (level && validLand(key)) return { kind: 'key', key, level };
  const padded = `0${key}`;
  const paddedLevel = LOST_ZERO_LENGTHS.has(padded.length) ? LEVEL_BY_LENGTH[padded.length] : undefined;
  if (paddedLevel && validLand(padded) && key[0] !== '0') {
    return { kind: 'lost_zero', key, proposed: padded, level: paddedLevel };
  }
  return { kind: 'not_a_key', key };
}

const AGGREGATE_NAMES = [
  /^deutschland$/i, /^bundesgebiet$/i, /^insgesamt$/i, /^gesamt$/i, /^summe$/i, /^sum$/i, /^total$/i,
  /^zusammen$/i, /^alle\b/i, /\binsgesamt$/i,
];

/** Names that mark a total row rather than an area. */
export function isAggregateName(name: string): boolean {
  return AGGREGATE_NAME.test(name.trim());
}

/** The patterns above as one expression: one test per name instead of ten (big files ask once per row). */
const AGGREGATE_NAME = new RegExp(AGGREGATE_NAMES.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

const PREFIX_LENGTHS = [2, 3, 5, 9];

/**
 * Keys that are totals of other keys in the same table: `DG` always, and any key that is a strict
 * prefix of another key in the table (a Land above its Kreise, a Kreis above its Gemeinden).
 * A kreisfreie Stadt listed only with its 5-digit key in a Gemeinde table stays an area.
 */
export function aggregateKeys(keys: Iterable<string>): Set<string> {
  const list = Array.isArray(keys) ? (keys as readonly string[]) : [...keys];
  // Only keys of a prefix length can contain others: with none (e.g. a Gemeinde table) no prefix is cut at all.
  const candidates = new Set<string>();
  const present = new Set<number>();
  for (const key of list) {
    if (!PREFIX_LENGTHS.includes(key.length)) continue;
    candidates.add(key);
    present.add(key.length);
  }
  const lengths = PREFIX_LENGTHS.filter((length) => present.has(length));
  const prefixes = new Set<string>();
  if (lengths.length > 0) {
    for (const key of list) {
      if (!/^\d+$/.test(key)) continue;
      for (const length of lengths) {
        if (key.length > length && candidates.has(key.slice(0, length))) prefixes.add(key.slice(0, length));
      }
    }
  }
  const result = new Set<string>();
  if (prefixes.size === 0) {
    if (list.includes('DG')) result.add('DG');
    return result;
  }
  for (const key of list) {
    if (key === 'DG' || prefixes.has(key)) result.add(key);
  }
  return result;
}

/** The level most keys of the table have, ignoring aggregates. */
export function dominantLevel(keys: Iterable<string>): KeyLevel | null {
  const counts = new Map<KeyLevel, number>();
  for (const key of keys) {
    const reading = readAreaKey(key);
    if (reading.kind === 'not_a_key') continue;
    counts.set(reading.level, (counts.get(reading.level) ?? 0) + 1);
  }
  let best: KeyLevel | null = null;
  let bestCount = 0;
  for (const level of KEY_LEVEL_ORDER) {
    const count = counts.get(level) ?? 0;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}
