import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AreaFeature, AtlasData } from '../../data/atlas';
import type { Language } from '../../core/types';
import { boundsOf, NIEDERSACHSEN_BOUNDS } from '../../map/bounds';
import { labelPoints } from '../../map/labels';
import type { LayerDescriptor } from '../../map/layers';
import { CHOROPLETH_LAYER_ID, choroplethLayer, contextLayer, programmeLayer, projectLayer, selectionLayer, selectionSetLayer } from '../../map/layers';
import {
  HATCH_IMAGE,
  LAYER_LABELS,
  hatchImage,
  labelZoomRange,
  offlineStyle,
  SOURCE_KREIS_LABELS,
  SOURCE_LABELS,
  SOURCE_SECRET,
} from '../../map/style';
import { DRAW_SOURCE, drawFeatures, drawStyleLayers } from '../../map/drawLayers';
import { mapPick, useMapPick } from '../custom/mapPick';
import { levelPlural, t } from '../i18n';
import type { AtlasMeta } from '../meta';
import { boundariesOf, featureOf } from './boundaryCache';
import { toDeckLayer } from './deckLayers';
import { MapTooltip, tooltipLines, type HoverState } from './MapTooltip';
import type { ChoroplethData } from './useChoropleth';
import { figureNumber, isSecretStatus } from '../../map/choropleth';
import { mapSummary } from '../../map/summary';

setWorkerUrl(maplibreWorkerUrl);

export interface AtlasMapProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  data: ChoroplethData | null;
  selectedKey: string | null;
  /** The linked selection (`sel`), outlined on the map. */
  selectedKeys?: readonly string[];
  showProgrammes: boolean;
  showProjects: boolean;
  lang: Language;
  /** Hidden under another view: keep rendering, but out of the accessibility tree. */
  covered: boolean;
  onSelect: (key: string) => void;
  /** Shift/Ctrl-click: toggle the area in the linked selection. */
  onToggleSelection?: (key: string) => void;
  /** Called once, when MapLibre is idle after the first choropleth was drawn. */
  onFirstRender: () => void;
  /** Layers a view adds above the choropleth (e.g. the coverage view's gap outlines). */
  extraLayers?: readonly LayerDescriptor[];
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const NO_EXTRA_LAYERS: readonly LayerDescriptor[] = [];

function hasDeckSlots(map: MapLibreMap): boolean {
  return map.getLayersOrder().some((id) => id.startsWith('deck-maplibre-layer-group'));
}

export function AtlasMap(props: AtlasMapProps) {
  const { atlas, meta, data, selectedKey, showProgrammes, showProjects, lang, covered } = props;
  const extraLayers = props.extraLayers ?? NO_EXTRA_LAYERS;
  const selectedKeysId = (props.selectedKeys ?? []).join(',');
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const firstRenderDone = useRef(false);
  const fitted = useRef(false);
  const [loaded, setLoaded] = useState(false);
  /** Which layer state MapLibre last reported idle for; the map is idle when it is the current one. */
  const [idleFor, setIdleFor] = useState<unknown>(null);
  const [hover, setHover] = useState<HoverState | null>(null);
  const [selectedFeature, setSelectedFeature] = useState<AreaFeature | null>(null);
  const pick = useMapPick();

  // Create the map once; remove it on unmount (StrictMode mounts twice).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = new MapLibreMap({
      container,
      style: offlineStyle(),
      bounds: NIEDERSACHSEN_BOUNDS,
      fitBoundsOptions: { padding: 16 },
      minZoom: 4,
      maxZoom: 15,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    mapRef.current = map;
    map.on('load', () => {
      const hatch = hatchImage(8);
      map.addImage(HATCH_IMAGE, { width: hatch.width, height: hatch.height, data: hatch.data });
      const overlay = new MapLibreOverlay({
        interleaved: true,
        layers: [],
        onHover: (info: PickingInfo) => {
          const lines = tooltipLines(info, callbacks.current);
          map.getCanvas().style.cursor = lines ? 'pointer' : '';
          setHover(lines ? { x: info.x, y: info.y, lines } : null);
        },
      });
      map.addControl(overlay);
      // Selection through MapLibre's click (deck.gl's own tap detection misses clicks in interleaved mode).
      map.on('click', (event) => {
        // A custom-area pick mode takes the click (centre or polygon corner) instead of a selection.
        if (mapPick.click([event.lngLat.lng, event.lngLat.lat])) return;
        const info = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 2, layerIds: [CHOROPLETH_LAYER_ID] });
        const key = (info?.object as AreaFeature | undefined)?.properties?.key;
        if (typeof key !== 'string') return;
        const e = event.originalEvent;
        const toggle = callbacks.current.onToggleSelection;
        // Shift/Ctrl/Cmd-click adds the area to the linked selection (sel) instead of focusing it.
        if (toggle && (e.shiftKey || e.ctrlKey || e.metaKey)) toggle(key);
        else callbacks.current.onSelect(key);
      });
      // Double-click closes a polygon being drawn (instead of zooming).
      map.on('dblclick', (event) => {
        if (mapPick.get().mode !== 'polygon') return;
        event.preventDefault();
        mapPick.finish();
      });
      overlayRef.current = overlay;
      setLoaded(true);
    });
    return () => {
      overlayRef.current = null;
      mapRef.current = null;
      setLoaded(false);
      map.remove();
    };
  }, []);

  // The outline of the selected area, which may belong to a level above the map's level.
  useEffect(() => {
    const area = selectedKey ? meta.areaByKey.get(selectedKey) : undefined;
    if (!area) {
      setSelectedFeature(null);
      return;
    }
    let live = true;
    featureOf(atlas, area.level, area.key).then((f) => live && setSelectedFeature(f), () => live && setSelectedFeature(null));
    return () => {
      live = false;
    };
  }, [atlas, meta, selectedKey]);

  // A new object whenever what the deck.gl layers show changes (compared by identity).
  const layerState = useMemo(
    () => ({ loaded, data, selectedFeature, showProgrammes, showProjects, extraLayers }),
    [loaded, data, selectedFeature, showProgrammes, showProjects, extraLayers],
  );
  const idle = idleFor === layerState;

  // deck.gl layers: context, choropleth, programme areas, projects, selection outline.
  useEffect(() => {
    const map = mapRef.current;
    const overlay = overlayRef.current;
    if (!loaded || !map || !overlay || !data) return;
    const layers = [
      data.context ? contextLayer(data.context) : null,
      choroplethLayer(data.boundaries, data.choropleth, data.version),
      ...extraLayers,
      showProgrammes ? programmeLayer(meta.programmeAreas) : null,
      selectedKeysId ? selectionSetLayer(data.boundaries, selectedKeysId.split(',')) : null,
      selectionLayer(selectedFeature),
      showProjects ? projectLayer(meta.projects) : null,
    ].filter((d) => d !== null);
    const renderState = layerState;
    const deckLayers = layers.map(toDeckLayer);
    // deck.gl slots its layers into MapLibre's stack only while the style is fully loaded; if a
    // source was still loading, the slots are missing and the layers would cover the labels.
    const apply = () => overlay.setProps({ layers: deckLayers });
    apply();
    let live = true;
    const settle = () => {
      if (!live) return;
      if (!hasDeckSlots(map)) {
        apply();
        map.once('idle', settle);
        map.triggerRepaint();
        return;
      }
      setIdleFor(renderState);
      if (!firstRenderDone.current) {
        firstRenderDone.current = true;
        callbacks.current.onFirstRender();
      }
    };
    map.once('idle', settle);
    map.triggerRepaint();
    return () => {
      live = false;
    };
  }, [loaded, data, meta, selectedFeature, selectedKeysId, showProgrammes, showProjects, extraLayers, layerState]);

  // Labels follow the level's boundaries (not the colours: a recolouring leaves them alone).
  const boundaries = data?.boundaries ?? null;
  const level = data?.level ?? null;
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || !boundaries || !level) return;
    const source = (id: string) => map.getSource(id) as GeoJSONSource | undefined;
    source(SOURCE_LABELS)?.setData(labelPoints(boundaries));
    const range = labelZoomRange(level);
    map.setLayerZoomRange(LAYER_LABELS, range.minzoom, 24);
    let live = true;
    if (range.kreisContext) {
      boundariesOf(atlas, 'kreis').then(
        (kreise) => {
          if (live) source(SOURCE_KREIS_LABELS)?.setData(labelPoints(kreise));
        },
        () => {},
      );
    } else {
      source(SOURCE_KREIS_LABELS)?.setData(EMPTY);
    }
    return () => {
      live = false;
    };
  }, [atlas, loaded, boundaries, level]);

  // Hatching of "geheim" areas, updated only when the set of secret areas changes.
  const secretKeys = useMemo(() => {
    if (!data) return '';
    const keys = Object.keys(data.choropleth.categories).filter((k) => data.choropleth.categories[k].kind === 'secret');
    return JSON.stringify(keys);
  }, [data]);
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || !boundaries) return;
    const keys = new Set<string>(JSON.parse(secretKeys || '[]') as string[]);
    const features = boundaries.features.filter((f) => keys.has(f.properties.key));
    (map.getSource(SOURCE_SECRET) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }, [loaded, boundaries, secretKeys]);

  // The polygon being drawn for a custom area: a MapLibre source and layers above everything else.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    if (!map.getSource(DRAW_SOURCE)) {
      map.addSource(DRAW_SOURCE, { type: 'geojson', data: EMPTY });
      for (const layer of drawStyleLayers()) map.addLayer(layer);
    }
    (map.getSource(DRAW_SOURCE) as GeoJSONSource).setData(drawFeatures(pick.mode === 'polygon' ? pick.vertices : []));
  }, [loaded, pick]);

  // Camera: fit the level at start, fly to a newly selected area.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    const target = selectedFeature ? boundsOf(selectedFeature) : null;
    if (target) {
      map.fitBounds(target, { padding: 100, maxZoom: 12, duration: fitted.current ? 700 : 0 });
      fitted.current = true;
    } else if (!fitted.current && data) {
      const all = boundsOf(data.boundaries);
      if (all) map.fitBounds(all, { padding: 16, duration: 0 });
      fitted.current = true;
    }
  }, [loaded, selectedFeature, data]);

  useEffect(() => {
    if (covered) setHover(null);
  }, [covered]);

  const label = data
    ? t(lang, 'mapLabel', {
        indicator: lang === 'de' ? data.indicator.labelDe : data.indicator.labelEn,
        year: data.year,
        level: levelPlural(lang, data.level),
      })
    : t(lang, 'viewMap');
  const summary = useMemo(() => {
    if (!data) return '';
    const areas = data.boundaries.features.map((f) => {
      const figure = data.figures.get(f.properties.key);
      return { name: f.properties.name, value: figure && !isSecretStatus(figure.status) ? figureNumber(figure) : null };
    });
    return mapSummary({
      indicatorLabel: lang === 'de' ? data.indicator.labelDe : data.indicator.labelEn, unit: data.indicator.unit, year: data.year,
      levelPlural: levelPlural(lang, data.level), areas, noDataCount: data.choropleth.noDataCount,
      secretCount: data.choropleth.secretCount, classCount: data.choropleth.classification?.classes ?? 0,
    }, lang);
  }, [data, lang]);
  return (
    <div className="map-frame" aria-hidden={covered || undefined} inert={covered}>
      <div
        ref={containerRef}
        className="map"
        data-testid="map"
        data-map-idle={idle ? 'true' : 'false'}
        data-colour-version={data?.version ?? 0}
        role="region"
        aria-label={label}
        aria-describedby={summary ? 'map-summary' : undefined}
      />
      {summary && <p id="map-summary" className="visually-hidden" data-testid="map-summary">{summary}</p>}
      {hover && !covered && <MapTooltip hover={hover} />}
      <p className="map-attribution" data-testid="attribution">{t(lang, 'attribution')}</p>
    </div>
  );
}
