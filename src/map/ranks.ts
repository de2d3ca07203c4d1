import { figureNumber } from './choropleth';
import type { Status } from '../core/types';

/**
 * Rank of each area with a number (1 = highest value; ties share the better rank) and how many
 * areas have a number — what the tooltip shows as "Rang 3 von 51".
 */
export function rankFigures(
  figures: readonly { areaKey: string; value: number | null; status: Status }[],
): { ranks: Map<string, number>; rankOf: number } {
  const numbered = figures
    .map((f) => ({ key: f.areaKey, n: figureNumber(f) }))
    .filter((f): f is { key: string; n: number } => f.n !== null)
    .sort((a, b) => b.n - a.n);
  const ranks = new Map<string, number>();
  let rank = 0;
  numbered.forEach((f, i) => {
    if (i === 0 || numbered[i - 1].n !== f.n) rank = i + 1;
    ranks.set(f.key, rank);
  });
  return { ranks, rankOf: numbered.length };
}
