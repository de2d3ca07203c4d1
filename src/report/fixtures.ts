/**
 * Hand-built inputs for the report tests (model, PDF, HTML, CLI). Not used by production code.
 * The figures are invented; the fixture is marked synthetic like the demo.
 */
import { describeRules } from '../analysis/disclosure/describeRules';
import { resolveRules } from '../analysis/disclosure/rules';
import type { AreaProfile, ProfileLine, ReferenceFigure } from '../core/profile';
import type { AreaRecord, Indicator, MemberProject, Status } from '../core/types';
import type { AreaFeature, AreaFeatureCollection, LevelFigure, ProgrammeAreaCollection } from '../data/atlas';
import type { ReportInput } from './buildReportModel';

export function indicator(id: string, labelDe: string, unit = '%'): Indicator {
  return {
    id, labelDe, labelEn: `${labelDe} (en)`, unit, polarity: 'higher_is_need', numerator: 'Zähler',
    denominator: 'Nenner', scale: 100, definitionDe: '', definitionEn: '', referenceDate: '31.12.',
    source: 'Quartiersatlas-Demodatensatz', licence: 'CC0-1.0', attribution: 'Quartiersatlas-Demo', synthetic: true,
  };
}

const area = (key: string, level: AreaRecord['level'], name: string, parentKey: string | null): AreaRecord =>
  ({ key, level, name, parentKey, vintage: '2016-12-31', areaKm2: null, synthetic: false });

export const LAND = area('03', 'land', 'Niedersachsen', null);
export const KREIS = area('03241', 'kreis', 'Region Hannover', '03');
export const CITY = area('03241001', 'gemeinde', 'Hannover', '03241');

const ref = (a: AreaRecord, value: number | null, status: Status = 'ok'): ReferenceFigure =>
  ({ areaKey: a.key, areaName: a.name, level: a.level, value, status, numerator: null, denominator: null });

export interface LineSpec {
  id: string;
  label: string;
  value: number | null;
  status?: Status;
  refs: [number | null, number | null];
  series: [string, number | null, Status?][];
  rank?: number | null;
  rankOf?: number;
  numerator?: number | null;
  denominator?: number | null;
}

export function line(spec: LineSpec, period = '2024'): ProfileLine {
  return {
    indicator: indicator(spec.id, spec.label),
    period,
    figure: { value: spec.value, status: spec.status ?? 'ok', numerator: spec.numerator ?? null, denominator: spec.denominator ?? null },
    rank: spec.rank === undefined ? 3 : spec.rank,
    rankOf: spec.rankOf ?? 51,
    references: [ref(KREIS, spec.refs[0]), ref(LAND, spec.refs[1])],
    series: spec.series.map(([p, v, s]) => ({ period: p, value: v, status: s ?? (v === null ? 'missing' : 'ok') })),
    referenceSeries: [
      { areaName: KREIS.name, points: spec.series.map(([p]) => ({ period: p, value: spec.refs[0] })) },
      { areaName: LAND.name, points: spec.series.map(([p]) => ({ period: p, value: spec.refs[1] })) },
    ],
  };
}

export const SGB2: LineSpec = {
  id: 'sgb2_quote', label: 'SGB-II-Quote', value: 18.4, refs: [12.1, 8.9], numerator: 94512, denominator: 513652,
  series: [['2019', 17.1], ['2020', 17.5], ['2021', 17.9], ['2022', 18.0], ['2023', 18.2], ['2024', 18.4]],
};
export const CHILD: LineSpec = {
  id: 'child_poverty', label: 'Kinderarmut', value: null, status: 'secret', refs: [19.5, 13.2], rank: null,
  series: [['2019', 26.0], ['2020', 26.4], ['2021', null, 'secret'], ['2022', 27.0], ['2023', 27.1], ['2024', null, 'secret']],
};
export const YOUTH: LineSpec = {
  id: 'youth_share', label: 'Anteil unter 18-Jähriger', value: 16.6, refs: [16.9, 16.5],
  series: [['2023', 16.5], ['2024', 16.6]],
};

export function makeProfile(lines: LineSpec[] = [SGB2, CHILD, YOUTH], synthetic = true): AreaProfile {
  return {
    area: CITY,
    ancestors: [LAND, KREIS],
    period: '2024',
    lines: lines.map((l) => line(l)),
    nearby: [
      { id: 'pa1', name: 'Soziale Stadt Linden', kind: 'programme_area', category: 'Soziale Stadt', year: 2015, distanceKm: 0, synthetic: true },
      { id: 'pr1', name: 'Nachbarschaftstreff Nord', kind: 'project', category: 'Gemeinwesenarbeit', year: 2019, distanceKm: 0.4, synthetic: true },
    ],
    synthetic,
    sources: [
      { source: 'Quartiersatlas-Demodatensatz', licence: 'CC0-1.0', attribution: 'Quartiersatlas-Demo', referenceDate: '31.12.2024' },
      { source: 'Quartiersatlas-Demodatensatz', licence: 'CC0-1.0', attribution: 'Quartiersatlas-Demo', referenceDate: '31.12.2024' },
    ],
  };
}

/** A lon/lat square of `size` degrees with its south-west corner at (lon, lat). */
export function square(key: string, name: string, lon: number, lat: number, size = 0.1): AreaFeature {
  return {
    type: 'Feature',
    properties: { key, name, level: 'gemeinde', parentKey: '03241', synthetic: false },
    geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] },
  };
}

export function makeBoundaries(): AreaFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      square('03241001', 'Hannover', 9.7, 52.3),
      square('03241002', 'Laatzen', 9.7, 52.2),
      square('03241003', 'Langenhagen', 9.7, 52.4),
      square('03241004', 'Garbsen', 9.6, 52.3),
      square('03241005', 'Weit weg', 11.0, 53.5),
    ],
  };
}

export function makeLevelFigures(): LevelFigure[] {
  const f = (areaKey: string, value: number | null, status: Status = 'ok'): LevelFigure => ({ areaKey, value, status, numerator: null, denominator: null });
  return [f('03241001', 18.4), f('03241002', 9.0), f('03241003', 7.5), f('03241004', null, 'secret'), f('03241005', 12.0), f('03241006', 5.0)];
}

export function makeProgrammeAreas(): ProgrammeAreaCollection {
  return {
    type: 'FeatureCollection',
    features: [{
      type: 'Feature',
      properties: { id: 'pa1', name: 'Soziale Stadt Linden', programme: 'Soziale Stadt', startYear: 2015, areaKey: '03241001', synthetic: true },
      geometry: { type: 'Polygon', coordinates: [[[9.72, 52.32], [9.76, 52.32], [9.76, 52.35], [9.72, 52.35], [9.72, 52.32]]] },
    }],
  };
}

export function makeProjects(): MemberProject[] {
  return [
    { id: 'pr1', name: 'Nachbarschaftstreff Nord', type: 'Gemeinwesenarbeit', foundedYear: 2019, lon: 9.75, lat: 52.36, areaKey: '03241001', synthetic: true },
    { id: 'pr2', name: 'Fern', type: 'Initiative', foundedYear: 2020, lon: 8.0, lat: 53.0, areaKey: null, synthetic: true },
  ];
}

export function makeInput(profile: AreaProfile = makeProfile()): ReportInput {
  return {
    profile,
    boundaries: makeBoundaries(),
    levelFigures: makeLevelFigures(),
    programmeAreas: makeProgrammeAreas(),
    projects: makeProjects(),
    generatedAt: '2025-03-14',
    disclosure: { de: describeRules(resolveRules(), 'de'), en: describeRules(resolveRules(), 'en') },
  };
}
