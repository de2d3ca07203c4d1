import { LEVELS, type AreaRecord, type Level } from '../core/types';

/** Lower-case, umlauts and ß folded, accents dropped: "Göttingen" and "Goettingen" both find it. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchHit {
  area: AreaRecord;
  score: number;
}

/**
 * Areas of the current level and the levels above it whose name or key matches the query, best
 * first: exact key, key prefix, name prefix, word prefix, then substring; within a score the current
 * level first, then by name.
 */
export function searchAreas(
  areas: readonly AreaRecord[],
  query: string,
  level: Level,
  limit = 12,
): AreaRecord[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const allowed = new Set(LEVELS.slice(0, LEVELS.indexOf(level) + 1));
  const foldedQuery = q.replace(/-/g, ' ');
  const hits: SearchHit[] = [];
  for (const area of areas) {
    if (!allowed.has(area.level)) continue;
    const name = foldForSearch(area.name).replace(/-/g, ' ');
    let score = -1;
    if (area.key === query.trim()) score = 0;
    else if (/^\d+$/.test(q) && area.key.startsWith(q)) score = 1;
    else if (name.startsWith(foldedQuery)) score = 2;
    else if (name.split(/[ ,/()]+/).some((word) => word.startsWith(foldedQuery))) score = 3;
    else if (name.includes(foldedQuery)) score = 4;
    if (score >= 0) hits.push({ area, score });
  }
  const levelRank = (l: Level) => (l === level ? 0 : 1);
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      levelRank(a.area.level) - levelRank(b.area.level) ||
      a.area.name.localeCompare(b.area.name, 'de') ||
      a.area.key.localeCompare(b.area.key),
  );
  return hits.slice(0, limit).map((h) => h.area);
}
