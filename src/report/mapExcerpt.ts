import type { Position } from 'geojson';
import { formatNumber } from '../core/format';
import type { Figure } from '../core/profile';
import { statusCarriesNumber } from '../core/status';
import type { Indicator, Language, MemberProject } from '../core/types';
import type { AreaFeature, AreaFeatureCollection, LevelFigure, ProgrammeAreaCollection } from '../data/atlas';
import { classColours, classIndex, classLabels, DEFAULT_CLASS_COUNT, NO_DATA_FILL, quantileBreaks, SECRET_FILL } from './classes';
import { boundsOf, fitProjection, projectRing, ringsOf, ringsToPath, type BoxProjection, type LonLatBox } from './projection';
import { BKG_ATTRIBUTION, TEXTS } from './texts';
import type { LegendEntry, MapExcerpt, MapShape, Point } from './types';

export const MAP_WIDTH = 120;
export const MAP_HEIGHT = 100;
const SELECTED_STROKE = '#000000';
const NEIGHBOUR_STROKE = '#666666';
const PROGRAMME_STROKE = '#009E73';
const PROJECT_FILL = '#E69F00';
/** Paper scale denominators rounded to these steps. */
const NICE_STEPS = [1, 2, 2.5, 5];

export interface MapExcerptInput {
  areaKey: string;
  boundaries: AreaFeatureCollection;
  indicator: Indicator | null;
  period: string;
  levelFigures: LevelFigure[];
  programmeAreas: ProgrammeAreaCollection;
  projects: MemberProject[];
  lang: Language;
  breaks?: number[];
  classes?: number;
}

function union(boxes: (LonLatBox | null)[]): LonLatBox | null {
  let out: LonLatBox | null = null;
  for (const b of boxes) {
    if (!b) continue;
    out = out
      ? { minLon: Math.min(out.minLon, b.minLon), minLat: Math.min(out.minLat, b.minLat), maxLon: Math.max(out.maxLon, b.maxLon), maxLat: Math.max(out.maxLat, b.maxLat) }
      : { ...b };
  }
  return out;
}

function projectRings(rings: Position[][], projection: BoxProjection): Point[][] {
  return rings.map((ring) => projectRing(ring, projection)).filter((ring) => ring.length >= 3);
}

function figureFill(figure: Figure | undefined, breaks: number[], colours: string[]): string {
  if (!figure) return NO_DATA_FILL;
  if (figure.value !== null && statusCarriesNumber(figure.status) && colours.length > 0) {
    return colours[classIndex(figure.value, breaks)];
  }
  if (figure.status === 'secret' || figure.status === 'suppressed') return SECRET_FILL;
  return NO_DATA_FILL;
}

/** A nice round number (1, 2, 2.5, 5 × 10^n) not above `value`. */
export function niceFloor(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  let best = power;
  for (const step of NICE_STEPS) if (step * power <= value) best = step * power;
  return best;
}

export function buildMapExcerpt(input: MapExcerptInput): MapExcerpt {
  const t = TEXTS[input.lang];
  const unit = input.indicator?.unit ?? '';
  const label = input.indicator ? (input.lang === 'de' ? input.indicator.labelDe : input.indicator.labelEn) : '';
  const figures = new Map(input.levelFigures.map((f) => [f.areaKey, f]));
  const values = input.levelFigures.filter((f) => f.value !== null && statusCarriesNumber(f.status)).map((f) => f.value as number);
  const breaks = input.breaks && input.breaks.length >= 2 ? input.breaks : quantileBreaks(values, input.classes ?? DEFAULT_CLASS_COUNT);
  const colours = classColours(Math.max(breaks.length - 1, 0));

  const features = input.boundaries.features.filter((f) => f.geometry);
  const selected = features.filter((f) => f.properties.key === input.areaKey);
  const focus = union(selected.map((f) => boundsOf(f.geometry)));

  const areas: MapShape[] = [];
  const programmeAreas: MapShape[] = [];
  const projects: MapExcerpt['projects'] = [];
  let scaleBar = { x: 4, y: MAP_HEIGHT - 4, length: 0, label: '' };
  let scaleNote = '';

  if (focus) {
    const projection = fitProjection(focus, MAP_WIDTH, MAP_HEIGHT);
    const shape = (f: AreaFeature, isSelected: boolean): MapShape | null => {
      const rings = projectRings(ringsOf(f.geometry), projection);
      if (rings.length === 0) return null;
      return {
        id: f.properties.key,
        name: f.properties.name,
        d: ringsToPath(rings),
        rings,
        fill: figureFill(figures.get(f.properties.key), breaks, colours),
        stroke: isSelected ? SELECTED_STROKE : NEIGHBOUR_STROKE,
        strokeWidth: isSelected ? 0.8 : 0.2,
      };
    };
    for (const f of features) {
      if (f.properties.key === input.areaKey) continue;
      const s = shape(f, false);
      if (s) areas.push(s);
    }
    for (const f of selected) {
      const s = shape(f, true);
      if (s) areas.push(s);
    }
    for (const f of input.programmeAreas.features) {
      const rings = projectRings(ringsOf(f.geometry), projection);
      if (rings.length === 0) continue;
      programmeAreas.push({
        id: f.properties.id, name: f.properties.name, d: ringsToPath(rings), rings,
        fill: 'none', stroke: PROGRAMME_STROKE, strokeWidth: 0.6,
      });
    }
    for (const p of input.projects) {
      if (!Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
      const [x, y] = projection.project(p.lon, p.lat);
      if (x < 1.2 || y < 1.2 || x > MAP_WIDTH - 1.2 || y > MAP_HEIGHT - 1.2) continue;
      projects.push({ id: p.id, name: p.name, x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100, r: 1.2, fill: PROJECT_FILL, stroke: '#000000' });
    }
    const km = niceFloor((MAP_WIDTH / 4) / projection.unitsPerKm);
    const length = Math.round(km * projection.unitsPerKm * 100) / 100;
    scaleBar = { x: 4, y: MAP_HEIGHT - 4, length, label: `${formatNumber(km, input.lang, km < 1 ? 1 : 0)} km` };
    const ratio = niceFloor(1_000_000 / projection.unitsPerKm);
    scaleNote = t.scaleNote.replace('{ratio}', formatNumber(ratio, input.lang, 0));
  }

  const classEntries: LegendEntry[] = classLabels(breaks, unit, input.lang).map((text, i) => ({
    kind: 'class', label: text, fill: colours[i], stroke: NEIGHBOUR_STROKE,
  }));
  const entries: LegendEntry[] = [
    ...classEntries,
    { kind: 'missing', label: t.legend.missing, fill: NO_DATA_FILL, stroke: NEIGHBOUR_STROKE },
    { kind: 'secret', label: t.legend.secret, fill: SECRET_FILL, stroke: NEIGHBOUR_STROKE },
    { kind: 'selected', label: t.legend.selected, fill: 'none', stroke: SELECTED_STROKE },
    { kind: 'programme', label: t.legend.programme, fill: 'none', stroke: PROGRAMME_STROKE },
    { kind: 'project', label: t.legend.project, fill: PROJECT_FILL, stroke: '#000000' },
  ];

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    title: label ? `${label} ${input.period}` : input.period,
    background: '#fbfbf8',
    areas,
    selectedKey: input.areaKey,
    programmeAreas,
    projects,
    legend: { title: label, unit, method: input.breaks ? '' : t.legend.method, entries },
    scaleBar,
    scaleNote,
    attribution: BKG_ATTRIBUTION,
  };
}
