const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss' };

/** `Personen in Bedarfsgemeinschaften (SGB II)` → `personen_in_bedarfsgemeinschaften_sgb_ii`. */
const slugs = new Map<string, string>();

export function slugify(text: string, maxLength = 64): string {
  // Importers ask once per cell for a handful of labels: remember them (bounded).
  const memo = `${maxLength}\u0000${text}`;
  const known = slugs.get(memo);
  if (known !== undefined) return known;
  if (slugs.size > 10_000) slugs.clear();
  const slug = slugifyText(text, maxLength);
  slugs.set(memo, slug);
  return slug;
}

function slugifyText(text: string, maxLength: number): string {
  const ascii = text
    .replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii.slice(0, maxLength).replace(/_+$/, '');
}

/** An indicator id from a table code and a label path; ids that already exist get `_2`, `_3`, …. */
export function indicatorId(tableCode: string | null, parts: readonly string[], taken: Map<string, string>, label: string): string {
  const base = [tableCode ? slugify(tableCode) : '', ...parts.map((p) => slugify(p))].filter((p) => p !== '').join('__') || 'wert';
  let id = base;
  for (let n = 2; taken.has(id) && taken.get(id) !== label; n++) id = `${base}_${n}`;
  taken.set(id, label);
  return id;
}
