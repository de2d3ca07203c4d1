/**
 * Header cells made usable without losing them: control characters removed, blanks trimmed, empty
 * names replaced by `Spalte N`, duplicates (ignoring case) renamed `Name (2)` — each change reported.
 * Names stay plain strings in arrays: `__proto__` or `constructor` are just names.
 */
export interface HeaderFix {
  index: number;
  original: string;
  name: string;
  reason: 'empty' | 'duplicate' | 'cleaned';
}

export function cleanHeaders(raw: readonly string[]): { names: string[]; fixes: HeaderFix[] } {
  const names: string[] = [];
  const fixes: HeaderFix[] = [];
  const used = new Set<string>();
  raw.forEach((original, index) => {
    // eslint-disable-next-line no-control-regex
    let name = original.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
    let reason: HeaderFix['reason'] | null = name !== original ? 'cleaned' : null;
    if (name === '') {
      name = `Spalte ${index + 1}`;
      reason = 'empty';
    }
    if (used.has(name.toLowerCase())) {
      let n = 2;
      while (used.has(`${name} (${n})`.toLowerCase())) n++;
      name = `${name} (${n})`;
      reason = 'duplicate';
    }
    used.add(name.toLowerCase());
    names.push(name);
    if (reason) fixes.push({ index, original, name, reason });
  });
  return { names, fixes };
}
