import { describe, expect, it } from 'vitest';
import type { AreaFeatureCollection, LevelFigure } from '../../data/atlas';
import type { Indicator } from '../../core/types';
import { buildChoropleth } from '../../map/choropleth';
import type { ChoroplethData } from '../map/useChoropleth';
import { canSmooth, classifyData, smoothFigures } from './classifiedData';

const indicator: Indicator = {
  id: 'sgb2_quote', labelDe: 'SGB-II-Quote', labelEn: 'SGB II rate', unit: '%', polarity: 'higher_is_need',
  numerator: 'BG', denominator: 'EW', scale: 100, definitionDe: '', definitionEn: '', referenceDate: '31.12.',
  source: '', licence: '', attribution: '', synthetic: true,
};

function base(): ChoroplethData {
  const counts = [[1, 10], [30, 300], [50, 400], [2, 1000], [90, 500], [5, 20], [40, 200], [70, 350]];
  const figures: LevelFigure[] = counts.map(([n, d], i) => ({ areaKey: `A${i}`, value: (100 * n) / d, status: 'ok', numerator: n, denominator: d }));
  const boundaries = {
    type: 'FeatureCollection',
    features: figures.map((f) => ({ type: 'Feature', properties: { key: f.areaKey, name: f.areaKey, level: 'gemeinde', parentKey: null, synthetic: true }, geometry: { type: 'Polygon', coordinates: [] } })),
  } as unknown as AreaFeatureCollection;
  return {
    level: 'gemeinde', indicator, year: '2024', boundaries, context: null,
    choropleth: buildChoropleth(figures.map((f) => f.areaKey), figures), figures: new Map(figures.map((f) => [f.areaKey, f])),
    ranks: new Map(), rankOf: 0, version: -1,
  };
}

describe('classifyData', () => {
  it('re-classifies with the chosen method and class count and bumps the colour version', () => {
    const b = base();
    const r = classifyData(b, { method: 'equal', classes: 3, breaks: null, eb: 'off' });
    expect(r.data?.choropleth.classification?.method).toBe('equal');
    expect(r.data?.choropleth.classification?.classes).toBe(3);
    expect(r.data?.version).not.toBe(b.version);
    expect(r.values).toHaveLength(8);
  });
  it('falls back to quantiles when manual bounds leave values out', () => {
    const r = classifyData(base(), { method: 'manual', classes: 5, breaks: [5, 10, 12], eb: 'off' });
    expect(r.breaksRejected).toBe(true);
    expect(r.data?.choropleth.classification?.method).toBe('quantile');
    const ok = classifyData(base(), { method: 'manual', classes: 5, breaks: [0, 10, 30], eb: 'off' });
    expect(ok.breaksRejected).toBe(false);
    expect(ok.data?.choropleth.classification?.breaks).toEqual([0, 10, 30]);
  });
  it('maps global EB estimates: small areas shrink towards the overall rate', () => {
    const b = base();
    expect(canSmooth(b)).toBe(true);
    const { figures, count } = smoothFigures([...b.figures.values()], 100);
    expect(count).toBe(8);
    const overall = (100 * (1 + 30 + 50 + 2 + 90 + 5 + 40 + 70)) / (10 + 300 + 400 + 1000 + 500 + 20 + 200 + 350);
    const small = figures.find((f) => f.areaKey === 'A5') as LevelFigure; // 5 of 20 = 25 %
    expect(Math.abs((small.value as number) - overall)).toBeLessThan(25 - overall);
    const r = classifyData(b, { method: 'quantile', classes: 4, breaks: null, eb: 'global' });
    expect(r.ebCount).toBe(8);
    expect(r.values).not.toEqual(classifyData(b, { method: 'quantile', classes: 4, breaks: null, eb: 'off' }).values);
  });
});
