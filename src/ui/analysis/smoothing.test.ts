import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../core/types';
import type { AreaFeature, AreaFeatureCollection, LevelFigure } from '../../data/atlas';
import { buildChoropleth } from '../../map/choropleth';
import { tooltipLines } from '../map/MapTooltip';
import type { ChoroplethData } from '../map/useChoropleth';
import { classifyData } from './classifiedData';
import { smoothSpatial } from './smoothing';

const indicator: Indicator = {
  id: 'sgb2_quote', labelDe: 'SGB-II-Quote', labelEn: 'SGB II rate', unit: '%', polarity: 'higher_is_need',
  numerator: 'BG', denominator: 'EW', scale: 100, definitionDe: '', definitionEn: '', referenceDate: '31.12.',
  source: '', licence: '', attribution: '', synthetic: true,
};

function square(key: string, x: number, y: number): AreaFeature {
  const ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]];
  return { type: 'Feature', properties: { key, name: `Gebiet ${key}`, level: 'quartier', parentKey: null, synthetic: true }, geometry: { type: 'Polygon', coordinates: [ring] } } as unknown as AreaFeature;
}

/**
 * A 3 × 3 block of squares Q0..Q8 (row by row) and one square ISL far away. Q4, in the middle, is
 * tiny with a high rate; Q8 has no counts (withheld) and so is nobody's neighbour.
 */
function fixture() {
  const features = [...Array.from({ length: 9 }, (_, i) => square(`Q${i}`, i % 3, Math.floor(i / 3))), square('ISL', 10, 10)];
  const boundaries = { type: 'FeatureCollection', features } as unknown as AreaFeatureCollection;
  const counts: Record<string, [number, number] | null> = {
    Q0: [10, 1000], Q1: [12, 1100], Q2: [9, 900], Q3: [11, 1000], Q4: [4, 10], Q5: [10, 950], Q6: [30, 1000], Q7: [8, 800], Q8: null, ISL: [5, 50],
  };
  const figures: LevelFigure[] = Object.entries(counts).map(([areaKey, c]) =>
    c ? { areaKey, value: (100 * c[0]) / c[1], status: 'ok', numerator: c[0], denominator: c[1] } : { areaKey, value: null, status: 'secret', numerator: null, denominator: null });
  return { boundaries, figures, counts };
}

describe('spatial EB smoothing for the map', () => {
  it('shrinks a tiny area towards its queen neighbourhood, as spdep EBlocal', () => {
    const { boundaries, figures, counts } = fixture();
    const r = smoothSpatial(figures, 100, boundaries);
    // Q4 touches Q0..Q7 (Q8 has no counts and is left out of the neighbourhood).
    const hood = ['Q0', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'].map((k) => counts[k] as [number, number]);
    const m = (100 * hood.reduce((s, c) => s + c[0], 0)) / hood.reduce((s, c) => s + c[1], 0);
    const q4 = r.estimates.get('Q4') as number;
    expect(q4).toBeLessThan(40); // raw 40 %
    expect(Math.abs(q4 - m)).toBeLessThan(40 - m);
    // The estimate lies between the neighbourhood rate m (the prior mean) and the raw rate.
    expect(q4).toBeGreaterThanOrEqual(m - 1e-9);
    // Q6 (3 %, large population) barely moves.
    expect(Math.abs((r.estimates.get('Q6') as number) - 3)).toBeLessThan(1);
    const smoothedQ4 = r.figures.find((f) => f.areaKey === 'Q4') as LevelFigure;
    expect(smoothedQ4.value).toBe(q4);
  });

  it('reports areas without neighbours and leaves their raw rate; withheld areas stay untouched', () => {
    const { boundaries, figures } = fixture();
    const r = smoothSpatial(figures, 100, boundaries);
    expect(r.islands).toEqual(['ISL']);
    expect(r.estimates.has('ISL')).toBe(false);
    expect((r.figures.find((f) => f.areaKey === 'ISL') as LevelFigure).value).toBe(10);
    expect(r.estimates.has('Q8')).toBe(false);
    expect(r.figures.find((f) => f.areaKey === 'Q8')?.status).toBe('secret');
    expect(r.count).toBe(8);
  });

  it('classifyData marks the smoothing, and the tooltip shows raw and smoothed values', () => {
    const { boundaries, figures } = fixture();
    const keys = boundaries.features.map((f) => f.properties.key);
    const base: ChoroplethData = {
      level: 'quartier', indicator, year: '2024', boundaries, context: null,
      choropleth: buildChoropleth(keys, figures), figures: new Map(figures.map((f) => [f.areaKey, f])),
      ranks: new Map(), rankOf: 0, version: -1,
    };
    const r = classifyData(base, { method: 'quantile', classes: 3, breaks: null, eb: 'spatial' });
    expect(r.data?.smoothing?.method).toBe('spatial');
    expect(r.ebIslands).toEqual(['ISL']);
    expect(r.ebCount).toBe(8);
    expect(classifyData(base, { method: 'quantile', classes: 3, breaks: null, eb: 'off' }).data?.smoothing).toBeUndefined();
    const info = (key: string) => ({ picked: true, object: boundaries.features.find((f) => f.properties.key === key), layer: { id: 'choropleth' } }) as unknown as PickingInfo;
    const lines = tooltipLines(info('Q4'), { data: r.data, lang: 'de' }) as string[];
    expect(lines.join('\n')).toContain('40,0 %');
    const eb = lines.find((l) => l.startsWith('EB-geglättet: ')) as string;
    expect(eb).toBeDefined();
    expect(eb).not.toContain('40,0');
    expect(tooltipLines(info('ISL'), { data: r.data, lang: 'en' })).toContain('no neighbours: raw value shown');
  });
});
