import { addCounts, PERIODS, zeroCounts, type Counts } from './counts';
import { DEMO_INDICATORS, type DemoIndicator } from './indicators';

export const OBSERVATION_COLUMNS = ['area_key', 'indicator', 'period', 'value', 'numerator', 'denominator'] as const;

export interface AreaNode {
  key: string;
  level: 'land' | 'kreis' | 'gemeinde' | 'quartier';
  parentKey: string | null;
}

const LEVEL_ORDER = { land: 0, kreis: 1, gemeinde: 2, quartier: 3 } as const;

/**
 * Counts for every area: the finest units' counts added up along the parent chain (Quartier → city,
 * Gemeinde → Kreis → Land). A parent's figure is always recomputed from these sums, never averaged,
 * and includes the true counts behind cells that are published as secret.
 */
export function aggregateCounts(areas: readonly AreaNode[], finest: ReadonlyMap<string, Counts[]>): Map<string, Counts[]> {
  const parent = new Map(areas.map((a) => [a.key, a.parentKey]));
  const totals = new Map<string, Counts[]>(areas.map((a) => [a.key, PERIODS.map(zeroCounts)]));
  for (const [key, series] of finest) {
    if (!parent.has(key)) throw new Error(`Counts for unknown area ${key}`);
    for (let k: string | null | undefined = key; k; k = parent.get(k)) {
      const t = totals.get(k);
      if (!t) throw new Error(`Unknown parent ${k}`);
      series.forEach((c, i) => (t[i] = addCounts(t[i], c)));
    }
  }
  return totals;
}

function formatRate(numerator: number, denominator: number, scale: number): string {
  return (Math.round(((numerator / denominator) * scale + Number.EPSILON) * 10) / 10).toFixed(1);
}

/**
 * One published cell. Counts: the number, `-` for zero. Rates: `x` when the denominator is 0 (no
 * residents: not meaningful), `.` (secret, numerator/denominator empty) for a Quartier's employment-agency
 * count of 1 or 2, `-` for a numerator of 0, else the rate rounded to one decimal.
 */
export function publishedCell(d: DemoIndicator, c: Counts, level: AreaNode['level']): [string, string, string] {
  const n = c[d.numeratorField];
  if (d.denominatorField === null) return n === 0 ? ['-', '0', ''] : [String(n), String(n), ''];
  const den = c[d.denominatorField];
  if (den === 0) return ['x', '', ''];
  if (level === 'quartier' && d.agencyCount && (n === 1 || n === 2)) return ['.', '', ''];
  if (n === 0) return ['-', '0', String(den)];
  return [formatRate(n, den, d.scale), String(n), String(den)];
}

export function observationRows(areas: readonly AreaNode[], totals: ReadonlyMap<string, Counts[]>): string[][] {
  const sorted = [...areas].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows: string[][] = [];
  for (const a of sorted) {
    const series = totals.get(a.key);
    if (!series) throw new Error(`No counts for ${a.key}`);
    for (const d of DEMO_INDICATORS) {
      PERIODS.forEach((p, i) => rows.push([a.key, d.id, p, ...publishedCell(d, series[i], a.level)]));
    }
  }
  return rows;
}
