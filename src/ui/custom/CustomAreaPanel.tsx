import { useEffect, useMemo, useRef, useState } from 'react';
import { centroid } from '@turf/turf';
import type { AggregateMember } from '../../analysis/aggregate/aggregateAreas';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import type { AtlasData } from '../../data/atlas';
import { circleOverlapShares, polygonOverlapShares } from '../../map/circleOverlap';
import type { AtlasMeta } from '../meta';
import { computeCustomArea, type CustomAreaTable } from './computeCustomArea';
import { cu } from './customText';
import { CustomAreaTableView } from './CustomAreaTableView';
import { indicatorsOfYear } from './levelObservations';
import { mapPick, useMapPick, type LonLat } from './mapPick';

export interface CustomAreaPanelProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  year: string;
  lang: Language;
  selection: readonly string[];
}

type Shape = 'selection' | 'radius' | 'polygon';
type Outcome =
  | { kind: 'idle' } | { kind: 'loading' } | { kind: 'error' } | { kind: 'invalid' } | { kind: 'empty'; shape: Shape }
  | { kind: 'done'; table: CustomAreaTable; shape: Shape; corners?: LonLat[] };

/**
 * Combine the selection, the areas within a radius (centre typed, taken from the first area's
 * centroid, or clicked on the map) or the areas within a polygon drawn on the map into a custom area
 * and show its figures. Partly covered areas count with their surface share (surface-weighted).
 */
export function CustomAreaPanel({ atlas, meta, year, lang, selection }: CustomAreaPanelProps) {
  const first = selection.length > 0 ? meta.areaByKey.get(selection[0]) : undefined;
  const level = first?.level;
  const sameLevel = useMemo(() => selection.filter((k) => meta.areaByKey.get(k)?.level === level), [selection, meta, level]);
  const indicators = useMemo(() => indicatorsOfYear(meta.indicators, meta.periods, year), [meta, year]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [point, setPoint] = useState({ lat: '', lon: '', radius: '2' });
  const pickState = useMapPick();
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  // Leaving the panel ends a pick mode it started; after a pick, focus returns to the button.
  useEffect(() => () => mapPick.cancel(), []);
  useEffect(() => {
    if (pickState.mode === 'idle' && returnFocus.current) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [pickState.mode]);

  useEffect(() => setOutcome({ kind: 'idle' }), [selection, year]);
  // Default point: the first selected area's centroid.
  useEffect(() => {
    if (!first) return;
    let live = true;
    atlas.boundaries(first.level).then((fc) => {
      const f = fc.features.find((x) => x.properties.key === first.key);
      if (!live || !f) return;
      const [lon, lat] = centroid(f).geometry.coordinates;
      setPoint((p) => ({ ...p, lat: lat.toFixed(5), lon: lon.toFixed(5) }));
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [atlas, first]);

  const run = (members: () => Promise<AggregateMember[]>, shape: Shape, corners?: LonLat[]) => {
    if (!level) return;
    setOutcome({ kind: 'loading' });
    members()
      .then(async (list) => {
        if (list.length === 0) return setOutcome({ kind: 'empty', shape });
        const table = await computeCustomArea(atlas, meta.areas, indicators, year, level, list);
        setOutcome({ kind: 'done', table, shape, corners });
      })
      .catch((e: unknown) => setOutcome({ kind: e instanceof RangeError && shape === 'polygon' ? 'invalid' : 'error' }));
  };
  const fromSelection = () => run(async () => sameLevel.map((key) => ({ key })), 'selection');
  const fromRadius = () =>
    run(async () => {
      const fc = await atlas.boundaries(level ?? 'quartier');
      return circleOverlapShares(fc.features, [Number(point.lon), Number(point.lat)], Number(point.radius));
    }, 'radius');
  const fromPolygon = (ring: LonLat[]) =>
    run(async () => {
      const fc = await atlas.boundaries(level ?? 'quartier');
      const polygon = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[...ring, ring[0]]] } };
      return polygonOverlapShares(fc.features, polygon);
    }, 'polygon', ring);
  const pickCentre = (button: HTMLButtonElement) => {
    returnFocus.current = button;
    mapPick.startCentre(([lon, lat]) => setPoint((p) => ({ ...p, lat: lat.toFixed(5), lon: lon.toFixed(5) })));
  };
  const drawPolygon = (button: HTMLButtonElement) => {
    returnFocus.current = button;
    mapPick.startPolygon(fromPolygon);
  };
  const radiusValid = [point.lat, point.lon, point.radius].every((v) => v !== '' && Number.isFinite(Number(v))) && Number(point.radius) > 0 && Number(point.radius) <= 50;

  return (
    <section className="custom-area" data-testid="custom-area" aria-labelledby="custom-area-title">
      <h3 id="custom-area-title">{cu(lang, 'customTitle')}</h3>
      {sameLevel.length < 2 ? (
        <p className="muted">{cu(lang, 'needSelection')}</p>
      ) : (
        <button type="button" data-testid="custom-aggregate" onClick={fromSelection}>{cu(lang, 'aggregate')}</button>
      )}
      {first && (
        <fieldset className="custom-radius">
          <legend>{cu(lang, 'radiusTitle')}</legend>
          <label>{cu(lang, 'lat')} <input data-testid="custom-lat" inputMode="decimal" value={point.lat} onChange={(e) => setPoint({ ...point, lat: e.target.value })} /></label>{' '}
          <label>{cu(lang, 'lon')} <input data-testid="custom-lon" inputMode="decimal" value={point.lon} onChange={(e) => setPoint({ ...point, lon: e.target.value })} /></label>{' '}
          <label>{cu(lang, 'radius')} <input data-testid="custom-radius" type="number" min={0.1} max={50} step={0.5} value={point.radius} onChange={(e) => setPoint({ ...point, radius: e.target.value })} /></label>{' '}
          <button type="button" data-testid="custom-pick-centre" aria-pressed={pickState.mode === 'centre'} onClick={(e) => pickCentre(e.currentTarget)}>{cu(lang, 'pickCentre')}</button>{' '}
          <button type="button" data-testid="custom-aggregate-radius" disabled={!radiusValid} onClick={fromRadius}>{cu(lang, 'aggregateRadius')}</button>
        </fieldset>
      )}
      {first && (
        <fieldset className="custom-polygon">
          <legend>{cu(lang, 'polygonTitle')}</legend>
          <button type="button" data-testid="custom-draw-polygon" aria-pressed={pickState.mode === 'polygon'} onClick={(e) => drawPolygon(e.currentTarget)}>{cu(lang, 'drawPolygon')}</button>
        </fieldset>
      )}
      <div aria-live="polite">
        {outcome.kind === 'loading' && <p>{cu(lang, 'loading')}</p>}
        {outcome.kind === 'error' && <p role="alert">{cu(lang, 'error')}</p>}
        {outcome.kind === 'empty' && <p data-testid="custom-empty">{cu(lang, outcome.shape === 'polygon' ? 'noneInPolygon' : 'none')}</p>}
        {outcome.kind === 'invalid' && <p role="alert" data-testid="custom-invalid">{cu(lang, 'polygonInvalid')}</p>}
        {outcome.kind === 'done' && (
          <>
            <p data-testid="custom-members">
              {cu(lang, 'members', {
                names: outcome.table.members
                  .map((m) => (m.areaFraction !== undefined && m.areaFraction < 1 ? cu(lang, 'memberShare', { name: m.name, share: `${formatNumber(m.areaFraction * 100, lang, 1)} %` }) : m.name))
                  .join(', '),
              })}
            </p>
            <CustomAreaTableView table={outcome.table} indicators={indicators} lang={lang} />
            {outcome.corners && (
              <p className="muted" data-testid="custom-corners">
                {cu(lang, 'vertices', { n: outcome.corners.length })}:{' '}
                {outcome.corners.map(([x, y]) => cu(lang, 'vertex', { lat: formatNumber(y, lang, 5), lon: formatNumber(x, lang, 5) })).join('; ')}
              </p>
            )}
            <p className="muted">{cu(lang, 'rule')}</p>
            {outcome.shape === 'polygon' && <p className="muted">{cu(lang, 'polygonRule')}</p>}
            <p className="muted" data-testid="custom-disclosure-note">{atlas.disclosureNote(lang)}</p>
            {meta.synthetic && <p className="demo-note">{cu(lang, 'demo')}</p>}
          </>
        )}
      </div>
    </section>
  );
}
